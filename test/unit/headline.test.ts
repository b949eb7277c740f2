import * as assert from 'node:assert/strict';
import { buildHeadline } from '../../src/compare/headline';
import type { Role } from '../../src/model/schema';
import { loadBundledCatalog } from '../support/roles';

const src = { name: 'Test data', year: 2024 };
const role = (id: string, extra: Partial<Role>): Role => ({ id, title: id.toUpperCase(), category: 'C', ...extra });

describe('headline generator', () => {
  const catalog = loadBundledCatalog();
  const tm = catalog.byId.get('technical-manager')!;
  const lt = catalog.byId.get('lead-technician')!;

  it('says who pays more and by how much, in dollars and percent, from the data', () => {
    const lines = buildHeadline([tm, lt]);
    assert.equal(
      lines[0],
      "Technical Manager pays more: an average of $116,619 a year, $26,004 (28.7%) more than Lead Technician's $90,615.",
    );
    assert.deepEqual(buildHeadline([lt, tm])[0], lines[0]);
  });

  it('covers growth, jobs, time to become one and top skills', () => {
    const text = buildHeadline([tm, lt]).join('\n');
    assert.match(text, /Lead Technician is projected to grow faster: 10% for Lead Technician against 8% for Technical Manager\./);
    assert.match(text, /Lead Technician has more jobs: 250,590 for Lead Technician against 116,732 for Technical Manager\./);
    assert.match(text, /It typically takes 1–2 years to become either\./);
    assert.match(text, /Top skills for Technical Manager: Project Management, Infrastructure and Architecture\./);
    assert.match(text, /Top skills for Lead Technician: Java, Architecture and Digital Transformation\./);
  });

  it('leaves out what a role lacks instead of guessing', () => {
    const a = role('a', { pay: { source: src, yearly: 50000 } });
    const b = role('b', {});
    assert.deepEqual(buildHeadline([a, b]), []);
  });

  it('handles top-coded and equal wages', () => {
    const top = role('top', { pay: { source: src, yearly: { atLeast: 239200 } } });
    const low = role('low', { pay: { source: src, yearly: 100000 } });
    assert.match(
      buildHeadline([low, top])[0],
      /TOP pays more: an average of at least \$239,200 a year, at least \$139,200 \(at least 139\.2%\) more/,
    );
    const top2 = role('top2', { pay: { source: src, yearly: { atLeast: 239200 } } });
    assert.match(buildHeadline([top, top2])[0], /all pay at or above the top-coded \$239,200/);
    const same = role('same', { pay: { source: src, yearly: 100000 } });
    assert.match(buildHeadline([low, same])[0], /pay the same on average, \$100,000 a year/);
  });

  it('agrees with plural official titles', () => {
    const nurses = role('n', { title: 'Registered Nurses', pay: { source: src, yearly: 98430 }, growth: { source: src, rate: 4.9 } });
    const electricians = role('e', { title: 'Electricians', pay: { source: src, yearly: 69630 }, growth: { source: src, rate: 9.5 } });
    const lines = buildHeadline([nurses, electricians]);
    assert.equal(lines[0], "Registered Nurses pay more: an average of $98,430 a year, $28,800 (41.4%) more than Electricians' $69,630.");
    assert.match(lines[1], /^Electricians are projected to grow faster/);
  });

  it('ranks more than two roles', () => {
    const roles = [10, 30, 20].map((g, i) => role(`r${i}`, { growth: { source: src, rate: g } }));
    assert.equal(buildHeadline(roles)[0], 'R1 is projected to grow fastest: 30% for R1, 20% for R2 and 10% for R0.');
  });
});

describe('headline for three and four roles', () => {
  const pay = (yearly: number) => ({ source: src, yearly });
  const four = [
    role('a', { pay: pay(50000), growth: { source: src, rate: 2 }, jobs: { source: src, count: 1000 } }),
    role('b', { pay: pay(120000), growth: { source: src, rate: 9 }, jobs: { source: src, count: 500 } }),
    role('c', { pay: pay(80000), growth: { source: src, rate: 9 }, jobs: { source: src, count: 300 } }),
    role('d', { pay: pay(40000) }),
  ];

  it('says who pays the most, against the lowest paid of all', () => {
    assert.equal(
      buildHeadline(four)[0],
      "B pays the most: an average of $120,000 a year, $80,000 (200.0%) more than D's $40,000, the lowest of the four.",
    );
  });

  it('names roles tied for fastest growth together, and lists each figure', () => {
    assert.equal(buildHeadline(four)[1], 'B and C are projected to grow fastest: 9% for B, 9% for C and 2% for A.');
  });

  it('says who has the most jobs, leaving out a role without the figure', () => {
    assert.equal(buildHeadline(four)[2], 'A has the most jobs: 1,000 for A, 500 for B and 300 for C.');
  });

  it('reads time to become one as a list for three roles', () => {
    const t = (min: number, max: number) => ({ source: src, timeToBecome: { minYears: min, maxYears: max } });
    const three = ['x', 'y', 'z'].map((id, i) => role(id, { experience: t(i + 1, i + 2) as Role['experience'] }));
    assert.match(buildHeadline(three).join('\n'), /It typically takes 1–2 years to become a X, 2–3 years to become a Y and 3–4 years/);
  });
});
