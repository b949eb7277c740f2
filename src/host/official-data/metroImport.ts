// "Import OEWS Metropolitan Area Data…" and "Remove OEWS Metropolitan Area
// Data": BLS's metro estimates from a file the user has (the zip, the
// workbook in it, or the table as CSV). The file is read with the import
// rules (a regular file, within the size limit, in chunks with a cancel
// check), parsed in the core, and the figures written atomically to global
// storage: a failed or cancelled import leaves the previous data as it was.
import * as vscode from 'vscode';
import { LIMITS } from '../../limits';
import { truncate } from '../../util/safeText';
import type { MetroFile } from '../../metros/metroFile';
import type { RoleRepository } from '../data/roleRepository';
import { core } from '../shared/core';
import { fileExists, removeStaleTemporaries, writeAtomically } from '../shared/files';
import { log, notify } from '../shared/log';
import { importFileSource } from './importFiles';
import { Cancelled } from './onetImport';

export interface MetroImportResult {
  status: 'imported' | 'cancelled' | 'failed' | 'no file';
  /** What went wrong, naming the file and row, or how many roles got metro figures. */
  detail?: string;
}

const TITLE = 'Career Compare: importing metropolitan area data';
const FAILED = 'the metropolitan area import failed';

async function chooseFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    filters: { 'BLS metropolitan area estimates': ['zip', 'xlsx', 'csv'] },
    openLabel: 'Import Metro Data',
    title: "Choose BLS's metropolitan area file (oesm24ma.zip, or the MSA_M2024_dl.xlsx in it)",
  });
  return picked?.[0];
}

export async function importMetros(repository: RoleRepository, file?: vscode.Uri): Promise<MetroImportResult> {
  file ??= await chooseFile();
  if (!file) return { status: 'no file' };
  const chosen = file;
  const name = chosen.path.slice(chosen.path.lastIndexOf('/') + 1);
  const target = repository.metroFile;
  // The previous import's leftovers, if it crashed between write and rename.
  await removeStaleTemporaries(target);
  try {
    const metros = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: TITLE, cancellable: true },
      async (progress, token) => {
        const checkpoint = async () => {
          await new Promise((r) => setTimeout(r, 0));
          if (token.isCancellationRequested) throw new Cancelled();
        };
        progress.report({ message: `reading ${name}` });
        // Only a regular file, within the size limit, read in chunks with a cancel check between them.
        const source = importFileSource(vscode.Uri.joinPath(chosen, '..'));
        const bytes = await core().readImportBytes(source, name, { maxBytes: LIMITS.metroFileBytes, checkpoint });
        progress.report({ message: 'reading the estimates', increment: 30 });
        const built = await core().buildMetroFile(name, bytes, checkpoint);
        progress.report({ message: 'saving', increment: 60 });
        // A Cancel that lands while the file is written still leaves the previous data.
        await writeAtomically(target, new TextEncoder().encode(JSON.stringify(built)), () => {
          if (token.isCancellationRequested) throw new Cancelled();
        });
        return built;
      },
    );
    repository.refresh();
    const roles = await officialRolesWith(repository, metros);
    const areas = `${metros.areas} metropolitan areas`;
    const reached = roles === undefined ? `${Object.keys(metros.occupations).length} occupations` : `${roles} roles`;
    const what = `pay by metro area for ${reached}`;
    log().info(`Imported ${what} (${areas}) from ${chosen.toString()}.`);
    void notify('info', `Career Compare: imported ${what} (${areas}) from ${name}.`);
    return { status: 'imported', detail: `${what}, ${areas}, from ${name}` };
  } catch (err) {
    if (err instanceof Cancelled) {
      log().info(`${TITLE}: cancelled; the previous data is unchanged.`);
      return { status: 'cancelled' };
    }
    const message = err instanceof Error ? err.message : String(err);
    log().error(`${FAILED} (${chosen.toString()}): ${message}`);
    void notify('error', `Career Compare: ${FAILED}: ${truncate(message, 300)}. The previous data is unchanged.`);
    return { status: 'failed', detail: message };
  }
}

/** How many official roles the imported figures reach, or undefined when the catalog cannot load (the log says why). */
async function officialRolesWith(repository: RoleRepository, metros: MetroFile): Promise<number | undefined> {
  try {
    const catalog = await repository.baseCatalog();
    return core().rolesWithMetros(
      metros,
      catalog.roles.filter((r) => catalog.detailOf.has(r.id)),
    );
  } catch (err) {
    log().error(`Could not count the roles with metro figures: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

export async function removeMetros(repository: RoleRepository): Promise<boolean> {
  if (!(await fileExists(repository.metroFile))) {
    void notify('info', 'Career Compare: there is no imported metropolitan area data to remove.');
    return false;
  }
  await vscode.workspace.fs.delete(repository.metroFile);
  repository.refresh();
  log().info('Removed the imported metropolitan area data.');
  void notify('info', 'Career Compare: removed the imported metropolitan area data.');
  return true;
}
