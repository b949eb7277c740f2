// Reads the publishers' delimited text files into rows with line numbers,
// through csv-parse (quoted CSV needs a real parser: titles hold commas).
// Every problem is an ImportError naming the file and the line.
import { parse } from 'csv-parse/sync';

/** Where a place in a file is counted: a text file's lines, a spreadsheet's rows. */
export type PlaceUnit = 'line' | 'row';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
    unit: PlaceUnit = 'line',
  ) {
    super(`${file}${line !== undefined ? `, ${unit} ${line}` : ''}: ${detail}`);
    this.name = 'ImportError';
  }
}

export interface TableRow {
  /** 1-based line of the record's first line in the file (a spreadsheet's row number). */
  line: number;
  /** Cells by header name. */
  get(column: string): string;
  cells: string[];
  /** An ImportError naming the file and this row. */
  fail(detail: string): ImportError;
}

export interface TableOptions {
  delimiter: ',' | '\t';
  /** Columns that must be present in the header. */
  required: readonly string[];
  /** Rows before the header row (title rows of a converted spreadsheet). */
  headerLine?: (cells: string[]) => boolean;
}

export function readTable(file: string, text: string, options: TableOptions): { header: string[]; rows: TableRow[] } {
  let parsed: { record: string[]; raw: string }[];
  try {
    // One line ending everywhere: a file that mixes \r\n and \n would otherwise confuse the line count.
    parsed = parse(text.replace(/\r\n?/g, '\n'), {
      delimiter: options.delimiter,
      bom: true,
      // O*NET's tab-delimited text has no quoting; its cells may hold a literal ".
      quote: options.delimiter === '\t' ? false : '"',
      relax_column_count: true,
      raw: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new ImportError(file, e.lines, e.message.replace(/^Invalid [^:]*: /, ''));
  }
  // Line numbers from the raw text (csv-parse's own count drifts after quoted line breaks).
  const records: { record: string[]; info: { lines: number } }[] = [];
  let nextLine = 1;
  for (const { record, raw } of parsed) {
    if (record.some((cell) => cell.trim() !== '')) records.push({ record, info: { lines: nextLine } });
    nextLine += (raw.match(/\n/g) ?? []).length;
  }
  if (records.length === 0) throw new ImportError(file, undefined, 'the file is empty');
  const headerIndex = options.headerLine ? records.findIndex((r) => options.headerLine!(r.record)) : 0;
  if (headerIndex < 0) throw new ImportError(file, undefined, 'no header row found');
  const { header, row } = tableHeader(file, records[headerIndex].record, records[headerIndex].info.lines, options.required);
  const rows: TableRow[] = [];
  for (const { record, info } of records.slice(headerIndex + 1)) {
    const line = info.lines;
    if (options.delimiter === '\t' && record.length !== header.length) {
      throw new ImportError(
        file,
        line,
        `expected ${header.length} tab-separated fields, found ${record.length} (a truncated or damaged line?)`,
      );
    }
    rows.push(row(line, record));
  }
  return { header, rows };
}

/**
 * A table's header row, checked for the `required` columns, and a maker of
 * its rows: shared by delimited text and spreadsheets (read row by row).
 */
export function tableHeader(
  file: string,
  cells: readonly string[],
  headerLine: number,
  required: readonly string[],
  unit: PlaceUnit = 'line',
): { header: string[]; row: (line: number, cells: string[]) => TableRow } {
  const header = cells.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ImportError(file, headerLine, `the header lacks ${missing.map((c) => `"${c}"`).join(', ')} — is this the right file?`, unit);
  }
  const index = new Map(header.map((h, i) => [h, i] as const));
  const row = (line: number, record: string[]): TableRow => ({
    line,
    cells: record,
    fail: (detail) => new ImportError(file, line, detail, unit),
    get(column: string) {
      const i = index.get(column);
      if (i === undefined) throw new ImportError(file, line, `no column "${column}"`, unit);
      return (record[i] ?? '').trim();
    },
  });
  return { header, row };
}

/** A number as BLS prints it ("1,579.80"); `undefined` for the publishers' "not available" marks. */
export function parseNumber(file: string, line: number, column: string, raw: string, missing: readonly string[]): number | undefined {
  const value = numberOrMark(raw, missing);
  if (value !== undefined && !Number.isFinite(value)) throw new ImportError(file, line, notANumber(column, raw));
  return value;
}

/** A row's number in `column` (as parseNumber reads it), or an ImportError naming the row. */
export function rowNumber(row: TableRow, column: string, missing: readonly string[]): number | undefined {
  const raw = row.get(column);
  const value = numberOrMark(raw, missing);
  if (value !== undefined && !Number.isFinite(value)) throw row.fail(notANumber(column, raw));
  return value;
}

/** The number in `raw`, `undefined` for a blank or a "not available" mark, NaN when it is not a number. */
function numberOrMark(raw: string, missing: readonly string[]): number | undefined {
  const text = raw.trim();
  if (text === '' || missing.includes(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

const notANumber = (column: string, raw: string) => `"${column}" is not a number: "${raw}"`;
