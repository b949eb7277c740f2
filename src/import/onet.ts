// Parsers for O*NET's tab-delimited text release (one file per table, keyed
// by O*NET-SOC code "XX-XXXX.XX"). Pure: text in, typed records out.
import { count, LIMITS } from '../limits';
import { ImportError, parseNumber, readTable, type TableRow } from './table';
import { ONET_SOC_CODE } from '../model/socCodes';

export const ONET_FILES = {
  occupations: 'Occupation Data.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  jobZones: 'Job Zones.txt',
  jobZoneReference: 'Job Zone Reference.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
  technology: 'Technology Skills.txt',
  related: 'Related Occupations.txt',
  alternateTitles: 'Alternate Titles.txt',
  tasks: 'Task Statements.txt',
} as const;

const CODE = 'O*NET-SOC Code';

function code(file: string, row: TableRow, column = CODE): string {
  const value = row.get(column);
  if (!ONET_SOC_CODE.test(value)) throw new ImportError(file, row.line, `"${column}" is not an O*NET-SOC code: "${value}"`);
  return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The 6-digit SOC code an O*NET-SOC code belongs to: "29-1141.01" → "29-1141". */
export const socOf = (onetCode: string) => onetCode.slice(0, 7);

/** Occupation Data.txt: one row per O*NET-SOC code; a code listed twice is a damaged file. */
export function parseOccupations(file: string, text: string): Map<string, { title: string; description: string }> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Title', 'Description'] });
  const out = new Map<string, { title: string; description: string }>();
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const key = code(file, row);
    const first = firstLine.get(key);
    if (first !== undefined) throw new ImportError(file, row.line, `the O*NET-SOC code "${key}" appears again (first on line ${first})`);
    firstLine.set(key, row.line);
    out.set(key, { title: row.get('Title'), description: row.get('Description') });
  }
  return out;
}

export interface SkillScore {
  name: string;
  importance: number;
}

/**
 * Skills.txt and Knowledge.txt (same layout): the importance (IM, 1–5) of each
 * element; estimates O*NET recommends suppressing are left out.
 */
export function parseImportance(file: string, text: string): Map<string, SkillScore[]> {
  const { rows } = readTable(file, text, {
    delimiter: '\t',
    required: [CODE, 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress'],
  });
  const out = new Map<string, SkillScore[]>();
  for (const row of rows) {
    if (row.get('Scale ID') !== 'IM' || row.get('Recommend Suppress') === 'Y') continue;
    const importance = parseNumber(file, row.line, 'Data Value', row.get('Data Value'), []);
    if (importance === undefined || importance < 1 || importance > 5) {
      throw new ImportError(file, row.line, `an importance must be 1–5, not "${row.get('Data Value')}"`);
    }
    push(out, code(file, row), { name: row.get('Element Name'), importance });
  }
  return out;
}

/** Skills.txt: see parseImportance. */
export const parseSkills = parseImportance;
/** Knowledge.txt: see parseImportance. */
export const parseKnowledge = parseImportance;

export interface CategoryShare {
  category: number;
  /** The category's short name: "Bachelor's Degree", "High School Diploma". */
  label: string;
  percent: number;
  /** O*NET recommends suppressing this estimate (low precision). */
  suppressed: boolean;
}

/** "High School Diploma - or the equivalent (for example, GED)" → "High School Diploma". */
export const shortCategory = (description: string) => description.split(' - ')[0].trim();

/** Required level of education (RL): each occupation's percentage distribution over categories 1–12. */
export function parseRequiredEducation(
  file: string,
  text: string,
  categoriesFile: string,
  categoriesText: string,
): Map<string, CategoryShare[]> {
  const cats = readTable(categoriesFile, categoriesText, { delimiter: '\t', required: ['Scale ID', 'Category', 'Category Description'] });
  const labels = new Map<number, string>();
  for (const row of cats.rows) {
    if (row.get('Scale ID') !== 'RL') continue;
    labels.set(Number(row.get('Category')), row.get('Category Description'));
  }
  if (labels.size === 0) throw new ImportError(categoriesFile, undefined, 'no RL (required education) categories');
  const { rows } = readTable(file, text, {
    delimiter: '\t',
    required: [CODE, 'Scale ID', 'Category', 'Data Value', 'Recommend Suppress'],
  });
  const out = new Map<string, CategoryShare[]>();
  for (const row of rows) {
    if (row.get('Scale ID') !== 'RL') continue;
    const category = Number(row.get('Category'));
    const label = labels.get(category);
    if (!label) throw new ImportError(file, row.line, `unknown RL category "${row.get('Category')}"`);
    const percent = parseNumber(file, row.line, 'Data Value', row.get('Data Value'), []);
    if (percent === undefined || percent < 0 || percent > 100) {
      throw new ImportError(file, row.line, `a percentage must be 0–100, not "${row.get('Data Value')}"`);
    }
    push(out, code(file, row), { category, label: shortCategory(label), percent, suppressed: row.get('Recommend Suppress') === 'Y' });
  }
  return out;
}

export interface Technology {
  name: string;
  /** O*NET's Hot Technology flag. */
  hot: boolean;
  /** O*NET's In Demand flag. */
  inDemand: boolean;
}

/** Technology Skills.txt: every example with its Hot Technology and In Demand flags (Y/N). */
export function parseTechnologies(file: string, text: string): Map<string, Technology[]> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Example', 'Hot Technology', 'In Demand'] });
  const out = new Map<string, Technology[]>();
  const flag = (row: TableRow, column: string) => {
    const value = row.get(column);
    if (value !== 'Y' && value !== 'N') throw new ImportError(file, row.line, `"${column}" must be Y or N, not "${value}"`);
    return value === 'Y';
  };
  for (const row of rows) {
    const name = row.get('Example');
    if (!name) throw new ImportError(file, row.line, 'an example is empty');
    push(out, code(file, row), { name, hot: flag(row, 'Hot Technology'), inDemand: flag(row, 'In Demand') });
  }
  return out;
}

