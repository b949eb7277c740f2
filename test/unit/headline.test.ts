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
    assert.equal(buildHeadline(roles)[0], 'R1 is projected to grow fastest: 30% for R1 against 20% for R2 against 10% for R0.');
  });
});
