// The map of pay by state (issue 21): for each role, one tile per area in its
// rough place (src/states/usAreas.ts), coloured on one scale shared by every
// role in the comparison, so a colour means the same pay in every map. Each
// tile has a name a screen reader says; an area without a published yearly
// wage is marked and says why, never coloured as if it paid nothing. Pure:
// the webview draws what this gives.
import { formatCount, formatMoney } from '../format/format';
import { MAP_LEVELS } from '../limits';
import type { Tile } from '../protocol/comparisonView';
import type { StateFigures } from './stateFigures';
import { US_AREAS } from './usAreas';

export interface RoleTileMap {
  heading: string;
  tiles: Tile[];
  /** The areas without a published yearly mean, by name, for the line under the map. */
  withoutWage: string[];
}

export interface TileMap {
  /** The shared scale: one entry per level, lowest first, e.g. "$40,000 – $55,000". */
  legend: string[];
  maps: RoleTileMap[];
}

/** A role as the map needs it: its title and its figures by area code (areas without a row absent). */
export interface MapInput {
  title: string;
  areas: ReadonlyMap<string, StateFigures>;
}

/** Equal steps between the lowest and highest yearly mean of every role, ends rounded out to $1,000. */
function scale(inputs: readonly MapInput[]): { low: number; step: number } | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const input of inputs)
    for (const f of input.areas.values()) {
      if (f.yearlyMean === undefined) continue;
      low = Math.min(low, f.yearlyMean);
      high = Math.max(high, f.yearlyMean);
    }
  if (low === Infinity) return undefined;
  low = Math.floor(low / 1000) * 1000;
  high = Math.ceil(high / 1000) * 1000;
  return { low, step: Math.max(1000, Math.ceil((high - low) / MAP_LEVELS / 1000) * 1000) };
}

function label(name: string, f: StateFigures | undefined): string {
  if (!f) return `${name}: no estimate published`;
  const jobs = f.jobs === undefined ? 'jobs not published' : `${formatCount(f.jobs)} jobs`;
  if (f.yearlyMean === undefined) return `${name}: no published yearly wage (not available, or at or above BLS's top-coded limit), ${jobs}`;
  return `${name}: ${formatMoney(f.yearlyMean)} a year, ${jobs}`;
}

function tile(area: (typeof US_AREAS)[number], f: StateFigures | undefined, s: ReturnType<typeof scale>): Tile {
  const t: Tile = { code: area.code, name: area.name, row: area.tile[0], column: area.tile[1], label: label(area.name, f) };
  if (f?.jobs !== undefined) {
    t.jobs = f.jobs;
    t.jobsText = formatCount(f.jobs);
  }
  if (f?.yearlyMean !== undefined && s) {
    t.yearly = f.yearlyMean;
    t.yearlyText = formatMoney(f.yearlyMean);
    t.level = Math.min(MAP_LEVELS - 1, Math.floor((f.yearlyMean - s.low) / s.step));
  }
  return t;
}

export function buildTileMap(inputs: readonly MapInput[]): TileMap {
  const s = scale(inputs);
  const legend = s
    ? Array.from({ length: MAP_LEVELS }, (_, i) => `${formatMoney(s.low + i * s.step)} – ${formatMoney(s.low + (i + 1) * s.step)}`)
    : [];
  const maps = inputs.map((input): RoleTileMap => {
    const tiles = US_AREAS.map((area) => tile(area, input.areas.get(area.code), s));
    return { heading: input.title, tiles, withoutWage: tiles.filter((t) => t.level === undefined).map((t) => t.name) };
  });
  return { legend, maps };
}
