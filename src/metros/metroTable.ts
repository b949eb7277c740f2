// BLS's OEWS metropolitan area estimates (the metro file: MSA_M2024_dl.xlsx in
// oesm24ma.zip), read row by row: the state file's columns plus AREA_TYPE,
// and in the published workbook also O_GROUP, I_GROUP and more. Kept: detailed
// occupations (O_GROUP "detailed", when the column is there), cross-industry
// rows (I_GROUP, when there) and metropolitan statistical areas (AREA_TYPE 4).
// Nonmetropolitan areas (AREA_TYPE 6) are groups of rural counties, not
// cities, and are left out. Only each occupation's 10 highest paying areas
// are kept as rows arrive, so the whole file is never held. BLS's "*" and
// "**" (not available) stay absent, never zero; "#" is a wage at or above
// the top-coded limit.
import { OEWS_TOP_CODE, wageRank } from '../import/bls';
import { ImportError, rowNumber, tableHeader, type PlaceUnit, type TableRow } from '../import/table';
import { LIMITS } from '../limits';
import { TitleSchema, TOP_METROS, type Gap, type Wage } from '../model/schema';
import { SOC_CODE } from '../model/socCodes';

/** The columns read; the rest of the published layout is ignored. */
export const METRO_COLUMNS = {
  area: 'AREA',
  areaTitle: 'AREA_TITLE',
  areaType: 'AREA_TYPE',
  occupation: 'OCC_CODE',
  jobs: 'TOT_EMP',
  annualMean: 'A_MEAN',
  /** Optional: tells an occupation paid only by the hour ("*" for A_MEAN) from one with no wage at all. */
  hourlyMean: 'H_MEAN',
  /** Optional: total, major, minor, broad or detailed. */
  group: 'O_GROUP',
  /** Optional: cross-industry, or an industry level. */
  industry: 'I_GROUP',
} as const;

const REQUIRED = [
  METRO_COLUMNS.area,
  METRO_COLUMNS.areaTitle,
  METRO_COLUMNS.areaType,
  METRO_COLUMNS.occupation,
  METRO_COLUMNS.jobs,
  METRO_COLUMNS.annualMean,
];

/**
 * AREA_TYPE in BLS's field descriptions: 1 U.S., 2 state, 3 U.S. territory,
 * 4 metropolitan statistical area, 6 nonmetropolitan area. Only 4 is kept.
 */
export const METRO_AREA_TYPE = '4';

const NOT_AVAILABLE = ['*', '**'];
const AREA_CODE = /^\d{1,7}$/;

/** One metropolitan area's figures for an occupation. */
export interface MetroPlace {
  name: string;
  annualMean: Wage;
  jobs?: number;
}

/** An occupation's metro figures: its highest paying areas and what was left out. */
export interface MetroOccupation {
  /** Highest annual mean first (a top-coded wage ranks at its floor, above an equal figure), then by name. */
  highestPaying: MetroPlace[];
  areas: number;
  withoutWage: number;
  /** Areas whose annual mean is "*" while an hourly mean is published. */
  hourlyOnly: number;
}

export interface MetroTable {
  bySoc: Map<string, MetroOccupation>;
  /** Metropolitan areas with any kept row. */
  metroAreas: number;
  /** Rows of nonmetropolitan areas (or any other area type), left out. */
  otherAreaRows: number;
}

/** Why an occupation's list is empty, from its counts. */
export function metroGap(o: MetroOccupation): Gap | undefined {
  if (o.highestPaying.length > 0) return undefined;
  return o.hourlyOnly > 0 ? 'hourlyOnly' : 'noWages';
}

function ranksAbove(a: MetroPlace, b: MetroPlace): boolean {
  const diff = wageRank(a.annualMean) - wageRank(b.annualMean);
  return diff !== 0 ? diff > 0 : a.name < b.name;
}

/** Puts `place` into `top` (kept sorted, at most TOP_METROS long) if it ranks among them. */
function keepTop(top: MetroPlace[], place: MetroPlace): void {
  let at = top.length;
  while (at > 0 && ranksAbove(place, top[at - 1])) at--;
  if (at >= TOP_METROS) return;
  top.splice(at, 0, place);
  if (top.length > TOP_METROS) top.pop();
}

/**
 * Reads the metro table one row at a time: `header` once (the first row),
 * then `row` for each row after it. Every refusal is an ImportError naming
 * the file and the row (or line).
 */
export class MetroTableReader {
  private makeRow: ((line: number, cells: string[]) => TableRow) | undefined;
  private columns = new Set<string>();
  private readonly bySoc = new Map<string, MetroOccupation>();
  private readonly seen = new Set<string>();
  private readonly areas = new Set<string>();
  private otherAreaRows = 0;

