// Reads the first worksheet of an Excel workbook (.xlsx) row by row, in
// memory, with the project's own zip reader (its directory checks and caps
// on the bytes actually inflated) and XML scanner (no DOCTYPE, no entities
// of its own). The worksheet is streamed: each row is handed on as it
// closes, so only what the caller keeps stays in memory. Shared strings,
// inline strings and numbers are read as text, as the workbook holds them;
// styles and formulas are ignored (a formula's cached value is its text).
// Pure: no `vscode`, no Node APIs.
import { LIMITS } from '../../limits';
import { inflateEntries, isUnsafeName, listZip, streamZipEntry, type ZipEntry, type ZipLimits } from '../release/onetZip';
import { ImportError } from '../table';
import { XmlError, XmlScanner, type XmlHandler } from './xmlScanner';

export interface XlsxLimits {
  /** Uncompressed bytes of workbook.xml, its relationships and sharedStrings.xml, each. */
  partBytes: number;
  /** Uncompressed bytes of the worksheet, counted as it is streamed. */
  sheetBytes: number;
  rows: number;
  columns: number;
  sharedStrings: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  partBytes: LIMITS.xlsxPartBytes,
  sheetBytes: LIMITS.xlsxSheetBytes,
  rows: LIMITS.xlsxRows,
  columns: LIMITS.xlsxColumns,
  sharedStrings: LIMITS.xlsxSharedStrings,
};

/** One worksheet row: its 1-based number and its cells as text, "" where a cell is empty. */
export interface SheetRow {
  row: number;
  cells: string[];
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** A zip failure (directory, caps, a damaged entry) as an ImportError naming the workbook. */
function located<T>(file: string, part: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw relocated(file, part, err);
  }
}

function relocated(file: string, part: string | undefined, err: unknown): unknown {
  if (err instanceof Error && (err.name === 'DownloadError' || err instanceof XmlError)) {
    return new ImportError(file, undefined, part ? `${part}: ${err.message}` : err.message);
  }
  return err;
}

/** Bytes to text, strictly: a part that is not UTF-8 is refused, never patched with U+FFFD. */
function decoder(file: string, part: string): (bytes?: Uint8Array) => string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  return (bytes) => {
    try {
      return bytes ? utf8.decode(bytes, { stream: true }) : utf8.decode();
    } catch {
      throw new ImportError(file, undefined, `${part}: not valid UTF-8 text`);
    }
  };
}

/** Scans a whole part held in memory. */
function scanPart(file: string, part: string, bytes: Uint8Array, handler: XmlHandler): void {
  const decode = decoder(file, part);
  const scanner = new XmlScanner(handler);
  located(file, part, () => {
    scanner.write(decode(bytes));
    scanner.write(decode());
    scanner.end();
  });
}

/** A handler that only listens for elements opening. */
const onOpen = (open: XmlHandler['open']): XmlHandler => ({ open, close: () => {}, text: () => {} });

/** A relationship's target as a path in the archive ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function partPath(file: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  if (isUnsafeName(path)) throw new ImportError(file, undefined, `the workbook names an unsafe part, "${target.slice(0, 80)}"`);
  return path;
}

/** The worksheet the workbook lists first, and its shared strings' part when it has one. */
function locateParts(file: string, workbook: Uint8Array, rels: Uint8Array): { sheetName: string; sheet: string; strings?: string } {
  let first: { name: string; id: string } | undefined;
  scanPart(
    file,
    WORKBOOK,
    workbook,
    onOpen((name, attributes) => {
      if (name === 'sheet' && !first) first = { name: attributes.get('name') ?? '', id: attributes.get('id') ?? '' };
    }),
  );
  if (!first) throw new ImportError(file, undefined, `${WORKBOOK}: the workbook lists no worksheet`);
  const targets = new Map<string, string>();
  let strings: string | undefined;
  scanPart(
    file,
    WORKBOOK_RELS,
    rels,
    onOpen((name, attributes) => {
      if (name !== 'Relationship') return;
      const target = attributes.get('Target') ?? '';
      targets.set(attributes.get('Id') ?? '', target);
      if (attributes.get('Type')?.endsWith('/sharedStrings')) strings = partPath(file, target);
    }),
  );
  const target = targets.get(first.id);
  if (!target) throw new ImportError(file, undefined, `${WORKBOOK_RELS}: the first worksheet's part ("${first.id}") is not listed`);
  return { sheetName: first.name, sheet: partPath(file, target), strings };
}

/** The shared strings: each item's text runs joined, phonetic guides (rPh) left out. */
function readSharedStrings(file: string, part: string, bytes: Uint8Array, limit: number): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  scanPart(file, part, bytes, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        if (strings.length >= limit) throw new XmlError(`more than ${limit.toLocaleString('en-US')} shared strings`);
        strings.push(current.join(''));
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (current && inText && phonetic === 0) current.push(text);
    },
  });
  return strings;
}

