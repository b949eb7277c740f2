// The integration suites in desktop VS Code, with the standard test CLI
// (`npm run test:desktop`, or the Extension Test Runner in VS Code). It
// downloads VS Code, so it needs the internet; offline, `npm run
// test:integration` runs the same suites in code-server.
//
// Two configurations, as the offline harness has them:
// - "integration": every suite, in a fresh workspace folder, trust off;
// - "restricted": Restricted Mode, in an untrusted folder whose
//   .career-compare/ holds a role file, with a user-level role folder. Its
//   last test opens the Workspace Trust editor: press "Trust" there (offline,
//   the harness presses it).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@vscode/test-cli';

const root = mkdtempSync(join(tmpdir(), 'career-compare-vscode-test-'));

/** A user-data folder whose settings.json holds `settings` (user-level settings cannot come from a workspace). */
function userData(name, settings) {
  const dir = join(root, name, 'user-data');
  mkdirSync(join(dir, 'User'), { recursive: true });
  writeFileSync(join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}

function folder(...parts) {
  const dir = join(root, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const role = (id, title) =>
  JSON.stringify({ roles: [{ id, title, category: 'Mine', pay: { source: { name: 'My offer', year: 2026 }, yearly: 99000 } }] });

const restrictedWorkspace = folder('restricted', 'workspace', '.career-compare');
writeFileSync(join(restrictedWorkspace, 'restricted-workspace-offer.json'), role('restricted-workspace-offer', 'Workspace Offer'));
const userRoles = folder('restricted', 'user-roles');
writeFileSync(join(userRoles, 'restricted-user-role.json'), role('restricted-user-role', 'User Folder Role'));

const mocha = { ui: 'bdd', timeout: 60_000, color: true };

/** The suites in name order, as the offline harness runs them (a suite may tidy up after the one before). */
const suites = readdirSync(join(import.meta.dirname, 'test', 'integration'))
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => `out/test/integration/${name.replace(/\.ts$/, '.js')}`);

export default defineConfig([
  {
    label: 'integration',
    files: suites,
    workspaceFolder: folder('integration', 'workspace'),
    mocha,
    // No user-level role folder: runs must not depend on this machine's ~/.career-compare.
    launchArgs: [
      '--disable-extensions',
      '--disable-workspace-trust',
      `--user-data-dir=${userData('integration', { 'careerCompare.userRoleFolder': '' })}`,
    ],
  },
  {
    label: 'restricted',
    files: 'out/test/integration/restricted/*.test.js',
    workspaceFolder: join(restrictedWorkspace, '..'),
    mocha,
    launchArgs: [
      '--disable-extensions',
      `--user-data-dir=${userData('restricted', {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'careerCompare.userRoleFolder': userRoles,
      })}`,
    ],
  },
]);
