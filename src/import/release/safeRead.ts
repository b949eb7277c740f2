// Reading an official file for an import, safely: only a regular file (a
// link to /dev/zero or a named pipe is refused before it is opened), within
// the size limit (checked before reading), in chunks with a checkpoint
// between them so a cancel lands during a long read, and as strict UTF-8.
// Every refusal is an ImportError naming the file.
import { LIMITS, megabytes } from '../../limits';
import { decodeUtf8 } from '../../model/utf8';
import { ImportError } from '../table';

export interface FileInfo {
  /** What the name leads to, links followed: only `file` is read. */
  kind: 'file' | 'directory' | 'missing' | 'other';
  size: number;
}

/** Where import files come from: Node's fs, or the editor's file system (vscode.workspace.fs, also on the web). */
export interface FileSource {
  stat(name: string): Promise<FileInfo>;
  /**
   * The file's bytes, refusing anything but a regular file again at open time
   * and stopping past `maxBytes`; `checkpoint` runs between chunks (it throws to cancel).
   */
  read(name: string, maxBytes: number, checkpoint: () => Promise<void>): Promise<Uint8Array>;
}

export interface ReadOptions {
  maxBytes?: number;
  checkpoint?: () => Promise<void>;
}

export const notRegular = (name: string) =>
  new ImportError(name, undefined, 'not a regular file (a device, a named pipe, a folder or a broken link); only regular files are read');
export const tooLarge = (name: string, size: number, max: number) =>
  new ImportError(name, undefined, `${megabytes(size)}, at most ${megabytes(max)}: the file was not read`);

/** Strict UTF-8 text of an import file (from a folder or a zip), or an ImportError naming it and the line. */
export function decodeImportText(name: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new ImportError(name, decoded.line, 'not valid UTF-8 text (is this the text release, saved as UTF-8?)');
  return decoded.text;
}

/** A file's text, or an ImportError naming it. */
export async function readImportFile(source: FileSource, name: string, options: ReadOptions = {}): Promise<string> {
  return decodeImportText(name, await readImportBytes(source, name, options));
}

/** A file's bytes (a zip or a spreadsheet, say), under the same checks, or an ImportError naming it. */
export async function readImportBytes(source: FileSource, name: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? LIMITS.importFileBytes;
  const checkpoint = options.checkpoint ?? (async () => {});
  try {
    const info = await source.stat(name);
    if (info.kind === 'missing') throw new ImportError(name, undefined, 'not found');
    if (info.kind !== 'file') throw notRegular(name);
    if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes);
    return await source.read(name, maxBytes, checkpoint);
  } catch (err) {
    // Ours, and a cancel, pass through; a file system error gets the file's name.
    if (err instanceof ImportError || !(err as NodeJS.ErrnoException)?.code) throw err;
    throw new ImportError(name, undefined, `could not be read (${(err as NodeJS.ErrnoException).code})`);
  }
}
