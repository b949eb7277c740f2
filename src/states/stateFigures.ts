// Every official role's OEWS state estimates, for every area that has a row
// for it (data/generated/states/<group>.json, one file per SOC major group,
// read when a role of the group needs them). A row holds the area's code and
// the state file's figures in STATE_COLUMNS order; null where the file is
// blank, which BLS uses for "not available" and for "at or above the
// top-coded limit" alike: shown as no data with that reason, never as zero.
import { SourceSchema, type Source } from '../model/schema';
import { STATE_COLUMNS, type StateFigures } from './stateColumns';
import { US_AREAS } from './usAreas';

export { OEWS_TOP_CODE, STATE_COLUMNS, stateFileFor, type StateColumn, type StateFigures } from './stateColumns';

export const STATE_FILE_FORMAT = 1;

export interface StateFile {
  source: Source;
  /** Role id → area code ("TX") → its figures. Areas without a row are absent. */
  roles: Map<string, Map<string, StateFigures>>;
}

const AREA_CODES = new Set(US_AREAS.map((a) => a.code));
const FILE_KEYS = ['format', 'source', 'columns', 'roles'];

/** One role's rows in file order (the areas' table order), each [code, figures]. */
export type StateRows = readonly (readonly [code: string, figures: StateFigures])[];

/** The file's text: one role per line, so a change in the data shows as a change of lines. */
export function serializeStateFile(source: Source, roles: readonly (readonly [roleId: string, rows: StateRows])[]): string {
  const line = ([id, rows]: readonly [string, StateRows]) =>
    `${JSON.stringify(id)}:${JSON.stringify(rows.map(([code, f]) => [code, ...STATE_COLUMNS.map((c) => f[c] ?? null)]))}`;
  return (
    `{"format":${STATE_FILE_FORMAT},"source":${JSON.stringify(source)},"columns":${JSON.stringify(STATE_COLUMNS)},"roles":{\n` +
    `${roles.map(line).join(',\n')}\n}}\n`
  );
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The file's fields, or what is wrong with them; the rows are checked as they are read. */
function checkHeader(json: unknown): Parsed<{ source: Source; roles: Record<string, unknown> }> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'the file: not an object' };
  const fields = json as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !FILE_KEYS.includes(k));
  if (unknown !== undefined) return { ok: false, error: `${JSON.stringify(unknown.slice(0, 40))}: not a field of a state figures file` };
  if (fields.format !== STATE_FILE_FORMAT) return { ok: false, error: `format: not ${STATE_FILE_FORMAT}` };
  const source = SourceSchema.safeParse(fields.source);
  if (!source.success) return { ok: false, error: `source: ${source.error.issues[0].message}` };
  const columns = fields.columns;
  if (!Array.isArray(columns) || columns.join() !== STATE_COLUMNS.join())
    return { ok: false, error: `columns: not ${STATE_COLUMNS.join(', ')}` };
  const roles = fields.roles;
  if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) return { ok: false, error: 'roles: not an object' };
  return { ok: true, value: { source: source.data, roles: roles as Record<string, unknown> } };
}

/** One row, [code, …figures], or what is wrong with it. */
function readRow(row: unknown): Parsed<[string, StateFigures]> {
  if (!Array.isArray(row) || row.length !== 1 + STATE_COLUMNS.length)
    return { ok: false, error: `a row is an area code and ${STATE_COLUMNS.length} figures` };
  const [code] = row;
  if (typeof code !== 'string' || !AREA_CODES.has(code))
    return { ok: false, error: `${JSON.stringify(String(code).slice(0, 20))} is not a state or DC` };
  const figures: StateFigures = {};
  for (let i = 0; i < STATE_COLUMNS.length; i++) {
    const value: unknown = row[i + 1];
    if (value === null) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      return { ok: false, error: `${STATE_COLUMNS[i]} is not a figure` };
    figures[STATE_COLUMNS[i]] = value;
  }
  return { ok: true, value: [code, figures] };
}

/** One role's rows by area code, or what is wrong with them. */
function readRows(id: string, rows: unknown): Parsed<Map<string, StateFigures>> {
  if (id.length === 0 || id.length > 200) return { ok: false, error: `roles: a role id of ${id.length} characters` };
  if (!Array.isArray(rows) || rows.length > US_AREAS.length)
    return { ok: false, error: `roles.${id}: not a list of at most ${US_AREAS.length} rows` };
  const areas = new Map<string, StateFigures>();
  for (let i = 0; i < rows.length; i++) {
    const row = readRow(rows[i]);
    if (!row.ok) return { ok: false, error: `roles.${id}.${i}: ${row.error}` };
    if (areas.has(row.value[0])) return { ok: false, error: `${id} has ${row.value[0]} twice` };
    areas.set(...row.value);
  }
  return { ok: true, value: areas };
}

/**
 * Reads a state figures file; a damaged one is refused with the file named,
 * never half read. Checked by hand, not with zod: a category's file holds
 * about 2,000 rows, which a schema took ~95 ms to check cold (npm run bench).
 */
export function parseStateFile(file: string, text: string): Parsed<StateFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `${file}: not JSON (${err instanceof Error ? err.message : 'unreadable'})` };
  }
  const header = checkHeader(json);
  if (!header.ok) return { ok: false, error: `${file}: ${header.error}` };
  const roles = new Map<string, Map<string, StateFigures>>();
  for (const [id, rows] of Object.entries(header.value.roles)) {
    const areas = readRows(id, rows);
    if (!areas.ok) return { ok: false, error: `${file}: ${areas.error}` };
    roles.set(id, areas.value);
  }
  return { ok: true, value: { source: header.value.source, roles } };
}
