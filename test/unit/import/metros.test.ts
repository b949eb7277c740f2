// "Import OEWS Metropolitan Area Data…", the pure part: BLS's metro file (the
// zip, the workbook in it, the same table as CSV) in, the stored file out,
// and the merge into roles. The fixtures are in the published layout with
// invented figures (test/support/metroFixtures.ts): the real file is not here.
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { OEWS_TOP_CODE } from '../../../src/import/bls';
import { ImportError } from '../../../src/import/table';
import { readFirstSheet, XLSX_LIMITS } from '../../../src/import/xlsx/xlsxSheet';
import { decodeEntities, XmlScanner } from '../../../src/import/xlsx/xmlScanner';
import { METRO_SOURCE_NAME, MetroFileSchema, metroYear, rolesWithMetros, withMetros, type MetroFile } from '../../../src/metros/metroFile';
import { buildMetroFile, METRO_LIMITS } from '../../../src/metros/metroImport';
import { RoleSchema, type Role } from '../../../src/model/schema';
import {
  METRO_HEADER,
  METRO_ROWS,
  METRO_TOP_NURSES,
  metroCsv,
  metroWorkbook,
  metroZip,
  NURSE_ROWS,
  sheetParts,
  workbookOf,
  type Cell,
} from '../../support/metroFixtures';
import { nurses } from '../../support/officialRoles';

/** The ImportError's message, or fails. */
async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (err) {
    assert.ok(err instanceof ImportError, `an ImportError, not ${String(err)}`);
    return err.message;
  }
  assert.fail('expected the import to be refused');
}

const withRow = (row: Cell[]) => [...METRO_ROWS, row];
const nurseRow = (change: Partial<Record<string, Cell>>): Cell[] =>
  METRO_HEADER.map((column, i) => (column in change ? change[column]! : NURSE_ROWS[0][i]));

