// Issue 17: data on its way into the log or a notification cannot reorder or
// hide what the line says (bidi controls), nor forge a new line.
import * as assert from 'node:assert/strict';
import { oneLine, quote } from '../../src/util/safeText';

describe('log text from data (issue 17)', () => {
  it('escapes bidi overrides and isolates, so a title cannot reverse the rest of a log line', () => {
    const title = 'Nurse\u202eexe.txt\u2066x\u2069\u200f';
    assert.equal(quote(title), '"Nurse\\u202eexe.txt\\u2066x\\u2069\\u200f"');
    assert.equal(oneLine(`Loaded ${title}`), 'Loaded Nurse\\u202eexe.txt\\u2066x\\u2069\\u200f');
  });

  it('still escapes line breaks and leaves ordinary text alone', () => {
    assert.equal(oneLine('a\nb\u2028c'), 'a\\nb\\u2028c');
    assert.equal(quote('Registered Nurses — 29-1141'), '"Registered Nurses — 29-1141"');
  });
});
