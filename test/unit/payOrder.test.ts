// Issue 17, item 8: pay figures out of order ("$200,000 – $10") are reported
// and left out, the rest of the role stays.
import * as assert from 'node:assert/strict';
import { describeProblem, parseRoleFile } from '../../src/model/loadRoles';

const source = { name: 'Test', year: 2026 };
const role = (pay: object) => ({ id: 'p', title: 'P', category: 'Tests', pay: { source, yearly: 50_000, ...pay } });
const load = (pay: object) => parseRoleFile('data/roles/p.json', JSON.stringify({ roles: [role(pay)] }));

describe('pay figures out of order (issue 17)', () => {
  it('reports a range whose low is above its high, and drops the range', () => {
    const { roles, problems } = load({ range: { low: 200_000, high: 10 } });
    assert.equal(roles[0].pay!.range, undefined);
    assert.equal(roles[0].pay!.yearly, 50_000);
    assert.equal(
      describeProblem(problems[0]),
      'data/roles/p.json: role "p", field "pay.range": the low end ($200,000) is above the high end ($10); the range is left out',
    );
  });

  it('reports percentiles that do not rise, and drops them', () => {
    const { roles, problems } = load({ percentiles: { p10: 30_000, p25: 90_000, median: 40_000, p90: 100_000 } });
    assert.equal(roles[0].pay!.percentiles, undefined);
    assert.equal(
      describeProblem(problems[0]),
      'data/roles/p.json: role "p", field "pay.percentiles": the median ($40,000) is below the 25th percentile ($90,000); ' +
        'the percentiles are left out',
    );
  });

  it('accepts rising percentiles with a top-coded end, and equal neighbours', () => {
    const percentiles = { p10: 30_000, p25: 30_000, median: 40_000, p75: 250_000, p90: { atLeast: 239_200 } };
    const { roles, problems } = load({ percentiles, range: { low: 30_000, high: { atLeast: 239_200 } } });
    assert.deepEqual(problems, []);
    assert.deepEqual(roles[0].pay!.percentiles, percentiles);
  });

  it('refuses a plain figure below a top-coded one before it', () => {
    const { roles, problems } = load({ percentiles: { p75: { atLeast: 239_200 }, p90: 200_000 } });
    assert.equal(roles[0].pay!.percentiles, undefined);
    assert.match(describeProblem(problems[0]), /the 90th percentile \(\$200,000\) is below the 75th percentile \(at least \$239,200\)/);
  });
});
