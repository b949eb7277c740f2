// The NCES/BLS CIP 2020 ↔ SOC 2018 crosswalk (nces/cip2020_soc2018_crosswalk.csv):
// which programs of study prepare for an occupation. It says a program is
// related, not how many graduates of it hold the job.
import { ImportError, readTable } from './table';
import { SOC_CODE } from '../model/socCodes';

export const CIP_SOC_FILE = 'cip2020_soc2018_crosswalk.csv';
/** The crosswalk's code for a program that prepares for no particular occupation. */
const NO_MATCH = '99-9999';
/** The crosswalk's placeholder program ("NO MATCH") for an occupation no program fits: not a field of study. */
const NO_PROGRAM = '99.9999';
const CIP = /^\d{2}\.\d{4}$/;

export interface FieldOfStudy {
  code: string;
  /** As NCES prints it, without its closing period: "Registered Nursing/Registered Nurse". */
  title: string;
}

export interface CipSocCrosswalk {
  /** SOC code → its related programs, in file order. */
  bySoc: Map<string, FieldOfStudy[]>;
}

export function parseCipSoc(file: string, text: string): CipSocCrosswalk {
  const { rows } = readTable(file, text, { delimiter: ',', required: ['CIP2020Code', 'CIP2020Title', 'SOC2018Code'] });
  const bySoc = new Map<string, FieldOfStudy[]>();
  for (const row of rows) {
    const code = row.get('CIP2020Code');
    const soc = row.get('SOC2018Code');
    const title = row.get('CIP2020Title').replace(/\.$/, '').trim();
    if (!CIP.test(code)) throw new ImportError(file, row.line, `"CIP2020Code" is not a CIP code (NN.NNNN): "${code}"`);
    if (!SOC_CODE.test(soc)) throw new ImportError(file, row.line, `"SOC2018Code" is not a SOC code: "${soc}"`);
    if (!title) throw new ImportError(file, row.line, '"CIP2020Title" is empty');
    if (soc === NO_MATCH || code === NO_PROGRAM) continue;
    const list = bySoc.get(soc) ?? [];
    if (list.some((f) => f.code === code)) continue; // a repeated pair adds nothing
    list.push({ code, title });
    bySoc.set(soc, list);
  }
  if (bySoc.size === 0) throw new ImportError(file, undefined, 'no program–occupation pairs found');
  return { bySoc };
}

/**
 * An occupation's related programs in CIP code order, which groups them by
 * discipline (51.38xx nursing together). NCES publishes no ranking, so none is
 * invented: the first `cap` by code, and how many there are in all.
 */
export function relatedFields(crosswalk: CipSocCrosswalk, soc: string, cap: number): { items: FieldOfStudy[]; total: number } {
  const all = (crosswalk.bySoc.get(soc) ?? []).slice().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { items: all.slice(0, cap), total: all.length };
}
