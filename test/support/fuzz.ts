// Shared set-up for the property-based (fast-check) suites: a fixed seed so
// CI is reproducible, FUZZ_RUNS for a larger run (FUZZ_RUNS=20000 npm run
// test:unit), FUZZ_SEED to replay another seed, and a line per suite saying
// how many cases ran.
import * as fc from 'fast-check';
import { MAP_GRID, MAP_LEVELS } from '../../src/limits';
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

export async function checkAsync<T>(
  suite: string,
  arbitrary: fc.Arbitrary<T>,
  property: (value: T) => Promise<void>,
  runs: number,
): Promise<void> {
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
const bar = fc.record({
  label: text(),
  value: nonNegative,
  max: fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
  text: text(10),
  spoken: text(),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const cell = fc.record(
  {
    text: fc.option(text(), { nil: null }),
    bars: maybe(fc.array(bar, { maxLength: 4 })),
    note: maybe(text()),
    spoken: maybe(text()),
    caption: maybe(text()),
    items: maybe(fc.array(text(), { maxLength: 6 })),
    best: maybe(text()),
    beside: maybe(text()),
  },
  { requiredKeys: ['text'] },
);
const position = fc.double({ min: 0, max: 100, noNaN: true });
const rangePoint = fc.record({
  key: fc.constantFrom('p10' as const, 'p25' as const, 'median' as const, 'p75' as const, 'p90' as const),
  label: text(),
  text: text(12),
  at: position,
  open: fc.boolean(),
  best: maybe(text()),
});
const rangeRow = fc.record(
  {
    heading: text(),
    summary: text(),
    points: fc.array(rangePoint, { maxLength: 5 }),
    yourPay: maybe(fc.record({ at: position, text: text(12), says: text() })),
    beside: maybe(fc.record({ label: text(), summary: text(), points: fc.array(rangePoint, { maxLength: 5 }) })),
  },
  { requiredKeys: ['heading', 'summary', 'points'] },
);
const optionalNumber = maybe(nonNegative);
const tile = fc.record(
  {
    code: text(4),
    name: text(),
    row: fc.integer({ min: 0, max: MAP_GRID.rows - 1 }),
    column: fc.integer({ min: 0, max: MAP_GRID.columns - 1 }),
    level: maybe(fc.integer({ min: 0, max: MAP_LEVELS - 1 })),
    yearly: optionalNumber,
    yearlyText: maybe(text(12)),
    jobs: optionalNumber,
    jobsText: maybe(text(12)),
    label: text(),
  },
  { requiredKeys: ['code', 'name', 'row', 'column', 'label'] },
);
const tags = fc.array(fc.record({ item: fc.integer({ min: 0, max: 40 }), tags: fc.array(text(20), { maxLength: 2 }) }), { maxLength: 4 });

/** Every section kind the protocol has, each with its optional fields sometimes set. */
function section(): fc.Arbitrary<Section> {
  const base = {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    title: text(),
    sources: fc.array(text(), { maxLength: 3 }),
    hint: maybe(text()),
    action: maybe(fc.constant('downloadDescriptions' as const)),
    attribution: maybe(text()),
    notes: maybe(fc.array(text(), { maxLength: 3 })),
  };
  const optional = ['hint', 'action', 'attribution', 'notes', 'chosen'];
  const required = (more: string[]) => ['id', 'title', 'sources', 'kind', ...more].filter((k) => !optional.includes(k));
  const kind = <K extends Section['kind']>(name: K, fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.record({ ...base, kind: fc.constant(name), ...fields }, { requiredKeys: required(Object.keys(fields)) as never });
  const row = fc.record(
    { label: text(), cells: fc.array(cell, { maxLength: 4 }), why: maybe(text()) },
    { requiredKeys: ['label', 'cells'] },
  );
  const list = fc.record(
    { heading: text(), items: fc.array(text(), { maxLength: 30 }), initiallyShown: fc.integer({ min: 1, max: 40 }), tags: maybe(tags) },
    { requiredKeys: ['heading', 'items', 'initiallyShown'] },
  );
  return fc.oneof(
    kind('table', { rows: fc.array(row, { maxLength: 6 }) }),
    kind('text', { blocks: fc.array(fc.record({ heading: text(), text: fc.option(text(200), { nil: null }) }), { maxLength: 4 }) }),
    kind('list', { lists: fc.array(list, { maxLength: 4 }) }),
    kind('bars', {
      groups: fc.array(fc.record({ heading: text(), measure: text(), bars: fc.array(bar, { maxLength: 12 }) }), { maxLength: 4 }),
    }),
    kind('range', {
      measure: text(),
      ticks: fc.array(fc.record({ at: position, text: text(10) }), { maxLength: 8 }),
      rows: fc.array(rangeRow, { maxLength: 4 }),
    }),
    kind('links', {
      groups: fc.array(
        fc.record({
          heading: text(),
          roles: fc.array(fc.record({ id: text(20), title: text(), detail: maybe(text()) }, { requiredKeys: ['id', 'title'] }), {
            maxLength: 10,
          }),
        }),
        { maxLength: 4 },
      ),
    }),
    kind('gap', {
      from: text(),
      to: text(),
      measure: text(),
      max: fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
      rows: fc.array(
        fc.record(
          {
            label: text(),
            from: fc.record({ value: nonNegative, text: text(10) }),
            to: fc.record({ value: nonNegative, text: text(10) }),
            gap: text(10),
            level: maybe(text()),
            spoken: text(),
          },
          { requiredKeys: ['label', 'from', 'to', 'gap', 'spoken'] },
        ),
        { maxLength: 8 },
      ),
      empty: text(),
    }),
    kind('moves', {
      moves: fc.array(
        fc.record({ from: fc.integer({ min: 0, max: 3 }), to: fc.integer({ min: 0, max: 3 }), label: text(), summary: text() }),
        { maxLength: 4 },
      ),
    }),
    kind('stateMap', {
      legend: fc.array(text(20), { maxLength: MAP_LEVELS }),
      chosen: maybe(fc.oneof(text(4), fc.constantFrom('TX', 'CA'))),
      maps: fc.array(
        fc.record({ heading: text(), tiles: fc.array(tile, { maxLength: 60 }), withoutWage: fc.array(text(), { maxLength: 6 }) }),
        { maxLength: 5 },
      ),
    }),
  ) as fc.Arbitrary<Section>;
}

const roleRef = fc.record({ id: text(20), title: text() });

/** Any ComparisonView the protocol accepts, its text fields full of hostile strings. */
export const comparisonView: fc.Arbitrary<ComparisonView> = fc.record({
  title: text(),
  roles: fc.array(roleRef, { minLength: 1, maxLength: 4 }),
  headline: fc.array(text(80), { maxLength: 6 }),
  announcement: text(),
  sections: fc.array(section(), { maxLength: 6 }),
});

/** Picker options for a view: up to 4 lists of role refs. */
export const pickers = fc.array(fc.record({ options: fc.array(roleRef, { maxLength: 8 }) }), { maxLength: 4 });
