// The comparison's opening lines, generated from the data of whichever roles
// are compared: who pays more and by how much, growth, jobs, time to become
// one, top skills. A figure either role lacks is left out, never assumed.
import { formatCount, formatMoney, formatPercent, formatYears, wageValue, isTopCoded } from '../format/format';
import type { Role } from '../model/schema';
import { possessive, verb } from '../format/titles';

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

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
  return (
    `${top.title} ${verb(top.title, 'pays', 'pay')}${most}: an average of ${atLeast}${formatMoney(wageValue(hi))} a year, ` +
    `${atLeast}${formatMoney(diff)} (${atLeast}${pct}) more than ${possessive(bottom.title)} ${formatMoney(wageValue(lo))}.`
  );
}

function rankedSentence(
  roles: Role[],
  get: (r: Role) => number | undefined,
  show: (n: number) => string,
  phrase: (leader: string, many: boolean) => string,
): string | undefined {
  const known = roles.filter((r) => get(r) !== undefined);
  if (known.length < 2) return undefined;
  const sorted = [...known].sort((a, b) => get(b)! - get(a)!);
  if (get(sorted[0]) === get(sorted[sorted.length - 1])) {
    return `${joinNames(known.map((r) => r.title))} are level here: ${show(get(sorted[0])!)} each.`;
  }
  return `${phrase(sorted[0].title, sorted.length > 2)}: ${sorted.map((r) => `${show(get(r)!)} for ${r.title}`).join(' against ')}.`;
}

function timeSentence(roles: Role[]): string | undefined {
  const times = roles.map((r) => r.experience?.timeToBecome);
  if (times.some((t) => t === undefined)) return undefined;
  const texts = times.map((t) => formatYears(t!.minYears, t!.maxYears));
  if (texts.every((t) => t === texts[0])) {
    return `It typically takes ${texts[0]} to become ${roles.length === 2 ? 'either' : 'any of them'}.`;
  }
  return `It typically takes ${roles.map((r, i) => `${texts[i]} to become a ${r.title}`).join(' and ')}.`;
}

function skillsSentences(roles: Role[]): string[] {
  return roles
    .filter((r) => r.skills)
    .map((r) => `Top skills for ${r.title}: ${joinNames(r.skills!.items.slice(0, 3).map((s) => s.name))}.`);
}

export function buildHeadline(roles: Role[]): string[] {
  if (roles.length < 2) return [];
  return [
    paySentence(roles),
    rankedSentence(
      roles,
      (r) => r.growth?.rate,
      formatPercent,
      (t, many) => `${t} ${verb(t, 'is', 'are')} projected to grow ${many ? 'fastest' : 'faster'}`,
    ),
    rankedSentence(
      roles,
      (r) => r.jobs?.count,
      formatCount,
      (t, many) => `${t} ${verb(t, 'has', 'have')} ${many ? 'the most' : 'more'} jobs`,
    ),
    timeSentence(roles),
    ...skillsSentences(roles),
  ].filter((s): s is string => s !== undefined);
}
