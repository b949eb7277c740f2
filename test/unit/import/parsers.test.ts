// The issue-7 parsers on real first lines and on damaged rows: every problem is
// an ImportError naming the file and the line.
import * as assert from 'node:assert/strict';
import { parseOewsIndustries } from '../../../src/import/blsIndustry';
import { parseOewsStates } from '../../../src/import/blsState';
import { censusCodeOf, parseCensusCodes } from '../../../src/import/census';
import { parseCipSoc, relatedFields } from '../../../src/import/nces';
import { parseJobZoneReference, parseJobZones, parseKnowledge } from '../../../src/import/onet';
import { ImportError } from '../../../src/import/table';
import { readPublic } from '../../support/officialData';

/** The first lines of a real file: real rows, small input. */
const head = (folder: string, name: string, lines: number) => readPublic(folder, name).split('\n').slice(0, lines).join('\n');
const headerOf = (folder: string, name: string) => head(folder, name, 1);

function throwsAt(fn: () => unknown, file: string, line: number | undefined, pattern: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ImportError, String(err));
    assert.equal(err.file, file);
    assert.equal(err.line, line);
    assert.match(err.message, pattern);
    assert.ok(err.message.startsWith(line === undefined ? `${file}: ` : `${file}, line ${line}: `), err.message);
    return true;
  });
}

describe('OEWS state parser', () => {
  const STATE = 'oews_state_M2024_detailed.csv';

  it('reads state rows, a blank wage as unknown (never 0)', () => {
    const text = [
      headerOf('bls', STATE),
      '01,Alabama,11-1011,Chief Executives,830,99.61,207190,79.04,164400,104950,130950,221910,,0.396,0.29',
      '32,Nevada,29-1215,Family Medicine Physicians,600,,,,,,,,,0.4,0.3',
    ].join('\n');
    const states = parseOewsStates('s.csv', text);
    assert.deepEqual(states.get('11-1011'), [{ state: 'Alabama', jobs: 830, annualMean: 207190 }]);
    assert.deepEqual(states.get('29-1215'), [{ state: 'Nevada', jobs: 600, annualMean: undefined }]);
  });

  it('names the file and line of a bad state code, a bad number and a repeated row', () => {
    const header = headerOf('bls', STATE);
    throwsAt(
      () => parseOewsStates('s.csv', `${header}\nAL,Alabama,11-1011,x,830,,1,,,,,,,,`),
      's.csv',
      2,
      /"AREA" is not a state or DC FIPS code: "AL"/,
    );
    throwsAt(
      () => parseOewsStates('s.csv', `${header}\n01,Alabama,11-1011,x,830,,12O,,,,,,,,`),
      's.csv',
      2,
      /"A_MEAN" is not a number: "12O"/,
    );
    throwsAt(
      () => parseOewsStates('s.csv', `${header}\n01,Alabama,11-1011,x,1,,1,,,,,,,,\n01,Alabama,11-1011,x,1,,1,,,,,,,,`),
      's.csv',
      3,
      /11-1011 appears twice for Alabama/,
    );
    throwsAt(() => parseOewsStates('s.csv', 'AREA,OCC_CODE\n01,11-1011'), 's.csv', 1, /the header lacks "AREA_TITLE"/);
  });
});

describe('OEWS industry parser', () => {
  const FILE = 'oews_nat3d_M2024_trimmed.csv';
  const header = headerOf('bls', FILE);

  it('reads detailed rows with "**" jobs and "*" wages as unknown, and skips totals', () => {
    const map = parseOewsIndustries('i.csv', head('bls', FILE, 3));
    assert.equal(map.has('00-0000'), false);
    assert.deepEqual(map.get('11-1021'), [{ naics: '113000', title: 'Forestry and Logging', ownCode: '5', jobs: 550, annualMean: 97590 }]);
    const odd = parseOewsIndustries('i.csv', `${header}\n513000,Publishing Industries,3-digit,5,29-1141,Registered Nurses,detailed,**,*`);
    assert.deepEqual(odd.get('29-1141'), [
      { naics: '513000', title: 'Publishing Industries', ownCode: '5', jobs: undefined, annualMean: undefined },
    ]);
  });

  it('names the file and line of a bad NAICS code, an unknown ownership and an industry under two ownerships', () => {
    const row = (naics: string, own: string) => `${naics},Hospitals,3-digit,${own},29-1141,Registered Nurses,detailed,100,90000`;
    throwsAt(() => parseOewsIndustries('i.csv', `${header}\n${row('62200', '235')}`), 'i.csv', 2, /"NAICS" is not a 6-digit NAICS code/);
    throwsAt(() => parseOewsIndustries('i.csv', `${header}\n${row('622000', '9')}`), 'i.csv', 2, /unknown "OWN_CODE" "9"/);
    const twice = `${header}\n${row('622000', '235')}\n${row('622000', '5').replace('29-1141', '29-1171')}`;
    throwsAt(() => parseOewsIndustries('i.csv', twice), 'i.csv', 3, /two ownership codes; its jobs would count twice/);
  });
});

