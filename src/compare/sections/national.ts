// With a state chosen, a figure shows the state's value and the national one
// beside it ("United States: $98,430"), and a state's blank says why. One
// wrapper for every such row: it builds the row twice, on the roles as shown
// and on their national selves, so a row's rules are written once.
import type { Role } from '../../model/schema';
import type { Row } from '../../protocol/comparisonView';
import { NATIONAL_LABEL, stateBlankReason } from '../../states/localPay';
import type { PayWhere } from '../payWhere';
import { sourcesOf, type SectionKey } from './cells';

export function besideNational(build: (roles: Role[]) => Row, roles: Role[], where: PayWhere | undefined): Row {
  const own = build(roles);
  const place = where?.place;
  if (!place || !roles.some((r) => place.national.has(r.id))) return own;
  const national = build(roles.map((r) => place.national.get(r.id) ?? r));
  const blanks: string[] = [];
  const cells = own.cells.map((c, i) => {
    const role = roles[i];
    if (!place.national.has(role.id)) return c;
    if (c.text === null && !own.why?.includes(`${role.title}:`))
      blanks.push(`${role.title}: ${stateBlankReason(role, place.area, place.figures.get(role.id))}`);
    return { ...c, beside: `${NATIONAL_LABEL}: ${national.cells[i]?.text ?? 'no data'}` };
  });
  const why = [own.why, ...blanks].filter((w) => w !== undefined).join(' ');
  return why ? { ...own, cells, why } : { ...own, cells };
}

/** A row kept only when some role has the figure, for the state or nationally (optionalRow, with the national figure beside). */
export function optionalBeside(build: (roles: Role[]) => Row, roles: Role[], where: PayWhere | undefined): Row[] {
  const shown = besideNational(build, roles, where);
  const has = (r: Row) => r.cells.some((c) => c.text !== null);
  const place = where?.place;
  return has(shown) || (place && has(build(roles.map((r) => place.national.get(r.id) ?? r)))) ? [shown] : [];
}

/** A section's sources, and the national ones beside a state's when a state is chosen. */
export function sourcesBeside(roles: Role[], keys: SectionKey[], where: PayWhere | undefined): string[] {
  const own = sourcesOf(roles, keys);
  const place = where?.place;
  if (!place) return own;
  const national = sourcesOf(
    roles.flatMap((r) => place.national.get(r.id) ?? []),
    keys,
  );
  return [...own, ...national.filter((s) => !own.includes(s) && !s.endsWith(': no data'))];
}

/** What a section with state figures says first: whose figures they are, and what is beside them. */
export function stateNote(roles: Role[], where: PayWhere | undefined): string[] {
  const place = where?.place;
  if (!place) return [];
  const own = roles.filter((r) => !place.national.has(r.id)).map((r) => r.title);
  return [
    `Pay and jobs are for ${place.area.name}, with the national (${NATIONAL_LABEL}) figure beside each.` +
      (own.length > 0
        ? ` ${own.join(', ')} ${own.length === 1 ? 'keeps its' : 'keep their'} own figures, which are not for one state.`
        : ''),
  ];
}
