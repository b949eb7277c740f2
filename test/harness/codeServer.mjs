// Starts the real VS Code workbench (code-server) on loopback for tests, the
// benchmark and `npm start`, and drives it with Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './install.mjs';

export const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that work as root on these machines with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

const quietSettings = {
  'git.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  // This workbench's setting is "on" | "off"; it rewrites a boolean to "off" at some point in a session.
  'extensions.autoUpdate': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // No user-level role folder: runs must not depend on this machine's ~/.career-compare.
  'careerCompare.userRoleFolder': '',
};

/**
 * Starts code-server with a fresh user-data-dir and extensions dir.
 * `vsix`: a package to install first. `testDriver`: allow development payloads.
 * `env`: extra environment for the server (and so the extension host).
 */
export async function startCodeServer({
  vsix,
  testDriver = false,
  env = {},
  settings = {},
  port,
  folder,
  needBrowser = true,
  workspaceTrust = false,
} = {}) {
  const { node, entry } = ensureCodeServer({ needBrowser });
  const home = mkdtempSync(join(tmpdir(), 'career-compare-vscode-'));
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const workspace = folder ?? join(home, 'workspace');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(workspace, { recursive: true });
  // workspaceTrust: Restricted Mode as users have it (a folder starts untrusted; no start-up dialog).
  const trust = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...trust, ...settings }, null, 2));
  const base = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (vsix) {
    execFileSync(node, [entry, ...base, '--install-extension', vsix], { stdio: 'pipe' });
  }
  port ??= await freePort();
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...base,
  ];
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  if (testDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(workspace);
  const output = [];
  const child = spawn(node, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output.join('')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`code-server did not answer /healthz within 30 s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    workspace,
    userDataDir,
    output,
    /** The workbench URL for a folder, with an optional development payload. */
    workbenchUrl(payload) {
      const params = new URLSearchParams({ folder: workspace });
      if (payload) params.set('payload', JSON.stringify(payload));
      return `${url}/?${params}`;
    },
    /** A vscode-remote URI for a local path, as the payload wants it: host:port exactly the page's. */
    remoteUri(path) {
      return `vscode-remote://127.0.0.1:${port}${resolve(path)}`;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      // The extension host outlives code-server by a moment and may still be writing its log: retry.
      rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