describe('Census code list', () => {
  // Lines of census/census_2018_occupation_codes.csv.
  const LINES = [
    'census_code,census_title,soc_code',
    '0900,Financial examiners,13-2061',
    '0960,Other financial specialists,13-20XX',
    '0510,"Buyers and purchasing agents, farm products",13-1021',
    '0520,"Wholesale and retail buyers, except farm products",13-1022',
    '2205,Postsecondary teachers,25-1000',
    '2330,Special education teachers,25-2050',
    '8865,Other production equipment operators and tenders,51-919X',
    '8990,Other production workers,51-91XX',
    '9830,"Military, rank not Specified",none',
  ].join('\n');
  const list = parseCensusCodes('c.csv', LINES);

  it('reads a code, a SOC group and a SOC pattern as the prefix each fixes, and keeps codes that cover no SOC occupation', () => {
    assert.deepEqual(list.byCode.get('0960'), { code: '0960', title: 'Other financial specialists', soc: '13-20XX' });
    assert.equal(list.byCode.get('9830')?.soc, 'none');
    assert.deepEqual(
      list.scopes.map((s) => s.prefix),
      ['13-1021', '13-1022', '13-2061', '25-205', '51-919', '13-20', '51-91', '25-1'],
    );
  });

  it("maps a role to the narrowest entry that holds its SOC code, as the list's patterns mean", () => {
    assert.deepEqual(censusCodeOf('13-2061', list), { code: '0900' });
    assert.deepEqual(censusCodeOf('13-2099', list), { code: '0960' }); // 13-20XX, not 13-2061
    assert.deepEqual(censusCodeOf('13-2054', list), { code: '0960' });
    assert.deepEqual(censusCodeOf('51-9141', list), { code: '8990' });
    assert.deepEqual(censusCodeOf('51-9199', list), { code: '8865' }); // 51-919X is narrower than 51-91XX
    assert.deepEqual(censusCodeOf('25-2052', list), { code: '2330' }); // the broad group 25-2050
    assert.deepEqual(censusCodeOf('25-1011', list), { code: '2205' }); // the minor group 25-1000
  });

  it('gives no code to a role the list does not reach, nor to a group the list splits between several codes', () => {
    assert.deepEqual(censusCodeOf('21-1018', list), {
      miss: 'no Census code (the Census code list maps no code, group or pattern to its SOC code)',
    });
    assert.deepEqual(censusCodeOf('13-1020', list), { miss: 'its SOC group spans several Census occupations' });
  });

  it('names the file and line of a bad Census code, a repeated code, a bad SOC scope and a scope given twice', () => {
    const head = 'census_code,census_title,soc_code\n';
    throwsAt(() => parseCensusCodes('c.csv', `${head}402,Cooks,35-2010`), 'c.csv', 2, /not a 4-digit Census code: "402"/);
    throwsAt(() => parseCensusCodes('c.csv', `${head}4020,Cooks,35-2010\n4020,Cooks,35-2010`), 'c.csv', 3, /4020 appears twice/);
    throwsAt(() => parseCensusCodes('c.csv', `${head}4020,Cooks,35-20X0`), 'c.csv', 2, /not a SOC code, group or pattern: "35-20X0"/);
    throwsAt(
      () => parseCensusCodes('c.csv', `${head}4020,Cooks,35-2010\n4030,Food preparation workers,35-201X`),
      'c.csv',
      3,
      /SOC 35-201X is also Census code 4020's/,
    );
  });
});

