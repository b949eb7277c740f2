// `npm run test:desktop`: the integration suites in desktop VS Code through
// @vscode/test-electron, which downloads VS Code (needs the internet; the
// offline equivalent is `npm run test:integration`, in code-server).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    console.error('Desktop integration tests failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

void main();