  constructor(
    private readonly file: string,
    private readonly unit: PlaceUnit,
  ) {}

  get hasHeader(): boolean {
    return this.makeRow !== undefined;
  }

  header(cells: readonly string[], line: number): void {
    const { header, row } = tableHeader(this.file, cells, line, REQUIRED, this.unit);
    this.columns = new Set(header);
    this.makeRow = row;
  }

  row(line: number, cells: string[]): void {
    if (!this.makeRow) throw new Error('the header comes first');
    if (cells.every((c) => c.trim() === '')) return;
    const row = this.makeRow(line, cells);
    const optional = (column: string) => (this.columns.has(column) ? row.get(column) : undefined);
    const group = optional(METRO_COLUMNS.group);
    if (group !== undefined && group.toLowerCase() !== 'detailed') return;
    const industry = optional(METRO_COLUMNS.industry);
    if (industry !== undefined && industry !== '' && industry.toLowerCase() !== 'cross-industry') return;
    const type = row.get(METRO_COLUMNS.areaType);
    if (!/^\d{1,2}$/.test(type)) throw row.fail(`"AREA_TYPE" is not an area type code: "${type.slice(0, 40)}"`);
    if (type !== METRO_AREA_TYPE) {
      this.otherAreaRows++;
      return;
    }
    this.add(row, optional(METRO_COLUMNS.hourlyMean));
  }

  private add(row: TableRow, hourly: string | undefined): void {
    const area = row.get(METRO_COLUMNS.area);
    const name = row.get(METRO_COLUMNS.areaTitle);
    const soc = row.get(METRO_COLUMNS.occupation);
    if (!AREA_CODE.test(area)) throw row.fail(`"AREA" is not an area code: "${area.slice(0, 40)}"`);
    if (name.length > LIMITS.textLength || !TitleSchema.safeParse(name).success) {
      throw row.fail(`"AREA_TITLE" is empty, too long or holds control characters`);
    }
    if (!SOC_CODE.test(soc)) throw row.fail(`"OCC_CODE" is not a SOC code: "${soc.slice(0, 40)}"`);
    const key = `${area} ${soc}`;
    if (this.seen.has(key)) throw row.fail(`${soc} appears twice for ${name}`);
    this.seen.add(key);
    this.areas.add(area);
    const jobs = rowNumber(row, METRO_COLUMNS.jobs, NOT_AVAILABLE);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0)) throw row.fail(`"TOT_EMP" is not a count of jobs: "${jobs}"`);
    const annualMean = this.wage(row);
    const occupation = this.bySoc.get(soc) ?? { highestPaying: [], areas: 0, withoutWage: 0, hourlyOnly: 0 };
    this.bySoc.set(soc, occupation);
    occupation.areas++;
    if (annualMean === undefined) {
      occupation.withoutWage++;
      const hasHourly = hourly !== undefined && (hourly === '#' || rowNumber(row, METRO_COLUMNS.hourlyMean, NOT_AVAILABLE) !== undefined);
      if (hasHourly) occupation.hourlyOnly++;
      return;
    }
    keepTop(occupation.highestPaying, { name, annualMean, ...(jobs !== undefined && { jobs }) });
  }

  private wage(row: TableRow): Wage | undefined {
    const raw = row.get(METRO_COLUMNS.annualMean);
    if (raw === '#') return { atLeast: OEWS_TOP_CODE.annual };
    const value = rowNumber(row, METRO_COLUMNS.annualMean, NOT_AVAILABLE);
    if (value !== undefined && value < 0) throw row.fail(`"A_MEAN" is negative: "${raw}"`);
    return value;
  }

  /** What was read; refuses a file with no metropolitan area estimate at all. */
  result(): MetroTable {
    if (!this.makeRow) throw tableHeaderMissing(this.file);
    if (this.bySoc.size === 0) throw rowless(this.file, this.otherAreaRows);
    return { bySoc: this.bySoc, metroAreas: this.areas.size, otherAreaRows: this.otherAreaRows };
  }
}

const tableHeaderMissing = (file: string) => new ImportError(file, undefined, 'the file is empty: no header row');

function rowless(file: string, otherAreaRows: number): ImportError {
  const others = otherAreaRows > 0 ? ` (${otherAreaRows.toLocaleString('en-US')} rows of other area types were left out)` : '';
  return new ImportError(file, undefined, `no detailed occupation in any metropolitan statistical area (AREA_TYPE 4)${others}`);
}
