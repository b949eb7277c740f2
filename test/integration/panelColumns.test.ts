// Issue 9, columns: Add Role to Comparison… and Remove Role from Comparison…
// in the real extension host, from the palette's command, the Roles tree's
// node and the webview's intents; the rules (limit, duplicates, last column)
// hold whichever way in. Each test starts from the comparison it needs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { RoleNode } from '../../src/host/roles-view/rolesTree';
import { nextRender } from './nextRender';
import { COMMANDS } from '../../src/host/shared/commands';
import { api, packageJson } from './api';

const activeTabLabel = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label;

/** Runs `act` and waits for the webview to report painting `roleIds`. */
async function painted(a: CareerCompareApi, roleIds: string[], act: () => Thenable<unknown> | void): Promise<void> {
  const done = nextRender(a, roleIds);
  await act();
  await done;
  assert.deepEqual(a.panel.roleIds, roleIds);
}

/** Starts a test from this comparison, whatever the test before left open. */
function startWith(a: CareerCompareApi, roleIds: string[]): Promise<void> {
  return painted(a, roleIds, () => a.panel.show(roleIds));
}

/** Closes every editor and waits for the comparison panel to say it closed. */
async function closeAll(a: CareerCompareApi): Promise<void> {
  const closed = a.panel.roleIds.length === 0 ? undefined : new Promise<void>((resolve) => a.panel.onDidClose(() => resolve()));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await closed;
  assert.deepEqual(a.panel.roleIds, []);
}

/** The tree's node for a role, as the context menu passes it. */
async function treeNode(a: CareerCompareApi, category: string, title: string): Promise<RoleNode> {
  const top = await a.tree.getChildren();
  const group = top.find((n) => n.kind === 'category' && n.name === category);
  assert.ok(group, category);
  const node = (await a.tree.getChildren(group)).find((n) => n.kind === 'role' && n.role.title === title);
  assert.ok(node, title);
  return node as RoleNode;
}

describe('columns: 2–4 roles in one comparison', function () {
  let a: CareerCompareApi;
  const four = ['registered-nurses', 'electricians', 'cooks-restaurant', 'software-developers'];

  before(async () => {
    a = await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers Add Role to Comparison… and Remove Role from Comparison…', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes(COMMANDS.addRole));
    assert.ok(all.includes(COMMANDS.removeRole));
    const pkg = packageJson<{
      contributes: { menus: Record<string, { command: string; when?: string }[]> };
    }>();
    const menus = pkg.contributes.menus;
    assert.ok(
      menus['editor/title'].some((m) => m.command === COMMANDS.addRole),
      'a panel title-bar button',
    );
    assert.ok(
      menus['view/item/context'].some((m) => m.command === COMMANDS.addRole),
      'in the Roles tree context menu',
    );
  });

  it('opens a role page when no comparison is open', async () => {
    await closeAll(a);
    await painted(a, ['registered-nurses'], () => vscode.commands.executeCommand(COMMANDS.addRole, 'registered-nurses'));
    assert.equal(activeTabLabel(), 'Registered Nurses');
  });

  it('adds columns up to four, from a role id and from the Roles tree', async () => {
    await startWith(a, ['registered-nurses']);
    await painted(a, ['registered-nurses', 'electricians'], () => vscode.commands.executeCommand(COMMANDS.addRole, 'electricians'));
    const cooks = await treeNode(a, 'Food Preparation and Serving Related Occupations', 'Cooks, Restaurant');
    await painted(a, ['registered-nurses', 'electricians', 'cooks-restaurant'], () =>
      vscode.commands.executeCommand(COMMANDS.addRole, cooks),
    );
    await painted(a, four, () => vscode.commands.executeCommand(COMMANDS.addRole, 'software-developers'));
    assert.equal(activeTabLabel(), 'Registered Nurses vs Electricians vs Cooks, Restaurant vs Software Developers');
  });

  it('refuses a fifth role and a role already shown, leaving the comparison as it was', async () => {
    await startWith(a, four);
    await vscode.commands.executeCommand(COMMANDS.addRole, 'chief-executives');
    await vscode.commands.executeCommand(COMMANDS.addRole, 'electricians');
    assert.deepEqual(a.panel.roleIds, four);
  });

  it('refuses Swap Sides with more than two roles', async () => {
    const three = four.slice(0, 3);
    await startWith(a, three);
    await vscode.commands.executeCommand(COMMANDS.swapSides);
    assert.deepEqual(a.panel.roleIds, three);
  });

  it('removes a column by the command (index or role id) and by the webview intent', async () => {
    await startWith(a, four);
    await painted(a, ['registered-nurses', 'cooks-restaurant', 'software-developers'], () =>
      vscode.commands.executeCommand(COMMANDS.removeRole, 1),
    );
    await painted(a, ['registered-nurses', 'software-developers'], () =>
      vscode.commands.executeCommand(COMMANDS.removeRole, 'cooks-restaurant'),
    );
    await painted(a, ['software-developers'], () => a.panel.handleWebviewMessage({ type: 'remove', column: 0 }));
  });

  it('keeps the last column', async () => {
    await startWith(a, ['software-developers']);
    await vscode.commands.executeCommand(COMMANDS.removeRole, 0);
    a.panel.handleWebviewMessage({ type: 'remove', column: 0 });
    // A message the host acts on afterwards proves the two above were handled (and refused).
    await painted(a, ['electricians'], () => a.panel.handleWebviewMessage({ type: 'replace', column: 0, roleId: 'electricians' }));
  });

  it('replaces a column by the webview intent, trading places with a role shown elsewhere', async () => {
    await startWith(a, ['electricians', 'registered-nurses']);
    // A picker choosing the role another column shows trades the two places.
    await painted(a, ['registered-nurses', 'electricians'], () =>
      a.panel.handleWebviewMessage({ type: 'replace', column: 0, roleId: 'registered-nurses' }),
    );
  });

  it("adds a linked role by the webview's Add intent; an id not in the catalog changes nothing", async () => {
    await startWith(a, ['registered-nurses', 'electricians']);
    a.panel.handleWebviewMessage({ type: 'add', roleId: 'no-such-role' });
    // Acted on after the refused one: the comparison gains only the real role.
    await painted(a, ['registered-nurses', 'electricians', 'plumbers-pipefitters-and-steamfitters'], () =>
      a.panel.handleWebviewMessage({ type: 'add', roleId: 'plumbers-pipefitters-and-steamfitters' }),
    );
  });
});
