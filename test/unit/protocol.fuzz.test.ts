// Property: both ends' validators turn any value into a result, never a
// throw — JSON of any shape, hostile objects (throwing getters and toString,
// proxies, cycles, deep nesting), and every valid message still accepted.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseFromWebview, parseToWebview, parseWebviewState } from '../../src/protocol/messages';
import { messageTooLarge } from '../../src/protocol/size';
import { check, comparisonView, fuzzRuns, pickers, reportCases, fuzzTimeout } from '../support/fuzz';
import { pageOf } from '../support/page';

const SUITE = 'protocol validators';
const validators = [parseFromWebview, parseToWebview, parseWebviewState];

function assertResult(value: unknown): void {
  for (const parse of validators) {
    const result = parse(value);
    assert.equal(typeof result.ok, 'boolean');
    if (!result.ok) {
      assert.equal(typeof result.error, 'string');
      assert.ok(result.error.length <= 2_100, 'the error stays one short line');
      assert.doesNotMatch(result.error, /[\n\r]/);
    }
  }
  assert.ok(messageTooLarge(value) === undefined || typeof messageTooLarge(value) === 'string');
}

/** Objects that fight back when read. */
const hostileObject = fc.oneof(
  fc.constant({ type: { toString: 0 } }),
  fc.constant({
    type: {
      toString: () => {
        throw new Error('toString');
      },
    },
  }),
  fc.jsonValue().map((v) => ({
    type: 'replace',
    roleId: v,
    get extra(): never {
      throw new Error('getter');
    },
  })),
  fc.jsonValue().map(
    (v) =>
      new Proxy({ type: 'show', page: { view: v } } as object, {
        get: () => {
          throw new Error('trap');
        },
      }),
  ),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => {
    let deep: unknown = 'x';
    for (let i = 0; i < depth; i++) deep = [deep];
    return { type: deep, roleIds: deep };
  }),
  fc.constantFrom('ready', 'replace', 'show', 'error', 'rendered').map((type) => {
    const o: Record<string, unknown> = { type };
    o.view = o;
    o.page = o;
    o.roleIds = [o];
    return o;
  }),
);

/** Messages close to valid: a real kind with fields of any JSON shape. */
const nearMiss = fc.record(
  {
    type: fc.constantFrom(
      'ready',
      'replace',
      'remove',
      'add',
      'swap',
      'search',
      'rendered',
      'problem',
      'downloadDescriptions',
      'show',
      'error',
    ),
    roleIds: fc.jsonValue(),
    roleId: fc.jsonValue(),
    column: fc.jsonValue(),
    paintMs: fc.jsonValue(),
    message: fc.jsonValue(),
    view: fc.jsonValue(),
    pickers: fc.jsonValue(),
  },
  { requiredKeys: ['type'] },
);

describe('fuzz: protocol validators on both ends', function () {
  // Property runs take seconds on a loaded machine, more than mocha's default.
  this.timeout(fuzzTimeout());
  after(() => reportCases(SUITE));

  it('any JSON value gives a result, never a throw', () => {
    check(SUITE, fc.jsonValue({ maxDepth: 6 }), assertResult, fuzzRuns(1500));
  });

  it('any JavaScript value (symbols, functions, typed arrays, sparse arrays) gives a result', () => {
    check(
      SUITE,
      fc.anything({
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
      }),
      assertResult,
      fuzzRuns(800),
    );
  });

  it('hostile objects give a result, never a throw', () => {
    check(SUITE, hostileObject, assertResult, fuzzRuns(200));
  });

  it('near-miss messages give a result, and whatever is accepted re-validates unchanged', () => {
    check(
      SUITE,
      nearMiss,
      (value) => {
        assertResult(value);
        for (const parse of validators) {
          const result = parse(value);
          if (result.ok) assert.deepEqual(parse(result.message), result);
        }
      },
      fuzzRuns(1500),
    );
  });

  it('every valid comparison message is accepted by the webview end', () => {
    check(
      SUITE,
      fc.tuple(comparisonView, pickers),
      ([view, pick]) => {
        const result = parseToWebview(JSON.parse(JSON.stringify({ type: 'show', page: pageOf(view, pick) })));
        assert.ok(result.ok, result.ok ? '' : result.error);
      },
      fuzzRuns(300),
    );
  });
});
