// The comparison's opening lines, generated from the data of whichever roles
// are compared (1 to MAX_ROLES): who pays most and by how much, who grows
// fastest, who has most jobs, time to become one, top skills. Roles tied at
// the top are named together. A role lacking a figure is left out of that
// sentence, never assumed; a sentence needs two roles with the figure.
import { formatCount, formatMoney, formatPercent, formatYears, wageValue, isTopCoded } from '../format/format';
import type { Role } from '../model/schema';
import { isPluralTitle, possessive } from '../format/titles';

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];

/** The roles tied at the top, as a subject: "Electricians", "Surgeons and Electricians". */
function leaders<T extends Pick<Role, 'title'>>(sorted: T[], value: (r: T) => number): { names: string; plural: boolean } {
  const top = sorted.filter((r) => value(r) === value(sorted[0]));
  return { names: joinNames(top.map((r) => r.title)), plural: top.length > 1 || isPluralTitle(top[0].title) };
}

/** "the lowest of the four", when more than two are compared. */
const ofAll = (n: number, what: string) => (n > 2 ? `, the ${what} of the ${COUNT_WORDS[n] ?? n}` : '');

function paySentence(roles: Role[]): string | undefined {
  const paid = roles.filter((r) => r.pay?.yearly !== undefined);
  if (paid.length < 2) return undefined;
  const sorted = [...paid].sort((a, b) => wageValue(b.pay!.yearly!) - wageValue(a.pay!.yearly!));
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  const hi = top.pay!.yearly!;
  const lo = bottom.pay!.yearly!;
  if (isTopCoded(lo))
    return `${joinNames(paid.map((r) => r.title))} all pay at or above the top-coded ${formatMoney(wageValue(lo))} a year.`;
  const diff = wageValue(hi) - wageValue(lo);
  if (diff === 0) return `${top.title} and ${bottom.title} pay the same on average, ${formatMoney(wageValue(hi))} a year.`;
  const pct = formatPercent(Math.round((diff / wageValue(lo)) * 1000) / 10, 1);
  const atLeast = isTopCoded(hi) ? 'at least ' : '';
  const most = sorted.length > 2 ? ' the most' : ' more';
  const lead = leaders(sorted, (r) => wageValue(r.pay!.yearly!));
  return (
    `${lead.names} ${lead.plural ? 'pay' : 'pays'}${most}: an average of ${atLeast}${formatMoney(wageValue(hi))} a year, ` +
    `${atLeast}${formatMoney(diff)} (${atLeast}${pct}) more than ${possessive(bottom.title)} ${formatMoney(wageValue(lo))}` +
    `${ofAll(sorted.length, 'lowest')}.`
  );
}

function rankedSentence(
  roles: Role[],
  get: (r: Role) => number | undefined,
  show: (n: number) => string,
  phrase: (leader: string, plural: boolean, many: boolean) => string,
): string | undefined {
  const known = roles.filter((r) => get(r) !== undefined);
  if (known.length < 2) return undefined;
  const sorted = [...known].sort((a, b) => get(b)! - get(a)!);
  if (get(sorted[0]) === get(sorted[sorted.length - 1])) {
    return `${joinNames(known.map((r) => r.title))} are level here: ${show(get(sorted[0])!)} each.`;
  }
  const lead = leaders(sorted, (r) => get(r)!);
  const figures = sorted.map((r) => `${show(get(r)!)} for ${r.title}`);
  // Two read as a contrast ("10% for A against 8% for B"); more as a list.
  const list = figures.length === 2 ? figures.join(' against ') : joinNames(figures);
  return `${phrase(lead.names, lead.plural, sorted.length > 2)}: ${list}.`;
}

function timeSentence(roles: Role[]): string | undefined {
  const times = roles.map((r) => r.experience?.timeToBecome);
  if (times.some((t) => t === undefined)) return undefined;
  const texts = times.map((t) => formatYears(t!.minYears, t!.maxYears));
  if (texts.every((t) => t === texts[0])) {
    return `It typically takes ${texts[0]} to become ${roles.length === 2 ? 'either' : 'any of them'}.`;
  }
  return `It typically takes ${joinNames(roles.map((r, i) => `${texts[i]} to become a ${r.title}`))}.`;
}

function skillsSentences(roles: Role[]): string[] {
  return roles
    .filter((r) => r.skills)
    .map((r) => `Top skills for ${r.title}: ${joinNames(r.skills!.items.slice(0, 3).map((s) => s.name))}.`);
}

/** "In Texas, " before a sentence of state figures (each starts with a role's title, a name, so its capital stays). */
const inPlace = (sentence: string | undefined, place: string | undefined) => (sentence && place ? `In ${place}, ${sentence}` : sentence);

/** `place`: the state every role's pay and jobs are for, when a state is chosen. */
export function buildHeadline(roles: Role[], place?: string): string[] {
  if (roles.length < 2) return [];
  return [
    inPlace(paySentence(roles), place),
    rankedSentence(
      roles,
      (r) => r.growth?.rate,
      formatPercent,
      (t, plural, many) => `${t} ${plural ? 'are' : 'is'} projected to grow ${many ? 'fastest' : 'faster'}`,
    ),
    inPlace(
      rankedSentence(
        roles,
        (r) => r.jobs?.count,
        formatCount,
        (t, plural, many) => `${t} ${plural ? 'have' : 'has'} ${many ? 'the most' : 'more'} jobs`,
      ),
      place,
    ),
    timeSentence(roles),
    ...skillsSentences(roles),
  ].filter((s): s is string => s !== undefined);
}
