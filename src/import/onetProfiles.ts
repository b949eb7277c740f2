// The skill and knowledge profiles of official roles: every O*NET element's
// importance (IM, 1–5) and level (LV, 0–7), not only the ten most important
// the detail files keep. Similar roles and the skill gap need whole profiles;
// they live in their own generated file so the detail files stay as they are.
import { PROFILES_FILE, PROFILES_FORMAT, type ProfileValue } from '../model/profiles';
import type { Role, Source } from '../model/schema';
import { ImportError, parseNumber, readTable } from './table';
import { ONET_SOC_CODE } from '../model/socCodes';

const CODE = 'O*NET-SOC Code';

export interface ElementScores {
  /** Element names in O*NET's order (its Element ID order). */
  elements: string[];
  /** O*NET-SOC code → element name → [importance, level]; null where O*NET recommends suppressing the estimate. */
  byCode: Map<string, Map<string, ProfileValue>>;
}

function scale(file: string, line: number, raw: string, min: number, max: number, what: string): number {
  const value = parseNumber(file, line, 'Data Value', raw, []);
  if (value === undefined || value < min || value > max) throw new ImportError(file, line, `${what} must be ${min}–${max}, not "${raw}"`);
  return value;
}

/** Skills.txt or Knowledge.txt: importance and level of every element of every O*NET-SOC code. */
export function parseElementScores(file: string, text: string): ElementScores {
  const { rows } = readTable(file, text, {
    delimiter: '\t',
    required: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress'],
  });
  const ids = new Map<string, string>();
  const byCode = new Map<string, Map<string, ProfileValue>>();
  for (const row of rows) {
    const scaleId = row.get('Scale ID');
    if (scaleId !== 'IM' && scaleId !== 'LV') continue;
    const name = row.get('Element Name');
    if (!name) throw new ImportError(file, row.line, 'an element has no name');
    ids.set(name, row.get('Element ID'));
    const code = row.get(CODE);
    if (!ONET_SOC_CODE.test(code)) throw new ImportError(file, row.line, `"${CODE}" is not an O*NET-SOC code: "${code}"`);
    const elements = byCode.get(code) ?? new Map<string, ProfileValue>();
    byCode.set(code, elements);
    const value = elements.get(name) ?? [null, null];
    const suppressed = row.get('Recommend Suppress') === 'Y';
    if (scaleId === 'IM') value[0] = suppressed ? null : scale(file, row.line, row.get('Data Value'), 1, 5, 'an importance');
    else value[1] = suppressed ? null : scale(file, row.line, row.get('Data Value'), 0, 7, 'a level');
    elements.set(name, value);
  }
  const elements = [...ids.keys()].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : ids.get(a)! > ids.get(b)! ? 1 : 0));
  return { elements, byCode };
}

/**
 * profiles.json: one line per role with a base (.00) O*NET code in the
 * files, values in the element order the header lists. Same input, same bytes.
 */
export function serializeProfiles(
  roles: readonly Pick<Role, 'id' | 'socCode' | 'education'>[],
  skills: ElementScores,
  knowledge: ElementScores,
  source: Source,
  attribution: string,
): [string, string] {
  const lines: string[] = [];
  for (const role of roles) {
    const base = role.socCode ? `${role.socCode}.00` : undefined;
    const s = base ? skills.byCode.get(base) : undefined;
    const k = base ? knowledge.byCode.get(base) : undefined;
    if (!s || !k) continue;
    const values = (names: string[], of: Map<string, ProfileValue>) => names.map((n) => of.get(n) ?? [null, null]);
    const zone = role.education?.jobZone?.zone;
    const line = { id: role.id, skills: values(skills.elements, s), knowledge: values(knowledge.elements, k) };
    // The Job Zone rides along: a career path's step rule needs it for every profiled role, not only those opened.
    lines.push(JSON.stringify(zone === undefined ? line : { ...line, zone }));
  }
  const header =
    `{"format":${PROFILES_FORMAT},"attribution":${JSON.stringify(attribution)},"source":${JSON.stringify(source)},` +
    `"skills":${JSON.stringify(skills.elements)},"knowledge":${JSON.stringify(knowledge.elements)},"roles":[\n`;
  return [PROFILES_FILE, `${header}${lines.join(',\n')}\n]}\n`];
}
