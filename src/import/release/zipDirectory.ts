// A zip's central directory, read by hand, and each entry's local header
// checked against it. The directory is the one list of what an archive holds:
// an entry is found at the offset the directory gives, never by walking local
// headers one after another (a streaming unzip does that, and 300,000 local
// headers the directory does not list made it take 44 s). An archive whose
// local headers disagree with its directory, or that hides a local header
// between its entries, is refused. Pure: no `vscode`, no Node APIs.
import { quote } from '../../util/safeText';
import { DOWNLOAD_LIMITS, failures } from './downloadRules';

export interface ZipEntry {
  /** The name as stored in the archive, e.g. "db_29_3_text/Task Statements.txt". */
  path: string;
  compressedSize: number;
  /** The uncompressed size the archive's directory declares (checked against the real bytes). */
  size: number;
  compression: number;
  /** Where the entry's local header starts. */
  offset: number;
  /** Where its data starts, after the local header (set once the header is checked). */
  dataStart: number;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const END_RECORD = 22;
const CENTRAL_HEADER = 46;
const LOCAL_HEADER = 30;
/** The end record's comment is at most 65,535 bytes: the record is searched for no further back. */
const MAX_COMMENT = 0xffff;
/** A 16-bit count or 32-bit size at its maximum means the real value is in a ZIP64 record. */
const ZIP64_MARK = 0xffffffff;

interface Directory {
  offset: number;
  size: number;
  count: number;
}

/** The end-of-directory record: where the central directory is and how many entries it holds. */
function readEnd(bytes: Uint8Array, view: DataView): Directory {
  const last = bytes.length - END_RECORD;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) !== SIGNATURE.end) continue;
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) throw failures.damagedArchive('ZIP64 archives are not supported');
    if (offset + size > at) throw failures.damagedArchive('the directory lies outside the archive');
    return { offset, size, count };
  }
  throw failures.damagedArchive('no end of directory record');
}

/** An entry name: UTF-8 when the entry says so (flag bit 11), else one character per byte. */
function nameOf(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(bytes);
  let name = '';
  for (const b of bytes) name += String.fromCharCode(b);
  return name;
}

/** A directory entry and its name's bytes as stored (compared with the local header's). */
interface Listed {
  entry: ZipEntry;
  rawName: Uint8Array;
}

/** The entries the central directory lists, at most `limit`. */
function readCentral(bytes: Uint8Array, view: DataView, directory: Directory, limit: number): Listed[] {
  if (directory.count > limit) throw failures.tooManyEntries(limit);
  const entries: Listed[] = [];
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + CENTRAL_HEADER > end || view.getUint32(at, true) !== SIGNATURE.central) {
      throw failures.damagedArchive(`directory entry ${i + 1} of ${directory.count} is missing or damaged`);
    }
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength > DOWNLOAD_LIMITS.nameBytes) throw failures.longName(nameLength, DOWNLOAD_LIMITS.nameBytes);
    const next = at + CENTRAL_HEADER + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > end) throw failures.damagedArchive(`directory entry ${i + 1} runs past the directory`);
    const rawName = bytes.subarray(at + CENTRAL_HEADER, at + CENTRAL_HEADER + nameLength);
    const entry: ZipEntry = {
      path: nameOf(rawName, (view.getUint16(at + 8, true) & 0x800) !== 0),
      compression: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      dataStart: 0,
    };
    if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.offset === ZIP64_MARK) {
      throw failures.damagedArchive('ZIP64 archives are not supported');
    }
    entries.push({ entry, rawName });
    at = next;
  }
  return entries;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Checks the local header at the entry's offset (signature, name, method) and sets where its data starts. */
function checkLocalHeader(bytes: Uint8Array, view: DataView, { entry, rawName }: Listed, limit: number): void {
  const at = entry.offset;
  const mismatch = () => failures.damagedArchive(`the local header of ${quote(entry.path, 80)} does not match its directory entry`);
  if (at + LOCAL_HEADER > limit || view.getUint32(at, true) !== SIGNATURE.local) throw mismatch();
  const nameLength = view.getUint16(at + 26, true);
  const dataStart = at + LOCAL_HEADER + nameLength + view.getUint16(at + 28, true);
  if (dataStart > limit || view.getUint16(at + 8, true) !== entry.compression) throw mismatch();
  if (!sameBytes(bytes.subarray(at + LOCAL_HEADER, at + LOCAL_HEADER + nameLength), rawName)) throw mismatch();
  if (dataStart + entry.compressedSize > limit) {
    throw failures.damagedArchive(`the directory entry of ${quote(entry.path, 80)} points outside the archive`);
  }
  entry.dataStart = dataStart;
}

/** Where the first local header signature ("PK\3\4") in bytes[from, to) starts, or -1. A plain loop: one pass, no call per byte. */
function hiddenHeader(bytes: Uint8Array, from: number, to: number): number {
  for (let at = from; at + 4 <= to; at++) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 3 && bytes[at + 3] === 4) return at;
  }
  return -1;
}

/**
 * Refuses entries that overlap, and any local header between the entries or
 * before the directory that the directory does not list: the archive is
 * exactly what its directory says. Linear in the archive's size.
 */
function checkCoverage(bytes: Uint8Array, entries: readonly ZipEntry[], directoryOffset: number): void {
  const byOffset = entries.slice().sort((a, b) => a.offset - b.offset);
  let covered = 0;
  for (const entry of byOffset) {
    if (entry.offset < covered) throw failures.damagedArchive(`${quote(entry.path, 80)} overlaps the entry before it`);
    const hidden = hiddenHeader(bytes, covered, entry.offset);
    if (hidden !== -1) throw failures.hiddenEntries(hidden);
    covered = entry.dataStart + entry.compressedSize;
  }
  const hidden = hiddenHeader(bytes, covered, directoryOffset);
  if (hidden !== -1) throw failures.hiddenEntries(hidden);
}

/** The archive's entries as its central directory lists them, each checked against its local header. */
export function readDirectory(bytes: Uint8Array, limit: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readEnd(bytes, view);
  const listed = readCentral(bytes, view, directory, limit);
  for (const item of listed) checkLocalHeader(bytes, view, item, directory.offset);
  const entries = listed.map((item) => item.entry);
  checkCoverage(bytes, entries, directory.offset);
  return entries;
}
