// The metro data commands: Import OEWS Metropolitan Area Data… and Remove
// OEWS Metropolitan Area Data, and the context key that shows Remove only
// while imported metro data exists.
import * as vscode from 'vscode';
import type { RoleRepository } from '../data/roleRepository';
import { COMMANDS } from '../shared/commands';
import { fileExists } from '../shared/files';
import { CONTEXT_KEYS } from '../shared/ids';
import { runLogged } from '../shared/log';
import { setContext } from '../shared/setContext';
import { importMetros, removeMetros } from './metroImport';

/** Keeps CONTEXT_KEYS.metrosImported true exactly while imported metro data exists (checked on every data change). */
function trackImportedMetros(repository: RoleRepository): vscode.Disposable {
  const check = () =>
    runLogged(
      fileExists(repository.metroFile).then((imported) => setContext(CONTEXT_KEYS.metrosImported, imported)),
      'check for imported metropolitan area data',
    );
  check();
  return repository.onDidChange(check);
}

export function registerMetroCommands(repository: RoleRepository): vscode.Disposable[] {
  return [
    // A file URI argument (the tests pass one) skips the open dialog.
    vscode.commands.registerCommand(COMMANDS.importMetros, (file?: unknown) =>
      importMetros(repository, file instanceof vscode.Uri ? file : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.removeMetros, () => removeMetros(repository)),
    trackImportedMetros(repository),
  ];
}
