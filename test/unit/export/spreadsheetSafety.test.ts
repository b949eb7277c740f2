// Issue 17, item 7: a CSV opened in a spreadsheet that splits on ";" (the
// default where the decimal mark is a comma), and formulas hidden behind
// leading spaces, invisible characters or full-width signs.
import * as assert from 'node:assert/strict';
import { csvField, neutraliseFormula } from '../../../src/export/csv';

/** What a spreadsheet that splits on `sep` sees as the cells of one line (quotes honoured, RFC 4180). */
function cellsSplitOn(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** A spreadsheet reads a cell as a formula when, after leading blanks, it starts with one of these. */
const READ_AS_FORMULA = /^[\s\u00a0\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

describe('CSV in semicolon locales and hidden formula starts (issue 17)', () => {
  it('quotes a field holding a semicolon, so a ";" spreadsheet sees one cell and no formula', () => {
    const line = ['Nurse;=1+1', 'Plain'].map(csvField).join(',');
    for (const sep of [',', ';']) {
      for (const cell of cellsSplitOn(line, sep)) assert.ok(!READ_AS_FORMULA.test(cell), `${sep}: ${JSON.stringify(cell)}`);
    }
    assert.equal(csvField('Nurse;=1+1'), '"Nurse;=1+1"');
    assert.deepEqual(cellsSplitOn(line, ';'), ['Nurse;=1+1,Plain']);
  });

  it('neutralises a formula behind leading spaces, a no-break space or a zero-width space', () => {
    for (const text of [' =1+1', '   @SUM(A1)', '\u00a0=1+1', '\u200b=1+1', '\ufeff+1+1', '\u2060-2+3']) {
      assert.equal(neutraliseFormula(text), `'${text}`, JSON.stringify(text));
    }
  });

  it('neutralises full-width = + - @', () => {
    for (const text of ['\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20SUM(A1)']) assert.equal(neutraliseFormula(text), `'${text}`, text);
  });

  it('still leaves plain figures and ordinary text alone', () => {
    for (const text of ['-3%', '$90,615', 'Registered Nurses', '  indented text', '— no data']) {
      assert.equal(neutraliseFormula(text), text);
    }
  });
});
