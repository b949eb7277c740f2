// The O*NET data commands: Import O*NET Database…, Remove Imported O*NET
// Data and Download O*NET Descriptions, and the context key that shows
// Remove only while imported data exists.
import * as vscode from 'vscode';
import type { RoleRepository } from '../data/roleRepository';
import { COMMANDS } from '../shared/commands';
import { fileExists } from '../shared/files';
import { CONTEXT_KEYS } from '../shared/ids';
import { runLogged } from '../shared/log';
import { platform } from '../shared/platform';
import { setContext } from '../shared/setContext';
import { downloadOnet } from './onetDownload';
import { importOnet, removeImportedOnet } from './onetImport';

/**
 * Keeps CONTEXT_KEYS.onetImported true exactly while imported O*NET data
 * exists. Every import, download and removal changes the repository's data,
 * which is when it is checked again.
 */
function trackImportedOnet(repository: RoleRepository): vscode.Disposable {
  const check = () =>
    runLogged(
      fileExists(repository.proseFile).then((imported) => setContext(CONTEXT_KEYS.onetImported, imported)),
      'check for imported O*NET data',
    );
  check();
  return repository.onDidChange(check);
}

export function registerOnetCommands(repository: RoleRepository): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.importOnet, (folder?: unknown) =>
      importOnet(repository, folder instanceof vscode.Uri ? folder : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.removeOnet, () => removeImportedOnet(repository)),
    vscode.commands.registerCommand(COMMANDS.downloadOnet, () => downloadOnet(repository, platform.downloader)),
    trackImportedOnet(repository),
  ];
}
