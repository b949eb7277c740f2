// A FileSource on Node's fs, for a folder: used by the unit tests, by
// `npm run data:build`, and by the extension host for file: folders.
// Nothing but a regular file is opened: a stat first (it follows links; a
// link to a regular file is fine), since opening a named pipe blocks, or
// wakes a writer waiting on it, and opening a device can act on it. The open
// file is checked again with fstat, so a file swapped for a pipe after the
// stat is still refused, and O_NONBLOCK keeps that open from waiting on a pipe.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LIMITS } from '../../limits';
import { decodeUtf8 } from '../../model/utf8';
import type { FileInfo, FileSource } from './safeRead';
import { notRegular, tooLarge } from './safeRead';
import { ImportError } from '../table';

/** Read in pieces of this size, with a checkpoint between them. */
export const CHUNK_BYTES = 1024 * 1024;

export function nodeFileSource(folder: string): FileSource {
  return {
    async stat(name: string): Promise<FileInfo> {
      try {
        const s = await stat(join(folder, name));
        return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', size: 0 };
        throw err;
      }
    },
    async read(name: string, maxBytes: number, checkpoint: () => Promise<void>): Promise<Uint8Array> {
      const path = join(folder, name);
      if (!(await stat(path)).isFile()) throw notRegular(name);
      const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const s = await handle.stat();
        if (!s.isFile()) throw notRegular(name);
        if (s.size > maxBytes) throw tooLarge(name, s.size, maxBytes);
        const out = new Uint8Array(s.size);
        let filled = 0;
        while (filled < s.size) {
          await checkpoint();
          const { bytesRead } = await handle.read(out, filled, Math.min(CHUNK_BYTES, s.size - filled), filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return out.subarray(0, filled);
      } finally {
        await handle.close();
      }
    },
  };
}

/**
 * The same checks, synchronously, for `npm run data:build`: a regular file
 * (checked on the open descriptor, opened without blocking on a pipe),
 * within the size limit, strict UTF-8. Errors name the file as `label`.
 */
export function readImportFileSync(path: string, label: string, maxBytes: number = LIMITS.importFileBytes): string {
  // A stat or open error (ENOENT, EACCES) goes up as it is: the caller names the file with its code.
  if (!statSync(path).isFile()) throw notRegular(label);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw notRegular(label);
    if (s.size > maxBytes) throw tooLarge(label, s.size, maxBytes);
    const bytes = new Uint8Array(s.size);
    let filled = 0;
    while (filled < s.size) {
      const n = readSync(fd, bytes, filled, s.size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    const decoded = decodeUtf8(bytes.subarray(0, filled));
    if (!decoded.ok) throw new ImportError(label, decoded.line, 'not valid UTF-8 text');
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}
