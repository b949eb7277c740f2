// "Your pay" and "Your state" rules (issue 21), on real figures: Registered
// Nurses in Texas as the OEWS state file has them, and a top-coded role.
import * as assert from 'node:assert/strict';
import { parsePayInput, yearlyPay } from '../../../src/states/payInput';
import { ordinal, placePay, payPlaceText, type PayPercentiles } from '../../../src/states/payPlace';
import { locationQuotientText, readStateSetting } from '../../../src/states/stateSetting';

/** Registered Nurses, Texas (OEWS May 2024 state file): 10th 64,660, 25th 77,450, median 90,010, 75th 102,200, 90th 122,060. */
const NURSES_TX: PayPercentiles = { p10: 64660, p25: 77450, median: 90010, p75: 102200, p90: 122060 };

describe('where your pay falls among the percentiles', () => {
  it('interpolates on a straight line between the two published percentiles around it', () => {
    // 85,000 lies between the 25th (77,450) and the median (90,010): 25 + 25 × 7,550 / 12,560 = 40.03.
    assert.deepEqual(placePay(85000, NURSES_TX), { kind: 'at', percentile: 40 });
    assert.equal(
      payPlaceText(85000, placePay(85000, NURSES_TX), 'Registered Nurses', 'in Texas'),
      '$85,000 is about the 40th percentile of Registered Nurses in Texas.',
    );
    assert.deepEqual(placePay(90010, NURSES_TX), { kind: 'at', percentile: 50 });
    assert.deepEqual(placePay(64660, NURSES_TX), { kind: 'at', percentile: 10 });
    assert.deepEqual(placePay(122060, NURSES_TX), { kind: 'at', percentile: 90 });
  });

  it('says below the 10th or above the 90th instead of inventing a figure', () => {
    assert.deepEqual(placePay(50000, NURSES_TX), { kind: 'below', percentile: 10, wage: 64660 });
    assert.deepEqual(placePay(150000, NURSES_TX), { kind: 'above', percentile: 90, wage: 122060 });
    assert.match(
      payPlaceText(150000, placePay(150000, NURSES_TX), 'Registered Nurses', 'in Texas'),
      /above the 90th percentile .*\(\$122,060\)/,
    );
  });

  it('interpolates across a percentile BLS left blank, between the published ones', () => {
    // 10 + 40 × (85,000 − 64,660) / (90,010 − 64,660) = 42.1
    assert.deepEqual(placePay(85000, { p10: 64660, median: 90010, p90: 122060 }), { kind: 'at', percentile: 42 });
  });

  it('gives only the bracket under a top-coded percentile, and no place above its floor', () => {
    const surgeons: PayPercentiles = { p10: 120000, p25: 180000, median: 230000, p75: { atLeast: 239200 }, p90: { atLeast: 239200 } };
    assert.deepEqual(placePay(235000, surgeons), { kind: 'between', low: 50, high: 75, highWage: { atLeast: 239200 } });
    assert.match(payPlaceText(235000, placePay(235000, surgeons), 'Surgeons', 'nationally'), /between the 50th and 75th .*≥ \$239,200/);
    assert.deepEqual(placePay(300000, surgeons), { kind: 'above', percentile: 50, wage: 230000 });
  });

  it('cannot place a pay without percentiles, or what is not a pay', () => {
    assert.equal(placePay(85000, undefined).kind, 'unknown');
    assert.equal(placePay(85000, {}).kind, 'unknown');
    assert.equal(placePay(Number.NaN, NURSES_TX).kind, 'unknown');
    assert.equal(placePay(-5, NURSES_TX).kind, 'unknown');
  });

  it('writes ordinals as people say them', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 40, 90].map(ordinal), [
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '40th',
      '90th',
    ]);
  });
});

describe('your pay as typed', () => {
  it('reads yearly and hourly amounts in the ways people write them', () => {
    for (const [text, amount, per] of [
      ['85000', 85000, 'year'],
      ['$85,000', 85000, 'year'],
      ['85k', 85000, 'year'],
      ['85k a year', 85000, 'year'],
      ['42.50/hr', 42.5, 'hour'],
      ['$42.50 an hour', 42.5, 'hour'],
      ['42.5', 42.5, 'hour'],
    ] as const) {
      assert.deepEqual(parsePayInput(text), { ok: true, value: { amount, per } }, text);
    }
    assert.equal(yearlyPay({ amount: 42.5, per: 'hour' }), 88400);
    assert.equal(yearlyPay({ amount: 85000, per: 'year' }), 85000);
  });

  it('says what to type for anything else', () => {
    for (const text of ['', 'lots', '-5', '0', '85,00', '1e6', '$', '9'.repeat(30)]) {
      const parsed = parsePayInput(text);
      assert.equal(parsed.ok, false, text);
      assert.match(parsed.ok ? '' : parsed.error, /Type a yearly amount/);
    }
  });
});

describe('your state, as set', () => {
  it('reads empty as national, a name or code as that area, and names anything else', () => {
    assert.deepEqual(readStateSetting(''), { kind: 'national' });
    assert.deepEqual(readStateSetting(undefined), { kind: 'national' });
    const tx = readStateSetting('tx');
    assert.equal(tx.kind === 'area' && tx.area.name, 'Texas');
    assert.equal(readStateSetting('Texas').kind, 'area');
    const bad = readStateSetting('Texass');
    assert.equal(bad.kind, 'unknown');
    assert.match(bad.kind === 'unknown' ? bad.problem : '', /careerCompare\.pay\.state is "Texass", .*showing national figures/);
    assert.equal(readStateSetting(48).kind, 'unknown');
  });

  it('says the location quotient in words', () => {
    assert.equal(locationQuotientText(0.89, 18.853), 'jobs per 1,000 workers: 18.9, 0.89× the national share');
    assert.equal(locationQuotientText(1.5), 'jobs per 1,000 workers: 1.50× the national share');
    assert.equal(locationQuotientText(undefined), undefined);
  });
});
