import * as assert from 'node:assert/strict';
import { buildComparison, PICKER_SIZE, pickerOptions, pickerSize, whatDoes } from '../../src/compare/buildComparison';
import type { Role } from '../../src/model/schema';
import type { ComparisonView, Section } from '../../src/protocol/comparisonView';
import { ComparisonViewSchema } from '../../src/protocol/comparisonView';
import { leadTechnician, readReferencePage, technicalManager, type RoleFigures } from '../support/referenceFigures';
import { loadBundledCatalog } from '../support/roles';

/** Every text a role's column shows, across all sections. */
function columnTexts(view: ComparisonView, column: number): string[] {
  const out: string[] = [];
  for (const s of view.sections) {
    if (s.kind === 'table') {
      for (const row of s.rows) {
        const cell = row.cells[column];
        if (cell.text) out.push(cell.text);
        for (const bar of cell.bars ?? []) out.push(bar.label, bar.text);
      }
    } else if (s.kind === 'bars') {
      for (const bar of s.groups[column].bars) out.push(bar.label, bar.text);
    }
  }
  return out;
}

function section<K extends Section['kind']>(view: ComparisonView, id: string): Extract<Section, { kind: K }> {
  const found = view.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id}`);
  return found as Extract<Section, { kind: K }>;
}

describe('comparison of the reference roles', () => {
  const catalog = loadBundledCatalog();
  const tm = catalog.byId.get('technical-manager')!;
  const lt = catalog.byId.get('lead-technician')!;
  const view = buildComparison([tm, lt]);

  it('is a valid view for the bridge, titled "A vs B"', () => {
    ComparisonViewSchema.parse(view);
    assert.equal(view.title, 'Technical Manager vs Lead Technician');
  });

  it('has every section of the reference page in its order', () => {
    assert.deepEqual(
      view.sections.map((s) => s.id),
      ['overview', 'description', 'salary', 'education', 'demographics', 'responsibilities', 'skills'],
    );
    assert.deepEqual(
      section<'table'>(view, 'overview').rows.map((r) => r.label),
      [
        'Yearly salary',
        'Hourly rate',
        'Growth rate',
        'Number of jobs',
        'Job satisfaction',
        'Most common degree',
        'Average age',
        'Years of experience',
      ],
    );
    assert.deepEqual(
      section<'table'>(view, 'salary').rows.map((r) => r.label),
      ['Average salary', 'Salary range', 'Highest paying city', 'Highest paying state', 'Best paying company', 'Best paying industry'],
    );
    assert.deepEqual(
      section<'table'>(view, 'education').rows.map((r) => r.label),
      ['Most common degree', 'Most common major', 'Most common college'],
    );
    assert.deepEqual(
      section<'table'>(view, 'demographics').rows.map((r) => r.label),
      ['Average age', 'Gender ratio', 'Race ratio', 'LGBT percentage'],
    );
  });

  for (const [index, expected] of [technicalManager, leadTechnician].entries() as Iterable<[number, RoleFigures]>) {
    it(`shows every figure of the reference page for ${expected.title}`, () => {
      const texts = columnTexts(view, index).join('\n');
      for (const figure of expected.figures) assert.ok(texts.includes(figure), `${expected.title}: missing ${figure}`);
      const skills = section<'bars'>(view, 'skills').groups[index].bars.map((b) => [b.label, b.text]);
      assert.deepEqual(skills, expected.skills);
    });
  }

  it('writes the reference page figures exactly as the page prints them', () => {
    const overview = section<'table'>(view, 'overview');
    const cellText = (label: string) => overview.rows.find((r) => r.label === label)!.cells.map((c) => c.text);
    assert.deepEqual(cellText('Yearly salary'), ['$116,619', '$90,615']);
    assert.deepEqual(cellText('Hourly rate'), ['$56.07', '$43.56']);
    assert.deepEqual(cellText('Growth rate'), ['8%', '10%']);
    assert.deepEqual(cellText('Number of jobs'), ['116,732', '250,590']);
    assert.deepEqual(cellText('Most common degree'), ["Bachelor's Degree, 61%", "Bachelor's Degree, 50%"]);
    assert.deepEqual(cellText('Average age'), ['40', '42']);
    assert.deepEqual(cellText('Years of experience'), ['2', '2']);
    const race = section<'table'>(view, 'demographics').rows.find((r) => r.label === 'Race ratio')!;
    assert.equal(
      race.cells[0].text,
      'Black or African American, 8.0% Unknown, 5.6% Hispanic or Latino, 14.6% Asian, 6.4% White, 65.2% American Indian and Alaska Native, 0.2%',
    );
    assert.equal(race.cells[1].bars!.length, 6);
  });

  it('checks the figure list against the reference text itself', () => {
    const page = readReferencePage();
    const tokens = page.match(/\$\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?%/g)!;
    const known = new Set([
      ...technicalManager.figures,
      ...leadTechnician.figures,
      ...[...technicalManager.skills, ...leadTechnician.skills].map(([, v]) => v),
    ]);
    for (const token of tokens) {
      const plain = token.replace(/^(\$[\d,]+)\.00$/, '$1');
      assert.ok(known.has(plain) || known.has(`Bachelor's Degree, ${plain}`), `figure on the page not covered: ${token}`);
    }
  });

  it('shows a lacking figure as no data, never as zero', () => {
    const satisfaction = section<'table'>(view, 'overview').rows.find((r) => r.label === 'Job satisfaction')!;
    assert.deepEqual(satisfaction.cells, [{ text: null }, { text: null }]);
  });

  it('names the source and year of every section, and needs no licence statement', () => {
    for (const s of view.sections) {
      assert.equal(s.attribution, undefined);
      assert.ok(s.sources.length >= 1, s.id);
      for (const line of s.sources) assert.match(line, /^[^:]+, (\d{4}|year not stated)$/);
    }
  });

  it('keeps the first few responsibilities visible and the rest behind Show more', () => {
    const lists = section<'list'>(view, 'responsibilities').lists;
    assert.equal(lists[0].heading, 'Technical Manager example responsibilities');
    assert.ok(lists[0].items.length > lists[0].initiallyShown);
    assert.deepEqual(lists[1].items, lt.responsibilities!.items);
  });

  it('puts the description of each role under "What does a … do?"', () => {
    const blocks = section<'text'>(view, 'description').blocks;
    assert.deepEqual(
      blocks.map((b) => b.heading),
      ['What does a Technical Manager do?', 'What does a Lead Technician do?'],
    );
    assert.equal(blocks[1].text, lt.description!.text);
  });

  it('draws shares of both roles on one scale, with the number on each bar', () => {
    const groups = section<'bars'>(view, 'skills').groups;
    const maxes = new Set(groups.flatMap((g) => g.bars.map((b) => b.max)));
    assert.deepEqual([...maxes], [10]);
  });
});

