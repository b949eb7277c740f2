// Hand-made official-style roles carrying every section issue 7 adds, with
// figures chosen to exercise ties, top-coding, blanks and Census groups.
import type { Role } from '../../src/model/schema';

const bls = { name: 'BLS Occupational Employment and Wage Statistics', year: 2024 };
const blsState = { name: 'BLS OEWS state estimates', year: 2024 };
const blsIndustry = { name: 'BLS OEWS industry estimates', year: 2024 };
const onet = { name: 'O*NET 29.3 Database', year: 2025 };
const cps = { name: 'BLS Current Population Survey, table 11', year: 2022 };
const ep = { name: 'BLS Employment Projections', year: '2024–34' };
const nces = { name: 'NCES CIP 2020–SOC 2018 crosswalk', year: 2020 };

export const RULE =
  'Best paying among industries employing at least 1% of the occupation or 1,000 jobs; private and government ownerships combined.';

export const surgeons: Role = {
  id: 'surgeons',
  title: 'Surgeons',
  category: 'Healthcare Practitioners and Technical Occupations',
  socCode: '29-1249',
  pay: {
    source: bls,
    yearly: { atLeast: 239200 },
    percentiles: { p10: 120000, p25: 180500, median: { atLeast: 239200 }, p75: { atLeast: 239200 }, p90: { atLeast: 239200 } },
  },
  states: {
    source: blsState,
    highestPaying: [
      { name: 'Montana', annualMean: { atLeast: 239200 }, jobs: 120 },
      { name: 'Ohio', annualMean: 230000 },
    ],
    mostJobs: [{ name: 'California', jobs: 3000, share: 12.5 }],
    withoutWage: 1,
  },
  industries: {
    source: blsIndustry,
    rule: RULE,
    bestPaying: { name: 'Offices of Physicians', naics: '621100', annualMean: 250000, jobs: 9000 },
    mostJobs: [{ name: 'Hospitals', naics: '622000', jobs: 15000, share: 60.1 }],
  },
  education: {
    source: onet,
    mostCommonDegree: { name: 'Doctoral degree', share: 45 },
    distribution: [
      { name: 'Doctoral degree', share: 45 },
      { name: 'Post-doctoral training', share: 45 },
      { name: "Master's degree", share: 10 },
    ],
    jobZone: { zone: 5, label: 'Job Zone Five: Extensive Preparation Needed', source: onet },
  },
  demographics: {
    source: cps,
    gender: [
      { name: 'Women', share: 30.2 },
      { name: 'Men', share: 69.8 },
    ],
    censusGroup: { code: '3090', title: 'Surgeons', covers: 1 },
  },
  relatedRoles: ['registered-nurses', 'not-in-catalog'],
};

export const nurses: Role = {
  id: 'registered-nurses',
  title: 'Registered Nurses',
  category: 'Healthcare Practitioners and Technical Occupations',
  socCode: '29-1141',
  pay: {
    source: bls,
    yearly: 98430,
    percentiles: { p10: 66030, p25: 79700, median: 93600, p75: 113000, p90: 135320 },
  },
  states: {
    source: blsState,
    highestPaying: [
      { name: 'California', annualMean: 148330, jobs: 325620 },
      { name: 'Hawaii', annualMean: 129180, jobs: 12000 },
    ],
    mostJobs: [
      { name: 'California', jobs: 325620, share: 9.9 },
      { name: 'Texas', jobs: 230000, share: 7 },
    ],
    withoutWage: 0,
  },
  industries: {
    source: blsIndustry,
    rule: RULE,
    bestPaying: { name: 'Federal Executive Branch', naics: '999100', annualMean: 120000, jobs: 60000 },
    mostJobs: [{ name: 'Hospitals', naics: '622000', jobs: 1900000, share: 57.9 }],
  },
  education: {
    source: onet,
    // As O*NET 29.3 has it: the top category (Bachelor's) is suppressed, so the most common degree is unknown.
    distribution: [
      { name: 'Post-Secondary Certificate', share: 22.5 },
      { name: "Associate's degree", share: 19.4 },
      { name: 'Doctoral degree', share: 0 },
    ],
    suppressed: ["Bachelor's degree"],
    jobZone: { zone: 3, label: 'Job Zone Three: Medium Preparation Needed', source: onet },
    relatedFields: {
      source: nces,
      items: [
        { code: '51.3801', title: 'Registered Nursing/Registered Nurse' },
        { code: '51.3802', title: 'Nursing Administration' },
        { code: '51.3803', title: 'Adult Health Nurse/Nursing' },
        { code: '51.3804', title: 'Nurse Anesthetist' },
        { code: '51.3805', title: 'Family Practice Nurse/Nursing' },
        { code: '51.3806', title: 'Maternal/Child Health and Neonatal Nurse/Nursing' },
        { code: '51.3807', title: 'Nurse Midwife/Nursing Midwifery' },
        { code: '51.3808', title: 'Nursing Science' },
      ],
      total: 12,
    },
    typicalEntry: { name: "Bachelor's degree", source: ep },
  },
  demographics: {
    source: cps,
    gender: [
      { name: 'Women', share: 87.9 },
      { name: 'Men', share: 12.1 },
    ],
    medianAge: { value: 42.3, source: { name: 'BLS Current Population Survey, table 11b', year: 2025 } },
    censusGroup: { code: '3255', title: 'Registered nurses', covers: 1 },
  },
  knowledge: {
    source: onet,
    measure: 'importance',
    items: [
      { name: 'Medicine and Dentistry', value: 4.5 },
      { name: 'Psychology', value: 4.1 },
      { name: 'Customer and Personal Service', value: 4.05 },
      { name: 'English Language', value: 3.9 },
      { name: 'Biology', value: 3.7 },
      { name: 'Therapy and Counseling', value: 3.6 },
      { name: 'Education and Training', value: 3.5 },
    ],
  },
  technologies: {
    source: onet,
    items: [
      { name: 'Epic Systems', hot: true, inDemand: true },
      { name: 'Microsoft Excel', hot: true, inDemand: false },
      { name: 'Bar code reader software', hot: false, inDemand: false },
    ],
  },
  relatedRoles: ['surgeons', 'cooks'],
};

export const cooks: Role = {
  id: 'cooks-restaurant',
  title: 'Cooks, Restaurant',
  category: 'Food Preparation and Serving Related Occupations',
  socCode: '35-2014',
  pay: { source: bls, yearly: 37000, percentiles: { p10: 29000, median: 36000, p90: 48000 } },
  demographics: {
    source: cps,
    gender: [
      { name: 'Women', share: 38.1 },
      { name: 'Men', share: 61.9 },
    ],
    medianAge: { value: 31.2, source: { name: 'BLS Current Population Survey, table 11b', year: 2025 } },
    censusGroup: { code: '4020', title: 'Cooks', covers: 6 },
  },
};

/** What buildComparison needs of a catalog, holding these roles and the reference ones by id. */
export function lookupOf(roles: Role[]): { byId: Map<string, Role> } {
  return { byId: new Map(roles.map((r) => [r.id, r])) };
}
