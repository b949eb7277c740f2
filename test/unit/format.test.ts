import * as assert from 'node:assert/strict';
import {
  formatChange,
  formatCount,
  formatHourly,
  formatMoney,
  formatPercent,
  formatSource,
  formatWage,
  formatYears,
} from '../../src/format/format';

describe('formatting', () => {
  it('formats yearly money in whole dollars with separators', () => {
    assert.equal(formatMoney(116619), '$116,619');
    assert.equal(formatMoney(90615), '$90,615');
    assert.equal(formatMoney(0), '$0');
    assert.equal(formatMoney(-26004), '-$26,004');
  });

  it('formats hourly rates with cents', () => {
    assert.equal(formatHourly(56.07), '$56.07');
    assert.equal(formatHourly(43.5), '$43.50');
    assert.equal(formatHourly(115), '$115.00');
  });

  it('shows top-coded wages as a floor, not as a number', () => {
    assert.equal(formatWage({ atLeast: 239200 }), '≥ $239,200');
    assert.equal(formatWage({ atLeast: 115 }, 'hourly'), '≥ $115.00');
    assert.equal(formatWage(84000), '$84,000');
  });

  it('formats percentages as published', () => {
    assert.equal(formatPercent(8), '8%');
    assert.equal(formatPercent(83.7), '83.7%');
    assert.equal(formatPercent(8, 1), '8.0%');
    assert.equal(formatPercent(0.2, 1), '0.2%');
    assert.equal(formatPercent(28.698), '28.7%');
    assert.equal(formatChange(-3), '-3%');
    assert.equal(formatChange(10), '+10%');
  });

  it('formats counts, years and sources', () => {
    assert.equal(formatCount(250590), '250,590');
    assert.equal(formatYears(1, 2), '1–2 years');
    assert.equal(formatYears(1, 1), '1 year');
    assert.equal(formatSource({ name: 'BLS OEWS', year: 2024 }), 'BLS OEWS, 2024');
    assert.equal(formatSource({ name: 'Reference comparison page', year: null }), 'Reference comparison page, year not stated');
  });
});
