// Files the host writes and checks: whether one exists, and writing one
// atomically — into a temporary file beside it, then a rename. A crash
// between the two leaves the temporary file behind; the next start (the
// first data load, or the next import) removes it.
import * as vscode from 'vscode';
import { log } from './log';

/** Whether anything is at `uri` (a stat that fails means no). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Older than this, a temporary file is a crash's leftover, not a write in progress (in another window, say). */
const STALE_MS = 10 * 60 * 1000;

const temporaryName = (target: vscode.Uri) => new RegExp(`^${escape(basename(target))}\\.\\d+\\.tmp$`);

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A fresh temporary file name beside `target`. */
function temporaryFor(target: vscode.Uri): vscode.Uri {
  return target.with({ path: `${target.path}.${Date.now()}.tmp` });
}

/** Writes `bytes` to `target` through a temporary file and a rename; the temporary file never outlives a failure. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array, beforeRename: () => void = () => {}): Promise<void> {
  const temporary = temporaryFor(target);
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(temporary, bytes);
    beforeRename();
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw err;
  }
}

/** Removes temporary files of `target` left by a crash; returns how many. Never throws. */
export async function removeStaleTemporaries(target: vscode.Uri, now = Date.now()): Promise<number> {
  const folder = vscode.Uri.joinPath(target, '..');
  const pattern = temporaryName(target);
  let removed = 0;
  try {
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      if (!pattern.test(name)) continue;
      const uri = vscode.Uri.joinPath(folder, name);
      const { mtime } = await vscode.workspace.fs.stat(uri);
      if (now - mtime < STALE_MS) continue;
      await vscode.workspace.fs.delete(uri);
      removed++;
    }
  } catch (err) {
    // No storage folder yet is the usual case; anything else is worth a line.
    if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) {
      log().warn(`Could not clear leftover temporary files in ${folder.toString()}: ${String(err)}`);
    }
  }
  if (removed > 0) log().info(`Removed ${removed} temporary file(s) left by an interrupted import.`);
  return removed;
}
