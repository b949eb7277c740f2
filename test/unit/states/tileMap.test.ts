// The map of pay by state on real figures (issue 21): Registered Nurses and
// Electricians from the shipped state files, one shared scale, every tile
// named, areas without a published wage marked and named.
import * as assert from 'node:assert/strict';
import { readGenerated } from '../../../scripts/buildData';
import { parseStateFile, stateFileFor, type StateFigures } from '../../../src/states/stateFigures';
import { MAP_LEVELS } from '../../../src/limits';
import { buildTileMap } from '../../../src/states/tileMap';
import { US_AREAS } from '../../../src/states/usAreas';

const least = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b));
const most = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b));

const generated = readGenerated();
function areasOf(roleId: string, category: string): Map<string, StateFigures> {
  const file = stateFileFor(category);
  const parsed = parseStateFile(file, generated.get(file)!);
  assert.ok(parsed.ok);
  return parsed.value.roles.get(roleId)!;
}

describe('the map of pay by state', () => {
  const nurses = {
    title: 'Registered Nurses',
    areas: areasOf('registered-nurses', 'Healthcare Practitioners and Technical Occupations'),
  };
  const electricians = {
    title: 'Electricians',
    areas: areasOf('electricians', 'Construction and Extraction Occupations'),
  };
  const map = buildTileMap([nurses, electricians]);

  it('draws one tile per state and DC, in its place, each named with its pay and jobs', () => {
    for (const role of map.maps) {
      assert.equal(role.tiles.length, 51);
      assert.deepEqual(
        role.tiles.map((t) => [t.code, t.row, t.column]),
        US_AREAS.map((a) => [a.code, ...a.tile]),
      );
    }
    const texas = (i: number) => map.maps[i].tiles.find((t) => t.code === 'TX')!;
    assert.equal(texas(0).label, 'Texas: $91,690 a year, 261,050 jobs');
    assert.match(texas(1).label, /^Texas: \$57,250 a year, [\d,]+ jobs$/);
  });

  it('colours both maps on one scale: the same pay, the same step, across roles', () => {
    assert.equal(map.legend.length, MAP_LEVELS);
    const tiles = map.maps.flatMap((r) => r.tiles.filter((t) => t.yearly !== undefined));
    const byLevel = new Map<number, number[]>();
    for (const t of tiles) byLevel.set(t.level!, [...(byLevel.get(t.level!) ?? []), t.yearly!]);
    // Levels never overlap: every pay on a higher step is above every pay on a lower one.
    const levels = [...byLevel.keys()].sort();
    for (let i = 1; i < levels.length; i++)
      assert.ok(least(byLevel.get(levels[i])!) > most(byLevel.get(levels[i - 1])!), `step ${levels[i]}`);
    assert.equal(levels[0], 0);
    assert.equal(levels.at(-1), MAP_LEVELS - 1);
    const lowest = least(tiles.map((t) => t.yearly!));
    assert.ok(
      map.maps[1].tiles.some((t) => t.yearly === lowest),
      'the lowest pay on the map is an electrician’s',
    );
  });

  it('marks and names an area without a published yearly wage, never colouring it', () => {
    const partial = new Map(nurses.areas);
    partial.set('WY', { jobs: 5000 });
    partial.delete('VT');
    const [role] = buildTileMap([{ ...nurses, areas: partial }]).maps;
    assert.deepEqual(role.withoutWage, ['Vermont', 'Wyoming']);
    const wy = role.tiles.find((t) => t.code === 'WY')!;
    assert.equal(wy.level, undefined);
    assert.match(wy.label, /^Wyoming: no published yearly wage .*, 5,000 jobs$/);
    assert.equal(role.tiles.find((t) => t.code === 'VT')!.label, 'Vermont: no estimate published');
  });

  it('has no scale when no area publishes a wage', () => {
    const map = buildTileMap([{ title: 'X', areas: new Map([['TX', { jobs: 10 }]]) }]);
    assert.deepEqual(map.legend, []);
    assert.equal(map.maps[0].withoutWage.length, 51);
  });
});
