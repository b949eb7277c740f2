// Plan a Move and the similar-roles section, in the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { ComparisonView } from '../../src/protocol/comparisonView';
import { nextRender } from './nextRender';
import { api, packageJson } from './api';

const activeTabLabel = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label;

/** Resolves when the skill gap panel reports painting these roles. */
function nextMoveRender(a: CareerCompareApi, roleIds: string[], timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the skill gap did not report painting ${roleIds.join(' → ')} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = a.moves.onDidRender((e) => {
      if (e.roleIds.join() !== roleIds.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

describe('Plan a Move and similar roles in a real VS Code', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers Plan a Move… in the palette', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('careerCompare.planMove'));
    const pkg = packageJson<{
      contributes: { commands: { command: string; title: string }[] };
    }>();
    assert.equal(pkg.contributes.commands.find((c) => c.command === 'careerCompare.planMove')?.title, 'Plan a Move…');
  });

  it('opens "From A to B" in its own panel for two roles, and the webview paints it', async () => {
    const painted = nextMoveRender(a, ['registered-nurses', 'electricians']);
    await vscode.commands.executeCommand('careerCompare.planMove', ['registered-nurses', 'electricians']);
    await painted;
    assert.equal(activeTabLabel(), 'From Registered Nurses to Electricians');
    assert.deepEqual(a.moves.roleIds, ['registered-nurses', 'electricians']);
  });

  it('turns the move around with the page’s Swap sides intent ("From B to A")', async () => {
    const painted = nextMoveRender(a, ['electricians', 'registered-nurses']);
    a.moves.handleWebviewMessage({ type: 'swap' });
    await painted;
    assert.equal(activeTabLabel(), 'From Electricians to Registered Nurses');
  });

  it('refuses the same role twice and an unknown role, keeping the move shown', async () => {
    await vscode.commands.executeCommand('careerCompare.planMove', ['electricians', 'electricians']);
    await vscode.commands.executeCommand('careerCompare.planMove', ['electricians', 'no-such-role']);
    a.moves.handleWebviewMessage({ type: 'planMove', from: 'x' });
    assert.deepEqual(a.moves.roleIds, ['electricians', 'registered-nurses']);
  });

  it('asks for the current role, then the target, when run from the palette', async () => {
    const catalog = await a.repository.catalog();
    const [first, second] = catalog.roles;
    const painted = nextMoveRender(a, [first.id, second.id]);
    const running = vscode.commands.executeCommand('careerCompare.planMove');
    // Each picker opens once the catalog and index are ready: accept the highlighted (first) role until both are chosen.
    const deadline = Date.now() + 30_000;
    while (a.moves.roleIds.join() !== [first.id, second.id].join() && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 300));
    }
    await running;
    await painted;
    assert.equal(activeTabLabel(), `From ${first.title} to ${second.title}`);
  });

  it('opens the skill gap from the comparison’s "From B to A" intent (columns, not ids)', async () => {
    const compared = nextRender(a, ['registered-nurses', 'licensed-practical-and-licensed-vocational-nurses']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', [
      'registered-nurses',
      'licensed-practical-and-licensed-vocational-nurses',
    ]);
    await compared;
    const painted = nextMoveRender(a, ['licensed-practical-and-licensed-vocational-nurses', 'registered-nurses']);
    a.panel.handleWebviewMessage({ type: 'planMove', from: 1, to: 0 });
    await painted;
    assert.equal(activeTabLabel(), 'From Licensed Practical and Licensed Vocational Nurses to Registered Nurses');
  });

  it('adds similar roles and better-paid moves from the shipped profiles, and the From A to B buttons', async () => {
    const roles = (await a.repository.roles(['registered-nurses', 'electricians'])).map((r) => r!);
    const empty: ComparisonView = {
      title: 't',
      roles: roles.map((r) => ({ id: r.id, title: r.title })),
      headline: [],
      announcement: 'a',
      sections: [],
    };
    const view = await a.panel.withMoveSections(empty, roles);
    const similar = view.sections.find((s) => s.id === 'similar');
    assert.ok(similar && similar.kind === 'links');
    assert.equal(similar.groups[0].heading, 'Most similar to Registered Nurses');
    assert.ok(
      similar.groups[0].roles.some((r) => r.id === 'licensed-practical-and-licensed-vocational-nurses'),
      similar.groups[0].roles.map((r) => r.id).join(),
    );
    assert.ok(similar.groups[1].roles.length > 0, 'better-paid moves from Registered Nurses');
    const moves = view.sections.find((s) => s.id === 'moves');
    assert.ok(moves && moves.kind === 'moves' && moves.moves.length === 2);
  });
});
