// The "From A to B" page: the skill gap of a move as paired bars, what the
// two roles share, and what changes in pay, growth, education and
// preparation. Pure: two roles and the profiles in, a ComparisonView out
// (the same view the comparison panel's webview draws).
import { formatChange, formatMoney, formatSource, formatWage } from '../format/format';
import { attributionFor } from '../model/attribution';
import type { ProfileSet } from '../model/profiles';
import type { Role } from '../model/schema';
import type { Cell, ComparisonView, Row, Section } from '../protocol/comparisonView';
import { maxOf } from '../util/arrays';
import { noData, sourcesOf } from './sections/cells';
import { EXPERIENCE_NOTE } from './sections/overview';
import { areaGap, GAP_MIN, IMPORTANT, type AreaGap, type ElementGap, type GapScale } from './skillGap';

export const moveTitle = (from: Pick<Role, 'title'>, to: Pick<Role, 'title'>) => `From ${from.title} to ${to.title}`;

const MEASURE: Record<GapScale, string> = {
  importance: 'O*NET importance (1–5)',
  share: 'Share of the role’s skill mentions',
};

const valueText = (scale: GapScale, v: number) => (scale === 'importance' ? v.toFixed(2) : `${Number(v.toFixed(1))}%`);
const signed = (scale: GapScale, v: number) => `${v >= 0 ? '+' : '−'}${valueText(scale, Math.abs(v))}`;

function gapRow(g: ElementGap, scale: GapScale, from: Role, to: Role) {
  const level =
    g.from.level !== undefined && g.to.level !== undefined ? `level ${g.from.level.toFixed(1)} → ${g.to.level.toFixed(1)} of 7` : undefined;
  const unit = scale === 'importance' ? ' of 5' : ' of skill mentions';
  const spoken =
    `${g.name}: ${from.title} ${valueText(scale, g.from.value)}, ${to.title} ${valueText(scale, g.to.value)}${unit}, ` +
    `${g.gap >= 0 ? 'gap' : 'difference'} ${signed(scale, g.gap)}${level ? `; ${level}` : ''}`;
  return {
    label: g.name,
    from: { value: g.from.value, text: valueText(scale, g.from.value) },
    to: { value: g.to.value, text: valueText(scale, g.to.value) },
    gap: signed(scale, g.gap),
    ...(level && { level }),
    spoken,
  };
}

interface GapPart {
  id: string;
  title: string;
  area: 'skills' | 'knowledge';
  pick: 'needed' | 'shared';
  empty: string;
}

function gapSection({ id, title, area, pick, empty }: GapPart, gap: AreaGap, from: Role, to: Role): Section {
  const base = { kind: 'gap' as const, id, title, from: from.title, to: to.title };
  if (!gap.ok) return { ...base, sources: sourcesOf([from, to], [area]), measure: '', max: 1, rows: [], empty: gap.reason };
  const items = gap[pick];
  const notes =
    pick === 'needed'
      ? [
          `Listed where ${to.title} needs at least ${valueText(gap.scale, GAP_MIN[gap.scale])} more than ${from.title}, ` +
            'largest gap first' +
            (gap.scale === 'importance' ? ' (ties: larger O*NET level gap first). Levels (0–7) are O*NET’s, where published.' : '.'),
        ]
      : [
          gap.scale === 'importance'
            ? `Important to both (importance at least ${IMPORTANT.importance} of 5, O*NET OnLine’s cut-off), ` +
              `with a gap under ${GAP_MIN.importance}.`
            : `Listed for both roles, with a gap under ${GAP_MIN.share} points.`,
        ];
  if (gap.partial) notes.push(gap.partial);
  return {
    ...base,
    sources: gap.sources.map(formatSource),
    notes,
    measure: MEASURE[gap.scale],
    max:
      gap.scale === 'importance'
        ? 5
        : maxOf(
            items.flatMap((g) => [g.from.value, g.to.value]),
            1,
          ),
    rows: items.map((g) => gapRow(g, gap.scale, from, to)),
    empty,
  };
}

/** A change shown under B's figure: "+$8,200 a year (+9%)". */
function payCells(from: Role, to: Role): Cell[] {
  const a = from.pay?.yearly;
  const b = to.pay?.yearly;
  const cellOf = (r: Role): Cell =>
    r.pay?.yearly === undefined
      ? noData
      : { text: formatWage(r.pay.yearly), note: `Average yearly wage. Source: ${formatSource(r.pay.source)}` };
  const toCell = cellOf(to);
  if (a === undefined || b === undefined || toCell.text === null) return [cellOf(from), toCell];
  const caption =
    typeof a === 'number' && typeof b === 'number'
      ? `${b - a >= 0 ? '+' : '−'}${formatMoney(Math.abs(b - a))} a year (${formatChange(Math.round(((b - a) / a) * 1000) / 10)})`
      : 'change not known: a top-coded wage (≥) gives only its floor';
  return [cellOf(from), { ...toCell, caption }];
}

function growthCells(from: Role, to: Role): Cell[] {
  const cellOf = (r: Role): Cell =>
    r.growth
      ? { text: formatChange(r.growth.rate), note: `Projected employment change. Source: ${formatSource(r.growth.source)}` }
      : noData;
  const toCell = cellOf(to);
  if (!from.growth || !to.growth || toCell.text === null) return [cellOf(from), toCell];
  const d = Math.round((to.growth.rate - from.growth.rate) * 10) / 10;
  return [cellOf(from), { ...toCell, caption: `${d >= 0 ? '+' : '−'}${Math.abs(d)} percentage points` }];
}

