// Your Roles in a real extension host (a trusted workspace: this run has
// workspace trust off). A role file in .career-compare/ is loaded, broken
// and fixed; its problems appear in and leave the Problems panel
// (languages.getDiagnostics) at the place of the bad value.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { nextRender } from './nextRender';
import { api } from './api';

const offer = (extra: Record<string, unknown> = {}) => ({
  roles: [
    {
      id: 'it-offer',
      title: 'Integration Offer Engineer',
      category: 'Offers',
      alternateTitles: ['Zebra Wrangler'],
      pay: { source: { name: 'My offer letter', year: 2026 }, yearly: 123456 },
      ...extra,
    },
  ],
});

/** Our diagnostics of a file (the JSON language service adds its own, from the contributed schema). */
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Career Compare');

/** Resolves when our diagnostics of `uri` (or all, with `all`) next change and satisfy `ok`. */
function diagnosticsFor(
  uri: vscode.Uri,
  ok: (d: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
  all = false,
): Promise<vscode.Diagnostic[]> {
  const get = (u: vscode.Uri) => (all ? vscode.languages.getDiagnostics(u) : ours(u));
  return new Promise((resolve, reject) => {
    const now = get(uri);
    if (ok(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `diagnostics of ${uri.path} did not settle: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`,
        ),
      );
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const list = get(uri);
      if (!ok(list)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(list);
    });
  });
}

describe('Your Roles: role files in the workspace', function () {
  let a: CareerCompareApi;
  let dir: string;
  let file: string;
  let uri: vscode.Uri;

  /** Writes the file and waits until a load has seen it with the expected role count. */
  async function write(content: string, roles: (n: number) => boolean): Promise<void> {
    const loaded = new Promise<void>((resolve) => {
      const sub = a.userRoles.onDidLoad((e) => {
        if (e.files > 0 && roles(e.roles)) {
          sub.dispose();
          resolve();
        }
      });
    });
    writeFileSync(file, content);
    await loaded;
  }

  before(async () => {
    a = await api();
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    dir = join(folder, '.career-compare');
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'offer.json');
    uri = vscode.Uri.file(file);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is trusted here, and contributes New Role File… and the role-file schema', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    assert.ok((await vscode.commands.getCommands(true)).includes('careerCompare.newRoleFile'));
  });

  it('loads a new role file into the tree ("Your Roles"), the search and a comparison, without a reload', async () => {
    await write(JSON.stringify(offer(), null, 2), (n) => n === 1);
    const top = await a.tree.getChildren();
    const group = top.find((n) => n.kind === 'category' && n.name === 'Your Roles');
    assert.ok(group, 'a "Your Roles" group');
    const titles = (await a.tree.getChildren(group)).map((n) => String(a.tree.getTreeItem(n).label));
    assert.deepEqual(titles, ['Integration Offer Engineer']);
    const hits = await a.repository.search('zebra wrangler', 5);
    assert.equal(hits[0]?.roleId, 'it-offer');
    const painted = nextRender(a, ['it-offer', 'registered-nurses']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['it-offer', 'registered-nurses']);
    await painted;
    assert.deepEqual(ours(uri), []);
  });

  it('a broken file: each problem in the Problems panel at the bad value; the role leaves the catalog', async () => {
    const text = JSON.stringify(offer(), null, 2).replace('"yearly": 123456', '"yearly": "lots"');
    await write(text, (n) => n === 0);
    const [d] = await diagnosticsFor(uri, (list) => list.length === 1);
    const line = text.split('\n').findIndex((l) => l.includes('"lots"'));
    assert.equal(d.range.start.line, line);
    assert.equal(d.range.start.character, text.split('\n')[line].indexOf('"lots"'));
    assert.equal(d.range.end.character - d.range.start.character, '"lots"'.length);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'Career Compare');
    assert.match(d.message, /role "it-offer", field "pay.yearly": expected dollars/);
    assert.equal((await a.repository.catalog()).byId.has('it-offer'), false);
  });

  it('a syntax error: at its place', async () => {
    const text = JSON.stringify(offer(), null, 2).replace('"title":', '"title"');
    await write(text, (n) => n === 0);
    const [d] = await diagnosticsFor(uri, (list) => list.length === 1 && /not valid JSON/.test(list[0].message));
    assert.equal(d.message, 'not valid JSON: a colon is expected here');
    assert.equal(
      d.range.start.line,
      text.split('\n').findIndex((l) => l.includes('"title"')),
    );
  });

  it('fixed: the diagnostics clear and the role is back', async () => {
    await write(JSON.stringify(offer(), null, 2), (n) => n === 1);
    await diagnosticsFor(uri, (list) => list.length === 0);
    assert.equal((await a.repository.catalog()).byId.get('it-offer')?.category, 'Your Roles');
  });

  it('an official id is rejected at its id; the other roles of the file load', async () => {
    const both = { roles: [...offer().roles, { id: 'registered-nurses', title: 'My Nurse', category: 'Mine' }] };
    const text = JSON.stringify(both, null, 2);
    await write(text, (n) => n === 1);
    const [d] = await diagnosticsFor(uri, (list) => list.length === 1);
    assert.match(d.message, /official role's id/);
    assert.equal(
      d.range.start.line,
      text.split('\n').findIndex((l) => l.includes('"registered-nurses"')),
    );
    assert.equal(
      (await a.repository.catalog()).byId.get('registered-nurses')?.category,
      'Healthcare Practitioners and Technical Occupations',
    );
  });

  it('checks an open file as it is typed, before it is saved', async () => {
    await write(JSON.stringify(offer(), null, 2), (n) => n === 1);
    await diagnosticsFor(uri, (list) => list.length === 0);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf('"Offers"');
    edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + '"Offers"'.length)), '""');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [d] = await diagnosticsFor(uri, (list) => list.length === 1);
    assert.match(d.message, /field "category"/);
    assert.equal(d.range.start.line, doc.positionAt(at).line);
    assert.equal(d.range.start.character, doc.positionAt(at).character);
    // The JSON language service checks the same value against the contributed schema (jsonValidation).
    const schema = await diagnosticsFor(uri, (list) => list.some((x) => x.source !== 'Career Compare'), 30_000, true);
    assert.ok(
      schema.some((x) => x.source !== 'Career Compare' && x.range.start.line === d.range.start.line),
      JSON.stringify(schema),
    );
    await vscode.commands.executeCommand('undo');
    await diagnosticsFor(uri, (list) => list.length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('New Role File… writes a valid file from an official role, opens it, and loads it', async () => {
    const loaded = new Promise<void>((resolve) => {
      const sub = a.userRoles.onDidLoad(async () => {
        if ((await a.repository.catalog()).byId.has('my-registered-nurses')) {
          sub.dispose();
          resolve();
        }
      });
    });
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('careerCompare.newRoleFile', 'registered-nurses');
    assert.ok(created, 'a file was created');
    assert.equal(created.path.endsWith('/.career-compare/my-registered-nurses.json'), true);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
    await loaded;
    const mine = await a.repository.role('my-registered-nurses');
    const official = await a.repository.role('registered-nurses');
    assert.deepEqual(mine?.pay?.yearly, official?.pay?.yearly);
    assert.ok((mine?.skills?.items.length ?? 0) > 0, 'skills prefilled');
    assert.deepEqual(ours(created), []);
  });
});