/** Job Zones.txt: each O*NET-SOC code's Job Zone (1–5). */
export function parseJobZones(file: string, text: string): Map<string, number> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Job Zone'] });
  const out = new Map<string, number>();
  for (const row of rows) out.set(code(file, row), jobZone(file, row));
  return out;
}

/** Job Zone Reference.txt: zone → its name, "Job Zone Four: Considerable Preparation Needed". */
export function parseJobZoneReference(file: string, text: string): Map<number, string> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: ['Job Zone', 'Name'] });
  const out = new Map<number, string>();
  for (const row of rows) {
    const name = row.get('Name');
    if (!name) throw new ImportError(file, row.line, 'a Job Zone has no name');
    out.set(jobZone(file, row), name);
  }
  if (out.size === 0) throw new ImportError(file, undefined, 'no Job Zones');
  return out;
}

function jobZone(file: string, row: TableRow): number {
  const raw = row.get('Job Zone');
  if (!/^[1-5]$/.test(raw)) throw new ImportError(file, row.line, `"Job Zone" must be 1–5, not "${raw}"`);
  return Number(raw);
}

/** Related Occupations.txt: related O*NET-SOC codes in O*NET's order (its Index). */
export function parseRelated(file: string, text: string): Map<string, string[]> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Related O*NET-SOC Code', 'Index'] });
  const ranked = new Map<string, { code: string; index: number }[]>();
  for (const row of rows) {
    const index = parseNumber(file, row.line, 'Index', row.get('Index'), []);
    push(ranked, code(file, row), { code: code(file, row, 'Related O*NET-SOC Code'), index: index ?? 0 });
  }
  return new Map([...ranked].map(([k, list]) => [k, list.sort((a, b) => a.index - b.index).map((r) => r.code)]));
}

export function parseAlternateTitles(file: string, text: string): Map<string, string[]> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Alternate Title'] });
  const out = new Map<string, string[]>();
  for (const row of rows) push(out, code(file, row), row.get('Alternate Title'));
  return out;
}

export interface TaskStatement {
  task: string;
  core: boolean;
}

export function parseTasks(file: string, text: string): Map<string, TaskStatement[]> {
  const { rows } = readTable(file, text, { delimiter: '\t', required: [CODE, 'Task', 'Task Type'] });
  const out = new Map<string, TaskStatement[]>();
  for (const row of rows) {
    const task = row.get('Task');
    if (!task) throw new ImportError(file, row.line, 'a task statement is empty');
    const key = code(file, row);
    if ((out.get(key)?.length ?? 0) >= LIMITS.tasksPerOccupation) {
      throw new ImportError(
        file,
        row.line,
        `occupation "${key}": more than ${count(LIMITS.tasksPerOccupation)} tasks, ` +
          `at most ${count(LIMITS.tasksPerOccupation)} (a damaged file?)`,
      );
    }
    push(out, key, { task, core: row.get('Task Type') === 'Core' });
  }
  return out;
}
