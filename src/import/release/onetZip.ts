// Reads the files an O*NET import needs out of a release's zip, in memory:
// nothing from the archive is ever written to disk, so an entry's name cannot
// point anywhere. The directory is read and checked in zipDirectory.ts; each
// needed entry is inflated from the offset the directory gives (fflate, which
// also runs in a browser's web worker), and the caps are checked on the bytes
// actually inflated, not only on what the headers claim. Pure: no `vscode`,
// no Node APIs.
import { Inflate } from 'fflate';
import { DOWNLOAD_LIMITS, failures } from './downloadRules';
import { readDirectory, type ZipEntry } from './zipDirectory';

export type { ZipEntry } from './zipDirectory';

export interface ZipLimits {
  entryBytes: number;
  totalBytes: number;
  entries: number;
}

/**
 * Compressed bytes handed to the inflater at a time: bounds what one step can
 * inflate (about 1 MB at deflate's best ratio) before a cap is checked. Small
 * steps are also the fast ones: 16 KB steps of a 1,000:1 entry took 5 times
 * as long, growing 16 MB buffers.
 */
const CHUNK = 1024;
/** Bytes of a stored (uncompressed) entry handed on at a time. */
const STORED_PIECE = 64 * 1024;
/** Chunks between two checkpoints (where a cancel lands): every 256 KB of compressed data. */
const CHUNKS_PER_CHECKPOINT = 256;

/** A zip starts with a local file header ("PK\3\4"), or is empty ("PK\5\6"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1;
}

/** The archive's directory, each entry checked against its local header, read without inflating anything. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = DOWNLOAD_LIMITS): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw failures.notZip(bytes.subarray(0, 16));
  try {
    return readDirectory(bytes, limits.entries);
  } catch (err) {
    if (err instanceof Error && err.name === 'DownloadError') throw err;
    throw failures.damagedArchive(err instanceof Error ? err.message : String(err));
  }
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

/** Counts inflated bytes against the caps: of one entry, and of all entries read so far. */
class Budget {
  total = 0;
  constructor(private readonly limits: ZipLimits) {}

  /** Throws when `size` bytes of `name` (after `added` more) pass a cap. */
  add(name: string, size: number, added: number): void {
    this.total += added;
    if (size > this.limits.entryBytes) throw failures.entryTooLarge(name, this.limits.entryBytes);
    if (this.total > this.limits.totalBytes) throw failures.totalTooLarge(this.limits.totalBytes);
  }
}

/** Calls `checkpoint` every CHUNKS_PER_CHECKPOINT chunks, across entries. */
function checkpoints(checkpoint: () => Promise<void> | void): () => Promise<void> {
  let chunks = 0;
  return async () => {
    if (++chunks % CHUNKS_PER_CHECKPOINT === 0) await checkpoint();
  };
}

/** One entry's bytes, inflated chunk by chunk from where its data starts, under the budget, each chunk handed to `sink`. */
async function streamEntry(
  bytes: Uint8Array,
  name: string,
  entry: ZipEntry,
  budget: Budget,
  tick: () => Promise<void>,
  sink: (chunk: Uint8Array) => void,
): Promise<number> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.compression === 0) {
    // Handed on in pieces, as an inflated entry would be, so a stored worksheet is not decoded in one go.
    for (let at = 0; at < data.length; at += STORED_PIECE) {
      const piece = data.slice(at, at + STORED_PIECE);
      budget.add(name, at + piece.length, piece.length);
      sink(piece);
      await tick();
    }
    return data.length;
  }
  let size = 0;
  let ended = false;
  /** What the sink threw (a damaged worksheet, say): it passes through as it is, not as a damaged entry. */
  let refused: unknown;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    budget.add(name, size, chunk.length);
    try {
      sink(chunk);
    } catch (err) {
      refused = err;
      throw err;
    }
    ended ||= final;
  });
  let at = 0;
  do {
    try {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    } catch (err) {
      if (err === refused || (err instanceof Error && err.name === 'DownloadError')) throw err;
      throw failures.damagedEntry(name, err instanceof Error ? err.message : String(err));
    }
    at += CHUNK;
    await tick();
  } while (at < data.length);
  if (!ended) throw failures.damagedEntry(name, 'its data ends before the entry does');
  return size;
}

/** One entry's bytes, inflated whole into memory. */
async function inflateEntry(
  bytes: Uint8Array,
  name: string,
  entry: ZipEntry,
  budget: Budget,
  tick: () => Promise<void>,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const size = await streamEntry(bytes, name, entry, budget, tick, (chunk) => chunks.push(chunk));
  return concat(chunks, size);
}

/**
 * Inflates one entry chunk by chunk into `sink` without keeping it (a
 * worksheet of hundreds of MB is read as it unpacks), under the same caps
 * and checks as inflateEntries; `checkpoint` runs every 256 KB of compressed data.
 */
export async function streamZipEntry(
  bytes: Uint8Array,
  name: string,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => void,
  checkpoint: () => Promise<void> | void = () => {},
  limits: ZipLimits = DOWNLOAD_LIMITS,
): Promise<void> {
  const size = await streamEntry(bytes, name, entry, new Budget(limits), checkpoints(checkpoint), sink);
  if (size !== entry.size) throw failures.damagedEntry(name, `it unpacks to ${size} bytes, its header says ${entry.size}`);
}

/**
 * Inflates the chosen entries into memory, by file name. Counts the real
 * bytes of each entry and of all together and stops at a cap; an entry whose
 * real size differs from its declared one, or that never ends, is damaged.
 * `checkpoint` runs every 256 KB of compressed data so a cancel lands mid-unzip.
 */
export async function inflateEntries(
  bytes: Uint8Array,
  chosen: ReadonlyMap<string, ZipEntry>,
  checkpoint: () => Promise<void> | void = () => {},
  limits: ZipLimits = DOWNLOAD_LIMITS,
): Promise<Map<string, Uint8Array>> {
  const budget = new Budget(limits);
  const tick = checkpoints(checkpoint);
  const done = new Map<string, Uint8Array>();
  for (const [name, entry] of chosen) {
    const data = await inflateEntry(bytes, name, entry, budget, tick);
    if (data.length !== entry.size) {
      throw failures.damagedEntry(name, `it unpacks to ${data.length} bytes, its header says ${entry.size}`);
    }
    done.set(name, data);
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