describe('metro areas: reading BLS metro file', () => {
  let fromXlsx: MetroFile;

  before(async () => {
    fromXlsx = await buildMetroFile('MSA_M2024_dl.xlsx', metroWorkbook());
  });

  it('ranks each occupation’s metropolitan areas by annual mean, at most ten, the highest first', () => {
    const rn = fromXlsx.occupations['29-1141'];
    assert.deepEqual(
      rn.highestPaying.map((p) => p.name),
      METRO_TOP_NURSES,
    );
    assert.deepEqual(rn.highestPaying[0], { name: 'San Jose-Sunnyvale-Santa Clara, CA', annualMean: 181200, jobs: 16110 });
    assert.equal(rn.areas, 12, 'twelve metro areas have a row (the nonmetropolitan area is not one)');
    assert.equal(rn.withoutWage, 1);
  });

  it('names the source and year, the file and how many metro areas it covers', () => {
    assert.deepEqual(fromXlsx.source, { name: METRO_SOURCE_NAME, year: 2024 });
    assert.equal(fromXlsx.file, 'MSA_M2024_dl.xlsx');
    assert.equal(fromXlsx.areas, 12);
    assert.ok(MetroFileSchema.safeParse(fromXlsx).success);
  });

  it('leaves out nonmetropolitan areas, which are not cities', () => {
    const names = Object.values(fromXlsx.occupations).flatMap((o) => o.highestPaying.map((p) => p.name));
    assert.ok(!names.some((n) => /nonmetropolitan/.test(n)));
  });

  it('leaves out rows that are not detailed occupations', () => {
    assert.deepEqual(Object.keys(fromXlsx.occupations).sort(), ['11-1011', '27-2011', '29-1141']);
  });

  it('reads "#" as a wage at or above the top-coded limit, ranked above an equal figure', () => {
    const ceo = fromXlsx.occupations['11-1011'];
    assert.deepEqual(ceo.highestPaying[0], {
      name: 'Austin-Round Rock-San Marcos, TX',
      annualMean: { atLeast: OEWS_TOP_CODE.annual },
      jobs: 1230,
    });
    assert.equal(ceo.highestPaying[1].annualMean, 229840);
  });

  it('keeps "*" and "**" blank, never zero, and says why a list is empty', () => {
    const anchorage = fromXlsx.occupations['29-1141'].highestPaying.find((p) => p.name === 'Anchorage, AK');
    assert.equal(anchorage, undefined, 'an area without a published wage is not ranked');
    const actors = fromXlsx.occupations['27-2011'];
    assert.deepEqual(actors, { highestPaying: [], areas: 1, withoutWage: 1, gap: 'hourlyOnly' });
    const noJobs = fromXlsx.occupations['29-1141'].highestPaying.every((p) => p.jobs === undefined || p.jobs > 0);
    assert.ok(noJobs);
  });

  it('reads BLS’s zip (the workbook in its folder) and the same table as CSV to the same figures', async () => {
    const zipped = await buildMetroFile('oesm24ma.zip', metroZip());
    assert.deepEqual(zipped.occupations, fromXlsx.occupations);
    assert.equal(zipped.file, 'oesm24ma.zip');
    assert.equal(zipped.source.year, 2024);
    const csv = await buildMetroFile('metro.csv', strToU8(metroCsv()));
    assert.deepEqual(csv.occupations, fromXlsx.occupations);
    assert.equal(csv.source.year, null, 'a name without the year says none');
  });

  it('reads the year from BLS’s names', () => {
    assert.equal(metroYear(['MSA_M2024_dl.xlsx']), 2024);
    assert.equal(metroYear(['oesm23ma.zip']), 2023);
    assert.equal(metroYear(['metro.csv']), null);
  });

  it('reads inline strings, cells without references and entities as a workbook may hold them', async () => {
    const header = METRO_HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('');
    const row = NURSE_ROWS[0].map((v) => {
      if (typeof v === 'number') return `<c><v>${v}</v></c>`;
      const text = v.replace('&', '&amp;').replace('-', '&#x2D;');
      return `<c t="inlineStr"><is><r><t>${text}</t></r><rPh><t>ignored</t></rPh></is></c>`;
    });
    const sheet =
      '<x:worksheet xmlns:x="main"><!-- written by hand --><x:sheetData>' +
      `<x:row>${header}</x:row><x:row>${row.join('')}</x:row></x:sheetData></x:worksheet>`;
    const file = await buildMetroFile('MSA_M2024_dl.xlsx', workbookOf({ sheet }));
    assert.deepEqual(file.occupations['29-1141'].highestPaying, [
      { name: 'Austin-Round Rock-San Marcos, TX', annualMean: 98760, jobs: 14230 },
    ]);
  });

  it('reads a large sheet as it unpacks, row by row', async () => {
    const rows: Cell[][] = [METRO_HEADER];
    for (let i = 0; i < 5000; i++) rows.push(nurseRow({ AREA: String(10000 + i), AREA_TITLE: `Area ${i}, TX`, A_MEAN: 50000 + i }));
    let seen = 0;
    await readFirstSheet('big.xlsx', metroWorkbook(rows), () => seen++);
    assert.equal(seen, 5001);
    const file = await buildMetroFile('big.xlsx', metroWorkbook(rows));
    assert.equal(file.occupations['29-1141'].highestPaying[0].name, 'Area 4999, TX');
    assert.equal(file.occupations['29-1141'].areas, 5000);
  });
});

