// Shared set-up for the property-based (fast-check) suites: a fixed seed so
// CI is reproducible, FUZZ_RUNS for a larger run (FUZZ_RUNS=20000 npm run
// test:unit), FUZZ_SEED to replay another seed, and a line per suite saying
// how many cases ran.
import * as fc from 'fast-check';
import type { ComparisonView, Section } from '../../src/protocol/comparisonView';
import { XSS_PAYLOADS } from './hostile';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Runs for a suite: its default, or FUZZ_RUNS scaled by the suite's weight (a render costs more than a parse). */
export function fuzzRuns(defaultRuns: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? Math.max(1, Math.round((asked * defaultRuns) / 1000)) : defaultRuns;
}

/** A suite's time limit: a minute at the default runs, scaled up with FUZZ_RUNS. */
export function fuzzTimeout(): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return 60_000 * (Number.isFinite(asked) && asked > 1000 ? Math.ceil(asked / 1000) : 1);
}

const counts = new Map<string, number>();

/** fc.assert with the fixed seed; counts the cases for the suite's closing line. */
export function check<T>(suite: string, arbitrary: fc.Arbitrary<T>, property: (value: T) => void, runs: number): void {
  let ran = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      ran++;
      property(value);
    }),
    { seed: FUZZ_SEED, numRuns: runs },
  );
  counts.set(suite, (counts.get(suite) ?? 0) + ran);
}

export async function checkAsync<T>(suite: string, arbitrary: fc.Arbitrary<T>, property: (value: T) => Promise<void>, runs: number): Promise<void> {
  let ran = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      ran++;
      await property(value);
    }),
    { seed: FUZZ_SEED, numRuns: runs },
  );
  counts.set(suite, (counts.get(suite) ?? 0) + ran);
}

/** Prints "fuzz <suite>: N cases (seed S)"; call from the suite's after(). */
export function reportCases(suite: string): void {
  console.log(`      fuzz ${suite}: ${counts.get(suite) ?? 0} cases (seed ${FUZZ_SEED})`);
}

/** Any text, often hostile: markup, script, control characters, lone surrogates. */
export const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength, unit: 'binary' }), fc.constantFrom(...XSS_PAYLOADS), fc.string({ maxLength }));

const nonNegative = fc.double({ min: 0, max: 1e9, noNaN: true });
const bar = fc.record({ label: text(), value: nonNegative, max: fc.double({ min: 1e-6, max: 1e9, noNaN: true }), text: text(10) });
const cell = fc.record({ text: fc.option(text(), { nil: null }), bars: fc.option(fc.array(bar, { maxLength: 4 }), { nil: undefined }), note: fc.option(text(), { nil: undefined }) }, { requiredKeys: ['text'] });

function section(): fc.Arbitrary<Section> {
  const base = { id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), title: text(), sources: fc.array(text(), { maxLength: 3 }), hint: fc.option(text(), { nil: undefined }), attribution: fc.option(text(), { nil: undefined }) };
  const optional = ['hint', 'attribution'];
  const required = (kind: string, more: string[]) => ['id', 'title', 'sources', 'kind', ...more].filter((k) => !optional.includes(k) || k === kind);
  return fc.oneof(
    fc.record({ ...base, kind: fc.constant('table' as const), rows: fc.array(fc.record({ label: text(), cells: fc.array(cell, { maxLength: 4 }) }), { maxLength: 6 }) }, { requiredKeys: required('table', ['rows']) as never }),
    fc.record({ ...base, kind: fc.constant('text' as const), blocks: fc.array(fc.record({ heading: text(), text: fc.option(text(200), { nil: null }) }), { maxLength: 4 }) }, { requiredKeys: required('text', ['blocks']) as never }),
    fc.record({ ...base, kind: fc.constant('list' as const), lists: fc.array(fc.record({ heading: text(), items: fc.array(text(), { maxLength: 30 }), initiallyShown: fc.integer({ min: 1, max: 40 }) }), { maxLength: 4 }) }, { requiredKeys: required('list', ['lists']) as never }),
    fc.record({ ...base, kind: fc.constant('bars' as const), groups: fc.array(fc.record({ heading: text(), measure: text(), bars: fc.array(bar, { maxLength: 12 }) }), { maxLength: 4 }) }, { requiredKeys: required('bars', ['groups']) as never }),
  ) as fc.Arbitrary<Section>;
}

const roleRef = fc.record({ id: text(20), title: text() });

/** Any ComparisonView the protocol accepts, its text fields full of hostile strings. */
export const comparisonView: fc.Arbitrary<ComparisonView> = fc.record({
  title: text(),
  roles: fc.array(roleRef, { minLength: 1, maxLength: 4 }),
  headline: fc.array(text(80), { maxLength: 6 }),
  sections: fc.array(section(), { maxLength: 6 }),
});

/** Picker options for a view: up to 4 lists of role refs. */
export const pickers = fc.array(fc.record({ options: fc.array(roleRef, { maxLength: 8 }) }), { maxLength: 4 });
