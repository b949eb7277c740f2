// Runs inside a real VS Code extension host (code-server here, or desktop
// VS Code through @vscode/test-electron), against the built extension.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { nextRender } from './nextRender';
import type { ImportResult } from '../../src/host/official-data/onetImport';
import { api, packageJson } from './api';

function activeTabLabel(): string | undefined {
  return vscode.window.tabGroups.activeTabGroup.activeTab?.label;
}

describe('Career Compare in a real VS Code', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of [
      'careerCompare.compareRoles',
      'careerCompare.compareWith',
      'careerCompare.openRole',
      'careerCompare.searchRoles',
      'careerCompare.refresh',
      'careerCompare.swapSides',
      'careerCompare.showLog',
    ]) {
      assert.ok(all.includes(id), `${id} is registered`);
    }
  });

  it('runs the Node build in a Node extension host (the web build has its own suite: test/e2e/web.e2e.mjs)', () => {
    assert.deepEqual(a.runtime, { build: 'node', nodeProcess: true });
  });

  it('contributes the Roles view and loads no data until asked', async () => {
    const pkg = packageJson<{ contributes: { views: Record<string, { id: string }[]> } }>();
    assert.deepEqual(
      pkg.contributes.views.careerCompare.map((v) => v.id),
      ['careerCompare.roles'],
    );
    assert.equal(a.repository.loaded, false, 'activation loaded the role data');
  });

  it('lists the 22 SOC major groups, the reference roles among them, with salary and tooltip', async () => {
    const top = await a.tree.getChildren();
    assert.equal(top.length, 22);
    const names = top.map((n) => (n.kind === 'category' ? n.name : '?'));
    assert.deepEqual(
      names,
      [...names].sort((x, y) => x.localeCompare(y)),
    );
    const categoryItem = a.tree.getTreeItem(top[0]);
    assert.equal(categoryItem.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const children = async (name: string) => {
      const node = top.find((n) => n.kind === 'category' && n.name === name)!;
      return (await a.tree.getChildren(node)).map((n) => a.tree.getTreeItem(n));
    };
    const management = await children('Management Occupations');
    const titles = management.map((i) => String(i.label));
    assert.deepEqual(
      titles,
      [...titles].sort((x, y) => x.localeCompare(y)),
      'roles sorted by title',
    );
    const tm = management.find((i) => i.label === 'Technical Manager')!;
    assert.equal(tm.description, '$116,619');
    const lt = (await children('Computer and Mathematical Occupations')).find((i) => i.label === 'Lead Technician')!;
    assert.equal(lt.description, '$90,615');
    assert.equal(lt.contextValue, 'role');
    // appendText escapes data text for Markdown (spaces as &nbsp;, brackets with backslashes).
    const tooltip = (tm.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(tooltip, /Salary: \$116,619 a year \(Reference comparison page, year not stated\)/);
    assert.match(tooltip, /Growth: 8%/);
    const nurses = (await children('Healthcare Practitioners and Technical Occupations')).find((i) => i.label === 'Registered Nurses')!;
    assert.equal(nurses.description, '$98,430');
  });

  it('opens a comparison panel titled "A vs B" and the webview reports it painted', async () => {
    const painted = nextRender(a, ['technical-manager', 'lead-technician']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['technical-manager', 'lead-technician']);
    const ms = await painted;
    assert.ok(ms >= 0);
    assert.equal(activeTabLabel(), 'Technical Manager vs Lead Technician');
    assert.deepEqual(a.panel.roleIds, ['technical-manager', 'lead-technician']);
  });

  it('swaps sides through the command and the bridge, updating the title', async () => {
    const painted = nextRender(a, ['lead-technician', 'technical-manager']);
    await vscode.commands.executeCommand('careerCompare.swapSides');
    await painted;
    assert.equal(activeTabLabel(), 'Lead Technician vs Technical Manager');
  });

  it('opens one role in the same panel', async () => {
    const painted = nextRender(a, ['lead-technician']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'lead-technician');
    await painted;
    assert.equal(activeTabLabel(), 'Lead Technician');
    const panels = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.equal(panels.length, 1, 'one comparison panel, reused');
  });

  it('drops an invalid message from the webview and acts on a valid one', async () => {
    for (const bad of [
      { type: 'select', roleIds: ['technical-manager'] },
      { type: 'drop-tables' },
      'ready',
      null,
      { type: 'replace', column: 0, roleId: 7 },
      { type: 'remove', column: 9 },
    ]) {
      a.panel.handleWebviewMessage(bad);
    }
    assert.deepEqual(a.panel.roleIds, ['lead-technician']);
    const painted = nextRender(a, ['technical-manager']);
    a.panel.handleWebviewMessage({ type: 'replace', column: 0, roleId: 'technical-manager' });
    await painted;
    assert.equal(activeTabLabel(), 'Technical Manager');
  });

  it('paints again when a hidden panel is shown again (the webview says ready anew)', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'another editor' });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Active });
    assert.notEqual(activeTabLabel(), 'Technical Manager');
    const painted = nextRender(a, ['technical-manager']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'technical-manager');
    await painted;
    assert.equal(activeTabLabel(), 'Technical Manager');
    const back = nextRender(a, ['lead-technician']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'lead-technician');
    await back;
  });

  it('lists official roles from the catalog, searches the prebuilt index and reads their detail when compared', async () => {
    const listed = (await a.repository.catalog()).byId.get('registered-nurses')!;
    assert.deepEqual(
      Object.keys(listed).sort(),
      ['category', 'entryEducation', 'growth', 'id', 'jobs', 'pay', 'socCode', 'title'],
      'the catalog holds summaries only',
    );
    const hits = await a.repository.search('registred nurse', 5);
    assert.equal(hits[0].roleId, 'registered-nurses');
    assert.deepEqual(
      (await a.repository.search('charge nurse', 5)).filter((h) => h.viaAlternate).map((h) => h.matched),
      ['Charge Nurse', 'Charge Nurse'],
    );
    assert.equal((await a.repository.search('lead technican', 1))[0].roleId, 'lead-technician', 'hand-written roles are searched too');
    const painted = nextRender(a, ['registered-nurses', 'electricians']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['registered-nurses', 'electricians']);
    await painted;
    assert.equal(activeTabLabel(), 'Registered Nurses vs Electricians');
    const nurses = (await a.repository.role('registered-nurses'))!;
    assert.ok(nurses.alternateTitles!.includes('Charge Nurse'));
    assert.ok(nurses.states && nurses.states.highestPaying.length > 0, 'the detail file holds pay by state');
    const back = nextRender(a, ['lead-technician']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'lead-technician');
    await back;
  });

  it('refuses an unknown role without changing what is shown', async () => {
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['no-such-role', 'lead-technician']);
    assert.deepEqual(a.panel.roleIds, ['lead-technician']);
    assert.equal(activeTabLabel(), 'Lead Technician');
  });

  it("opens a related role from the webview's intent, and ignores a role the catalog lacks", async () => {
    const catalog = await a.repository.catalog();
    const nurses = (await a.repository.role('registered-nurses'))!;
    const related = nurses.relatedRoles!.find((id) => catalog.byId.has(id))!;
    const painted = nextRender(a, [related]);
    a.panel.handleWebviewMessage({ type: 'openRole', roleId: related });
    await painted;
    assert.equal(activeTabLabel(), catalog.byId.get(related)!.title);
    a.panel.handleWebviewMessage({ type: 'openRole', roleId: 'no-such-role' });
    a.panel.handleWebviewMessage({ type: 'compareWith', roleId: 'no-such-role' });
    a.panel.handleWebviewMessage({ type: 'openRole', roleId: 42 });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(a.panel.roleIds, [related]);
    const back = nextRender(a, ['lead-technician']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'lead-technician');
    await back;
  });

  describe('Import O*NET Database', () => {
    const onetFolder = join(__dirname, '..', '..', '..', '..', 'shared', 'public-data', 'onet-29.3');
    const nurses = async () => (await a.repository.role('registered-nurses'))!;

    before(async () => {
      await vscode.commands.executeCommand('careerCompare.removeOnet');
    });

    after(async () => {
      await vscode.commands.executeCommand('careerCompare.removeOnet');
    });

    it('ships no O*NET prose', async () => {
      assert.equal((await nurses()).description, undefined);
    });

    it('imports descriptions and tasks from an O*NET text release folder', async () => {
      const result = (await vscode.commands.executeCommand('careerCompare.importOnet', vscode.Uri.file(onetFolder))) as ImportResult;
      assert.equal(result.status, 'imported', result.detail);
      const role = await nurses();
      assert.match(role.description!.text, /^Assess patient health problems and needs/);
      assert.deepEqual(role.description!.source, { name: 'O*NET 29.3 Database (imported)', year: 2025 });
      assert.ok(role.responsibilities!.items.length > 10);
      const tm = (await a.repository.role('technical-manager'))!;
      assert.match(tm.description!.text, /^A technical manager keeps/, 'a role keeps its own prose');
    });

    it('leaves the previous data untouched when a file is damaged, naming the file and line', async () => {
      const before = await vscode.workspace.fs.readFile(a.repository.proseFile);
      const broken = mkdtempSync(join(tmpdir(), 'onet-broken-'));
      copyFileSync(join(onetFolder, 'Occupation Data.txt'), join(broken, 'Occupation Data.txt'));
      const lines = readFileSync(join(onetFolder, 'Task Statements.txt'), 'utf8').split('\n');
      lines[4] = lines[4].split('\t').slice(0, 2).join('\t');
      writeFileSync(join(broken, 'Task Statements.txt'), lines.join('\n'));
      const result = (await vscode.commands.executeCommand('careerCompare.importOnet', vscode.Uri.file(broken))) as ImportResult;
      assert.equal(result.status, 'failed');
      assert.match(result.detail!, /^Task Statements\.txt, line 5: expected 8 tab-separated fields, found 2/);
      assert.deepEqual(await vscode.workspace.fs.readFile(a.repository.proseFile), before);
      assert.match((await nurses()).description!.text, /^Assess patient health problems/);
      const leftovers = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(a.repository.proseFile, '..'))).filter(([n]) =>
        n.endsWith('.tmp'),
      );
      assert.deepEqual(leftovers, []);
    });

    it('refuses a folder that is not an O*NET release', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'not-onet-'));
      const result = (await vscode.commands.executeCommand('careerCompare.importOnet', vscode.Uri.file(empty))) as ImportResult;
      assert.equal(result.status, 'failed');
      assert.match(result.detail!, /Occupation Data\.txt: not found in/);
    });

    it('removes the imported data', async () => {
      assert.equal(await vscode.commands.executeCommand('careerCompare.removeOnet'), true);
      assert.equal((await nurses()).description, undefined);
    });
  });

  it('reloads the roles on Refresh', async () => {
    const before = await a.repository.catalog();
    await vscode.commands.executeCommand('careerCompare.refresh');
    const after = await a.repository.catalog();
    assert.notEqual(before, after);
    assert.equal(after.roles.length, before.roles.length);
  });
});