describe('picker options', () => {
  const roles: Role[] = Array.from({ length: 100 }, (_, i) => ({
    id: `r${String(i).padStart(3, '0')}`,
    title: `Role ${String(i).padStart(3, '0')}`,
    category: i < 90 ? 'Big' : 'Small',
  }));

  it("offers a window of the shown role's category plus the other columns' roles", () => {
    const [big, small] = pickerOptions([roles[50], roles[95]], roles);
    assert.equal(big.options.length, PICKER_SIZE + 1);
    assert.ok(big.options.some((o) => o.id === 'r050') && big.options.some((o) => o.id === 'r095'));
    assert.deepEqual(
      small.options.map((o) => o.id),
      ['r050', 'r090', 'r091', 'r092', 'r093', 'r094', 'r095', 'r096', 'r097', 'r098', 'r099'],
    );
  });

  it('shares the same number of options out among three or four pickers', () => {
    assert.deepEqual([1, 2, 3, 4].map(pickerSize), [PICKER_SIZE, PICKER_SIZE, 40, 30]);
    const four = pickerOptions([roles[10], roles[50], roles[80], roles[95]], roles);
    // A window of 30 of its category, plus the three roles of the other columns not in it.
    assert.equal(four[1].options.length, 30 + 3);
    assert.ok(four[1].options.some((o) => o.id === 'r050'));
  });

  it('keeps the window inside the category at its ends', () => {
    const [first] = pickerOptions([roles[0]], roles);
    assert.equal(first.options[0].id, 'r000');
    assert.equal(first.options.length, PICKER_SIZE);
  });
});