describe('metro areas: damaged and hostile input', () => {
  it('names the file and the row of a figure that is not a number', async () => {
    const message = await refusal(buildMetroFile('MSA_M2024_dl.xlsx', metroWorkbook(withRow(nurseRow({ AREA: '99999', A_MEAN: 'lots' })))));
    assert.equal(message, `MSA_M2024_dl.xlsx, row ${METRO_ROWS.length + 1}: "A_MEAN" is not a number: "lots"`);
    const csv = await refusal(buildMetroFile('metro.csv', strToU8(metroCsv(withRow(nurseRow({ AREA: '99999', TOT_EMP: '12x' }))))));
    assert.equal(csv, `metro.csv, line ${METRO_ROWS.length + 1}: "TOT_EMP" is not a number: "12x"`);
  });

  it('names a missing column', async () => {
    const rows = METRO_ROWS.map((r) => r.filter((_, i) => METRO_HEADER[i] !== 'AREA_TYPE'));
    const message = await refusal(buildMetroFile('MSA_M2024_dl.xlsx', metroWorkbook(rows)));
    assert.equal(message, 'MSA_M2024_dl.xlsx, row 1: the header lacks "AREA_TYPE" — is this the right file?');
  });

  it('names the workbook inside BLS’s zip', async () => {
    const bad = metroZip(metroWorkbook(withRow(nurseRow({ AREA: '99999', OCC_CODE: 'nurse' }))));
    const message = await refusal(buildMetroFile('oesm24ma.zip', bad));
    assert.equal(message, `MSA_M2024_dl.xlsx (in oesm24ma.zip), row ${METRO_ROWS.length + 1}: "OCC_CODE" is not a SOC code: "nurse"`);
  });

  it('refuses a duplicate row, a negative wage and a hidden character in an area name', async () => {
    const twice = await refusal(buildMetroFile('m.xlsx', metroWorkbook(withRow(NURSE_ROWS[0]))));
    assert.match(twice, /^m\.xlsx, row 20: 29-1141 appears twice for Austin-Round Rock-San Marcos, TX$/);
    assert.match(
      await refusal(buildMetroFile('m.xlsx', metroWorkbook(withRow(nurseRow({ AREA: '1', A_MEAN: -5 }))))),
      /"A_MEAN" is negative/,
    );
    const bidi = nurseRow({ AREA: '2', AREA_TITLE: 'Austin\u202e, TX' });
    assert.match(
      await refusal(buildMetroFile('m.xlsx', metroWorkbook(withRow(bidi)))),
      /row 20: "AREA_TITLE" is empty, too long or holds control/,
    );
  });

  it('refuses a file that is not a zip, a workbook or a CSV, and a zip without the metro workbook', async () => {
    const text = await refusal(buildMetroFile('notes.txt', strToU8('hello there')));
    assert.match(text, /^notes\.txt: not a zip, an Excel workbook \(\.xlsx\) or a CSV file \(it starts with "hello there"\)/);
    const other = zipSync({ 'readme.txt': strToU8('x') });
    assert.match(await refusal(buildMetroFile('other.zip', other)), /^other\.zip: the zip holds no MSA_M…_dl\.xlsx/);
    const truncated = metroZip().subarray(0, 2000);
    assert.match(await refusal(buildMetroFile('oesm24ma.zip', truncated)), /^oesm24ma\.zip: the zip archive is incomplete or damaged/);
  });

  it('refuses a file with no metropolitan area (only nonmetropolitan areas, say)', async () => {
    const rows = [METRO_HEADER, nurseRow({ AREA_TYPE: 6 })];
    const message = await refusal(buildMetroFile('m.xlsx', metroWorkbook(rows)));
    assert.match(message, /^m\.xlsx: no detailed occupation in any metropolitan statistical area \(AREA_TYPE 4\) \(1 rows of other/);
  });

  it('stops a zip bomb: a worksheet that unpacks past the limit, counted as it unpacks', async () => {
    const { sheet, strings } = sheetParts(METRO_ROWS);
    const padded = sheet.replace('<sheetData>', `<sheetData>${' '.repeat(3_000_000)}`);
    const bomb = workbookOf({ sheet: padded, strings });
    assert.ok(bomb.length < 100_000, `${bomb.length} bytes packed`);
    const limits = { ...METRO_LIMITS, sheetBytes: 1024 * 1024 };
    const message = await refusal(buildMetroFile('bomb.xlsx', bomb, undefined, limits));
    assert.match(
      message,
      /^bomb\.xlsx: xl\/worksheets\/sheet1\.xml: "xl\/worksheets\/sheet1\.xml" in the zip archive unpacks to more than 1\.0 MB/,
    );
  });

  it('stops a sheet with more rows or columns than a workbook may hold', async () => {
    const rows = await refusal(buildMetroFile('m.xlsx', metroWorkbook(), undefined, { ...METRO_LIMITS, rows: 5 }));
    assert.equal(rows, 'm.xlsx, row 6: more than 5 rows');
    const wide = `<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`;
    assert.match(await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet: wide }))), /row 1: a cell past column 16,384/);
  });

  it('refuses XML entity tricks: a DOCTYPE, an undefined entity', async () => {
    const { sheet, strings } = sheetParts(METRO_ROWS);
    const laughs = strings.replace('<sst', '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><sst');
    const doctype = await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet, strings: laughs })));
    assert.match(doctype, /^m\.xlsx: xl\/sharedStrings\.xml: a DOCTYPE or other declaration: refused/);
    const entity = strings.replace('<t>AREA</t>', '<t>&lol2;</t>');
    assert.match(await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet, strings: entity }))), /the entity "&lol2;" is not defined/);
    assert.throws(() => decodeEntities('&#0;'), /not a character XML allows/);
    assert.equal(decodeEntities('a &lt;b&gt; &amp; &#233;&#x4E2D;'), 'a <b> & é中');
  });

  it('refuses damaged XML and a workbook without its parts', async () => {
    const { sheet, strings } = sheetParts(METRO_ROWS);
    const cut = await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet: sheet.slice(0, -40), strings })));
    assert.match(cut, /^m\.xlsx: xl\/worksheets\/sheet1\.xml: the XML ends before <\//);
    const noSheets = '<workbook><sheets></sheets></workbook>';
    assert.match(await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet: '<worksheet/>', workbook: noSheets }))), /lists no worksheet/);
    const missingString = '<worksheet><sheetData><row r="1"><c t="s"><v>7</v></c></row></sheetData></worksheet>';
    assert.match(await refusal(buildMetroFile('m.xlsx', workbookOf({ sheet: missingString }))), /row 1: a shared string \("7"\)/);
  });

  it('caps one tag or text and the nesting depth', () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} }, 100, 3);
    assert.throws(() => scanner.write(`<a>${'x'.repeat(200)}`), /more than 100 characters/);
    const deep = new XmlScanner({ open() {}, close() {}, text() {} }, 100, 3);
    assert.throws(() => deep.write('<a><b><c><d>'), /nested more than 3 deep/);
  });

  it('keeps the caps the import runs with', () => {
    assert.equal(XLSX_LIMITS.rows, 1_048_576);
    assert.equal(XLSX_LIMITS.columns, 16_384);
  });
});

