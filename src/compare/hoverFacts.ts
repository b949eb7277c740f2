// What a hover card on a job title says of a role: yearly pay, growth, jobs
// and education, each with its source, and "no data" where a figure is
// unknown (never zero). Pure; the host turns it into Markdown (src/host/hover/hover.ts).
import { formatCount, formatPercent, formatSource, formatWage } from '../format/format';
import type { Role } from '../model/schema';
import type { RoleSummary } from '../model/summary';
import { degreeCell } from './sections/education';

export interface HoverFact {
  label: string;
  /** The figure as shown; null when unknown. */
  text: string | null;
  /** "BLS OEWS, 2024": where the figure comes from, with its year. */
  source?: string;
}

function payFact(summary: RoleSummary, place: string): HoverFact {
  const pay = summary.pay;
  if (pay?.yearly === undefined) return { label: `Yearly pay${place}`, text: null };
  return { label: `Yearly pay${place} (average)`, text: formatWage(pay.yearly), source: formatSource(pay.source) };
}

function growthFact(summary: RoleSummary, role: Role | undefined): HoverFact {
  if (!summary.growth) return { label: 'Growth', text: null };
  const period = role?.growth?.period;
  return {
    label: period ? `Growth ${period}` : 'Growth',
    text: formatPercent(summary.growth.rate),
    source: formatSource(summary.growth.source),
  };
}

function jobsFact(summary: RoleSummary, place: string): HoverFact {
  if (!summary.jobs) return { label: `Jobs${place}`, text: null };
  return { label: `Jobs${place}`, text: formatCount(summary.jobs.count), source: formatSource(summary.jobs.source) };
}

/** The most common degree; where it is unknown, BLS's typical entry-level education, labelled as that. */
function educationFact(role: Role | undefined): HoverFact {
  const education = role?.education;
  if (!role || !education) return { label: 'Education', text: null };
  const degree = degreeCell(role);
  if (degree.text !== null) return { label: 'Most common degree', text: degree.text, source: formatSource(education.source) };
  const entry = education.typicalEntry;
  if (entry) return { label: 'Typical entry-level education', text: entry.name, source: formatSource(entry.source) };
  return { label: 'Education', text: null };
}

/** The card's figures. `role` is the role's detail, when it could be read (education lives there). */
/** `state`: the state the summary's pay and jobs are for (src/states/localPay.ts), named in their labels. */
export function hoverFacts(summary: RoleSummary, role?: Role, state?: string): HoverFact[] {
  const place = state ? ` in ${state}` : '';
  return [payFact(summary, place), growthFact(summary, role), jobsFact(summary, place), educationFact(role)];
}

/**
 * One line naming each figure's source and year, figures from the same
 * source together: "Sources: yearly pay (average) and jobs — BLS OEWS, 2024; …".
 * Undefined when no figure is known.
 */
export function hoverSourceLine(facts: readonly HoverFact[]): string | undefined {
  const bySource = new Map<string, string[]>();
  for (const fact of facts) {
    if (fact.text === null || fact.source === undefined) continue;
    const labels = bySource.get(fact.source) ?? [];
    labels.push(fact.label.toLowerCase());
    bySource.set(fact.source, labels);
  }
  if (bySource.size === 0) return undefined;
  const parts = [...bySource].map(([source, labels]) => `${labels.join(' and ')} — ${source}`);
  return `Sources: ${parts.join('; ')}`;
}
