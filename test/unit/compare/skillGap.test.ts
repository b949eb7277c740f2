import * as assert from 'node:assert/strict';
import { buildMoveView } from '../../../src/compare/moveView';
import { movesSection, withMoves } from '../../../src/compare/moves';
import { areaGap, GAP_MIN, IMPORTANT, skillGap } from '../../../src/compare/skillGap';
import type { Role } from '../../../src/model/schema';
import { ComparisonViewSchema, type Section } from '../../../src/protocol/comparisonView';
import { buildComparison } from '../../../src/compare/buildComparison';
import { officialRoles, rawTsv } from '../../support/officialData';
import { committedProfiles } from '../../support/profiles';
import { loadBundledCatalog } from '../../support/roles';

const { profiles } = committedProfiles();
const roles = officialRoles();
const nurses = roles.get('29-1141')!;
const electricians = roles.get('47-2111')!;
const lpns = roles.get('29-2061')!;
const reference = loadBundledCatalog();
const manager = reference.byId.get('technical-manager')!;
const technician = reference.byId.get('lead-technician')!;

/** Importance (IM) and level (LV) of one O*NET-SOC code, read from O*NET's file by hand; suppressed estimates left out. */
function fromOnet(file: string, code: string): Map<string, { im?: number; lv?: number }> {
  const out = new Map<string, { im?: number; lv?: number }>();
  for (const row of rawTsv(file)) {
    if (row['O*NET-SOC Code'] !== code || row['Recommend Suppress'] === 'Y') continue;
    const entry = out.get(row['Element Name']) ?? {};
    if (row['Scale ID'] === 'IM') entry.im = Number(row['Data Value']);
    if (row['Scale ID'] === 'LV') entry.lv = Number(row['Data Value']);
    out.set(row['Element Name'], entry);
  }
  return out;
}

/** The gap O*NET's file gives from one code to another: names where B's importance is at least GAP_MIN higher, largest first. */
function expectedGap(file: string, from: string, to: string): { name: string; gap: number }[] {
  const a = fromOnet(file, from);
  const b = fromOnet(file, to);
  const out: { name: string; gap: number }[] = [];
  for (const [name, v] of b) {
    const u = a.get(name);
    if (u?.im === undefined || v.im === undefined) continue;
    const gap = Math.round((v.im - u.im) * 100) / 100;
    if (gap >= GAP_MIN.importance) out.push({ name, gap });
  }
  return out.sort((x, y) => y.gap - x.gap);
}

const round = (n: number) => Math.round(n * 100) / 100;

describe('skill gap, checked against O*NET’s Skills and Knowledge files', () => {
  for (const [from, to, a, b] of [
    [nurses, electricians, '29-1141.00', '47-2111.00'],
    [electricians, nurses, '47-2111.00', '29-1141.00'],
    [lpns, nurses, '29-2061.00', '29-1141.00'],
  ] as [Role, Role, string, string][]) {
    it(`${from.title} → ${to.title}: the same skills and knowledge areas, gaps and order as the files give`, () => {
      const gap = skillGap(from, to, profiles);
      for (const [area, file] of [
        ['skills', 'Skills.txt'],
        ['knowledge', 'Knowledge.txt'],
      ] as const) {
        const got = gap[area];
        assert.ok(got.ok);
        const want = expectedGap(file, a, b);
        assert.deepEqual(
          got.needed.map((g) => ({ name: g.name, gap: round(g.gap) })).sort((x, y) => y.gap - x.gap || x.name.localeCompare(y.name)),
          want.sort((x, y) => y.gap - x.gap || x.name.localeCompare(y.name)),
          `${area}`,
        );
        for (let i = 1; i < got.needed.length; i++) assert.ok(got.needed[i - 1].gap >= got.needed[i].gap - 1e-9, 'largest gap first');
        const levels = fromOnet(file, b);
        for (const g of got.needed) if (levels.get(g.name)?.lv !== undefined) assert.equal(g.to.level, levels.get(g.name)!.lv, g.name);
        for (const s of got.shared) assert.ok(s.from.value >= IMPORTANT.importance && s.to.value >= IMPORTANT.importance, s.name);
      }
    });
  }

  it('finds nurses need much more to become electricians than licensed practical nurses need to become registered nurses', () => {
    const far = skillGap(nurses, electricians, profiles);
    const near = skillGap(lpns, nurses, profiles);
    assert.ok(far.knowledge.ok && near.knowledge.ok);
    assert.ok(far.knowledge.needed.length > near.knowledge.needed.length);
    assert.ok(far.knowledge.needed.some((g) => g.name === 'Building and Construction'));
  });

  it('never mixes shares and O*NET importance: the reason is said instead', () => {
    const mixed = areaGap(manager, nurses, 'skills', profiles);
    assert.ok(!mixed.ok, 'shares and importance are not compared');
    assert.match(mixed.reason, /not on one scale/);
    const view = buildMoveView(manager, nurses, profiles);
    const skills = view.sections.find((s) => s.id === 'gap-skills') as Extract<Section, { kind: 'gap' }>;
    assert.equal(skills.rows.length, 0);
    assert.match(skills.empty, /shares .* O\*NET importance .* not on one scale/);
  });

  it('compares two reference roles on their shares, only the skills both list, and says so', () => {
    const gap = areaGap(technician, manager, 'skills', profiles);
    assert.ok(gap.ok);
    assert.equal(gap.scale, 'share');
    assert.match(gap.partial!, /only some skills/);
    const listed = new Set(technician.skills!.items.map((i) => i.name));
    for (const g of [...gap.needed, ...gap.shared]) assert.ok(listed.has(g.name), g.name);
  });
});

