// "Import O*NET Database…" and "Remove Imported O*NET Data": bring O*NET's
// descriptions and task statements in from a release folder the user has.
// `runImport` is the step the folder import and the download share: it
// parses and validates the release's files and writes atomically, so a failed
// or cancelled import leaves the previous data as it was and no temporary file.
import * as vscode from 'vscode';
import { truncate } from '../../util/safeText';
import { fileExists, removeStaleTemporaries, writeAtomically } from '../shared/files';
import { core } from '../shared/core';
import { log, notify } from '../shared/log';
import { importFileSource } from './importFiles';
import type { RoleRepository } from '../data/roleRepository';

export interface ImportResult {
  status: 'imported' | 'cancelled' | 'failed' | 'no folder';
  /** What went wrong, naming the file and line, or how many occupations were imported. */
  detail?: string;
}

/** Thrown at a checkpoint after the user clicked Cancel. */
export class Cancelled extends Error {}

/** The files of a release, however they arrived (a folder, a downloaded zip). */
export interface Release {
  /** A file's text, or throws naming it. */
  read(name: string): Promise<string>;
  /** The release's Read Me, which names the release and its year, when it has one. */
  readMe: string | undefined;
}

export interface ImportSteps {
  progress: vscode.Progress<{ message?: string; increment?: number }>;
  token: vscode.CancellationToken;
  /** Lets the UI breathe and a Cancel click land; throws Cancelled after one. */
  checkpoint(step?: string, increment?: number): Promise<void>;
}

export interface ImportTexts {
  /** The progress notification's title. */
  title: string;
  /** Where the release came from, for the log. */
  from: string;
  /** "the O*NET import failed" */
  failed: string;
  /** Progress (of 100) each of the four import steps adds; `prepare` reports the rest. */
  stepIncrement: number;
}

/**
 * Gets a release with `prepare` (under a cancellable progress notification),
 * builds the prose file from it and replaces the stored one atomically. Every
 * failure is logged and shown; the previous data stays untouched.
 */
export async function runImport(
  repository: RoleRepository,
  texts: ImportTexts,
  prepare: (steps: ImportSteps) => Promise<Release>,
): Promise<ImportResult> {
  const target = repository.proseFile;
  // The previous import's leftovers, if it crashed between write and rename.
  await removeStaleTemporaries(target);
  try {
    const count = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: texts.title, cancellable: true },
      async (progress, token) => {
        const checkpoint = async (step?: string, increment = 0) => {
          await new Promise((r) => setTimeout(r, 0));
          if (token.isCancellationRequested) throw new Cancelled();
          if (step !== undefined || increment) progress.report({ message: step, increment });
        };
        const release = await prepare({ progress, token, checkpoint });
        const prose = await core().buildProseFile(release.read, release.readMe, (step) => checkpoint(step, texts.stepIncrement));
        await checkpoint('saving', texts.stepIncrement);
        // A Cancel that lands while the file is written still leaves the previous data.
        await writeAtomically(target, new TextEncoder().encode(JSON.stringify(prose)), () => {
          if (token.isCancellationRequested) throw new Cancelled();
        });
        return Object.keys(prose.occupations).length;
      },
    );
    repository.refresh();
    log().info(`Imported O*NET descriptions and tasks for ${count} occupations from ${texts.from}.`);
    void notify('info', `Career Compare: imported descriptions and tasks for ${count} occupations.`);
    return { status: 'imported', detail: `${count} occupations` };
  } catch (err) {
    if (err instanceof Cancelled) {
      log().info(`${texts.title}: cancelled; the previous data is unchanged.`);
      return { status: 'cancelled' };
    }
    const message = err instanceof Error ? err.message : String(err);
    log().error(`${texts.failed} (${texts.from}): ${message}`);
    void notify('error', `Career Compare: ${texts.failed}: ${truncate(message, 300)}. The previous data is unchanged.`);
    return { status: 'failed', detail: message };
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
  const dir = folder;
  const texts = { title: 'Career Compare: importing O*NET data', from: dir.fsPath, failed: 'the O*NET import failed', stepIncrement: 25 };
  return runImport(repository, texts, async ({ checkpoint }) => {
    for (const name of core().PROSE_FILES) {
      if (!(await fileExists(vscode.Uri.joinPath(dir, name)))) {
        throw new Error(`${name}: not found in ${dir.fsPath}: choose the folder of an O*NET text release`);
      }
    }
    // Only regular files, within the size limit, strict UTF-8, read in chunks with a cancel check between them.
    const files = importFileSource(dir);
    const read = (name: string) => core().readImportFile(files, name, { checkpoint: () => checkpoint() });
    const readMe = (await fileExists(vscode.Uri.joinPath(dir, 'Read Me.txt'))) ? await read('Read Me.txt') : undefined;
    return { read, readMe };
  });
}

export async function removeImportedOnet(repository: RoleRepository): Promise<boolean> {
  if (!(await fileExists(repository.proseFile))) {
    void notify('info', 'Career Compare: there is no imported O*NET data to remove.');
    return false;
  }
  await vscode.workspace.fs.delete(repository.proseFile);
  repository.refresh();
  log().info('Removed the imported O*NET data.');
  void notify('info', 'Career Compare: removed the imported O*NET data.');
  return true;
}
