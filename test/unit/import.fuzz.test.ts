// Property: every importer parser turns any bytes — random, or a real file's
// first rows with bytes flipped, cells cut, lines duplicated — into data or an
// ImportError naming the file (and a line where there is one). Never another
// exception. The safe reader does the same for any file content.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parseCpsAges, parseCpsShares, parseOews, parseProjections } from '../../src/import/bls';
import { parseOewsIndustries } from '../../src/import/blsIndustry';
import { parseOewsStates } from '../../src/import/blsState';
import { parseCensusCodes } from '../../src/import/census';
import { parseCipSoc } from '../../src/import/nces';
import { BLS_FILES, CENSUS_FILES, NCES_FILES } from '../../src/import/buildRoles';
import {
  ONET_FILES,
  parseAlternateTitles,
  parseImportance,
  parseJobZoneReference,
  parseJobZones,
  parseOccupations,
  parseRelated,
  parseTasks,
  parseTechnologies,
} from '../../src/import/onet';
import { buildProseFile } from '../../src/import/release/onetProse';
import { readImportFile, type FileSource } from '../../src/import/release/safeRead';
import { ImportError } from '../../src/import/table';
import { check, checkAsync, fuzzRuns, reportCases, fuzzTimeout } from '../support/fuzz';

const SUITE = 'importer parsers';
const PUBLIC = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data');
const head = (folder: string, name: string, lines = 12) =>
  readFileSync(join(PUBLIC, folder, name), 'utf8')
    .split('\n')
    .slice(0, lines)
    .join('\n');

const parsers: { name: string; parse: (file: string, text: string) => unknown; sample: string }[] = [
  { name: ONET_FILES.occupations, parse: parseOccupations, sample: head('onet-29.3', ONET_FILES.occupations) },
  { name: ONET_FILES.tasks, parse: parseTasks, sample: head('onet-29.3', ONET_FILES.tasks) },
  { name: ONET_FILES.skills, parse: parseImportance, sample: head('onet-29.3', ONET_FILES.skills) },
  { name: ONET_FILES.knowledge, parse: parseImportance, sample: head('onet-29.3', ONET_FILES.knowledge) },
  { name: ONET_FILES.jobZones, parse: parseJobZones, sample: head('onet-29.3', ONET_FILES.jobZones) },
  { name: ONET_FILES.jobZoneReference, parse: parseJobZoneReference, sample: head('onet-29.3', ONET_FILES.jobZoneReference) },
  { name: ONET_FILES.technology, parse: parseTechnologies, sample: head('onet-29.3', ONET_FILES.technology) },
  { name: ONET_FILES.related, parse: parseRelated, sample: head('onet-29.3', ONET_FILES.related) },
  { name: ONET_FILES.alternateTitles, parse: parseAlternateTitles, sample: head('onet-29.3', ONET_FILES.alternateTitles) },
  { name: BLS_FILES.oews, parse: parseOews, sample: head('bls', BLS_FILES.oews) },
  { name: BLS_FILES.projections, parse: (f, t) => parseProjections(f, t), sample: head('bls', BLS_FILES.projections) },
  { name: BLS_FILES.cpsShares, parse: parseCpsShares, sample: head('bls', BLS_FILES.cpsShares, 30) },
  { name: BLS_FILES.cpsAges, parse: parseCpsAges, sample: head('bls', BLS_FILES.cpsAges, 30) },
  { name: BLS_FILES.states, parse: parseOewsStates, sample: head('bls', BLS_FILES.states) },
  { name: BLS_FILES.industries, parse: parseOewsIndustries, sample: head('bls', BLS_FILES.industries) },
  { name: CENSUS_FILES.codes, parse: parseCensusCodes, sample: head('census', CENSUS_FILES.codes, 40) },
  { name: NCES_FILES.cipSoc, parse: parseCipSoc, sample: head('nces', NCES_FILES.cipSoc) },
];

