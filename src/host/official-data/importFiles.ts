// Import files from a folder the user picked, as a FileSource (see
// src/import/release/safeRead.ts). On a local disk under Node, Node's fs does the
// strict checks (stat, then fstat on the open file, chunked reads with a
// checkpoint; see ../shared/platform.ts). Elsewhere (VS Code for the web, virtual file systems) the
// editor's file system: its FileType says what a name is, and the size is
// checked before the one-piece read and again after it.
import * as vscode from 'vscode';
import type { FileInfo, FileSource } from '../../import/release/safeRead';
import { core } from '../shared/core';
import { platform } from '../shared/platform';

function infoOf(stat: vscode.FileStat): FileInfo {
  // A link to a regular file is File | SymbolicLink; a link to a device or pipe is Unknown | SymbolicLink.
  if (stat.type & vscode.FileType.File) return { kind: 'file', size: stat.size };
  if (stat.type & vscode.FileType.Directory) return { kind: 'directory', size: stat.size };
  return { kind: 'other', size: stat.size };
}

function editorFileSource(folder: vscode.Uri): FileSource {
  return {
    async stat(name) {
      try {
        return infoOf(await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)));
      } catch (err) {
        if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return { kind: 'missing', size: 0 };
        throw err;
      }
    },
    async read(name, maxBytes, checkpoint) {
      await checkpoint();
      const uri = vscode.Uri.joinPath(folder, name);
      // Never open what is not a regular file (a pipe would block the read): checked here too, not only by the caller.
      if (infoOf(await vscode.workspace.fs.stat(uri)).kind !== 'file') throw core().importFileNotRegular(name);
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > maxBytes) throw core().importFileTooLarge(name, bytes.byteLength, maxBytes);
      await checkpoint();
      return bytes;
    },
  };
}

/** The safest FileSource available for this folder. */
export function importFileSource(folder: vscode.Uri): FileSource {
  return platform.nativeFiles(folder) ?? editorFileSource(folder);
}
