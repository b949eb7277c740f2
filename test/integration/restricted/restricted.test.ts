// Restricted Mode in a real extension host: code-server runs with workspace
// trust on, in a folder not yet trusted, whose .career-compare/ holds a role
// file, and with careerCompare.userRoleFolder set to a folder holding another
// (both written by test/harness/run-integration.mjs). Trust is then granted
// the way a user does: the Workspace Trust editor's "Trust" button, which
// the harness clicks in the workbench when this suite asks for it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../../src/extension';
import { nextRender } from '../nextRender';
import { api } from '../api';

/** Written by the harness into the workspace's .career-compare/ and into the user-level folder. */
const WORKSPACE_ROLE = 'restricted-workspace-offer';
const USER_ROLE = 'restricted-user-role';
/** The harness watches the workbench log for this line and then clicks "Trust". */
const GRANT_TRUST_MARK = 'CAREER_COMPARE_GRANT_TRUST';

describe('Restricted Mode', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
    await a.userRoles.settled();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('starts untrusted: bundled data, search and comparisons work; the workspace role file is not read', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const catalog = await a.repository.catalog();
    assert.ok(catalog.byId.has('registered-nurses'));
    assert.ok(catalog.byId.has('technical-manager'));
    assert.equal(catalog.byId.has(WORKSPACE_ROLE), false, 'the workspace role file was read in Restricted Mode');
    assert.equal(a.userRoles.last?.workspaceRead, false);
    const hits = await a.repository.search('registered nurse', 5);
    assert.equal(hits[0]?.roleId, 'registered-nurses');
    const painted = nextRender(a, ['technical-manager', 'registered-nurses']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['technical-manager', 'registered-nurses']);
    await painted;
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.career-compare', `${WORKSPACE_ROLE}.json`);
    assert.deepEqual(vscode.languages.getDiagnostics(file), [], 'no diagnostics for a file not read');
  });

  it("reads the user-level folder in Restricted Mode: it is the user's, not the workspace's", async () => {
    const catalog = await a.repository.catalog();
    assert.equal(catalog.byId.get(USER_ROLE)?.category, 'Your Roles');
  });

  it('reads the workspace role files once trust is granted, without a reload', async () => {
    const granted = new Promise<void>((resolve) => {
      const sub = vscode.workspace.onDidGrantWorkspaceTrust(() => {
        sub.dispose();
        resolve();
      });
    });
    const loaded = new Promise<void>((resolve) => {
      const sub = a.userRoles.onDidLoad((e) => {
        if (!e.workspaceRead) return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('workbench.trust.manage');
    // Offline the harness presses "Trust" on seeing this line; on desktop (npm run test:desktop) a person does.
    console.log(`${GRANT_TRUST_MARK}: press "Trust" in the Workspace Trust editor`);
    await granted;
    assert.equal(vscode.workspace.isTrusted, true);
    await loaded;
    const catalog = await a.repository.catalog();
    assert.equal(catalog.byId.get(WORKSPACE_ROLE)?.category, 'Your Roles');
    assert.ok(catalog.byId.has(USER_ROLE));
    const top = await a.tree.getChildren();
    const group = top.find((n) => n.kind === 'category' && n.name === 'Your Roles')!;
    const ids = (await a.tree.getChildren(group)).map((n) => (n.kind === 'role' ? n.role.id : ''));
    assert.deepEqual(ids.sort(), [USER_ROLE, WORKSPACE_ROLE].sort());
    const painted = nextRender(a, [WORKSPACE_ROLE, 'registered-nurses']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', [WORKSPACE_ROLE, 'registered-nurses']);
    await painted;
  });
});
