// A FileSource on Node's fs, for a folder: used by the unit tests, by
// `npm run data:build`, and by the extension host for file: folders.
// stat follows links (a link to a regular file is fine); the open file is
// checked again with fstat, so a file swapped for a pipe after the stat is
// still refused, and O_NONBLOCK keeps that open from waiting on a pipe.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileInfo, FileSource } from './safeRead';
import { notRegular, tooLarge } from './safeRead';

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
      const handle = await open(join(folder, name), constants.O_RDONLY | constants.O_NONBLOCK);
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