describe('the From A to B view', () => {
  const view = buildMoveView(nurses, electricians, profiles);

  it('is a valid view titled "From A to B", with paired bars whose spoken text carries both values and the gap', () => {
    ComparisonViewSchema.parse(view);
    assert.equal(view.title, 'From Registered Nurses to Electricians');
    const skills = view.sections.find((s) => s.id === 'gap-skills') as Extract<Section, { kind: 'gap' }>;
    assert.ok(skills.rows.length > 0);
    const row = skills.rows[0];
    assert.match(row.gap, /^\+\d\.\d\d$/);
    assert.match(
      row.spoken,
      new RegExp(`^${row.label}: Registered Nurses \\d\\.\\d\\d, Electricians \\d\\.\\d\\d of 5, gap \\+\\d\\.\\d\\d`),
    );
    assert.ok(skills.sources.includes('O*NET 29.3 Database, 2025'));
    assert.ok(skills.attribution?.includes('CC BY 4.0'));
  });

  it('shows what changes in pay, growth, education and Job Zone, the change under the target’s figure', () => {
    const changes = view.sections.find((s) => s.id === 'changes') as Extract<Section, { kind: 'table' }>;
    const row = (label: string) => changes.rows.find((r) => r.label === label)!;
    assert.equal(row('Average salary').cells[0].text, '$98,430');
    assert.match(row('Average salary').cells[1].caption!, /^−\$[\d,]+ a year \(-\d+(\.\d)?%\)$/);
    assert.match(row('Growth').cells[1].caption!, /percentage points$/);
    assert.ok(row('Preparation (Job Zone)').cells[1].caption);
  });

  it('offers "From A to B" and "From B to A" in a comparison of two roles, and similar roles nowhere without profiles', () => {
    const [moves] = movesSection([nurses, electricians], profiles);
    assert.ok(moves.kind === 'moves', `a moves section, not ${moves.kind}`);
    assert.deepEqual(
      moves.moves.map((m) => [m.from, m.to, m.label]),
      [
        [0, 1, 'From Registered Nurses to Electricians'],
        [1, 0, 'From Electricians to Registered Nurses'],
      ],
    );
    assert.match(moves.moves[0].summary, /^\d+ skills? and \d+ knowledge areas? to build · pays \$[\d,]+ a year less$/);
    assert.deepEqual(movesSection([nurses], profiles), []);
    const decorated = withMoves(buildComparison([nurses, electricians]), [nurses, electricians], profiles, undefined);
    const ids = decorated.sections.map((s) => s.id);
    assert.equal(ids.indexOf('moves'), ids.indexOf('knowledge') + 1);
    ComparisonViewSchema.parse(decorated);
  });
});
