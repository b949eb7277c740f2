// Demographics (CPS for official roles). Figures of a Census occupation that
// covers several of our roles are the group's, and say so where they show.
import { formatPercent } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Bar, Cell, Section } from '../../protocol/comparisonView';
import { shareBar } from '../spoken';
import { cell, explainedRow, noData, optionalRow, ownSourced, row, sourcesOf } from './cells';

/**
 * "Figures for the Census occupation 'Cooks', which covers 3 occupations";
 * "… 'Other production workers', which covers SOC 51-91XX" when it is this
 * catalog's only role there but the SOC scope is wider; undefined when it is
 * this role alone under its own title.
 */
export function censusGroupLabel(role: Role): string | undefined {
  const group = role.demographics?.censusGroup;
  if (!group) return undefined;
  const sameTitle = group.title.trim().toLowerCase() === role.title.trim().toLowerCase();
  if (group.covers === 1 && !group.soc && sameTitle) return undefined;
  const covers = group.covers > 1 ? `, which covers ${group.covers} occupations` : group.soc ? `, which covers SOC ${group.soc}` : '';
  return `Figures for the Census occupation '${group.title}'${covers}`;
}

/** A demographic figure's cell, its note and (in the overview) its caption naming the Census group. */
function grouped(role: Role, c: Cell, withCaption: boolean): Cell {
  const label = censusGroupLabel(role);
  if (c.text === null || !label) return c;
  return { ...c, note: `${label}. ${c.note ?? ''}`.trim(), ...(withCaption && { caption: label }) };
}

export const ageCell = (r: Role, caption = false) =>
  grouped(
    r,
    cell(r, 'demographics', (d) => (d.averageAge !== undefined ? String(d.averageAge) : undefined)),
    caption,
  );

export const medianAgeCell = (r: Role, caption = false) =>
  grouped(
    r,
    ownSourced(r.demographics?.medianAge, (m) => String(m.value), 'Median age of people employed in the occupation'),
    caption,
  );

function ratioBars(shares: { name: string; share: number }[]): Bar[] {
  return shares.map((s) => shareBar(s.name, s.share, 'workers', 1));
}

function ratioCell(role: Role, pick: 'gender' | 'race'): Cell {
  const shares = role.demographics?.[pick];
  if (!shares) return noData;
  const c = cell(role, 'demographics', () => shares.map((s) => `${s.name}, ${formatPercent(s.share, 1)}`).join(' '));
  return grouped(role, { ...c, bars: ratioBars(shares) }, false);
}

function groupCell(role: Role): Cell {
  const label = censusGroupLabel(role);
  const group = role.demographics?.censusGroup;
  if (!label || !group) return noData;
  const code = group.soc ? `${group.code} (SOC ${group.soc})` : group.code;
  return { text: label, note: `Census occupation code ${code}. The figures in this section are the whole Census occupation's.` };
}

export function demographics(roles: Role[]): Section {
  return {
    kind: 'table',
    id: 'demographics',
    title: 'Demographics',
    sources: sourcesOf(roles, ['demographics']),
    rows: [
      ...optionalRow('Census occupation', roles, groupCell),
      row('Average age', roles, (r) => ageCell(r)),
      ...optionalRow('Median age', roles, (r) => medianAgeCell(r)),
      row('Gender ratio', roles, (r) => ratioCell(r, 'gender')),
      row('Race ratio', roles, (r) => ratioCell(r, 'race')),
      explainedRow(
        'LGBT percentage',
        roles,
        (r) => cell(r, 'demographics', (d) => (d.lgbtShare !== undefined ? formatPercent(d.lgbtShare) : undefined)),
        'lgbtShare',
      ),
    ],
  };
}
