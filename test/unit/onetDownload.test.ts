// "Download O*NET Descriptions", the parts without VS Code: URL rules, the zip
// reader on good and hostile archives, and the fetch downloader against a
// local server. Zips are built here from ../shared/public-data/onet-29.3.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { buildComparison } from '../../src/compare/buildComparison';
import { browserFetchDownloader, fetchDownloader, type DownloadProgress } from '../../src/import/release/httpDownload';
import { checkDownloadUrl, checkRedirect, DOWNLOAD_LIMITS, ONET_HOSTS, progressText } from '../../src/import/release/downloadRules';
import { SETTINGS } from '../../src/settings';
import { buildProseFile, PROSE_FILES } from '../../src/import/release/onetProse';
import { isUnsafeName, listZip, readZipEntries } from '../../src/import/release/onetZip';
import { parseFromWebview, parseToWebview } from '../../src/protocol/messages';
import { officialRoles } from '../support/officialData';
import { loadBundledCatalog } from '../support/roles';
import { ONET_FOLDER, RELEASE_FOLDER, releaseZip, serveRoutes, type TestServer } from '../support/onetZip';
import { readManifest } from '../support/manifest';
import { pageOf } from '../support/page';

const NEEDED = [...PROSE_FILES];
const OPTIONAL = ['Read Me.txt'];
const small = { entryBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024, entries: DOWNLOAD_LIMITS.entries };
const zeros = (n: number) => new Uint8Array(n);

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof Error, String(err));
    assert.equal(err.name, 'DownloadError', err.stack);
    assert.match(err.message, pattern);
    return true;
  });
}