describe('comparison of roles with partial data', () => {
  const sparse: Role = { id: 'new-role', title: 'Electricians', category: 'Construction and Extraction Occupations' };
  const official: Role = {
    id: 'nurse',
    title: 'Registered Nurses',
    category: 'Healthcare Practitioners and Technical Occupations',
    socCode: '29-1141',
    pay: {
      source: { name: 'BLS OEWS', year: 2024 },
      yearly: 98430,
      yearlyMedian: 93600,
      range: { low: 66030, high: { atLeast: 239200 }, label: '10th–90th percentile' },
    },
    skills: { source: { name: 'O*NET 29.3', year: 2025 }, measure: 'importance', items: [{ name: 'Active Listening', value: 4.12 }] },
  };

  it('builds a role page for a single role', () => {
    const view = buildComparison([official]);
    assert.equal(view.title, 'Registered Nurses');
    assert.deepEqual(view.headline, []);
  });

  it('shows missing sections as no data and adds rows only some roles have', () => {
    const view = buildComparison([official, sparse]);
    const salary = section<'table'>(view, 'salary');
    const median = salary.rows.find((r) => r.label === 'Median salary')!;
    assert.deepEqual(
      median.cells.map((c) => c.text),
      ['$93,600', null],
    );
    const range = salary.rows.find((r) => r.label === 'Salary range')!;
    assert.equal(range.cells[0].text, '$66,030 – ≥ $239,200');
    assert.match(range.cells[0].note!, /10th–90th percentile/);
    assert.deepEqual(view.sections.find((s) => s.id === 'overview')!.sources, [
      'BLS OEWS, 2024 (Registered Nurses)',
      'Electricians: no data',
    ]);
    assert.match(section<'text'>(view, 'description').hint!, /Download O\*NET Descriptions.*Import O\*NET Database/);
    assert.equal(section<'text'>(view, 'description').action, 'downloadDescriptions');
    assert.equal(section<'list'>(view, 'responsibilities').action, 'downloadDescriptions');
  });

  it("carries O*NET's CC BY 4.0 attribution with the sections its figures are in, and only there", () => {
    const view = buildComparison([official, sparse]);
    assert.match(section<'bars'>(view, 'skills').attribution!, /O\*NET 29\.3 Database .* CC BY 4\.0/);
    assert.equal(section<'table'>(view, 'salary').attribution, undefined);
  });

  it('labels importance scores as importance, not as a share', () => {
    const bars = section<'bars'>(buildComparison([official, sparse]), 'skills').groups;
    assert.match(bars[0].measure, /Importance/);
    assert.deepEqual(bars[0].bars[0], {
      label: 'Active Listening',
      value: 4.12,
      max: 5,
      text: '4.12',
      spoken: 'Active Listening: importance 4.12 of 5',
    });
    assert.deepEqual(bars[1].bars, []);
  });

  it('rejects an empty or oversized comparison', () => {
    assert.throws(() => buildComparison([]), /1 to 4 roles/);
    assert.throws(() => buildComparison([official, official, official, official, official]), /1 to 4 roles/);
  });

  it('asks "What do … do?" for plural official titles', () => {
    assert.equal(whatDoes('Electricians'), 'What do Electricians do?');
    assert.equal(whatDoes('Actuary'), 'What does an Actuary do?');
    assert.equal(whatDoes('Technical Manager'), 'What does a Technical Manager do?');
  });
});
