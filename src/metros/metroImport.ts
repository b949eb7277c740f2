// "Import OEWS Metropolitan Area Data…", the pure part: the bytes of the
// file the user chose — BLS's zip (oesm24ma.zip), the workbook in it
// (MSA_M2024_dl.xlsx) or the same table saved as CSV — in, the file to
// store out. Which it is, is read from the bytes, not the name. Every
// refusal is an ImportError naming the file (and the row).
import { ImportError, readTable } from '../import/table';
import { inflateEntries, listZip, looksLikeZip, type ZipEntry } from '../import/release/onetZip';
import { decodeImportText } from '../import/release/safeRead';
import { isWorkbook, readFirstSheet, XLSX_LIMITS, type XlsxLimits } from '../import/xlsx/xlsxSheet';
import { LIMITS } from '../limits';
import { METRO_SOURCE_NAME, metroFileOf, metroYear, type MetroFile } from './metroFile';
import { MetroTableReader, type MetroTable } from './metroTable';

export interface MetroLimits extends XlsxLimits {
  /** Bytes of the workbook inside BLS's zip, unpacked. */
  workbookBytes: number;
}

export const METRO_LIMITS: MetroLimits = { ...XLSX_LIMITS, workbookBytes: LIMITS.metroFileBytes };

/** The workbook's name in BLS's zip: MSA_M2024_dl.xlsx (at the top or in one folder, as oesm24ma/). */
const METRO_WORKBOOK = /^MSA_M\d{4}_dl\.xlsx$/i;

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The metro workbook in BLS's zip; refuses a zip without one, or with two. */
function metroWorkbook(file: string, entries: readonly ZipEntry[]): ZipEntry {
  const shallow = entries.filter((e) => e.path.split('/').length <= 2);
  const named = shallow.filter((e) => METRO_WORKBOOK.test(baseName(e.path)));
  const candidates = named.length > 0 ? named : shallow.filter((e) => /\.xlsx$/i.test(e.path));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    throw new ImportError(file, undefined, "the zip holds no MSA_M…_dl.xlsx: is this BLS's metropolitan area file (oesm24ma.zip)?");
  }
  throw new ImportError(
    file,
    undefined,
    `the zip holds ${candidates.length} workbooks (${candidates.map((e) => baseName(e.path)).join(', ')}): choose one`,
  );
}

/** Feeds a workbook's first worksheet to the reader: its first non-empty row is the header. */
async function readWorkbook(
  label: string,
  bytes: Uint8Array,
  reader: MetroTableReader,
  checkpoint: () => Promise<void>,
  limits: MetroLimits,
): Promise<void> {
  await readFirstSheet(
    label,
    bytes,
    ({ row, cells }) => {
      if (reader.hasHeader) reader.row(row, cells);
      else if (cells.some((c) => c.trim() !== '')) reader.header(cells, row);
    },
    checkpoint,
    limits,
  );
}

function printable(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes.subarray(0, 16)) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  return out;
}

/**
 * Builds the stored metro file from the chosen file's bytes. `name` is the
 * file's name (errors name it, the year is read from it); `checkpoint` runs
 * as the file is read so a cancel lands.
 */
export async function buildMetroFile(
  name: string,
  bytes: Uint8Array,
  checkpoint: () => Promise<void> = async () => {},
  limits: MetroLimits = METRO_LIMITS,
): Promise<MetroFile> {
  const names = [name];
  let table: MetroTable;
  if (looksLikeZip(bytes)) {
    const entries = listWithName(name, bytes);
    const reader = new MetroTableReader(name, 'row');
    if (isWorkbook(entries)) {
      await readWorkbook(name, bytes, reader, checkpoint, limits);
      table = reader.result();
    } else {
      const entry = metroWorkbook(name, entries);
      const inner = `${baseName(entry.path)} (in ${name})`;
      names.unshift(baseName(entry.path));
      const zipLimits = { entryBytes: limits.workbookBytes, totalBytes: limits.workbookBytes, entries: LIMITS.downloadEntries };
      let workbook: Uint8Array;
      try {
        workbook = (await inflateEntries(bytes, new Map([[entry.path, entry]]), checkpoint, zipLimits)).get(entry.path)!;
      } catch (err) {
        if (err instanceof Error && err.name === 'DownloadError') throw new ImportError(name, undefined, err.message);
        throw err;
      }
      const innerReader = new MetroTableReader(inner, 'row');
      await readWorkbook(inner, workbook, innerReader, checkpoint, limits);
      table = innerReader.result();
    }
  } else if (/\.csv$/i.test(name)) {
    const reader = new MetroTableReader(name, 'line');
    const { header, rows } = readTable(name, decodeImportText(name, bytes), { delimiter: ',', required: [] });
    reader.header(header, 1);
    for (const row of rows) reader.row(row.line, row.cells);
    table = reader.result();
  } else {
    throw new ImportError(
      name,
      undefined,
      `not a zip, an Excel workbook (.xlsx) or a CSV file (it starts with "${printable(bytes)}"): choose BLS's oesm24ma.zip or the MSA_M2024_dl.xlsx in it`,
    );
  }
  return metroFileOf(table, name, { name: METRO_SOURCE_NAME, year: metroYear(names) });
}

function listWithName(name: string, bytes: Uint8Array): ZipEntry[] {
  try {
    return listZip(bytes, { entryBytes: LIMITS.metroFileBytes, totalBytes: LIMITS.metroFileBytes, entries: LIMITS.downloadEntries });
  } catch (err) {
    if (err instanceof Error && err.name === 'DownloadError') throw new ImportError(name, undefined, err.message);
    throw err;
  }
}
