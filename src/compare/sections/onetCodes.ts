// O*NET rates some SOC occupations in more detail (29-1141.01 Acute Care Nurses
// under 29-1141 Registered Nurses). Which of those codes a figure comes from is
// a choice, so each section that shows O*NET figures says it where it applies.
import type { Role } from '../../model/schema';

type Speciality = NonNullable<Role['onetSpecialities']>[number];

const names = (list: readonly Speciality[]) => list.map((s) => `${s.title} (${s.code})`).join('; ');
const count = (n: number) => (n === 1 ? 'its 1 more detailed O*NET occupation' : `its ${n} more detailed O*NET occupations`);

/** For education, skills and knowledge: O*NET's ratings of the base code only, never averaged. */
export function baseCodeNotes(roles: readonly Role[], has: (r: Role) => boolean): string[] {
  return roles
    .filter((r) => r.onetSpecialities && r.socCode && has(r))
    .map(
      (r) =>
        `${r.title}: O*NET's ratings of ${r.socCode}.00 itself; ${count(r.onetSpecialities!.length)} under the same SOC code ` +
        `(${names(r.onetSpecialities!)}) are rated on their own and not averaged in.`,
    );
}

/** For technologies: merged from the base code and every more detailed one. */
export function mergedCodeNotes(roles: readonly Role[]): string[] {
  return roles
    .filter((r) => r.onetSpecialities && r.socCode && r.technologies)
    .map(
      (r) =>
        `${r.title}: the technologies of ${r.socCode}.00 and ${count(r.onetSpecialities!.length)} ` +
        `(${names(r.onetSpecialities!)}) together, each marked where any of them marks it.`,
    );
}
