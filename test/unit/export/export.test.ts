import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { buildComparison } from '../../../src/compare/buildComparison';
import { comparisonCsv, csvField, neutraliseFormula } from '../../../src/export/csv';
import { exportFileName, formatOfFileName } from '../../../src/export/formats';
import type { Section } from '../../../src/protocol/comparisonView';
import { comparisonJson, JSON_FORMAT } from '../../../src/export/json';
import { comparisonMarkdown, escapeInline, escapeParagraph } from '../../../src/export/markdown';
import { ONET_ATTRIBUTION } from '../../../src/model/attribution';
import type { ComparisonView } from '../../../src/protocol/comparisonView';
import { leadTechnician, technicalManager } from '../../support/referenceFigures';
import { lookupOf, nurses, surgeons } from '../../support/officialRoles';
import { loadBundledCatalog } from '../../support/roles';
import { REFERENCE_CSV, REFERENCE_MARKDOWN } from './referenceExports';

const catalog = loadBundledCatalog();
const reference = buildComparison([catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!]);
const official = buildComparison([nurses, surgeons], lookupOf([nurses, surgeons]));

/** A one-section comparison whose role titles and figures are whatever a hostile file holds. */
function hostileView(titles: string[], figures: (string | null)[]): ComparisonView {
  return {
    title: titles.join(' vs '),
    roles: titles.map((title, i) => ({ id: `role-${i}`, title })),
    headline: [],
    announcement: '',
    sections: [
      {
        kind: 'table',
        id: 'overview',
        title: 'Overview',
        sources: ['Their role file'],
        rows: [{ label: 'Yearly salary', cells: figures.map((text) => ({ text })) }],
      },
    ],
  };
}

describe('export of the reference comparison', () => {
  it('writes the exact Markdown', () => {
    assert.equal(comparisonMarkdown(reference), `${REFERENCE_MARKDOWN.join('\n')}\n`);
  });

  it('writes the exact CSV: RFC 4180 records, CRLF line ends', () => {
    assert.equal(comparisonCsv(reference), `${REFERENCE_CSV.join('\r\n')}\r\n`);
  });

  it('keeps every figure of the reference page in Markdown and CSV', () => {
    const markdown = comparisonMarkdown(reference);
    const cells = (parse(comparisonCsv(reference)) as string[][]).flat().join('\n');
    for (const role of [technicalManager, leadTechnician]) {
      for (const figure of role.figures) {
        assert.ok(markdown.includes(figure), `Markdown has ${figure}`);
        assert.ok(cells.includes(figure), `CSV has ${figure}`);
      }
      for (const [skill, share] of role.skills) assert.ok(markdown.includes(`${skill}: ${share}`), `${skill}: ${share}`);
    }
  });

  it('CSV parses back into equal-length records with the figures as shown', () => {
    const records = parse(comparisonCsv(reference)) as string[][];
    assert.ok(records.every((r) => r.length === 4));
    assert.deepEqual(records[0], ['Section', 'Row', 'Technical Manager', 'Lead Technician']);
    assert.deepEqual(
      records.find((r) => r[1] === 'Salary range'),
      ['Salary', 'Salary range', '$84,000 – $161,000', '$67,000 – $121,000'],
    );
    assert.deepEqual(
      records.find((r) => r[1] === 'Job satisfaction'),
      ['Overview', 'Job satisfaction', '— no data', '— no data'],
    );
  });

  it('writes JSON with "no data" as null, the sources and the notes', () => {
    const text = comparisonJson(reference);
    const json = JSON.parse(text) as {
      format: string;
      version: number;
      roles: { id: string; title: string }[];
      sections: { id: string; rows: { label: string; cells: (string | null)[] }[]; notes: string[]; sources: string[] }[];
      attributions: string[];
    };
    assert.equal(text, `${JSON.stringify(json, null, 2)}\n`);
    assert.equal(json.format, JSON_FORMAT);
    assert.equal(json.version, 1);
    assert.deepEqual(json.roles, [
      { id: 'technical-manager', title: 'Technical Manager' },
      { id: 'lead-technician', title: 'Lead Technician' },
    ]);
    const overview = json.sections[0];
    assert.deepEqual(overview.rows.slice(0, 5), [
      { label: 'Yearly salary', cells: ['$116,619', '$90,615'] },
      { label: 'Hourly rate', cells: ['$56.07', '$43.56'] },
      { label: 'Growth rate', cells: ['8%', '10%'] },
      { label: 'Number of jobs', cells: ['116,732', '250,590'] },
      { label: 'Job satisfaction', cells: [null, null] },
    ]);
    assert.deepEqual(overview.notes, ['Job satisfaction: No official US source publishes job satisfaction by occupation.']);
    assert.deepEqual(overview.sources, ['Reference comparison page, year not stated']);
    assert.deepEqual(json.attributions, []);
    assert.deepEqual(
      json.sections.map((s) => s.id),
      ['overview', 'description', 'salary', 'education', 'demographics', 'responsibilities', 'skills'],
    );
  });
});

