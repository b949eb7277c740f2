// Reads the publishers' delimited text files into rows with line numbers,
// through csv-parse (quoted CSV needs a real parser: titles hold commas).
// Every problem is an ImportError naming the file and the line.
import { parse } from 'csv-parse/sync';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${file}${line !== undefined ? `, line ${line}` : ''}: ${detail}`);
    this.name = 'ImportError';
  }
}

export interface TableRow {
  /** 1-based line of the record's first line in the file. */
  line: number;
  /** Cells by header name. */
  get(column: string): string;
  cells: string[];
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
  const header = records[headerIndex].record.map((h) => h.trim());
  const missing = options.required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ImportError(
      file,
      records[headerIndex].info.lines,
      `the header lacks ${missing.map((c) => `"${c}"`).join(', ')} — is this the right file?`,
    );
  }
  const index = new Map(header.map((h, i) => [h, i] as const));
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
    rows.push({
      line,
      cells: record,
      get(column: string) {
        const i = index.get(column);
        if (i === undefined) throw new ImportError(file, line, `no column "${column}"`);
        return (record[i] ?? '').trim();
      },
    });
  }
  return { header, rows };
}

/** A number as BLS prints it ("1,579.80"); `undefined` for the publishers' "not available" marks. */
export function parseNumber(file: string, line: number, column: string, raw: string, missing: readonly string[]): number | undefined {
  const text = raw.trim();
  if (text === '' || missing.includes(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new ImportError(file, line, `"${column}" is not a number: "${raw}"`);
  return value;
}
