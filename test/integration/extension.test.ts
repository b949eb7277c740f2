// Runs inside a real VS Code extension host (code-server here, or desktop
// VS Code through @vscode/test-electron), against the built extension.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { RoleNode } from '../../src/host/rolesTree';

const EXTENSION_ID = 'career-compare.career-compare';

async function api(): Promise<CareerCompareApi> {
  const ext = vscode.extensions.getExtension<CareerCompareApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** Resolves with the next paint the webview reports for these role ids. */
function nextRender(a: CareerCompareApi, roleIds: string[], timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the webview did not report painting ${roleIds.join(', ')} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = a.panel.onDidRender((e) => {
      if (e.roleIds.join() !== roleIds.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.paintMs);
    });
  });
}

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

  it('contributes the Roles view and loads no data until asked', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { views: Record<string, { id: string }[]> } };
    assert.deepEqual(pkg.contributes.views.careerCompare.map((v) => v.id), ['careerCompare.roles']);
    assert.equal(a.repository.loaded, false, 'activation loaded the role data');
  });

  it('lists categories, then both reference roles with salary and tooltip', async () => {
    const top = await a.tree.getChildren();
    const categories = top.map((n) => (n.kind === 'category' ? n.name : '?'));
    assert.deepEqual(categories, ['Computer and Mathematical Occupations', 'Management Occupations']);
    const roles: RoleNode[] = [];
    for (const node of top) roles.push(...(await a.tree.getChildren(node)));
    const items = roles.map((n) => a.tree.getTreeItem(n));
    assert.deepEqual(items.map((i) => i.label), ['Lead Technician', 'Technical Manager']);
    assert.deepEqual(items.map((i) => i.description), ['$90,615', '$116,619']);
    // appendText escapes data text for Markdown (spaces as &nbsp;, brackets with backslashes).
    const tooltip = (items[1].tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(tooltip, /Salary: \$116,619 a year \(Reference comparison page, year not stated\)/);
    assert.match(tooltip, /Growth: 8%/);
    assert.equal(items[0].contextValue, 'role');
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
    for (const bad of [{ type: 'select', roleIds: [] }, { type: 'drop-tables' }, 'ready', null, { type: 'select', roleIds: 'x' }]) {
      a.panel.handleWebviewMessage(bad);
    }
    assert.deepEqual(a.panel.roleIds, ['lead-technician']);
    const painted = nextRender(a, ['technical-manager']);
    a.panel.handleWebviewMessage({ type: 'select', roleIds: ['technical-manager'] });
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

  it('refuses an unknown role without changing what is shown', async () => {
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['no-such-role', 'lead-technician']);
    assert.deepEqual(a.panel.roleIds, ['lead-technician']);
    assert.equal(activeTabLabel(), 'Lead Technician');
  });

  it('reloads the roles on Refresh', async () => {
    const before = await a.repository.catalog();
    await vscode.commands.executeCommand('careerCompare.refresh');
    const after = await a.repository.catalog();
    assert.notEqual(before, after);
    assert.equal(after.roles.length, before.roles.length);
  });
});
