// Issue 17, item 8: the bridge's size limit counts what crosses it, the UTF-8
// bytes of the message's JSON, not the length of its strings.
import * as assert from 'node:assert/strict';
import { LIMITS } from '../../src/limits';
import { messageTooLarge } from '../../src/protocol/size';

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('bridge message size in bytes (issue 17)', () => {
  it('refuses 900,000 NUL characters, 5.4 MB of JSON', () => {
    const message = { type: 'show', text: '\u0000'.repeat(900_000) };
    assert.ok(jsonBytes(message) > 5_000_000);
    assert.match(messageTooLarge(message)!, /^the message is over 1,000,000 bytes/);
  });

  it('refuses 400,000 three-byte characters, 1.2 MB as UTF-8', () => {
    assert.ok(messageTooLarge({ text: '€'.repeat(400_000) }));
  });

  it('counts escapes, multi-byte text and lone surrogates as JSON.stringify writes them', () => {
    const samples = ['plain', 'quote " and \\ slash', 'tab\tline\n\u0001', 'é€😀', '\ud800 lone', '\u2028'];
    for (const text of samples) {
      const message = { type: 'x', list: [text, 1, null, true], nested: { [text]: text } };
      const exact = jsonBytes(message);
      assert.equal(messageTooLarge(message, exact), undefined, `fits at ${exact}: ${JSON.stringify(text)}`);
      assert.ok(messageTooLarge(message, exact - 1), `over ${exact - 1}: ${JSON.stringify(text)}`);
    }
  });

  it('lets the largest real page through', () => {
    assert.equal(messageTooLarge({ text: 'x'.repeat(LIMITS.messageBytes - 100) }), undefined);
  });
});
