// Fixtures for "Import OEWS Metropolitan Area Data…", built at test time:
// BLS's metro file is not on these machines, so these are small tables in
// its published layout (the columns of MSA_M2024_dl.xlsx, in its order, the
// workbook as Excel writes one, the zip as BLS names it). The area names
// and codes are real metropolitan areas; every figure is invented.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** The published workbook's columns, in order. */
export const METRO_HEADER = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'EMP_PRSE',
  'JOBS_1000',
  'LOC_QUOTIENT',
  'PCT_TOTAL',
  'PCT_RPT',
  'H_MEAN',
  'A_MEAN',
  'MEAN_PRSE',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
];

export type Cell = string | number;

export interface MetroRowSpec {
  area: string;
  title: string;
  /** 4 metropolitan statistical area, 6 nonmetropolitan area. */
  type?: number;
  state: string;
  soc: string;
  occupation: string;
  group?: string;
  jobs: Cell;
  hourly: Cell;
  annual: Cell;
}

/** One row in the published layout; the columns the import does not read hold plausible invented values. */
export function metroRow(r: MetroRowSpec): Cell[] {
  const byColumn: Record<string, Cell> = {
    AREA: r.area,
    AREA_TITLE: r.title,
    AREA_TYPE: r.type ?? 4,
    PRIM_STATE: r.state,
    NAICS: '000000',
    NAICS_TITLE: 'Cross-industry',
    I_GROUP: 'cross-industry',
    OWN_CODE: 1235,
    OCC_CODE: r.soc,
    OCC_TITLE: r.occupation,
    O_GROUP: r.group ?? 'detailed',
    TOT_EMP: r.jobs,
    EMP_PRSE: 3.1,
    JOBS_1000: 12.5,
    LOC_QUOTIENT: 1.02,
    PCT_TOTAL: '',
    PCT_RPT: '',
    H_MEAN: r.hourly,
    A_MEAN: r.annual,
    MEAN_PRSE: 1.2,
  };
  return METRO_HEADER.map((column) => byColumn[column] ?? '*');
}

const nurse = (area: string, title: string, state: string, jobs: Cell, annual: Cell, type = 4): Cell[] =>
  metroRow({
    area,
    title,
    state,
    type,
    soc: '29-1141',
    occupation: 'Registered Nurses',
    jobs,
    annual,
    hourly: typeof annual === 'number' ? Math.round((annual / 2080) * 100) / 100 : annual,
  });

/** Twelve metro areas for Registered Nurses, out of order; the expected top 10 is METRO_TOP_NURSES. */
export const NURSE_ROWS: Cell[][] = [
  nurse('12420', 'Austin-Round Rock-San Marcos, TX', 'TX', 14230, 98760),
  nurse('41940', 'San Jose-Sunnyvale-Santa Clara, CA', 'CA', 16110, 181200),
  nurse('41860', 'San Francisco-Oakland-Fremont, CA', 'CA', 36050, 176540),
  nurse('40900', 'Sacramento-Roseville-Folsom, CA', 'CA', 21870, 160310),
  nurse('46700', 'Vallejo, CA', 'CA', 3420, 172000),
  nurse('42220', 'Santa Rosa-Petaluma, CA', 'CA', 3300, 158900),
  nurse('34900', 'Napa, CA', 'CA', 1350, 157010),
  nurse('31080', 'Los Angeles-Long Beach-Anaheim, CA', 'CA', 112620, 150200),
  nurse('35620', 'New York-Newark-Jersey City, NY-NJ', 'NY', 182300, 122100),
  nurse('14460', 'Boston-Cambridge-Newton, MA-NH', 'MA', 61230, 121000),
  nurse('38900', 'Portland-Vancouver-Hillsboro, OR-WA', 'OR', 24440, 118700),
  // "*" wage: not published, left out of the ranking, never read as zero.
  nurse('11260', 'Anchorage, AK', 'AK', '**', '*'),
  // A nonmetropolitan area that would top the list: not a city, left out.
  nurse('0600001', 'Eastern Sierra-Mother Lode Region of California nonmetropolitan area', 'CA', 410, 199990, 6),
];

/** The expected ranking: highest annual mean first, at most ten. */
export const METRO_TOP_NURSES = [
  'San Jose-Sunnyvale-Santa Clara, CA',
  'San Francisco-Oakland-Fremont, CA',
  'Vallejo, CA',
  'Sacramento-Roseville-Folsom, CA',
  'Santa Rosa-Petaluma, CA',
  'Napa, CA',
  'Los Angeles-Long Beach-Anaheim, CA',
  'New York-Newark-Jersey City, NY-NJ',
  'Boston-Cambridge-Newton, MA-NH',
  'Portland-Vancouver-Hillsboro, OR-WA',
];

