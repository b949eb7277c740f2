// Keeps the `careerCompare.onetImported` context key true exactly while
// imported O*NET data exists, so "Remove Imported O*NET Data" shows only then.
// Every import, download and removal changes the repository's data, which
// is when the key is checked again.
import * as vscode from 'vscode';
import { log } from './log';
import type { RoleRepository } from './roleRepository';

export const ONET_IMPORTED_CONTEXT = 'careerCompare.onetImported';

async function update(repository: RoleRepository): Promise<void> {
  let imported = true;
  try {
    await vscode.workspace.fs.stat(repository.proseFile);
  } catch {
    imported = false;
  }
  await vscode.commands.executeCommand('setContext', ONET_IMPORTED_CONTEXT, imported);
}

export function trackImportedOnet(repository: RoleRepository): vscode.Disposable {
  const check = () => update(repository).catch((err: unknown) => log().error(`Could not check for imported O*NET data: ${String(err)}`));
  check();
  return repository.onDidChange(check);
}