describe('NCES CIP–SOC parser', () => {
  const text = [
    'CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title',
    '51.3801,Registered Nursing/Registered Nurse.,29-1141,Registered Nurses',
    '51.0000,"Health Services/Allied Health/Health Sciences, General.",29-1141,Registered Nurses',
    '51.0000,"Health Services/Allied Health/Health Sciences, General.",29-1071,Physician Assistants',
    '01.0508,Taxidermy/Taxidermist.,99-9999,NO MATCH',
    '99.9999,NO MATCH,41-2031,Retail Salespersons',
  ].join('\n');

  it('lists no program for an occupation whose only row is NCES\'s "NO MATCH" (CIP 99.9999) (issue 18)', () => {
    const crosswalk = parseCipSoc('n.csv', text);
    assert.equal(crosswalk.bySoc.has('41-2031'), false);
    assert.deepEqual(relatedFields(crosswalk, '41-2031', 10), { items: [], total: 0 });
  });

  it('reads programs by occupation, skips "no match", and lists them in CIP code order with their total', () => {
    const crosswalk = parseCipSoc('n.csv', text);
    assert.equal(crosswalk.bySoc.has('99-9999'), false);
    assert.deepEqual(relatedFields(crosswalk, '29-1141', 10), {
      items: [
        { code: '51.0000', title: 'Health Services/Allied Health/Health Sciences, General' },
        { code: '51.3801', title: 'Registered Nursing/Registered Nurse' },
      ],
      total: 2,
    });
    assert.deepEqual(relatedFields(crosswalk, '29-1141', 1), {
      items: [{ code: '51.0000', title: 'Health Services/Allied Health/Health Sciences, General' }],
      total: 2,
    });
    assert.deepEqual(relatedFields(crosswalk, '47-2111', 10), { items: [], total: 0 });
  });

  it('names the file and line of a bad CIP code and a bad SOC code', () => {
    throwsAt(
      () => parseCipSoc('n.csv', `${text}\n513801,Nursing.,29-1141,Registered Nurses`),
      'n.csv',
      7,
      /not a CIP code \(NN\.NNNN\): "513801"/,
    );
    throwsAt(
      () => parseCipSoc('n.csv', `${text}\n51.3801,Nursing.,29-114,Registered Nurses`),
      'n.csv',
      7,
      /"SOC2018Code" is not a SOC code/,
    );
  });
});

describe('O*NET Knowledge and Job Zone parsers', () => {
  it('reads knowledge importance (IM) and rejects one outside 1–5', () => {
    const knowledge = parseKnowledge('Knowledge.txt', head('onet-29.3', 'Knowledge.txt', 3));
    assert.deepEqual(knowledge.get('11-1011.00'), [{ name: 'Administration and Management', importance: 4.78 }]);
    const lines = head('onet-29.3', 'Knowledge.txt', 2).split('\n');
    lines[1] = lines[1].replace('\t4.78\t', '\t7.5\t');
    throwsAt(() => parseKnowledge('k.txt', lines.join('\n')), 'k.txt', 2, /an importance must be 1–5, not "7.5"/);
  });

  it('reads Job Zones and their labels, and rejects a zone outside 1–5', () => {
    assert.equal(parseJobZones('z.txt', head('onet-29.3', 'Job Zones.txt', 2)).get('11-1011.00'), 5);
    assert.equal(
      parseJobZoneReference('r.txt', readPublic('onet-29.3', 'Job Zone Reference.txt')).get(3),
      'Job Zone Three: Medium Preparation Needed',
    );
    const bad = head('onet-29.3', 'Job Zones.txt', 3).split('\n');
    bad[2] = bad[2].replace('\t5\t', '\t7\t');
    throwsAt(() => parseJobZones('z.txt', bad.join('\n')), 'z.txt', 3, /"Job Zone" must be 1–5, not "7"/);
    throwsAt(() => parseJobZoneReference('r.txt', 'Job Zone\tName\n3\t'), 'r.txt', 2, /a Job Zone has no name/);
  });
});
