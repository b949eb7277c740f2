// OEWS May 2024 national industry-specific estimates at 3-digit NAICS
// (bls/oews_nat3d_M2024_trimmed.csv). Each industry appears under one
// ownership code, so taking every code counts no job twice.
import type { Wage } from '../model/schema';
import { OEWS_TOP_CODE } from './bls';
import { ImportError, parseNumber, readTable } from './table';
import { SOC_CODE } from '../model/socCodes';

export const INDUSTRY_FILE = 'oews_nat3d_M2024_trimmed.csv';

/**
 * The ownership codes in the file, all included: 5 private; 1 federal (the
 * Postal Service); 123 federal, state and local government (BLS's government
 * designation, 999000); 235 private, state and local government (schools,
 * hospitals); 57 private and local government (gambling, accommodation).
 */
export const OWNERSHIP_CODES: Readonly<Record<string, string>> = {
  '1': 'federal government',
  '5': 'private',
  '57': 'private and local government',
  '123': 'federal, state and local government',
  '235': 'private, state and local government',
};

export interface IndustryEstimate {
  naics: string;
  title: string;
  ownCode: string;
  /** Undefined where BLS prints "**" (not published). */
  jobs?: number;
  /** Undefined where BLS prints "*"; top-coded ("#") as { atLeast }. */
  annualMean?: Wage;
}

const NAICS = /^\d{6}$/;
const NOT_AVAILABLE = ['*', '**'];

/** SOC code → its estimates in each 3-digit industry, in file order. */
export function parseOewsIndustries(file: string, text: string): Map<string, IndustryEstimate[]> {
  const { rows } = readTable(file, text, {
    delimiter: ',',
    required: ['NAICS', 'NAICS_TITLE', 'I_GROUP', 'OWN_CODE', 'OCC_CODE', 'O_GROUP', 'TOT_EMP', 'A_MEAN'],
  });
  const out = new Map<string, IndustryEstimate[]>();
  const ownership = new Map<string, string>();
  for (const row of rows) {
    if (row.get('O_GROUP') !== 'detailed') continue;
    const naics = row.get('NAICS');
    const soc = row.get('OCC_CODE');
    const ownCode = row.get('OWN_CODE');
    if (!NAICS.test(naics)) throw new ImportError(file, row.line, `"NAICS" is not a 6-digit NAICS code: "${naics}"`);
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"OCC_CODE" is not a SOC code: "${soc}"`);
    if (!(ownCode in OWNERSHIP_CODES)) throw new ImportError(file, row.line, `unknown "OWN_CODE" "${ownCode}"`);
    if ((ownership.get(naics) ?? ownCode) !== ownCode) {
      throw new ImportError(file, row.line, `industry ${naics} appears under two ownership codes; its jobs would count twice`);
    }
    ownership.set(naics, ownCode);
    const rawMean = row.get('A_MEAN');
    const estimate: IndustryEstimate = {
      naics,
      title: row.get('NAICS_TITLE'),
      ownCode,
      jobs: parseNumber(file, row.line, 'TOT_EMP', row.get('TOT_EMP'), NOT_AVAILABLE),
      annualMean: rawMean === '#' ? { atLeast: OEWS_TOP_CODE.annual } : parseNumber(file, row.line, 'A_MEAN', rawMean, NOT_AVAILABLE),
    };
    if (!estimate.title) throw new ImportError(file, row.line, '"NAICS_TITLE" is empty');
    const list = out.get(soc);
    if (list?.some((e) => e.naics === naics)) throw new ImportError(file, row.line, `${soc} appears twice in industry ${naics}`);
    if (list) list.push(estimate);
    else out.set(soc, [estimate]);
  }
  if (out.size === 0) throw new ImportError(file, undefined, 'no detailed occupations found');
  return out;
}
