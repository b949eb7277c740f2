// Hostile input and faults inside the real extension host: role files that
// would hide every role, links to devices, named pipes, crash leftovers,
// hostile webview state and messages. Each test undoes what it adds.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { ImportResult } from '../../src/host/official-data/onetImport';
import { api } from './api';

const ROLES = join(__dirname, '..', '..', '..', 'data', 'roles');
const ONET = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data', 'onet-29.3');

/** An import from a folder with real Occupation Data and `tasks` made by `make`, with a deadline: a hang fails the test. */
async function importWith(make: (path: string) => void, timeoutMs = 20_000): Promise<ImportResult> {
  const folder = mkdtempSync(join(tmpdir(), 'onet-hostile-'));
  copyFileSync(join(ONET, 'Occupation Data.txt'), join(folder, 'Occupation Data.txt'));
  make(join(folder, 'Task Statements.txt'));
  const result = vscode.commands.executeCommand<ImportResult>('careerCompare.importOnet', vscode.Uri.file(folder));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`the import did not finish within ${timeoutMs} ms`)), timeoutMs),
  );
  return Promise.race([result, timeout]);
}

describe('hostile input in a real VS Code', function () {
  let a: CareerCompareApi;
  const added: string[] = [];

  before(async () => {
    a = await api();
  });

  after(async () => {
    for (const path of added) rmSync(path, { force: true });
    a.repository.refresh();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('loads every role beside a file with 150,000 empty responsibilities and a link to /dev/zero, and reports both', async () => {
    const big = join(ROLES, 'zz-hostile-big.json');
    const link = join(ROLES, 'zz-hostile-link.json');
    added.push(big, link);
    const huge = {
      id: 'zz-huge',
      title: 'Huge',
      category: 'Tests',
      responsibilities: { source: { name: 'T', year: 2026 }, items: Array.from({ length: 150_000 }, () => '') },
    };
    writeFileSync(big, JSON.stringify({ roles: [huge, { id: 'zz-fine', title: 'Fine', category: 'Tests' }] }));
    symlinkSync('/dev/zero', link);
    const before = (await a.repository.catalog()).roles.length;
    a.repository.refresh();
    const catalog = await a.repository.catalog();
    assert.equal(catalog.roles.length, before + 1, 'every role loads, plus the valid one beside the huge one');
    assert.ok(catalog.byId.has('zz-fine'));
    assert.ok(catalog.byId.has('technical-manager'));
    const problems = catalog.problems.map((p) => `${p.file}|${p.role ?? ''}|${p.field ?? ''}|${p.message}`);
    assert.ok(
      problems.includes('data/roles/zz-hostile-big.json|zz-huge|responsibilities.items|150,000 items, at most 2,000'),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.startsWith('data/roles/zz-hostile-link.json|||a symbolic link')),
      problems.join('\n'),
    );
    for (const path of added.splice(0)) rmSync(path, { force: true });
    a.repository.refresh();
    assert.equal((await a.repository.catalog()).roles.length, before);
  });

  it('refuses a Task Statements.txt that links to /dev/zero, naming the file, without reading it', async () => {
    const result = await importWith((path) => symlinkSync('/dev/zero', path));
    assert.equal(result.status, 'failed');
    assert.match(result.detail!, /^Task Statements\.txt: not a regular file/);
  });

  it('refuses a Task Statements.txt that is a named pipe instead of hanging', async () => {
    const result = await importWith((path) => execFileSync('mkfifo', [path]));
    assert.equal(result.status, 'failed');
    assert.match(result.detail!, /^Task Statements\.txt: not a regular file/);
  });

  it('removes a temporary file left by a crashed import at the next start', async () => {
    const storage = vscode.Uri.joinPath(a.repository.proseFile, '..');
    await vscode.workspace.fs.createDirectory(storage);
    const leftover = vscode.Uri.joinPath(storage, 'onet-prose.json.1700000000000.tmp');
    await vscode.workspace.fs.writeFile(leftover, new TextEncoder().encode('{"half": "written'));
    const hourAgo = Date.now() / 1000 - 3600;
    utimesSync(leftover.fsPath, hourAgo, hourAgo);
    a.repository.refresh();
    await a.repository.catalog();
    const deadline = Date.now() + 10_000;
    let names: string[] = [];
    while (Date.now() < deadline) {
      names = (await vscode.workspace.fs.readDirectory(storage)).map(([n]) => n);
      if (!names.includes('onet-prose.json.1700000000000.tmp')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(
      names.filter((n) => n.endsWith('.tmp')),
      [],
    );
  });

  it('drops hostile webview messages and restores from a hostile saved state without throwing', async () => {
    const deep = (() => {
      let d: unknown = [];
      for (let i = 0; i < 100_000; i++) d = [d];
      return d;
    })();
    for (const bad of [
      { type: { toString: 0 } },
      { type: deep },
      {
        get type(): never {
          throw new Error('getter');
        },
      },
      { type: 'problem', message: 'x\n[error] forged' },
      { type: 'problem', message: 'x'.repeat(2_000_000) },
    ]) {
      assert.doesNotThrow(() => a.panel.handleWebviewMessage(bad));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const panel = vscode.window.createWebviewPanel('careerCompare.comparison', 'Restored', vscode.ViewColumn.Active, {});
    await a.panel.restore(panel, { roleIds: { toString: 0 } });
    await a.panel.restore(vscode.window.createWebviewPanel('careerCompare.comparison', 'Second', vscode.ViewColumn.Active, {}), {
      type: deep,
    });
    assert.deepEqual(a.panel.roleIds, []);
    panel.dispose();
  });
});