/** Other occupations: top-coded chief executives, actors paid only by the hour, rows the import leaves out. */
export const OTHER_ROWS: Cell[][] = [
  metroRow({
    area: '12420',
    title: 'Austin-Round Rock-San Marcos, TX',
    state: 'TX',
    soc: '11-1011',
    occupation: 'Chief Executives',
    jobs: 1230,
    hourly: '#',
    annual: '#',
  }),
  metroRow({
    area: '41940',
    title: 'San Jose-Sunnyvale-Santa Clara, CA',
    state: 'CA',
    soc: '11-1011',
    occupation: 'Chief Executives',
    jobs: 980,
    hourly: 110.5,
    annual: 229840,
  }),
  metroRow({
    area: '35620',
    title: 'New York-Newark-Jersey City, NY-NJ',
    state: 'NY',
    soc: '27-2011',
    occupation: 'Actors',
    jobs: 3950,
    hourly: 45.12,
    annual: '*',
  }),
  // Not detailed occupations: a major group and all occupations.
  metroRow({
    area: '12420',
    title: 'Austin-Round Rock-San Marcos, TX',
    state: 'TX',
    soc: '29-0000',
    occupation: 'Healthcare Practitioners and Technical Occupations',
    group: 'major',
    jobs: 60000,
    hourly: 60,
    annual: 250000,
  }),
  metroRow({
    area: '12420',
    title: 'Austin-Round Rock-San Marcos, TX',
    state: 'TX',
    soc: '00-0000',
    occupation: 'All Occupations',
    group: 'total',
    jobs: 1300000,
    hourly: 35,
    annual: 72800,
  }),
];

export const METRO_ROWS: Cell[][] = [METRO_HEADER, ...NURSE_ROWS, ...OTHER_ROWS];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The worksheet's XML and shared strings for `rows`: text as shared strings, numbers as numbers (as Excel saves them). */
export function sheetParts(rows: readonly Cell[][]): { sheet: string; strings: string } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const rowXml = rows.map((cells, r) => {
    const cellXml = cells.map((value, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      if (value === '') return '';
      if (typeof value === 'number') return `<c r="${ref}" s="1"><v>${value}</v></c>`;
      let i = index.get(value);
      if (i === undefined) {
        i = strings.length;
        strings.push(value);
        index.set(value, i);
      }
      return `<c r="${ref}" t="s"><v>${i}</v></c>`;
    });
    return `<row r="${r + 1}" spans="1:${cells.length}">${cellXml.join('')}</row>`;
  });
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:AF${rows.length}"/><sheetData>${rowXml.join('')}</sheetData></worksheet>`;
  const sst =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('') +
    '</sst>';
  return { sheet, strings: sst };
}

export interface WorkbookParts {
  sheet: string;
  strings?: string;
  /** Replaces workbook.xml. */
  workbook?: string;
  /** Extra entries in the archive. */
  extra?: Zippable;
}

/** An .xlsx archive of these parts, its first (and only) worksheet named as BLS names it. */
export function workbookOf(parts: WorkbookParts): Uint8Array {
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    (parts.strings !== undefined
      ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
      : '') +
    '</Relationships>';
  const workbook =
    parts.workbook ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="MSA_M2024_dl" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
    'xl/worksheets/sheet1.xml': strToU8(parts.sheet),
    ...(parts.strings !== undefined && { 'xl/sharedStrings.xml': strToU8(parts.strings) }),
    ...parts.extra,
  };
  return zipSync(files, { level: 6 });
}

/** The metro workbook (MSA_M2024_dl.xlsx) of these rows. */
export function metroWorkbook(rows: readonly Cell[][] = METRO_ROWS): Uint8Array {
  return workbookOf(sheetParts(rows));
}

/** BLS's zip (oesm24ma.zip): the workbook in its folder, beside a file the import does not read. */
export function metroZip(workbook: Uint8Array = metroWorkbook()): Uint8Array {
  return zipSync({
    'oesm24ma/MSA_M2024_dl.xlsx': [workbook, { level: 0 }],
    'oesm24ma/field_descriptions.xlsx': [strToU8('not read'), { level: 0 }],
  });
}

/** The same table as CSV (quoted where a cell holds a comma). */
export function metroCsv(rows: readonly Cell[][] = METRO_ROWS): string {
  const quoted = (value: Cell) => (typeof value === 'string' && /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : String(value));
  return `${rows.map((cells) => cells.map(quoted).join(',')).join('\r\n')}\r\n`;
}
