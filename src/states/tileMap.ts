// The map of pay by state (issue 21): for each role, one tile per area in its
// rough place (src/states/usAreas.ts), coloured on one scale shared by every
// role in the comparison, so a colour means the same pay in every map. Each
// tile has a name a screen reader says; an area without a published yearly
// wage is marked and says why, never coloured as if it paid nothing. Pure:
// the webview draws what this gives.
import { formatCount, formatMoney } from '../format/format';
import type { StateFigures } from './stateFigures';
import { US_AREAS } from './usAreas';

/** How many colour steps the shared scale has. */
export const TILE_LEVELS = 5;

export interface Tile {
  /** "TX". */
  code: string;
  row: number;
  column: number;
  /** The area's yearly mean wage, when published. */
  yearlyMean?: number;
  jobs?: number;
  /** 0 (lowest) … TILE_LEVELS − 1 on the shared scale; absent without a published yearly mean. */
  level?: number;
  /** What a screen reader says: "Texas: $91,690 a year, 261,050 jobs". */
  label: string;
}

export interface RoleTileMap {
  roleId: string;
  title: string;
  tiles: Tile[];
  /** The areas without a published yearly mean, by name, for the line under the map. */
  withoutWage: string[];
}

export interface TileMap {
  /** The shared scale: one entry per level, lowest first, e.g. "$40,000 – $55,000". */
  legend: string[];
  roles: RoleTileMap[];
}

/** A role as the map needs it: its title and its figures by area code (areas without a row absent). */
export interface MapInput {
  roleId: string;
  title: string;
  areas: ReadonlyMap<string, StateFigures>;
}

/** Equal steps between the lowest and highest yearly mean of every role, ends rounded out to $1,000. */
function scale(inputs: readonly MapInput[]): { low: number; step: number } | undefined {
  const wages = inputs.flatMap((i) => [...i.areas.values()].flatMap((f) => (f.yearlyMean === undefined ? [] : [f.yearlyMean])));
  if (wages.length === 0) return undefined;
  const low = Math.floor(wages.reduce((a, b) => Math.min(a, b)) / 1000) * 1000;
  const high = Math.ceil(wages.reduce((a, b) => Math.max(a, b)) / 1000) * 1000;
  return { low, step: Math.max(1000, Math.ceil((high - low) / TILE_LEVELS / 1000) * 1000) };
}

function label(name: string, f: StateFigures | undefined): string {
  if (!f) return `${name}: no estimate published`;
  const jobs = f.jobs === undefined ? 'jobs not published' : `${formatCount(f.jobs)} jobs`;
  if (f.yearlyMean === undefined) return `${name}: no published yearly wage (not available, or at or above BLS's top-coded limit), ${jobs}`;
  return `${name}: ${formatMoney(f.yearlyMean)} a year, ${jobs}`;
}

export function buildTileMap(inputs: readonly MapInput[]): TileMap {
  const s = scale(inputs);
  const legend = s
    ? Array.from({ length: TILE_LEVELS }, (_, i) => `${formatMoney(s.low + i * s.step)} – ${formatMoney(s.low + (i + 1) * s.step)}`)
    : [];
  const roles = inputs.map((input): RoleTileMap => {
    const withoutWage: string[] = [];
    const tiles = US_AREAS.map((area): Tile => {
      const f = input.areas.get(area.code);
      const tile: Tile = { code: area.code, row: area.tile[0], column: area.tile[1], label: label(area.name, f) };
      if (f?.jobs !== undefined) tile.jobs = f.jobs;
      if (f?.yearlyMean !== undefined && s) {
        tile.yearlyMean = f.yearlyMean;
        tile.level = Math.min(TILE_LEVELS - 1, Math.floor((f.yearlyMean - s.low) / s.step));
      } else withoutWage.push(area.name);
      return tile;
    });
    return { roleId: input.roleId, title: input.title, tiles, withoutWage };
  });
  return { legend, roles };
}