function jobZoneCells(from: Role, to: Role): Cell[] {
  const zoneOf = (r: Role) => r.education?.jobZone;
  const cellOf = (r: Role): Cell => {
    const z = zoneOf(r);
    return z ? { text: z.label, note: `O*NET Job Zone (1–5). Source: ${formatSource(z.source)}` } : noData;
  };
  const a = zoneOf(from);
  const b = zoneOf(to);
  const toCell = cellOf(to);
  if (!a || !b || toCell.text === null) return [cellOf(from), toCell];
  const d = b.zone - a.zone;
  const caption =
    d === 0 ? 'the same preparation' : `${Math.abs(d)} zone${Math.abs(d) > 1 ? 's' : ''} ${d > 0 ? 'more' : 'less'} preparation`;
  return [cellOf(from), { ...toCell, caption }];
}

function textCells(from: Role, to: Role, text: (r: Role) => { text: string; source: string } | undefined, what: string): Cell[] {
  const cellOf = (r: Role): Cell => {
    const t = text(r);
    return t ? { text: t.text, note: `${what}. Source: ${t.source}` } : noData;
  };
  const a = text(from);
  const b = text(to);
  const toCell = cellOf(to);
  if (!a || !b || toCell.text === null) return [cellOf(from), toCell];
  return [cellOf(from), { ...toCell, caption: a.text === b.text ? 'the same' : 'different' }];
}

function changes(from: Role, to: Role): Section {
  const roles = [from, to];
  const rows: Row[] = [
    { label: 'Average salary', cells: payCells(from, to) },
    { label: 'Growth', cells: growthCells(from, to) },
    {
      label: 'Typical entry-level education',
      cells: textCells(
        from,
        to,
        (r) => {
          const e = r.education?.typicalEntry;
          return e ? { text: e.name, source: formatSource(e.source) } : undefined;
        },
        'Typical entry-level education',
      ),
    },
    { label: 'Preparation (Job Zone)', cells: jobZoneCells(from, to) },
    {
      label: 'Work experience',
      cells: textCells(
        from,
        to,
        (r) => (r.experience?.label ? { text: r.experience.label, source: formatSource(r.experience.source) } : undefined),
        EXPERIENCE_NOTE,
      ),
    },
  ];
  return {
    kind: 'table',
    id: 'changes',
    title: 'What changes',
    sources: sourcesOf(roles, ['pay', 'growth', 'education', 'experience']),
    notes: [`Under ${to.title}’s figures: the change from ${from.title}.`],
    rows,
  };
}

function headline(from: Role, to: Role, skills: AreaGap, knowledge: AreaGap): string[] {
  const out: string[] = [];
  if (skills.ok && knowledge.ok) {
    const top = [...skills.needed, ...knowledge.needed].sort((a, b) => b.gap - a.gap)[0];
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    out.push(
      `Moving from ${from.title} to ${to.title} means building ${count(skills.needed.length, 'skill', 'skills')} and ` +
        `${count(knowledge.needed.length, 'knowledge area', 'knowledge areas')}` +
        (top ? `; the largest gap is ${top.name} (${signed(skills.scale, top.gap)}).` : '.'),
    );
  }
  const a = from.pay?.yearly;
  const b = to.pay?.yearly;
  if (typeof a === 'number' && typeof b === 'number' && a !== b)
    out.push(`Average yearly pay: ${formatMoney(a)} → ${formatMoney(b)} (${b > a ? '+' : '−'}${formatMoney(Math.abs(b - a))}).`);
  return out;
}

/** The "From A to B" view; `profiles` (official roles' whole profiles) may be absent: then only what role files list is compared. */
export function buildMoveView(from: Role, to: Role, profiles: ProfileSet | undefined): ComparisonView {
  const skills = areaGap(from, to, 'skills', profiles);
  const knowledge = areaGap(from, to, 'knowledge', profiles);
  const sections: Section[] = [
    gapSection(
      {
        id: 'gap-skills',
        title: 'Skills to build',
        area: 'skills',
        pick: 'needed',
        empty: `No skill where ${to.title} needs clearly more.`,
      },
      skills,
      from,
      to,
    ),
    gapSection(
      {
        id: 'gap-knowledge',
        title: 'Knowledge to build',
        area: 'knowledge',
        pick: 'needed',
        empty: `No knowledge area where ${to.title} needs clearly more.`,
      },
      knowledge,
      from,
      to,
    ),
    gapSection(
      { id: 'shared-skills', title: 'Skills they share', area: 'skills', pick: 'shared', empty: 'No skill is important to both.' },
      skills,
      from,
      to,
    ),
    gapSection(
      {
        id: 'shared-knowledge',
        title: 'Knowledge they share',
        area: 'knowledge',
        pick: 'shared',
        empty: 'No knowledge area is important to both.',
      },
      knowledge,
      from,
      to,
    ),
    changes(from, to),
  ];
  return {
    title: moveTitle(from, to),
    roles: [from, to].map((r) => ({ id: r.id, title: r.title })),
    headline: headline(from, to, skills, knowledge),
    announcement: `Now showing the move ${moveTitle(from, to).replace(/^From/, 'from')}`,
    sections: sections.map((section) => {
      const attribution = attributionFor(section.sources);
      return attribution ? { ...section, attribution } : section;
    }),
  };
}
