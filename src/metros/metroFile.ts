// The metro figures an import stores (in the extension's global storage, as
// JSON), checked with this schema when written and again when read back, and
// merged into roles by SOC code when roles load. Pure.
import * as z from 'zod';
import { MetrosSchema, SourceSchema, type Role, type Source } from '../model/schema';
import { SOC_CODE } from '../model/socCodes';
import { metroGap, type MetroTable } from './metroTable';

/** The source every imported metro figure names. */
export const METRO_SOURCE_NAME = 'BLS OEWS, metropolitan area estimates';

const Count = z.number().int().nonnegative();

export const MetroFileSchema = z.strictObject({
  format: z.literal(1),
  source: SourceSchema,
  /** The file the user imported, by name (the zip, or the workbook or CSV itself). */
  file: z.string().min(1).max(1_000),
  /** Metropolitan statistical areas the file has estimates for. */
  areas: Count,
  /** By 6-digit SOC code: the occupation's metro figures, as a role holds them (less the source, stored once above). */
  occupations: z.record(z.string().regex(SOC_CODE), MetrosSchema.omit({ source: true })),
});
export type MetroFile = z.infer<typeof MetroFileSchema>;

/** "MSA_M2024_dl.xlsx" or "oesm24ma.zip" → 2024; null when the name does not say. */
export function metroYear(names: readonly string[]): number | null {
  for (const name of names) {
    const full = /M(20\d\d)/i.exec(name)?.[1] ?? /oesm(\d\d)ma/i.exec(name)?.[1];
    if (full) return full.length === 2 ? 2000 + Number(full) : Number(full);
  }
  return null;
}

/** The stored file for what was read, validated (a figure the schema refuses is a bug, and stops the import). */
export function metroFileOf(table: MetroTable, file: string, source: Source): MetroFile {
  const occupations: MetroFile['occupations'] = {};
  for (const soc of [...table.bySoc.keys()].sort()) {
    const o = table.bySoc.get(soc)!;
    const gap = metroGap(o);
    occupations[soc] = { highestPaying: o.highestPaying, areas: o.areas, withoutWage: o.withoutWage, ...(gap && { gap }) };
  }
  return MetroFileSchema.parse({ format: 1, source, file, areas: table.metroAreas, occupations });
}

/**
 * Adds imported metro figures to a role with a SOC code, unless it has its
 * own (`metros`, or a hand-written highest paying city). An occupation the
 * file has no estimate for gets an empty block, so the comparison can say
 * that BLS publishes none rather than that nothing was imported.
 */
export function withMetros(role: Role, metros: MetroFile | undefined): Role {
  if (!metros || !role.socCode || role.metros || role.pay?.highestPayingCity !== undefined) return role;
  const entry = metros.occupations[role.socCode.slice(0, 7)] ?? { highestPaying: [], areas: 0, withoutWage: 0 };
  return { ...role, metros: { source: metros.source, ...entry } };
}

/** How many of `roles` (by SOC code) the file gives metro figures to: at least one paying area. */
export function rolesWithMetros(metros: MetroFile, roles: readonly { socCode?: string }[]): number {
  return roles.filter((r) => r.socCode && (metros.occupations[r.socCode.slice(0, 7)]?.highestPaying.length ?? 0) > 0).length;
}
