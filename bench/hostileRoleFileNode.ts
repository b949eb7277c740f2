// The worst role files a workspace can hold, each as large as a role file may
// be (16 MB), judged as the host judges them: read as bytes, parsed, checked,
// joined with the others and their problems placed. Each shape is written
// to a file, then read and judged in a fresh Node, so the peak memory is that
// of reading and judging it, as in the extension host. The budget (docs/SECURITY.md,
// "Role files"): any role file of at most 16 MB is judged in at most 2 s and
// 200 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../src/limits';
import { locateProblems } from '../src/roleFiles/roleFileLocations';
import { combineUserFiles, parseUserFile } from '../src/roleFiles/userRoles';
import { ms } from './stats';

const SIZE = LIMITS.roleFileBytes - 1024;
const role = (i: number, extra: object = {}) => ({ id: `my-r${i}`, title: `Role ${i}`, category: 'Mine', ...extra });
const fill = (unit: string, head: string, tail: string) =>
  head + unit.repeat(Math.floor((SIZE - head.length - tail.length) / unit.length)) + tail;

/** Each shape as its text. */
const SHAPES: Record<string, () => string> = {
  /** 16 MB of "[": past any recursive parser's stack. */
  deepBrackets: () => '['.repeat(SIZE),
  /** One list of millions of numbers. */
  millionsOfNumbers: () => fill('1,', '{"roles":[{"id":"my-n","title":"N","category":"Mine","x":[', '1]}]}'),
  /** Alternate titles filling the file. */
  alternateTitles: () =>
    fill('"Alternate title",', '{"roles":[{"id":"my-a","title":"A","category":"Mine","alternateTitles":[', '"Last"]}]}'),
  /** Just under the count of values: every value parsed, the titles past the file's limit left out. */
  valuesAtTheLimit: () => {
    const titles = Array.from({ length: LIMITS.jsonValues - 10 }, (_, i) => `Alternate title ${i}`);
    return JSON.stringify({ roles: [role(0, { alternateTitles: titles })] });
  },
  /** 1,000 roles (the most a file may hold), each with a bad field and long text, every one a located problem. */
  badRoles: () => {
    const text = 'x'.repeat(Math.floor(SIZE / 1000) - 200);
    return JSON.stringify({ roles: Array.from({ length: 1000 }, (_, i) => role(i, { pay: 'bad', description: text })) });
  },
};

/** Judges one file in this process: the time, the peak memory of the process, and what the user is told. */
function judge(path: string): { ms: number; peakMb: number; mb: number; problems: number; first: string } {
  const start = process.hrtime.bigint();
  const bytes = new Uint8Array(readFileSync(path));
  const parsed = parseUserFile('hostile.json', bytes);
  const combined = combineUserFiles([parsed], () => false);
  const problems = combined.problems.get('hostile.json') ?? [];
  const placed = locateProblems(parsed.text, problems);
  const took = ms(start);
  return {
    ms: took,
    peakMb: process.resourceUsage().maxRSS / 1024,
    mb: bytes.length / 1024 / 1024,
    problems: placed.length,
    first: problems[0]?.message.slice(0, 120) ?? '',
  };
}

/** Every shape, each written to a file and judged in a fresh Node. */
export function hostileRoleFiles(): Record<string, ReturnType<typeof judge>> {
  const out: Record<string, ReturnType<typeof judge>> = {};
  const folder = mkdtempSync(join(tmpdir(), 'career-compare-bench-'));
  try {
    for (const [shape, make] of Object.entries(SHAPES)) {
      const path = join(folder, `${shape}.json`);
      writeFileSync(path, make());
      out[shape] = JSON.parse(execFileSync(process.execPath, [__filename, path], { encoding: 'utf8' }));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return out;
}

if (require.main === module) {
  const path = process.argv[2];
  try {
    process.stdout.write(`${JSON.stringify(path ? judge(path) : hostileRoleFiles(), null, 2)}\n`);
  } catch (err) {
    console.error(`hostile role file bench failed: ${String(err)}`);
    process.exitCode = 1;
  }
}
