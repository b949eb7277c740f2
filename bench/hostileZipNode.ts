// The worst zips a download server can send, each as large as a download may
// be (256 MB), read as "Download O*NET Descriptions" reads them: the time to
// read or refuse each. The budget (docs/SECURITY.md, "Zip archives"): any zip
// of at most 256 MB is refused or read in at most 10 s.
import { zipSync } from 'fflate';
import { DOWNLOAD_LIMITS } from '../src/import/release/downloadRules';
import { PROSE_FILES } from '../src/import/release/onetProse';
import { readZipEntries } from '../src/import/release/onetZip';
import { ms } from './stats';

const MB = 1024 * 1024;
const SIZE = DOWNLOAD_LIMITS.archiveBytes;
const FOLDER = 'db_29_3_text';

/** A tiny release: the needed files with a header line each. */
function tinyRelease(): Uint8Array {
  const text = new TextEncoder().encode('O*NET-SOC Code\tTitle\n');
  return zipSync(Object.fromEntries(PROSE_FILES.map((name) => [`${FOLDER}/${name}`, text])));
}

/** `zip` with `fill` bytes made by `byte(i)` put before its central directory (the directory moved to match). */
function withGap(zip: Uint8Array, fill: number, byte: (i: number) => number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const at = view.getUint32(zip.length - 22 + 16, true);
  const out = new Uint8Array(zip.length + fill);
  out.set(zip.subarray(0, at));
  for (let i = 0; i < fill; i++) out[at + i] = byte(i);
  out.set(zip.subarray(at), at + fill);
  new DataView(out.buffer).setUint32(out.length - 22 + 16, at + fill, true);
  return out;
}

/** An empty stored local header named "x", 31 bytes: what a streaming unzip walks one by one. */
const HIDDEN = [0x50, 0x4b, 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x78];

/** The needed files as large as the caps allow (64 MB each, 128 MB together), deflated. */
function largestRelease(): Uint8Array {
  const entry = new Uint8Array(DOWNLOAD_LIMITS.entryBytes).fill(0x61);
  return zipSync(Object.fromEntries(PROSE_FILES.map((name) => [`${FOLDER}/${name}`, entry])), { level: 1 });
}

/** As many entries as allowed (10,000), stored, filling the archive, the needed files among them. */
function mostEntries(): Uint8Array {
  const each = new Uint8Array(Math.floor(SIZE / DOWNLOAD_LIMITS.entries) - 200).fill(0x61);
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (let i = 0; i < DOWNLOAD_LIMITS.entries - PROSE_FILES.length; i++) files[`${FOLDER}/other-${i}.txt`] = [each, { level: 0 }];
  for (const name of PROSE_FILES) files[`${FOLDER}/${name}`] = [each, { level: 0 }];
  return zipSync(files);
}

async function timed(zip: Uint8Array): Promise<{ ms: number; outcome: string; mb: number }> {
  const start = process.hrtime.bigint();
  let outcome = 'read';
  try {
    await readZipEntries(zip, PROSE_FILES);
  } catch (err) {
    outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
  }
  return { ms: ms(start), outcome, mb: zip.length / MB };
}

/** Each hostile shape once (each takes a 256 MB buffer). */
export async function hostileZips() {
  const tiny = tinyRelease();
  const gap = SIZE - tiny.length;
  return {
    hiddenHeaders: await timed(withGap(tiny, gap - (gap % HIDDEN.length), (i) => HIDDEN[i % HIDDEN.length])),
    gapOfP: await timed(withGap(tiny, gap, () => 0x50)),
    gapOfPK: await timed(withGap(tiny, gap, (i) => (i % 2 === 0 ? 0x50 : 0x4b))),
    largestEntries: await timed(largestRelease()),
    mostEntries: await timed(mostEntries()),
  };
}

if (require.main === module) {
  hostileZips().then(
    (results) => process.stdout.write(`${JSON.stringify(results, null, 2)}\n`),
    (err: unknown) => {
      console.error(`hostile zip bench failed: ${String(err)}`);
      process.exitCode = 1;
    },
  );
}
