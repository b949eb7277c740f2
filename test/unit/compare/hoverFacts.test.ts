// The hover card's figures: each with its source and year, unknown as
// unknown (never zero), education from the detail when it could be read.
import * as assert from 'node:assert/strict';
import { hoverFacts, hoverSourceLine } from '../../../src/compare/hoverFacts';
import type { Role } from '../../../src/model/schema';
import { summarize } from '../../../src/model/summary';

const oews = { name: 'BLS Occupational Employment and Wage Statistics', year: 2024 };
const ep = { name: 'BLS Employment Projections', year: '2024–34' };
const onet = { name: 'O*NET 29.3 Database', year: 2025 };

const nurses: Role = {
  id: 'registered-nurses',
  title: 'Registered Nurses',
  category: 'Healthcare Practitioners and Technical Occupations',
  pay: { source: oews, yearly: 98430 },
  growth: { source: ep, rate: 5, period: '2024–34' },
  jobs: { source: oews, count: 3282010 },
  education: { source: onet, mostCommonDegree: { name: "Bachelor's degree", share: 61 } },
};

describe('hover card figures', () => {
  it('shows pay, growth, jobs and education, each with its source', () => {
    const facts = hoverFacts(summarize(nurses), nurses);
    assert.deepEqual(facts, [
      { label: 'Yearly pay (average)', text: '$98,430', source: 'BLS Occupational Employment and Wage Statistics, 2024' },
      { label: 'Growth 2024–34', text: '5%', source: 'BLS Employment Projections, 2024–34' },
      { label: 'Jobs', text: '3,282,010', source: 'BLS Occupational Employment and Wage Statistics, 2024' },
      { label: 'Most common degree', text: "Bachelor's degree, 61%", source: 'O*NET 29.3 Database, 2025' },
    ]);
    assert.equal(
      hoverSourceLine(facts),
      'Sources: yearly pay (average) and jobs — BLS Occupational Employment and Wage Statistics, 2024; ' +
        'growth 2024–34 — BLS Employment Projections, 2024–34; most common degree — O*NET 29.3 Database, 2025',
    );
  });

  it('shows unknown figures as unknown, never zero', () => {
    const bare: Role = { id: 'x', title: 'X', category: 'C', pay: { source: oews } };
    const facts = hoverFacts(summarize(bare), bare);
    assert.deepEqual(
      facts.map((f) => [f.label, f.text]),
      [
        ['Yearly pay', null],
        ['Growth', null],
        ['Jobs', null],
        ['Education', null],
      ],
    );
    assert.equal(hoverSourceLine(facts), undefined);
  });

  it('keeps a zero growth rate as a figure', () => {
    const flat: Role = { ...nurses, growth: { source: ep, rate: 0 } };
    assert.equal(hoverFacts(summarize(flat), flat)[1].text, '0%');
  });

  it('shows education as unknown when the detail could not be read', () => {
    assert.deepEqual(hoverFacts(summarize(nurses))[3], { label: 'Education', text: null });
  });

  it('falls back to the typical entry-level education, labelled as that, with its own source', () => {
    const entryOnly: Role = {
      ...nurses,
      education: { source: onet, typicalEntry: { name: "Bachelor's degree", source: { name: 'BLS Employment Projections', year: 2024 } } },
    };
    assert.deepEqual(hoverFacts(summarize(entryOnly), entryOnly)[3], {
      label: 'Typical entry-level education',
      text: "Bachelor's degree",
      source: 'BLS Employment Projections, 2024',
    });
  });

  it('shows a top-coded wage as at least, not as a number it is not', () => {
    const top: Role = { ...nurses, pay: { source: oews, yearly: { atLeast: 239200 } } };
    assert.equal(hoverFacts(summarize(top), top)[0].text, '≥ $239,200');
  });
});

describe('hover facts for a chosen state', () => {
  it("names the state in the pay and jobs labels, and the state's source", () => {
    const summary = {
      id: 'x',
      title: 'X',
      category: 'C',
      pay: { source: { name: 'BLS OEWS, state estimates for Texas', year: 2024 }, yearly: 91690 },
      jobs: { source: { name: 'BLS OEWS, state estimates for Texas', year: 2024 }, count: 261050 },
    };
    const facts = hoverFacts(summary, undefined, 'Texas');
    assert.deepEqual(
      facts.filter((f) => f.label.includes('Texas')).map((f) => [f.label, f.text, f.source]),
      [
        ['Yearly pay in Texas (average)', '$91,690', 'BLS OEWS, state estimates for Texas, 2024'],
        ['Jobs in Texas', '261,050', 'BLS OEWS, state estimates for Texas, 2024'],
      ],
    );
  });
});
