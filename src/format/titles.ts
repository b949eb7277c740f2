// Grammar for job titles in generated sentences. O*NET and BLS titles are
// plural ("Electricians", "Registered Nurses"); hand-written roles are
// singular ("Lead Technician"). Both must read naturally.

/** Plural titles end in a single "s"; a few singular nouns do too. */
export function isPluralTitle(title: string): boolean {
  return /[^s]s$/.test(title) && !/\b(?:Sales|Arts|Systems|Analysis|Logistics|Physics)$/.test(title);
}

/** Picks the verb form that agrees with the title: verb(t, 'pays', 'pay'). */
export function verb(title: string, singular: string, plural: string): string {
  return isPluralTitle(title) ? plural : singular;
}

/** "Lead Technician's", "Electricians'". */
export function possessive(title: string): string {
  return title.endsWith('s') ? `${title}'` : `${title}'s`;
}
