// Education: the most common degree (ties named together), the whole
// required-education spread, the Job Zone, related fields of study (related
// programs, never "the most common major") and the rows no source fills.
import { formatPercent } from '../../format/format';
import type { Role } from '../../model/schema';
import type { Cell, Section } from '../../protocol/comparisonView';
import { shareBar } from '../spoken';
import { cell, explainedRow, joinNames, noData, optionalRow, ownSourced, sourcesOf } from './cells';
import { baseCodeNotes } from './onetCodes';

/** How many related fields of study a cell lists; the rest are counted. */
export const RELATED_FIELDS_SHOWN = 6;

type Share = { name: string; share: number };

/** "Bachelor's degree, 61%", or every category tied at the top: "A and B, 35% each". */
export function topShareText(shares: Share[]): string {
  const top = shares.filter((s) => s.share === shares[0].share);
  if (top.length === 1) return `${top[0].name}, ${formatPercent(top[0].share)}`;
  return `${joinNames(top.map((s) => s.name))}, ${formatPercent(top[0].share)} each`;
}

/**
 * The most common degree, at the distribution's precision where the two
 * agree, with the categories tied with it named together. Never read off a
 * distribution with a suppressed category: the suppressed one may be the largest.
 */
function degreeText(e: NonNullable<Role['education']>): string | undefined {
  const most = e.mostCommonDegree;
  if (!most) return undefined;
  const shares = e.distribution;
  return topShareText(shares && !e.suppressed && shares[0].name === most.name ? shares : [most]);
}

export const degreeCell = (r: Role): Cell => cell(r, 'education', degreeText, 'Most common degree and its share');

/** The overview's degree: where the most common degree is unknown, BLS's typical entry-level education, labelled as that. */
export function overviewDegreeCell(r: Role): Cell {
  const degree = degreeCell(r);
  const entry = r.education?.typicalEntry;
  if (degree.text !== null || !entry) return degree;
  const c = ownSourced(entry, (t) => t.name, 'Typical entry-level education, shown because the most common degree is not published');
  return { ...c, caption: 'Typical entry-level education (BLS), not the most common degree' };
}

/** What the bars leave out, said under them: suppressed categories (unknown) and those at 0%. */
function distributionCaption(e: NonNullable<Role['education']>, zeros: number): string | undefined {
  const parts = [];
  if (e.suppressed) parts.push(`Not published (estimate too imprecise): ${joinNames(e.suppressed)}.`);
  if (zeros > 0) parts.push(zeros === 1 ? '1 other level: 0%.' : `${zeros} other levels: 0%.`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The whole required-education distribution as bars (levels at 0% counted under them, named in the text). */
function distributionCell(r: Role): Cell {
  const e = r.education;
  const shares = e?.distribution;
  if (!e || !shares) return noData;
  const shown = shares.filter((s) => s.share > 0);
  const c = cell(
    r,
    'education',
    () => shares.map((s) => `${s.name}, ${formatPercent(s.share)}`).join('; '),
    'Share of respondents naming each level as required',
  );
  const caption = distributionCaption(e, shares.length - shown.length);
  return { ...c, bars: shown.map((s) => shareBar(s.name, s.share, 'respondents naming it required')), ...(caption && { caption }) };
}

function relatedFieldsCell(r: Role): Cell {
  const fields = r.education?.relatedFields;
  if (!fields) return noData;
  const shown = fields.items.slice(0, RELATED_FIELDS_SHOWN).map((f) => f.title);
  const more = (fields.total ?? fields.items.length) - shown.length;
  const c = ownSourced(
    fields,
    () => shown.join('; '),
    'Programs that prepare for the occupation: related programs, not the most common major',
  );
  return {
    ...c,
    items: shown,
    caption: more > 0 ? `Related programs, not a ranking; and ${more} more` : 'Related programs, not a ranking',
  };
}

export function education(roles: Role[]): Section {
  const text = (pick: (e: NonNullable<Role['education']>) => string | undefined) => (r: Role) => cell(r, 'education', pick);
  const notes = baseCodeNotes(roles, (r) => r.education?.distribution !== undefined || r.education?.jobZone !== undefined);
  return {
    kind: 'table',
    id: 'education',
    title: 'Education',
    sources: sourcesOf(roles, ['education']),
    ...(notes.length > 0 && { notes }),
    rows: [
      explainedRow('Most common degree', roles, degreeCell, 'mostCommonDegree', (r) => r.education?.suppressed !== undefined),
      ...optionalRow('Required education', roles, distributionCell),
      ...optionalRow('Job Zone', roles, (r) =>
        ownSourced(r.education?.jobZone, (j) => j.label, 'O*NET Job Zone: how much preparation the occupation needs'),
      ),
      explainedRow(
        'Most common major',
        roles,
        text((e) => e.major),
        'mostCommonMajor',
      ),
      ...optionalRow('Related fields of study', roles, relatedFieldsCell),
      explainedRow(
        'Most common college',
        roles,
        text((e) => e.college),
        'mostCommonCollege',
      ),
      ...optionalRow('Typical entry-level education', roles, (r) =>
        ownSourced(r.education?.typicalEntry, (t) => t.name, 'Typical education needed to enter the occupation'),
      ),
    ],
  };
}
