// The figures of ../shared/reference/technical-manager-vs-lead-technician.txt,
// per role, as they must appear in a comparison. A unit test checks this list
// against the reference text itself, so it cannot drift from the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_PAGE = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'technical-manager-vs-lead-technician.txt');

export function readReferencePage(): string {
  return readFileSync(REFERENCE_PAGE, 'utf8');
}

export interface RoleFigures {
  id: string;
  title: string;
  figures: string[];
  skills: [string, string][];
}

export const technicalManager: RoleFigures = {
  id: 'technical-manager',
  title: 'Technical Manager',
  figures: [
    '$116,619',
    '$56.07',
    '8%',
    '116,732',
    "Bachelor's Degree, 61%",
    '40',
    '2',
    '$84,000',
    '$161,000',
    'San Francisco, CA',
    'California',
    'A.T. Kearney',
    'Manufacturing',
    'Business',
    'Carnegie Mellon University',
    '83.7%',
    '16.3%',
    '8.0%',
    '5.6%',
    '14.6%',
    '6.4%',
    '65.2%',
    '0.2%',
    '14%',
  ],
  skills: [
    ['Project Management', '7%'],
    ['Infrastructure', '6%'],
    ['Architecture', '6%'],
    ['Java', '5%'],
    ['Customer Service', '5%'],
    ['Emerging Technologies', '4%'],
  ],
};

export const leadTechnician: RoleFigures = {
  id: 'lead-technician',
  title: 'Lead Technician',
  figures: [
    '$90,615',
    '$43.56',
    '10%',
    '250,590',
    "Bachelor's Degree, 50%",
    '42',
    '2',
    '$67,000',
    '$121,000',
    'San Francisco, CA',
    'California',
    'Meta',
    'Retail',
    'Computer Science',
    'Massachusetts Institute of Technology',
    '83.4%',
    '16.6%',
    '10.4%',
    '5.3%',
    '15.1%',
    '53.6%',
    '0.4%',
    '11%',
  ],
  skills: [
    ['Java', '10%'],
    ['Architecture', '7%'],
    ['Digital Transformation', '6%'],
    ['Customer Service', '6%'],
    ['Database', '4%'],
    ['HTML', '3%'],
  ],
};

/** Race groups, in the page's order, with each role's share. */
export const raceGroups = [
  'Black or African American',
  'Unknown',
  'Hispanic or Latino',
  'Asian',
  'White',
  'American Indian and Alaska Native',
];
