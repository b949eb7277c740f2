// Command links in hover cards carry role ids and titles from data: they
// must decode to exactly the arguments given and never break the link.
import * as assert from 'node:assert/strict';
import { commandUri, escapeLinkText } from '../../../src/format/commandLinks';

describe('command links', () => {
  it('encodes arguments so they decode to the same JSON', () => {
    for (const id of ['registered-nurses', 'a) [b](command:evil) "c" \'d\' *e* !f', 'é ✓ 👩‍⚕️', '%41 & ? # \\']) {
      const uri = commandUri('careerCompare.openRole', [id]);
      assert.ok(uri.startsWith('command:careerCompare.openRole?'));
      const query = uri.slice(uri.indexOf('?') + 1);
      assert.match(query, /^[A-Za-z0-9%\-_.~]*$/, 'only unreserved characters and escapes');
      assert.deepEqual(JSON.parse(decodeURIComponent(query)), [id]);
    }
  });

  it('escapes link text so data stays text', () => {
    assert.equal(escapeLinkText('Cooks, Restaurant'), 'Cooks, Restaurant');
    assert.equal(escapeLinkText('a](command:x) [b'), 'a\\]\\(command:x\\) \\[b');
    assert.equal(escapeLinkText('*bold* _it_ `code` <b> \\'), '\\*bold\\* \\_it\\_ \\`code\\` \\<b\\> \\\\');
  });
});