describe('Your Roles: a hostile workspace (issue 17)', function () {
  let a: CareerCompareApi;
  let dir: string;
  const made: string[] = [];

  /** Writes a file into .career-compare/ that after() removes. */
  function place(name: string, content?: string): vscode.Uri {
    const path = join(dir, name);
    if (content === undefined) execFileSync('mkfifo', [path]);
    else writeFileSync(path, content);
    made.push(path);
    return vscode.Uri.file(path);
  }

  /** The next load that has read at least `files` files (a timeout fails the test instead of hanging it). */
  function nextLoad(files: number, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`no load of ${files} files finished within ${timeoutMs} ms (last: ${JSON.stringify(a.userRoles.last)})`));
      }, timeoutMs);
      const sub = a.userRoles.onDidLoad((e) => {
        if (e.files < files) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });
  }

  before(async () => {
    a = await api();
    dir = join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.career-compare');
    mkdirSync(dir, { recursive: true });
  });

  after(() => {
    for (const path of made) {
      // A reader stuck on the pipe (the bug this suite is about) gets end of file instead of waiting forever.
      try {
        closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // no reader: nothing to release
      }
      rmSync(path, { force: true });
    }
  });

  it('a search during a load waits for it: what a picker opened then holds has every role the search finds', async () => {
    place('race.json', JSON.stringify({ roles: [{ id: 'it-race', title: 'Integration Race Surveyor', category: 'Offers' }] }));
    a.userRoles.restart();
    // What a picker opened right now holds (Search Roles at the start of a window, before the first load ends).
    const catalog = await a.repository.catalog();
    await a.userRoles.settled();
    const hits = await a.repository.search('Integration Race Surveyor', 5);
    assert.equal(hits[0]?.roleId, 'it-race');
    assert.ok(catalog.byId.has('it-race'), 'the catalog a picker opened during the load lacks the role its search finds');
  });

  it('a good file, a 9,000-deep file and a named pipe: the good role loads, the deep file and the pipe are in Problems', async () => {
    const good = { roles: [{ id: 'it-hostile-good', title: 'Integration Steadfast Role', category: 'Offers' }] };
    place('good.json', JSON.stringify(good, null, 2));
    const deep = place('deep.json', `{"roles":[${'['.repeat(9_000)}${']'.repeat(9_000)}]}`);
    const pipe = place('pipe.json');
    const loaded = nextLoad(3);
    a.userRoles.restart();
    await loaded;
    assert.equal((await a.repository.catalog()).byId.get('it-hostile-good')?.category, 'Your Roles');
    const [d] = await diagnosticsFor(deep, (list) => list.length === 1);
    assert.match(d.message, /nested deeper than 64 levels/);
    const [p] = await diagnosticsFor(pipe, (list) => list.length === 1);
    assert.match(p.message, /not a regular file/);
  });

  it('a symlinked role folder is not followed out of the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'career-compare-outside-'));
    writeFileSync(join(outside, 'out.json'), JSON.stringify({ roles: [{ id: 'it-outside', title: 'Outside Role', category: 'Offers' }] }));
    const link = join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'linked-roles');
    symlinkSync(outside, link, 'dir');
    const settings = vscode.workspace.getConfiguration('careerCompare');
    try {
      const loaded = nextLoad(1);
      await settings.update('roleFiles', ['linked-roles'], vscode.ConfigurationTarget.Workspace);
      await loaded;
      await a.userRoles.settled();
      assert.equal((await a.repository.catalog()).byId.has('it-outside'), false, 'a role from outside the workspace was loaded');
    } finally {
      await settings.update('roleFiles', undefined, vscode.ConfigurationTarget.Workspace);
      rmSync(link, { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
