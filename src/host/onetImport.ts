// "Import O*NET Database…" and "Remove Imported O*NET Data": bring O*NET's
// descriptions and task statements in from a release folder the user has.
// The import can be cancelled and writes atomically: a failed or cancelled
// import leaves the previous data as it was.
import * as vscode from 'vscode';
import { truncate } from '../util/safeText';
import { removeStaleTemporaries, temporaryFor } from './atomicWrite';
import { core } from './core';
import { log, notify } from './log';
import { importFileSource } from './workspaceFiles';
import type { RoleRepository } from './roleRepository';

export interface ImportResult {
  status: 'imported' | 'cancelled' | 'failed' | 'no folder';
  /** What went wrong, naming the file and line, or how many occupations were imported. */
  detail?: string;
}

class Cancelled extends Error {}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function importOnet(repository: RoleRepository, folder?: vscode.Uri): Promise<ImportResult> {
  folder ??= (
    await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Import O*NET Data',
      title: 'Choose the folder of an O*NET text release (the one holding "Occupation Data.txt")',
    })
  )?.[0];
  if (!folder) return { status: 'no folder' };
  const target = repository.proseFile;
  // The previous import's leftovers, if it crashed between write and rename.
  await removeStaleTemporaries(target);
  const temporary = temporaryFor(target);
  try {
    const { buildProseFile, PROSE_FILES, readImportFile } = core();
    const files = importFileSource(folder);
    for (const name of PROSE_FILES) {
      if (!(await exists(vscode.Uri.joinPath(folder, name)))) {
        throw new Error(`${name}: not found in ${folder.fsPath}: choose the folder of an O*NET text release`);
      }
    }
    const count = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Career Compare: importing O*NET data', cancellable: true },
      async (progress, token) => {
        const checkpoint = async (step: string) => {
          // Let the UI breathe and a Cancel click land between steps.
          await new Promise((r) => setTimeout(r, 0));
          if (token.isCancellationRequested) throw new Cancelled();
          progress.report({ message: step, increment: 25 });
        };
        // Only regular files, within the size limit, read in chunks with a cancel check between them.
        const cancelPoint = async () => {
          await new Promise((r) => setTimeout(r, 0));
          if (token.isCancellationRequested) throw new Cancelled();
        };
        const read = (name: string) => readImportFile(files, name, { checkpoint: cancelPoint });
        const readMe = (await exists(vscode.Uri.joinPath(folder, 'Read Me.txt'))) ? await read('Read Me.txt') : undefined;
        const prose = await buildProseFile(read, readMe, checkpoint);
        await checkpoint('saving');
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(JSON.stringify(prose)));
        if (token.isCancellationRequested) throw new Cancelled();
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
        return Object.keys(prose.occupations).length;
      },
    );
    repository.refresh();
    log().info(`Imported O*NET descriptions and tasks for ${count} occupations from ${folder.fsPath}.`);
    void notify('info', `Career Compare: imported descriptions and tasks for ${count} occupations.`);
    return { status: 'imported', detail: `${count} occupations` };
  } catch (err) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    if (err instanceof Cancelled) {
      log().info('O*NET import cancelled; the previous data is unchanged.');
      return { status: 'cancelled' };
    }
    const message = err instanceof Error ? err.message : String(err);
    log().error(`O*NET import failed: ${message}`);
    void notify('error', `Career Compare: the O*NET import failed: ${truncate(message, 300)}. The previous data is unchanged.`);
    return { status: 'failed', detail: message };
  }
}

export async function removeImportedOnet(repository: RoleRepository): Promise<boolean> {
  if (!(await exists(repository.proseFile))) {
    void notify('info', 'Career Compare: there is no imported O*NET data to remove.');
    return false;
  }
  await vscode.workspace.fs.delete(repository.proseFile);
  repository.refresh();
  log().info('Removed the imported O*NET data.');
  void notify('info', 'Career Compare: removed the imported O*NET data.');
  return true;
}