describe('export of official roles', () => {
  it('carries the O*NET attribution once, at the end, in every format', () => {
    const markdown = comparisonMarkdown(official);
    assert.ok(markdown.endsWith(`${escapeParagraph(ONET_ATTRIBUTION)}\n`));
    assert.equal(markdown.split('CC BY 4.0').length, 2);
    const records = parse(comparisonCsv(official)) as string[][];
    assert.deepEqual(
      records.filter((r) => r[0] === 'Attribution').map((r) => r[2]),
      [ONET_ATTRIBUTION],
    );
    assert.deepEqual((JSON.parse(comparisonJson(official)) as { attributions: string[] }).attributions, [ONET_ATTRIBUTION]);
  });

  it('keeps a role with no figures in a list section as "no data", not as an empty list', () => {
    const records = parse(comparisonCsv(official)) as string[][];
    const knowledge = records.filter((r) => r[0] === 'Knowledge' && /^\d+$/.test(r[1]));
    assert.equal(knowledge[0][3], '— no data');
    assert.ok(knowledge.slice(1).every((r) => r[3] === ''));
  });
});

describe('CSV formula neutralisation', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

  it('a title or figure from a file never reaches a spreadsheet as a formula', () => {
    const records = parse(comparisonCsv(hostileView(hostile.slice(0, 3), hostile.slice(3)))) as string[][];
    for (const cell of records.flat()) assert.ok(!/^[=+\-@\t\r]/.test(cell), `neutralised: ${JSON.stringify(cell)}`);
    assert.deepEqual(records[0], ['Section', 'Row', ...hostile.slice(0, 3).map((t) => `'${t}`)]);
    assert.deepEqual(records[1], ['Overview', 'Yearly salary', ...hostile.slice(3).map((t) => `'${t}`)]);
  });

  it('leaves plain numbers, negative ones included, readable', () => {
    for (const n of ['-3%', '-1,200', '+0.5', '-$4,100', '-12.75', '42', '$90,615']) assert.equal(neutraliseFormula(n), n);
    for (const f of ['-3%+1', '-1,200)', '=1', '-A1', '+', '-', '@']) assert.equal(neutraliseFormula(f), `'${f}`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\r\nlf'), '"cr\r\nlf"');
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('=1,2'), `"'=1,2"`);
  });

  it('a hostile title with quotes and line breaks survives a round trip', () => {
    const title = 'Nurse, "Head"\r\nof =Ward';
    const records = parse(comparisonCsv(hostileView([title], [null]))) as string[][];
    assert.equal(records[0][2], title);
    assert.equal(records[1][2], '— no data');
  });
});

describe('Markdown escaping', () => {
  it('a title with pipes and line breaks cannot break the table', () => {
    const markdown = comparisonMarkdown(hostileView(['A | B\nC', '<img src=x onerror=alert(1)>'], ['$1|2', null]));
    const table = markdown.split('\n').filter((l) => l.startsWith('|'));
    // Every row has exactly four unescaped pipes: three columns.
    for (const line of table) assert.equal(line.split(/(?<!\\)\|/).length - 1, 4, line);
    assert.ok(table[0].includes('A \\| B C'));
    assert.ok(!/(?<!\\)<img/.test(markdown), 'no unescaped HTML');
    assert.ok(table[2].endsWith('| $1\\|2 | — no data |'));
  });

  it('escapes emphasis, links and code, and a leading block marker in a paragraph', () => {
    assert.equal(escapeInline('O*NET [x](y) `z` _w_'), 'O\\*NET \\[x\\](y) \\`z\\` \\_w\\_');
    assert.equal(escapeParagraph('# not a heading'), '\\# not a heading');
    assert.equal(escapeParagraph('1. not a list'), '1\\. not a list');
    assert.equal(escapeParagraph('- not a list'), '\\- not a list');
    assert.equal(escapeParagraph('plain'), 'plain');
  });
});

describe('export file names', () => {
  it('names the file after the roles, and reads the format from the extension', () => {
    const roles = [
      { id: 'technical-manager', title: 'Technical Manager' },
      { id: 'lead-technician', title: 'Lead Technician' },
    ];
    assert.equal(
      exportFileName({ roles, title: 'Technical Manager vs Lead Technician', sections: [] }, 'csv'),
      'technical-manager-vs-lead-technician.csv',
    );
    const from = { id: 'electricians', title: 'Electricians' };
    const to = { id: 'construction-managers', title: 'Construction Managers' };
    const routes: Section = { kind: 'routes', id: 'routes', title: 'Routes', sources: [], from, to, routes: [] };
    assert.equal(
      exportFileName({ roles: [from, to], title: 'Paths from Electricians to Construction Managers', sections: [routes] }, 'markdown'),
      'paths-from-electricians-to-construction-managers.md',
    );
    assert.equal(formatOfFileName('/tmp/x.MD'), 'markdown');
    assert.equal(formatOfFileName('/tmp/x.markdown'), 'markdown');
    assert.equal(formatOfFileName('/tmp/x.json'), 'json');
    assert.equal(formatOfFileName('/tmp/x.csv'), 'csv');
    assert.equal(formatOfFileName('/tmp/x.txt'), undefined);
    assert.equal(formatOfFileName('/tmp/noext'), undefined);
  });
});
