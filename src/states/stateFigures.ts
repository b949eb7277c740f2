// Every official role's OEWS state estimates, for every area that has a row
// for it (data/generated/states/<group>.json, one file per SOC major group,
// read when a role of the group needs them). A row holds the area's code and
// the state file's figures in STATE_COLUMNS order; null where the file is
// blank, which BLS uses for "not available" and for "at or above the
// top-coded limit" alike: shown as no data with that reason, never as zero.
import * as z from 'zod';
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

const AREA_CODES = US_AREAS.map((a) => a.code) as [string, ...string[]];
const Figure = z.number().nonnegative().nullable();
const Row = z
  .tuple([z.enum(AREA_CODES)], Figure)
  .refine((row) => row.length === 1 + STATE_COLUMNS.length, `a row is an area code and ${STATE_COLUMNS.length} figures`);
const FileSchema = z.strictObject({
  format: z.literal(STATE_FILE_FORMAT),
  source: SourceSchema,
  columns: z.array(z.string()).refine((c) => c.join() === STATE_COLUMNS.join(), `the columns are ${STATE_COLUMNS.join(', ')}`),
  roles: z.record(z.string().min(1).max(200), z.array(Row).max(US_AREAS.length)),
});

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

/** Reads a state figures file; a damaged one is refused with the file named, never half read. */
export function parseStateFile(file: string, text: string): { ok: true; value: StateFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `${file}: not JSON (${err instanceof Error ? err.message : 'unreadable'})` };
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}` };
  }
  const roles = new Map<string, Map<string, StateFigures>>();
  for (const [id, rows] of Object.entries(parsed.data.roles)) {
    const areas = new Map<string, StateFigures>();
    for (const [code, ...values] of rows) {
      if (areas.has(code)) return { ok: false, error: `${file}: ${id} has ${code} twice` };
      const figures: StateFigures = {};
      STATE_COLUMNS.forEach((column, i) => {
        if (values[i] !== null) figures[column] = values[i] as number;
      });
      areas.set(code, figures);
    }
    roles.set(id, areas);
  }
  return { ok: true, value: { source: parsed.data.source, roles } };
}