/** Sets the uncompressed size that the central directory declares for `path`. */
function forgeDeclaredSize(zip: Uint8Array, path: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(path);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (length === name.length && name.every((b, k) => out[i + 46 + k] === b)) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no directory entry for ${path}`);
}

/** The offset of the central directory, from the end-of-directory record (a zip without a comment). */
const directoryOffset = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

/**
 * `count` empty stored local headers (named "x") put just before the central
 * directory, which does not list them: what a streaming unzip walks one by one.
 */
function hideLocalHeaders(zip: Uint8Array, count: number): Uint8Array {
  const at = directoryOffset(zip);
  const header = new Uint8Array(31);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(26, 1, true);
  header[30] = 0x78;
  const out = new Uint8Array(zip.length + count * header.length);
  out.set(zip.subarray(0, at));
  for (let i = 0; i < count; i++) out.set(header, at + i * header.length);
  out.set(zip.subarray(at), at + count * header.length);
  new DataView(out.buffer).setUint32(out.length - 22 + 16, at + count * header.length, true);
  return out;
}

describe('O*NET download: command, setting and the panel button', () => {
  // oxlint-disable-next-line no-explicit-any -- read as loosely as JSON.parse gave it before
  const manifest = readManifest<any>();

  it("contributes the command and the URL setting, whose default is the settings table's", () => {
    assert.ok(
      manifest.contributes.commands.some(
        (c: { command: string; title: string }) => c.command === 'careerCompare.downloadOnet' && c.title === 'Download O*NET Descriptions',
      ),
    );
    const setting = manifest.contributes.configuration.properties['careerCompare.onet.downloadUrl'];
    assert.equal(setting.default, SETTINGS.downloadUrl.default);
    assert.match(setting.markdownDescription, /O\*NET 29\.3 text release/);
  });

  it('offers the button where official roles lack prose, and the bridge carries the intent and nothing more', () => {
    const catalog = loadBundledCatalog();
    const official = officialRoles();
    const view = buildComparison([official.get('29-1141')!, official.get('47-2111')!]);
    const offered = view.sections.filter((s) => s.action === 'downloadDescriptions').map((s) => s.id);
    assert.deepEqual(offered, ['description', 'responsibilities']);
    const reference = buildComparison([catalog.byId.get('technical-manager')!, catalog.byId.get('lead-technician')!]);
    assert.ok(reference.sections.every((s) => s.action === undefined));
    assert.ok(parseToWebview(JSON.parse(JSON.stringify({ type: 'show', page: pageOf(view) }))).ok);
    assert.deepEqual(parseFromWebview({ type: 'downloadDescriptions' }), { ok: true, message: { type: 'downloadDescriptions' } });
    assert.equal(parseFromWebview({ type: 'downloadDescriptions', url: 'https://example.org/x.zip' }).ok, false);
    const forged = { ...view, sections: view.sections.map((s) => ({ ...s, action: 'runCommand' })) };
    assert.equal(parseToWebview({ type: 'show', page: pageOf(view), view: forged }).ok, false);
    assert.equal(parseToWebview({ type: 'show', page: { ...pageOf(view), view: forged } }).ok, false);
  });
});

describe('O*NET download: URL rules', () => {
  it('accepts https, and the publisher address by default', () => {
    assert.ok(checkDownloadUrl(SETTINGS.downloadUrl.default).ok);
    assert.ok(checkDownloadUrl('https://mirror.example.org/onet.zip').ok);
  });

  it('accepts plain http only for loopback hosts', () => {
    for (const url of ['http://127.0.0.1:8080/a.zip', 'http://localhost/a.zip', 'http://[::1]:9/a.zip']) {
      assert.ok(checkDownloadUrl(url).ok, url);
    }
    const refused = checkDownloadUrl('http://www.onetcenter.org/a.zip');
    assert.ok(!refused.ok);
    assert.match(refused.error, /plain http, allowed only for this computer .* use https/);
  });

  it('refuses other schemes, credentials and text that is not a URL, quoting it on one line', () => {
    for (const [url, pattern] of [
      ['file:///etc/passwd', /is not an https URL/],
      ['ftp://example.org/a.zip', /is not an https URL/],
      ['https://user:secret@example.org/a.zip', /user name or password is refused/],
      ['not a url\nforged line', /^"not a url\\nforged line" is not a valid URL$/],
    ] as const) {
      const result = checkDownloadUrl(url);
      assert.ok(!result.ok, url);
      assert.match(result.error, pattern);
    }
  });

  it('resolves a relative redirect against the URL that sent it', () => {
    const result = checkDownloadUrl('/files/b.zip', 'https://example.org/a/a.zip');
    assert.ok(result.ok);
    assert.equal(result.url.href, 'https://example.org/files/b.zip');
  });

  it("redirects only to the same server, or over https to O*NET's own hosts", () => {
    assert.deepEqual([...ONET_HOSTS], ['www.onetcenter.org']);
    const mirror = new URL('https://mirror.example.org/onet/db.zip');
    const local = new URL('http://127.0.0.1:8080/db.zip');
    const allowed = (location: string, start: URL) => checkRedirect(location, start, start);
    assert.ok(allowed('/onet/other.zip', mirror).ok);
    assert.ok(allowed('https://www.onetcenter.org/dl_files/database/db_29_3_text.zip', mirror).ok);
    assert.ok(allowed('https://www.onetcenter.org/dl_files/database/db_29_3_text.zip', local).ok);
    assert.ok(allowed('/other.zip', local).ok);
    for (const [location, start] of [
      ['http://127.0.0.1:9090/admin/delete?all=1', local],
      ['http://localhost:8080/db.zip', local],
      ['http://127.0.0.1:8080/db.zip', mirror],
      ['https://evil.example/db.zip', mirror],
      ['https://other.mirror.example.org/db.zip', mirror],
      ['http://www.onetcenter.org/dl_files/db.zip', mirror],
      ['https://www.onetcenter.org:8443/dl_files/db.zip', mirror],
      ['https://user@www.onetcenter.org/dl_files/db.zip', mirror],
    ] as const) {
      const result = allowed(location, start);
      assert.ok(!result.ok, location);
      assert.match(result.error, /only to the same server, .*, or to https:\/\/www\.onetcenter\.org\)$/);
    }
  });

  it('prints progress as megabytes, with the total when known', () => {
    assert.equal(progressText(1.5 * 1024 * 1024, 3 * 1024 * 1024), '1.5 MB of 3.0 MB');
    assert.equal(progressText(1024 * 1024, undefined), '1.0 MB');
  });
});

describe('O*NET download: the zip reader', () => {
  let good: Uint8Array;
  before(() => {
    good = releaseZip();
  });

  it('reads only the needed files, from the release folder, byte for byte', async () => {
    const files = await readZipEntries(good, NEEDED, OPTIONAL);
    assert.deepEqual([...files.keys()].sort(), ['Occupation Data.txt', 'Read Me.txt', 'Task Statements.txt']);
    for (const name of files.keys()) assert.deepEqual(files.get(name), new Uint8Array(readFileSync(join(ONET_FOLDER, name))));
  });

  it('never inflates an entry it does not need, even a bomb', async () => {
    // 8 MB of zeros under a name the import does not read: inflating it would break the 1 MB cap.
    const zip = releaseZip(['Occupation Data.txt'], {
      [`${RELEASE_FOLDER}/Task Statements.txt`]: new TextEncoder().encode('O*NET-SOC Code\tTask ID\n'),
      [`${RELEASE_FOLDER}/Skills.txt`]: zeros(8 * 1024 * 1024),
    });
    const files = await readZipEntries(zip, NEEDED, [], undefined, small);
    assert.deepEqual([...files.keys()].sort(), ['Occupation Data.txt', 'Task Statements.txt']);
  });

  it('gives the same prose as the folder import', async function () {
    this.timeout(30_000);
    const files = await readZipEntries(good, NEEDED, OPTIONAL);
    const decoder = new TextDecoder();
    const fromZip = await buildProseFile(async (n) => decoder.decode(files.get(n)!), decoder.decode(files.get('Read Me.txt')));
    const fromFolder = await buildProseFile(
      async (n) => readFileSync(join(ONET_FOLDER, n), 'utf8'),
      readFileSync(join(ONET_FOLDER, 'Read Me.txt'), 'utf8'),
    );
    assert.deepEqual(fromZip, fromFolder);
    assert.equal(fromZip.source.name, 'O*NET 29.3 Database (imported)');
  });

  it('refuses a body that is not a zip, saying what it starts with', async () => {
    await rejectsWith(
      readZipEntries(new TextEncoder().encode('<!DOCTYPE html><html><body>Not here</body></html>'), NEEDED),
      /not a zip archive \(it starts with "<!DOCTYPE html><"\)/,
    );
    await rejectsWith(readZipEntries(new Uint8Array(), NEEDED), /not a zip archive/);
  });

  it('refuses a truncated archive', async () => {
    await rejectsWith(readZipEntries(good.subarray(0, Math.floor(good.length * 0.6)), NEEDED), /incomplete or damaged/);
    await rejectsWith(readZipEntries(good.subarray(0, good.length - 30), NEEDED), /incomplete or damaged/);
  });

  it('refuses an entry whose data is damaged', async () => {
    const zip = releaseZip(['Occupation Data.txt', 'Task Statements.txt']);
    const broken = zip.slice();
    // Scribble over the middle of the archive (the Task Statements data), keeping the directory intact.
    for (let i = Math.floor(zip.length / 2); i < Math.floor(zip.length / 2) + 4096; i++) broken[i] = (i * 131) & 0xff;
    await rejectsWith(readZipEntries(broken, NEEDED), /"Task Statements\.txt" in the zip archive is damaged/);
  });

  it('refuses path traversal and other unsafe names, without writing anything anywhere', async () => {
    for (const name of [
      '../Occupation Data.txt',
      'db/../../Task Statements.txt',
      '/etc/Occupation Data.txt',
      'C:/x.txt',
      'a\\..\\b.txt',
      'a\u0000b',
    ]) {
      assert.ok(isUnsafeName(name), name);
      const zip = releaseZip(['Read Me.txt'], { [name]: new TextEncoder().encode('x') });
      await rejectsWith(readZipEntries(zip, NEEDED), /unsafe name/);
    }
    assert.ok(!isUnsafeName('db_29_3_text/Task Statements.txt'));
  });

  it('refuses a needed entry that declares more than the cap', async () => {
    const zip = releaseZip(['Occupation Data.txt'], { [`${RELEASE_FOLDER}/Task Statements.txt`]: zeros(3 * 1024 * 1024) });
    await rejectsWith(
      readZipEntries(zip, NEEDED, [], undefined, small),
      /"Task Statements\.txt" in the zip archive unpacks to more than 1\.0 MB: refused/,
    );
  });

  it('stops a bomb that lies about its size, counting the bytes actually inflated', async () => {
    const path = `${RELEASE_FOLDER}/Task Statements.txt`;
    const bomb = forgeDeclaredSize(releaseZip(['Occupation Data.txt'], { [path]: zeros(16 * 1024 * 1024) }), path, 100);
    assert.equal(listZip(bomb).find((e) => e.path === path)!.size, 100);
    await rejectsWith(readZipEntries(bomb, NEEDED, [], undefined, small), /unpacks to more than 1\.0 MB: refused/);
    // Under the cap, the lie is still caught.
    const liar = forgeDeclaredSize(releaseZip(['Occupation Data.txt'], { [path]: zeros(1000) }), path, 100);
    await rejectsWith(readZipEntries(liar, NEEDED), /is damaged: it unpacks to 1000 bytes, its header says 100/);
  });

  it('caps the needed entries together', async () => {
    const zip = releaseZip([], {
      [`${RELEASE_FOLDER}/Occupation Data.txt`]: zeros(900 * 1024),
      [`${RELEASE_FOLDER}/Task Statements.txt`]: zeros(900 * 1024),
    });
    await rejectsWith(
      readZipEntries(zip, NEEDED, [], undefined, { ...small, totalBytes: 1024 * 1024 }),
      /unpack to more than 1\.0 MB: refused/,
    );
  });

  it('names every missing file', async () => {
    await rejectsWith(
      readZipEntries(releaseZip(['Read Me.txt']), NEEDED),
      /has no "Occupation Data\.txt" and no "Task Statements\.txt": it is not an O\*NET text release/,
    );
    await rejectsWith(readZipEntries(zipSync({}), NEEDED), /has no "Occupation Data\.txt"/);
    // Deeper than one folder is not the release's layout.
    await rejectsWith(
      readZipEntries(releaseZip([], { 'a/b/Occupation Data.txt': zeros(1), 'Task Statements.txt': zeros(1) }), NEEDED),
      /has no "Occupation Data\.txt":/,
    );
  });

  it('refuses a needed file that appears twice, and a directory with too many entries', async () => {
    await rejectsWith(
      readZipEntries(releaseZip(undefined, { 'other/Task Statements.txt': zeros(1) }), NEEDED),
      /holds "Task Statements\.txt" twice/,
    );
    await rejectsWith(readZipEntries(good, NEEDED, [], undefined, { ...small, entries: 3 }), /lists more than 3 entries/);
  });

  it('refuses, fast, an archive with local headers its directory does not list (300,000 hidden headers)', async () => {
    const zip = hideLocalHeaders(releaseZip(['Occupation Data.txt', 'Task Statements.txt']), 300_000);
    await rejectsWith(
      readZipEntries(zip, NEEDED),
      /^the zip archive holds data its directory does not list \(a hidden local header at byte \d+\): refused$/,
    );
    // One hidden header is as suspect as many.
    await rejectsWith(readZipEntries(hideLocalHeaders(good, 1), NEEDED), /holds data its directory does not list/);
  });

  it('refuses an entry name longer than the limit, before reading it', async () => {
    const zip = releaseZip(['Occupation Data.txt', 'Task Statements.txt'], { [`${'x'.repeat(2000)}.txt`]: zeros(1) });
    await rejectsWith(readZipEntries(zip, NEEDED), /^the zip archive holds an entry name of 2004 bytes, at most 1024: refused$/);
  });

  it("refuses an archive whose directory and local headers disagree on an entry's name or place", async () => {
    const zip = releaseZip(['Occupation Data.txt', 'Task Statements.txt']);
    const renamed = zip.slice();
    // The first local header's name, "db_29_3_text/Occupation Data.txt", becomes "db_29_3_text/Xccupation Data.txt".
    renamed[30 + RELEASE_FOLDER.length + 1] = 0x58;
    await rejectsWith(
      readZipEntries(renamed, NEEDED),
      /the local header of "db_29_3_text\/Occupation Data\.txt" does not match its directory entry/,
    );
    const moved = zip.slice();
    // The second directory entry points one byte past its local header.
    const view = new DataView(moved.buffer);
    const first = directoryOffset(zip);
    const second = first + 46 + view.getUint16(first + 28, true) + view.getUint16(first + 30, true) + view.getUint16(first + 32, true);
    view.setUint32(second + 42, view.getUint32(second + 42, true) + 1, true);
    await rejectsWith(readZipEntries(moved, NEEDED), /does not match its directory entry|does not list/);
  });

  it('lets a cancel land during the unzip', async () => {
    const zip = releaseZip(['Occupation Data.txt', 'Task Statements.txt']);
    let calls = 0;
    await assert.rejects(
      readZipEntries(zip, NEEDED, [], () => {
        calls++;
        throw new Error('cancelled');
      }),
      /cancelled/,
    );
    assert.equal(calls, 1);
  });
});

describe('O*NET download: the zip reader under mutated archives (seeded fuzz)', () => {
  /** mulberry32: a small seeded generator, so a failure reproduces. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const runs = Number(process.env.CAREER_COMPARE_FUZZ_RUNS) || 300;
  const head = (name: string, lines: number) =>
    new TextEncoder().encode(readFileSync(join(ONET_FOLDER, name), 'utf8').split('\n').slice(0, lines).join('\n'));

  it(`gives data or a DownloadError for ${runs} mutated archives, never another error`, async function () {
    this.timeout(60_000);
    const base = zipSync({
      [`${RELEASE_FOLDER}/Occupation Data.txt`]: head('Occupation Data.txt', 40),
      [`${RELEASE_FOLDER}/Task Statements.txt`]: head('Task Statements.txt', 120),
      [`${RELEASE_FOLDER}/Read Me.txt`]: head('Read Me.txt', 20),
    });
    const next = random(20261129);
    const outcomes = { data: 0, refused: 0 };
    for (let run = 0; run < runs; run++) {
      let bytes = base.slice();
      const kind = run % 3;
      if (kind === 0) {
        for (let flips = 1 + Math.floor(next() * 8); flips > 0; flips--)
          bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      } else if (kind === 1) {
        bytes = bytes.subarray(0, Math.floor(next() * bytes.length));
      } else {
        const at = Math.floor(next() * bytes.length);
        const junk = Uint8Array.from({ length: 1 + Math.floor(next() * 64) }, () => Math.floor(next() * 256));
        bytes = new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
      }
      try {
        const files = await readZipEntries(bytes, NEEDED, OPTIONAL, undefined, small);
        for (const name of NEEDED) assert.ok(files.has(name), `run ${run}: ${name}`);
        outcomes.data++;
      } catch (err) {
        assert.equal((err as Error).name, 'DownloadError', `run ${run} (kind ${kind}): ${(err as Error).stack}`);
        assert.ok(!/[\r\n]/.test((err as Error).message), `run ${run}: one line: ${JSON.stringify((err as Error).message)}`);
        outcomes.refused++;
      }
    }
    assert.equal(outcomes.data + outcomes.refused, runs);
    assert.ok(outcomes.refused > runs / 3, JSON.stringify(outcomes));
  });
});

describe('O*NET download: fetching from a server', () => {
  let server: TestServer;
  const body = new TextEncoder().encode('PK\u0003\u0004 pretend this is a zip archive, 64 bytes of it.........');
  const get = (path: string, maxBytes?: number, signal = new AbortController().signal) => {
    const seen: DownloadProgress[] = [];
    const promise = fetchDownloader.download(new URL(path, server.origin), { signal, onProgress: (p) => seen.push(p), maxBytes });
    return { promise, seen };
  };

  before(async () => {
    server = await serveRoutes({
      '/ok.zip': { body },
      '/moved': { status: 302, headers: { location: '/ok.zip' } },
      '/loop': { status: 301, headers: { location: '/loop' } },
      '/elsewhere': { status: 302, headers: { location: 'http://example.org/ok.zip' } },
      '/evil': { status: 302, headers: { location: 'https://evil.example/ok.zip' } },
      '/gzip': { body: gzipSync(body), headers: { 'content-encoding': 'gzip' } },
      '/deflate': { body: deflateSync(body), headers: { 'content-encoding': 'deflate' } },
      '/br': { body: brotliCompressSync(body), headers: { 'content-encoding': 'br' } },
      '/gzip-bomb': { body: gzipSync(zeros(4 * 1024 * 1024)), headers: { 'content-encoding': 'gzip' } },
      '/compress': { body, headers: { 'content-encoding': 'compress' } },
      '/nowhere': { status: 307 },
      '/error': { status: 500, body: 'boom' },
      '/cut': { body, breakAfter: 10 },
      '/chunked': { body, chunked: true },
      '/stall': { body, stallAfter: 10 },
      '/silent': { silent: true },
    });
  });
  after(() => server.close());

  it('downloads the body, reporting bytes of the announced total', async () => {
    const { promise, seen } = get('/ok.zip');
    assert.deepEqual(await promise, body);
    assert.deepEqual(seen.at(-1), { received: body.length, total: body.length });
  });

  it('follows a redirect, and refuses one to plain http elsewhere, a loop and one without a Location', async () => {
    assert.deepEqual(await get('/moved').promise, body);
    await rejectsWith(get('/elsewhere').promise, /redirected the download to "http:\/\/example\.org\/ok\.zip": refused/);
    await rejectsWith(get('/evil').promise, /redirected the download to "https:\/\/evil\.example\/ok\.zip": refused/);
    await rejectsWith(get('/loop').promise, /more than 5 redirects: refused/);
    await rejectsWith(get('/nowhere').promise, /HTTP 307 without a Location/);
  });

  it('refuses a redirect to another port of this computer, without touching it', async () => {
    const other = await serveRoutes({ '/admin/delete?all=1': { body: 'deleted' } });
    try {
      server.routes.set('/other-port', { status: 302, headers: { location: `${other.origin}/admin/delete?all=1` } });
      await rejectsWith(
        get('/other-port').promise,
        /redirected the download to "http:\/\/127\.0\.0\.1:\d+\/admin\/delete\?all=1": refused/,
      );
      assert.deepEqual(other.requests, []);
    } finally {
      await other.close();
    }
  });

  it('decodes a gzip, deflate or brotli body, whose Content-Length counts the encoded bytes', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) {
      const { promise, seen } = get(path);
      assert.deepEqual(await promise, body, path);
      assert.deepEqual(seen.at(-1), { received: body.length, total: undefined }, path);
    }
  });

  it('refuses a gzip bomb on its decoded size, and an encoding it cannot decode', async () => {
    await rejectsWith(get('/gzip-bomb', 1024 * 1024).promise, /^the download is larger than the 1\.0 MB limit$/);
    await rejectsWith(
      get('/compress').promise,
      /sent the download encoded as "compress", which cannot be decoded: .*download the zip yourself/,
    );
  });

  it('names the HTTP status of a 404 and a 500', async () => {
    await rejectsWith(get('/missing.zip').promise, /^127\.0\.0\.1:\d+ answered HTTP 404 Not Found for "\/missing\.zip"$/);
    await rejectsWith(get('/error').promise, /answered HTTP 500 Internal Server Error/);
  });

  it('refuses a body over the cap, from Content-Length and while streaming', async () => {
    await rejectsWith(get('/ok.zip', 10).promise, /larger than the 0\.0 MB limit \(the server announced 0\.0 MB\)$/);
    await rejectsWith(get('/chunked', 10).promise, /larger than the 0\.0 MB limit$/);
    assert.deepEqual(await get('/chunked').promise, body);
  });

  it('says when the connection breaks off, and when nothing listens', async () => {
    await rejectsWith(get('/cut').promise, /broke off after 0\.0 MB of 0\.0 MB/);
    const closed = await serveRoutes();
    const origin = closed.origin;
    await closed.close();
    await rejectsWith(
      fetchDownloader.download(new URL('/a.zip', origin), { signal: new AbortController().signal, onProgress: () => {} }),
      /could not reach 127\.0\.0\.1:\d+: the connection was refused/,
    );
  });

  it('in the web build, says a refused request may be a missing CORS header and how to import instead', async () => {
    const closed = await serveRoutes();
    const origin = closed.origin;
    await closed.close();
    await rejectsWith(
      browserFetchDownloader.download(new URL('/a.zip', origin), { signal: new AbortController().signal, onProgress: () => {} }),
      /^the browser could not fetch from 127\.0\.0\.1:\d+: .*CORS headers.*run "Import O\*NET Database…" on that folder$/,
    );
  });

  it("in the web build, refuses a redirect whose target the browser's fetch hides", async () => {
    const realFetch = globalThis.fetch;
    // What a browser's fetch gives for `redirect: 'manual'`: no status, no Location.
    globalThis.fetch = async () => ({ type: 'opaqueredirect', status: 0, headers: new Headers(), body: null }) as unknown as Response;
    try {
      await rejectsWith(
        browserFetchDownloader.download(new URL('https://mirror.example/a.zip'), {
          signal: new AbortController().signal,
          onProgress: () => {},
        }),
        /^mirror\.example redirected the download, and in VS Code for the Web the browser hides where to: .*"Import O\*NET Database…"$/,
      );
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('gives up on a server that stalls, before or during the body', async () => {
    const stalled = (path: string) =>
      fetchDownloader.download(new URL(path, server.origin), {
        signal: new AbortController().signal,
        onProgress: () => {},
        idleSeconds: 0.3,
      });
    await rejectsWith(stalled('/silent'), /^127\.0\.0\.1:\d+ sent nothing for 0\.3 s: the download was given up$/);
    await rejectsWith(stalled('/stall'), /sent nothing for 0\.3 s/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await assert.rejects(get('/ok.zip', undefined, controller.signal).promise, /cancelled by the user/);
  });
});
