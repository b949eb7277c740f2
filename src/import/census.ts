// Census occupations: the 2018 code list (census/census_2018_occupation_codes.csv).
// Its SOC column gives each Census code an exact SOC code ("13-2011"), a SOC
// group ("25-2050", "25-1000") or a pattern ("13-20XX"), so a role's Census
// occupation, and every role that shares it, come from this list alone. CPS
// tables 11/11b print Census titles without codes, so a role reaches its CPS
// row by code → Census title → CPS title (normalised, exact), or not at all.
import { ImportError, readTable } from './table';
import { SOC_SCOPE } from '../model/socCodes';

export const CENSUS_CODES_FILE = 'census_2018_occupation_codes.csv';

const CENSUS_CODE = /^\d{4}$/;

/** Lower case, no accents or punctuation, "&" as "and": how CPS and Census titles are compared (exact after this, never fuzzy). */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface CensusOccupation {
  code: string;
  title: string;
  /** The list's SOC column as printed: "13-2011", "25-2050", "13-20XX". */
  soc: string;
}

export interface CensusCodeList {
  byCode: Map<string, CensusOccupation>;
  /** Each code's SOC scope as a prefix of the codes it covers ("13-20" for 13-20XX), longest first. */
  scopes: { prefix: string; code: string }[];
}

/**
 * The digits a SOC code, group or pattern fixes: "13-20XX" → "13-20",
 * "25-2050" → "25-205" (a broad group ends in 0), "25-1000" → "25-1"
 * (a minor group), "13-2011" → "13-2011". A detailed code never ends in 0.
 */
export function socPrefix(soc: string): string {
  const x = soc.indexOf('X');
  return x >= 0 ? soc.slice(0, x) : soc.replace(/0+$/, '');
}

export function parseCensusCodes(file: string, text: string): CensusCodeList {
  const { rows } = readTable(file, text, { delimiter: ',', required: ['census_code', 'census_title', 'soc_code'] });
  const byCode = new Map<string, CensusOccupation>();
  const scopes: CensusCodeList['scopes'] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const code = row.get('census_code');
    const title = row.get('census_title');
    const soc = row.get('soc_code');
    if (!CENSUS_CODE.test(code)) throw new ImportError(file, row.line, `"census_code" is not a 4-digit Census code: "${code}"`);
    if (!title) throw new ImportError(file, row.line, '"census_title" is empty');
    if (byCode.has(code)) throw new ImportError(file, row.line, `Census code ${code} appears twice`);
    byCode.set(code, { code, title, soc });
    if (soc === 'none') continue; // military and "unemployed" codes cover no SOC occupation
    if (!SOC_SCOPE.test(soc)) throw new ImportError(file, row.line, `"soc_code" is not a SOC code, group or pattern: "${soc}"`);
    const prefix = socPrefix(soc);
    const other = seen.get(prefix);
    if (other) throw new ImportError(file, row.line, `SOC ${soc} is also Census code ${other}'s; a role could not tell which`);
    seen.set(prefix, code);
    scopes.push({ prefix, code });
  }
  scopes.sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : 1));
  return { byCode, scopes };
}

/** Why a role has no CPS figures. */
export type CensusMiss =
  | 'no Census code (the Census code list maps no code, group or pattern to its SOC code)'
  | 'its SOC group spans several Census occupations'
  | 'Census title not printed in CPS table 11'
  | 'CPS prints “–” for it (below BLS publication criteria)';

/**
 * A role's Census code, from the code list alone: the narrowest entry whose
 * scope holds the role's SOC code ("13-2099" → 13-20XX, "53-1041" → 53-1000),
 * unless the role is itself a group that the list splits ("13-1020" holds
 * 13-1021…13-1023, three Census codes): then no single code is its own.
 */
export function censusCodeOf(soc: string, list: CensusCodeList): { code: string } | { miss: CensusMiss } {
  const own = socPrefix(soc);
  if (list.scopes.some((s) => s.prefix.length > own.length && s.prefix.startsWith(own))) {
    return { miss: 'its SOC group spans several Census occupations' };
  }
  const found = list.scopes.find((s) => own.startsWith(s.prefix));
  return found ? { code: found.code } : { miss: 'no Census code (the Census code list maps no code, group or pattern to its SOC code)' };
}