/** Data, or an ImportError that names this file; anything else fails the property. */
function dataOrLocatedError(name: string, run: () => unknown): void {
  try {
    run();
  } catch (err) {
    assert.ok(err instanceof ImportError, `${name}: threw ${String(err)}`);
    assert.equal(err.file, name);
    assert.ok(err.line === undefined || (Number.isInteger(err.line) && err.line >= 1));
    assert.ok(err.message.startsWith(name));
  }
}

/** A real file's first rows, damaged: bytes replaced, lines cut or repeated, tabs and quotes thrown in. */
function damaged(sample: string): fc.Arbitrary<string> {
  const lines = sample.split('\n');
  return fc
    .array(
      fc.oneof(
        fc
          .record({
            at: fc.nat(sample.length),
            with: fc.constantFrom('\t', '"', ',', '\n', '\r', '\u0000', '#', '*', '-', '9', '', '\ufeff'),
          })
          .map((e) => (t: string) => t.slice(0, e.at) + e.with + t.slice(e.at + 1)),
        fc.nat(lines.length).map((i) => (t: string) => {
          const l = t.split('\n');
          l.splice(i, 0, l[i] ?? '');
          return l.join('\n');
        }),
        fc.nat(lines.length).map(
          (i) => (t: string) =>
            t
              .split('\n')
              .filter((_, j) => j !== i)
              .join('\n'),
        ),
        fc.nat(sample.length).map((at) => (t: string) => t.slice(0, at)),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => edits.reduce((t, edit) => edit(t), sample));
}

describe('fuzz: importer parsers', function () {
  // Property runs take seconds on a loaded machine, more than mocha's default.
  this.timeout(fuzzTimeout());
  after(() => reportCases(SUITE));

  for (const { name, parse, sample } of parsers) {
    it(`${name}: any text gives data or an error naming the file and line`, () => {
      assert.doesNotThrow(() => parse(name, sample), 'the real rows parse');
      check(
        SUITE,
        fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), damaged(sample)),
        (text) => dataOrLocatedError(name, () => parse(name, text)),
        fuzzRuns(120),
      );
    });
  }

  it('the prose import: any pair of files gives a prose file or an error naming one of them', async () => {
    const occupations = head('onet-29.3', ONET_FILES.occupations);
    const tasks = head('onet-29.3', ONET_FILES.tasks, 40);
    await checkAsync(
      SUITE,
      fc.tuple(damaged(occupations), damaged(tasks)),
      async ([o, t]) => {
        try {
          await buildProseFile(async (n) => (n === ONET_FILES.occupations ? o : t), undefined);
        } catch (err) {
          assert.ok(err instanceof ImportError, String(err));
          assert.ok([ONET_FILES.occupations, ONET_FILES.tasks].includes(err.file as never));
        }
      },
      fuzzRuns(150),
    );
  });

  it('the safe reader: any bytes, any claimed kind and size give text or an error naming the file', async () => {
    const file = fc.record({
      bytes: fc.uint8Array({ maxLength: 200 }),
      kind: fc.constantFrom('file', 'directory', 'missing', 'other') as fc.Arbitrary<'file' | 'directory' | 'missing' | 'other'>,
      claimedSize: fc.nat(4096),
      maxBytes: fc.nat(300),
    });
    await checkAsync(
      SUITE,
      file,
      async ({ bytes, kind, claimedSize, maxBytes }) => {
        const source: FileSource = {
          stat: async () => ({ kind, size: claimedSize }),
          read: async (_n, max) =>
            bytes.length > max ? Promise.reject(new ImportError('Task Statements.txt', undefined, 'too large')) : bytes,
        };
        try {
          const text = await readImportFile(source, 'Task Statements.txt', { maxBytes });
          assert.equal(kind, 'file');
          assert.equal(typeof text, 'string');
          assert.ok(!text.includes('\ufffd') || new TextDecoder().decode(bytes).includes('\ufffd'));
        } catch (err) {
          assert.ok(err instanceof ImportError, String(err));
          assert.equal(err.file, 'Task Statements.txt');
        }
      },
      fuzzRuns(400),
    );
  });
});