/** "AB12" → 27 (0-based column), or undefined for a reference that is not one. */
function columnOf(reference: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/.exec(reference)?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Reads the worksheet's rows (sheetData/row/c) and hands each on as it closes. */
class SheetReader implements XmlHandler {
  private row: { number: number; cells: string[] } | undefined;
  private lastRow = 0;
  private cell: { column: number; type: string; value: string[]; inline: string[] } | undefined;
  private nextColumn = 0;
  /** Inside <v>, or inside <is>'s <t> (not a phonetic guide's). */
  private reading: 'value' | 'inline' | undefined;
  private phonetic = 0;

  constructor(
    private readonly file: string,
    private readonly strings: readonly string[],
    private readonly limits: XlsxLimits,
    private readonly onRow: (row: SheetRow) => void,
  ) {}

  private fail(detail: string, row = this.row?.number): ImportError {
    return new ImportError(this.file, row, detail, 'row');
  }

  open(name: string, attributes: ReadonlyMap<string, string>): void {
    if (name === 'row') {
      const r = attributes.get('r');
      const number = r === undefined ? this.lastRow + 1 : Number(r);
      if (!Number.isInteger(number) || number <= this.lastRow) throw this.fail(`the row number "${r}" is out of order`, this.lastRow + 1);
      if (number > this.limits.rows) throw this.fail(`more than ${this.limits.rows.toLocaleString('en-US')} rows`, number);
      this.row = { number, cells: [] };
      this.lastRow = number;
      this.nextColumn = 0;
    } else if (name === 'c' && this.row) {
      const reference = attributes.get('r');
      const column = reference === undefined ? this.nextColumn : columnOf(reference);
      if (column === undefined) throw this.fail(`"${reference}" is not a cell reference`);
      if (column >= this.limits.columns) throw this.fail(`a cell past column ${this.limits.columns.toLocaleString('en-US')}`);
      this.cell = { column, type: attributes.get('t') ?? 'n', value: [], inline: [] };
      this.nextColumn = column + 1;
    } else if (this.cell) {
      if (name === 'v') this.reading = 'value';
      else if (name === 'rPh') this.phonetic++;
      else if (name === 't' && this.phonetic === 0) this.reading = 'inline';
    }
  }

  close(name: string): void {
    if (name === 'v' || name === 't') this.reading = undefined;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'c' && this.cell && this.row) {
      const { column, cells } = { column: this.cell.column, cells: this.row.cells };
      while (cells.length < column) cells.push('');
      cells[column] = this.valueOf(this.cell);
      this.cell = undefined;
    } else if (name === 'row' && this.row) {
      this.onRow({ row: this.row.number, cells: this.row.cells });
      this.row = undefined;
    }
  }

  text(text: string): void {
    if (this.reading === 'value') this.cell?.value.push(text);
    else if (this.reading === 'inline') this.cell?.inline.push(text);
  }

  private valueOf(cell: { type: string; value: string[]; inline: string[] }): string {
    const value = cell.value.join('');
    if (cell.type === 'inlineStr') return cell.inline.join('');
    if (cell.type !== 's') return value;
    const index = Number(value);
    if (!Number.isInteger(index) || index < 0 || index >= this.strings.length) {
      throw this.fail(`a shared string ("${value.slice(0, 20)}") the workbook does not have`);
    }
    return this.strings[index];
  }
}

function zipLimits(bytes: number): ZipLimits {
  return { entryBytes: bytes, totalBytes: bytes, entries: LIMITS.downloadEntries };
}

/** Whether a zip's entries are a workbook's (it has xl/workbook.xml). */
export function isWorkbook(entries: readonly ZipEntry[]): boolean {
  return entries.some((e) => e.path === WORKBOOK);
}

/**
 * Reads the first worksheet of the workbook in `bytes` (`file` names it in
 * every error), handing each row to `onRow` as it is read; returns the
 * worksheet's name. `checkpoint` runs as the worksheet unpacks, so a cancel lands.
 */
export async function readFirstSheet(
  file: string,
  bytes: Uint8Array,
  onRow: (row: SheetRow) => void,
  checkpoint: () => Promise<void> | void = () => {},
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<string> {
  const entries = located(file, undefined, () => listZip(bytes, zipLimits(limits.partBytes)));
  const byPath = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byPath.has(entry.path)) throw new ImportError(file, undefined, `the workbook holds "${entry.path.slice(0, 80)}" twice`);
    byPath.set(entry.path, entry);
  }
  const entry = (path: string) => {
    const found = byPath.get(path);
    if (!found) throw new ImportError(file, undefined, `not an Excel workbook (.xlsx): it has no ${path}`);
    return found;
  };
  const inflate = async (path: string) => {
    const chosen = new Map([[path, entry(path)]]);
    try {
      return (await inflateEntries(bytes, chosen, checkpoint, zipLimits(limits.partBytes))).get(path)!;
    } catch (err) {
      throw relocated(file, path, err);
    }
  };
  const parts = locateParts(file, await inflate(WORKBOOK), await inflate(WORKBOOK_RELS));
  const strings = parts.strings ? readSharedStrings(file, parts.strings, await inflate(parts.strings), limits.sharedStrings) : [];
  const sheet = entry(parts.sheet);
  const decode = decoder(file, parts.sheet);
  const scanner = new XmlScanner(new SheetReader(file, strings, limits, onRow));
  try {
    await streamZipEntry(bytes, parts.sheet, sheet, (chunk) => scanner.write(decode(chunk)), checkpoint, zipLimits(limits.sheetBytes));
    scanner.write(decode());
    scanner.end();
  } catch (err) {
    throw relocated(file, parts.sheet, err);
  }
  return parts.sheetName;
}
