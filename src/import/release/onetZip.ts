// Reads the files an O*NET import needs out of a release's zip, in memory:
// nothing from the archive is ever written to disk, so an entry's name cannot
// point anywhere. fflate (which also runs in a browser's web worker) parses
// the archive and inflates; the caps are checked on the bytes actually
// inflated, not only on what the headers claim. Pure: no `vscode`, no Node APIs.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { quote } from '../../util/safeText';
import { DOWNLOAD_LIMITS, failures } from './downloadRules';

export interface ZipEntry {
  /** The name as stored in the archive, e.g. "db_29_3_text/Task Statements.txt". */
  path: string;
  compressedSize: number;
  /** The uncompressed size the archive's directory declares (checked against the real bytes). */
  size: number;
  compression: number;
}

export interface ZipLimits {
  entryBytes: number;
  totalBytes: number;
  entries: number;
}

/** Compressed bytes handed to the inflater at a time: bounds what one step can inflate before a cap is checked. */
const CHUNK = 16 * 1024;
/** Chunks between two checkpoints (where a cancel lands). */
const CHUNKS_PER_CHECKPOINT = 16;

/** A zip starts with a local file header ("PK\3\4"), or is empty ("PK\5\6"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1;
}

/** The archive's directory, read without inflating anything. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DOWNLOAD_LIMITS): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw failures.notZip(bytes.subarray(0, 16));
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        // A forged directory can claim billions of entries; stop long before.
        if (entries.length >= limits.entries) throw failures.tooManyEntries(limits.entries);
        entries.push({ path: f.name, compressedSize: f.size, size: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch (err) {
    if (err instanceof Error && err.name === 'DownloadError') throw err;
    throw failures.damagedArchive(err instanceof Error ? err.message : String(err));
  }
  for (const e of entries) {
    if (!Number.isSafeInteger(e.size) || !Number.isSafeInteger(e.compressedSize) || e.compressedSize > bytes.length) {
      throw failures.damagedArchive(`the directory entry of ${quote(e.path, 80)} points outside the archive`);
    }
  }
  return entries;
}

/** An absolute path, a drive letter, a backslash, a `..` segment or a control character. */
export function isUnsafeName(path: string): boolean {
  return (
    path.length === 0 ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\\') ||
    // eslint-disable-next-line no-control-regex -- control characters are exactly what an entry name must not hold
    /[\u0000-\u001f\u007f]/.test(path) ||
    path.split('/').some((segment) => segment === '..')
  );
}

/**
 * Picks the entries to read: each wanted file at the top of the archive or in
 * one folder (O*NET's zips hold "db_29_3_text/<file>"). Refuses the whole
 * archive if any name is unsafe or a wanted file appears twice; throws naming
 * every required file that is missing; checks the declared sizes.
 */
export function selectEntries(
  entries: readonly ZipEntry[],
  required: readonly string[],
  optional: readonly string[] = [],
  limits: ZipLimits = DOWNLOAD_LIMITS,
): Map<string, ZipEntry> {
  const wanted = new Set([...required, ...optional]);
  const chosen = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (isUnsafeName(entry.path)) throw failures.unsafeName(entry.path);
    const segments = entry.path.split('/');
    const base = segments[segments.length - 1];
    if (segments.length > 2 || !wanted.has(base)) continue;
    if (chosen.has(base)) throw failures.duplicate(base);
    chosen.set(base, entry);
  }
  const missing = required.filter((name) => !chosen.has(name));
  if (missing.length > 0) throw failures.missing(missing);
  let declared = 0;
  for (const [name, entry] of chosen) {
    if (entry.compression !== 0 && entry.compression !== 8) throw failures.unsupported(name, entry.compression);
    if (entry.size > limits.entryBytes) throw failures.entryTooLarge(name, limits.entryBytes);
    declared += entry.size;
  }
  if (declared > limits.totalBytes) throw failures.totalTooLarge(limits.totalBytes);
  return chosen;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Inflates the chosen entries into memory, by file name. Counts the real
 * bytes of each entry and of all together and stops at a cap; an entry whose
 * real size differs from its declared one, or that never ends, is damaged.
 * `checkpoint` runs every 256 KB of archive so a cancel lands mid-unzip.
 */
export async function inflateEntries(
  bytes: Uint8Array,
  chosen: ReadonlyMap<string, ZipEntry>,
  checkpoint: () => Promise<void> | void = () => {},
  limits: ZipLimits = DOWNLOAD_LIMITS,
): Promise<Map<string, Uint8Array>> {
  const byPath = new Map([...chosen].map(([name, entry]) => [entry.path, name]));
  const done = new Map<string, Uint8Array>();
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    const name = byPath.get(file.name);
    // Entries not needed are never inflated; a second local header with a chosen name is ignored.
    if (name === undefined || done.has(name) || failure) return;
    byPath.delete(file.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = failures.damagedEntry(name, err.message);
        return;
      }
      size += data.length;
      total += data.length;
      if (size > limits.entryBytes) failure = failures.entryTooLarge(name, limits.entryBytes);
      else if (total > limits.totalBytes) failure = failures.totalTooLarge(limits.totalBytes);
      if (failure) return file.terminate();
      chunks.push(data);
      if (final) done.set(name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0, n = 0; offset < bytes.length && !failure; offset += CHUNK, n++) {
    try {
      unzip.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
    } catch (err) {
      failure ??= failures.damagedArchive(err instanceof Error ? err.message : String(err));
    }
    if (n % CHUNKS_PER_CHECKPOINT === CHUNKS_PER_CHECKPOINT - 1) await checkpoint();
  }
  if (failure) throw failure;
  for (const [name, entry] of chosen) {
    const data = done.get(name);
    if (!data) throw failures.damagedEntry(name, 'its data ends before the entry does');
    if (data.length !== entry.size) {
      throw failures.damagedEntry(name, `it unpacks to ${data.length} bytes, its header says ${entry.size}`);
    }
  }
  return done;
}

/** The whole read: list, choose, inflate. */
export async function readZipEntries(
  bytes: Uint8Array,
  required: readonly string[],
  optional: readonly string[] = [],
  checkpoint?: () => Promise<void> | void,
  limits: ZipLimits = DOWNLOAD_LIMITS,
): Promise<Map<string, Uint8Array>> {
  const chosen = selectEntries(listZip(bytes, limits), required, optional, limits);
  return inflateEntries(bytes, chosen, checkpoint, limits);
}
