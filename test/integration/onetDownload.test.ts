// "Download O*NET Descriptions" in the real extension host: the URL setting
// pointed at a local server (127.0.0.1, a free port) that serves a release zip
// built at test time from ../shared/public-data/onet-29.3, and broken ones.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { buildComparison } from '../../src/compare/buildComparison';
import type { CareerCompareApi } from '../../src/extension';
import { nextRender } from './nextRender';
import type { ImportResult } from '../../src/host/official-data/onetImport';
import type { Role } from '../../src/model/schema';
import { ONET_FOLDER, RELEASE_FOLDER, releaseZip, serveRoutes, type TestServer } from '../support/onetZip';
import { api } from './api';

const IDS = ['registered-nurses', 'electricians'];

/** The description O*NET publishes for a base occupation, straight from the release file. */
function publishedDescription(code: string): string {
  const line = readFileSync(join(ONET_FOLDER, 'Occupation Data.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${code}\t`));
  assert.ok(line, `${code} in Occupation Data.txt`);
  return line.split('\t')[2].trim();
}

describe('Download O*NET Descriptions in a real VS Code', function () {
  this.timeout(120_000);
  let a: CareerCompareApi;
  let server: TestServer;
  const settings = () => vscode.workspace.getConfiguration('careerCompare');

  async function download(url: string): Promise<ImportResult> {
    await settings().update('onet.downloadUrl', url, vscode.ConfigurationTarget.Global);
    return (await vscode.commands.executeCommand('careerCompare.downloadOnet')) as ImportResult;
  }

  /** Whole roles (detail and imported prose), each required to exist. */
  async function fullRoles(ids: readonly string[]): Promise<Role[]> {
    const roles = await a.repository.roles(ids);
    return roles.map((r, i) => {
      assert.ok(r, `role ${ids[i]} loads`);
      return r;
    });
  }

  async function leftovers(): Promise<string[]> {
    const dir = vscode.Uri.joinPath(a.repository.proseFile, '..');
    return (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.endsWith('.tmp'));
  }

  before(async () => {
    a = await api();
    const good = releaseZip();
    server = await serveRoutes({
      '/db_29_3_text.zip': { body: good, headers: { 'content-type': 'application/zip' } },
      '/moved.zip': { status: 302, headers: { location: '/db_29_3_text.zip' } },
      '/truncated.zip': { body: good.subarray(0, Math.floor(good.length / 2)) },
      '/traversal.zip': { body: releaseZip(undefined, { '../../evil.txt': new TextEncoder().encode('x') }) },
      '/no-tasks.zip': { body: releaseZip(['Occupation Data.txt', 'Read Me.txt']) },
      '/damaged-tasks.zip': {
        body: releaseZip(['Occupation Data.txt'], {
          [`${RELEASE_FOLDER}/Task Statements.txt`]: new TextEncoder().encode('not\ta task file\n'),
        }),
      },
      '/page.html': { body: '<!DOCTYPE html><html><body>Moved</body></html>' },
      '/cut.zip': { body: good, breakAfter: 4096 },
    });
    await vscode.commands.executeCommand('careerCompare.removeOnet');
  });

  after(async () => {
    await settings().update('onet.downloadUrl', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('careerCompare.removeOnet');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await server?.close();
  });

  it('registers the command', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('careerCompare.downloadOnet'));
  });

  it('downloads the release named by the setting (through a redirect) and the open comparison fills in', async () => {
    const painted = nextRender(a, IDS);
    await vscode.commands.executeCommand('careerCompare.compareRoles', IDS);
    await painted;
    const before = buildComparison(await fullRoles(a.panel.roleIds));
    assert.equal(before.sections.find((s) => s.id === 'description')!.action, 'downloadDescriptions', 'the button is offered');
    const repainted = nextRender(a, IDS);
    const result = await download(`${server.origin}/moved.zip`);
    assert.equal(result.status, 'imported', result.detail);
    assert.deepEqual(server.requests.slice(-2), ['/moved.zip', '/db_29_3_text.zip']);
    await repainted;
    assert.deepEqual(a.panel.roleIds, IDS);
    const roles = await fullRoles(IDS);
    assert.equal(roles[0].description!.text, publishedDescription('29-1141.00'));
    assert.equal(roles[1].description!.text, publishedDescription('47-2111.00'));
    assert.deepEqual(roles[0].description!.source, { name: 'O*NET 29.3 Database (imported)', year: 2025 });
    const view = buildComparison(roles);
    const about = view.sections.find((s) => s.id === 'description')!;
    assert.ok(about.kind === 'text', `the description section is text, not ${about.kind}`);
    assert.ok(about.blocks.every((b) => b.text !== null && b.text.length > 50));
    assert.equal(about.action, undefined, 'no download button once descriptions are there');
    const tasks = view.sections.find((s) => s.id === 'responsibilities')!;
    assert.ok(tasks.kind === 'list', `the responsibilities section is a list, not ${tasks.kind}`);
    assert.ok(tasks.lists.every((l) => l.items.length > 10));
    assert.deepEqual(await leftovers(), []);
  });

  for (const [name, path, pattern] of [
    ['a truncated zip', '/truncated.zip', /incomplete or damaged/],
    ['a 404', '/missing.zip', /answered HTTP 404 Not Found for "\/missing\.zip"/],
    ['a web page instead of a zip', '/page.html', /not a zip archive \(it starts with "<!DOCTYPE html>/],
    ['a path traversal entry', '/traversal.zip', /unsafe name, "\.\.\/\.\.\/evil\.txt": refused/],
    ['a zip without Task Statements.txt', '/no-tasks.zip', /has no "Task Statements\.txt": it is not an O\*NET text release/],
    ['a damaged Task Statements.txt', '/damaged-tasks.zip', /^Task Statements\.txt/],
    ['a connection that breaks off', '/cut.zip', /broke off after/],
  ] as const) {
    it(`leaves the previous data byte-identical after ${name}`, async () => {
      const before = await vscode.workspace.fs.readFile(a.repository.proseFile);
      const result = await download(`${server.origin}${path}`);
      assert.equal(result.status, 'failed');
      assert.match(result.detail!, pattern);
      assert.deepEqual(await vscode.workspace.fs.readFile(a.repository.proseFile), before);
      const [nurses] = await fullRoles(['registered-nurses']);
      assert.equal(nurses.description!.text, publishedDescription('29-1141.00'));
      assert.deepEqual(await leftovers(), []);
    });
  }

  it('joins a second request to the download under way instead of starting another', async () => {
    await settings().update('onet.downloadUrl', `${server.origin}/db_29_3_text.zip`, vscode.ConfigurationTarget.Global);
    const before = server.requests.length;
    const [first, second] = await Promise.all([
      vscode.commands.executeCommand('careerCompare.downloadOnet'),
      vscode.commands.executeCommand('careerCompare.downloadOnet'),
    ]);
    assert.deepEqual(first, second);
    assert.equal((first as ImportResult).status, 'imported');
    assert.deepEqual(server.requests.slice(before), ['/db_29_3_text.zip']);
  });

  it('says so when nothing answers (offline), and refuses plain http to another host', async () => {
    const closed = await serveRoutes();
    await closed.close();
    const before = await vscode.workspace.fs.readFile(a.repository.proseFile);
    const offline = await download(`${closed.origin}/db_29_3_text.zip`);
    assert.equal(offline.status, 'failed');
    assert.match(offline.detail!, /could not reach 127\.0\.0\.1:\d+: the connection was refused/);
    const plain = await download('http://www.onetcenter.org/dl_files/database/db_29_3_text.zip');
    assert.equal(plain.status, 'failed');
    assert.match(plain.detail!, /setting careerCompare\.onet\.downloadUrl is not usable: .* uses plain http/);
    assert.deepEqual(await vscode.workspace.fs.readFile(a.repository.proseFile), before);
  });

  it('never opens a stored import that is not a regular file: a named pipe there is reported, the roles load without prose', async () => {
    const before = await vscode.workspace.fs.readFile(a.repository.proseFile);
    await vscode.workspace.fs.delete(a.repository.proseFile);
    execFileSync('mkfifo', [a.repository.proseFile.fsPath]);
    try {
      a.repository.refresh();
      const roles = await fullRoles(IDS);
      assert.deepEqual(
        roles.map((r) => r.description),
        [undefined, undefined],
      );
    } finally {
      await vscode.workspace.fs.delete(a.repository.proseFile);
      await vscode.workspace.fs.writeFile(a.repository.proseFile, before);
      a.repository.refresh();
    }
    const restored = await fullRoles(IDS);
    assert.equal(restored[0].description!.text, publishedDescription('29-1141.00'));
  });
});
