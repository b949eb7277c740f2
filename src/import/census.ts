// Census occupations: the 2018 code list (census/census_2018_occupation_codes.csv)
// and the O*NET-SOC → Census crosswalk (bls/onet_to_census_crosswalk.csv). CPS
// tables 11/11b print Census titles without codes, so a role reaches its CPS
// row by code → Census title → CPS title (normalised, exact), or not at all.
import { ImportError, readTable } from './table';
import { ONET_SOC_CODE, SOC_CODE } from '../model/socCodes';

export const CENSUS_CODES_FILE = 'census_2018_occupation_codes.csv';
export const CENSUS_CROSSWALK_FILE = 'onet_to_census_crosswalk.csv';

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
}

export interface CensusCodeList {
  byCode: Map<string, CensusOccupation>;
  /** Exact SOC code → Census code, where the list names one SOC code (not a pattern). */
  bySoc: Map<string, string>;
}

export function parseCensusCodes(file: string, text: string): CensusCodeList {
  const { rows } = readTable(file, text, { delimiter: ',', required: ['census_code', 'census_title', 'soc_code'] });
  const byCode = new Map<string, CensusOccupation>();
  const bySoc = new Map<string, string>();
  for (const row of rows) {
    const code = row.get('census_code');
    const title = row.get('census_title');
    if (!CENSUS_CODE.test(code)) throw new ImportError(file, row.line, `"census_code" is not a 4-digit Census code: "${code}"`);
    if (!title) throw new ImportError(file, row.line, '"census_title" is empty');
    if (byCode.has(code)) throw new ImportError(file, row.line, `Census code ${code} appears twice`);
    byCode.set(code, { code, title });
    const soc = row.get('soc_code');
    // The list's SOC column holds a code or a pattern ("13-20XX"); only exact codes are used.
    if (SOC_CODE.test(soc)) bySoc.set(soc, code);
  }
  return { byCode, bySoc };
}

/** O*NET-SOC code → Census code. */
export function parseCensusCrosswalk(file: string, text: string): Map<string, string> {
  const { rows } = readTable(file, text, { delimiter: ',', required: ['Code', 'cps_code'] });
  const out = new Map<string, string>();
  for (const row of rows) {
    const onet = row.get('Code');
    const census = row.get('cps_code');
    if (!ONET_SOC_CODE.test(onet)) throw new ImportError(file, row.line, `"Code" is not an O*NET-SOC code: "${onet}"`);
    if (census === '') continue; // the crosswalk leaves a few codes unassigned
    if (!CENSUS_CODE.test(census)) throw new ImportError(file, row.line, `"cps_code" is not a 4-digit Census code: "${census}"`);
    out.set(onet, census);
  }
  return out;
}

/** Why a role has no CPS figures. */
export type CensusMiss =
  | 'no Census code (the crosswalk gives none for its O*NET codes; the Census list has no exact SOC code)'
  | "the role's O*NET codes map to different Census codes"
  | 'Census title not printed in CPS table 11'
  | 'CPS prints “–” for it (below BLS publication criteria)';

/**
 * A role's Census code: from the crosswalk through its O*NET codes (all of
 * them must agree), else from the code list's exact SOC code. Never from a
 * SOC pattern such as "13-20XX": that would be a guess.
 */
export function censusCodeOf(
  soc: string,
  onetCodes: readonly string[],
  crosswalk: Map<string, string>,
  list: CensusCodeList,
): { code: string } | { miss: CensusMiss } {
  const codes = new Set(onetCodes.map((c) => crosswalk.get(c)).filter((c): c is string => c !== undefined));
  if (codes.size > 1) return { miss: "the role's O*NET codes map to different Census codes" };
  const code = codes.size === 1 ? [...codes][0] : list.bySoc.get(soc);
  return code && list.byCode.has(code)
    ? { code }
    : { miss: 'no Census code (the crosswalk gives none for its O*NET codes; the Census list has no exact SOC code)' };
}