describe('metro areas: the merge into roles', () => {
  let metros: MetroFile;
  before(async () => {
    metros = await buildMetroFile('oesm24ma.zip', metroZip());
  });

  it('gives an official role its metro figures by SOC code, valid for the role schema', () => {
    const role = withMetros(nurses, metros);
    assert.equal(role.metros?.highestPaying[0].name, 'San Jose-Sunnyvale-Santa Clara, CA');
    assert.deepEqual(role.metros?.source, { name: 'BLS OEWS, metropolitan area estimates', year: 2024 });
    assert.ok(RoleSchema.safeParse(role).success);
    assert.equal(withMetros(nurses, undefined), nurses, 'nothing imported: the role as it was');
  });

  it('gives an occupation the file has no row for an empty block, so the comparison can say so', () => {
    const other: Role = { ...nurses, id: 'x', socCode: '47-2061' };
    assert.deepEqual(withMetros(other, metros).metros, { source: metros.source, highestPaying: [], areas: 0, withoutWage: 0 });
  });

  it('leaves a role its own figures and a role without a SOC code as it is', () => {
    const own: Role = { ...nurses, pay: { ...nurses.pay!, highestPayingCity: 'Springfield' } };
    assert.equal(withMetros(own, metros), own);
    const { socCode: _, ...noCode } = nurses;
    assert.equal(withMetros(noCode, metros), noCode);
  });

  it('counts the roles that get figures', () => {
    assert.equal(rolesWithMetros(metros, [{ socCode: '29-1141' }, { socCode: '27-2011' }, { socCode: '11-1011.00' }, {}]), 2);
  });
});
