// Issue 21, pay where you live, in the real extension host: Set Your State…
// with Texas repaints an open comparison with Texas's figures (the national
// ones beside), the Roles view's pay becomes Texas's, Set Your Pay… places
// the amount on each chart and Clear Your Pay takes it away; an unknown
// setting value falls back to national figures.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { RoleNode } from '../../src/host/roles-view/rolesTree';
import { COMMANDS } from '../../src/host/shared/commands';
import type { ComparisonView, Section } from '../../src/protocol/comparisonView';
import { api, packageJson } from './api';
import { nextRender } from './nextRender';

const PAIR = ['registered-nurses', 'electricians'];

async function repainted(a: CareerCompareApi, act: () => Thenable<unknown>): Promise<ComparisonView> {
  const done = nextRender(a, PAIR);
  await act();
  await done;
  const view = await a.panel.shownComparison();
  assert.ok(view);
  return view;
}

function cells(view: ComparisonView, section: string, label: string) {
  const s = view.sections.find((x) => x.id === section) as Extract<Section, { kind: 'table' }>;
  return s.rows.find((r) => r.label === label)!.cells;
}

async function nursesInTree(a: CareerCompareApi): Promise<RoleNode & { kind: 'role' }> {
  const top = await a.tree.getChildren();
  const group = top.find((n) => n.kind === 'category' && n.name === 'Healthcare Practitioners and Technical Occupations');
  const nodes = group ? await a.tree.getChildren(group) : top;
  const node = nodes.find((n) => n.kind === 'role' && n.role.id === 'registered-nurses');
  assert.ok(node && node.kind === 'role');
  return node;
}

const setting = () => vscode.workspace.getConfiguration('careerCompare').inspect<string>('pay.state');

describe('pay where you live (issue 21)', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
    const done = nextRender(a, PAIR);
    await a.panel.show(PAIR);
    await done;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('careerCompare').update('pay.state', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand(COMMANDS.clearYourPay);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes the setting and the three commands', async () => {
    const manifest = packageJson<{ contributes: { configuration: { properties: Record<string, { default: unknown }> } } }>();
    assert.equal(manifest.contributes.configuration.properties['careerCompare.pay.state'].default, '');
    const all = await vscode.commands.getCommands(true);
    for (const id of [COMMANDS.setState, COMMANDS.setYourPay, COMMANDS.clearYourPay]) assert.ok(all.includes(id), id);
  });

  it("Set Your State… Texas: the open comparison shows Texas's pay with the national figure beside", async () => {
    const view = await repainted(a, () => vscode.commands.executeCommand(COMMANDS.setState, 'Texas'));
    assert.equal(setting()?.globalValue, 'TX');
    const yearly = cells(view, 'overview', 'Yearly salary');
    assert.deepEqual(
      yearly.map((c) => [c.text, c.beside]),
      [
        ['$91,690', 'United States: $98,430'],
        ['$57,250', 'United States: $69,630'],
      ],
    );
    assert.match(yearly[0].note!, /for Texas/);
    const map = view.sections.find((s) => s.id === 'pay-map');
    assert.ok(map && map.kind === 'stateMap' && map.chosen === 'TX');
  });

  it("the Roles view shows, sorts and filters by Texas's pay", async () => {
    const node = await nursesInTree(a);
    assert.equal(node.role.pay?.yearly, 91690);
    assert.match(node.role.pay!.source.name, /for Texas/);
  });

  it('Set Your Pay… places the amount on each chart; Clear Your Pay takes it away', async () => {
    const placed = await repainted(a, () => vscode.commands.executeCommand(COMMANDS.setYourPay, '85000'));
    const range = placed.sections.find((s) => s.id === 'pay-range');
    assert.ok(range && range.kind === 'range');
    assert.match(range.rows[0].yourPay!.says, /^\$85,000 is about the \d+(st|nd|rd|th) percentile of Registered Nurses in Texas\.$/);
    assert.deepEqual(a.pay.yourPay(), { amount: 85000, per: 'year' });
    const cleared = await repainted(a, () => vscode.commands.executeCommand(COMMANDS.clearYourPay));
    const after = cleared.sections.find((s) => s.id === 'pay-range');
    assert.ok(after && after.kind === 'range' && after.rows.every((r) => r.yourPay === undefined));
    assert.equal(a.pay.yourPay(), undefined);
  });

  it('refuses an amount that is not pay, and keeps none', async () => {
    await vscode.commands.executeCommand(COMMANDS.setYourPay, 'lots');
    assert.equal(a.pay.yourPay(), undefined);
  });

  it('an unknown setting value shows national figures', async () => {
    const view = await repainted(a, () =>
      vscode.workspace.getConfiguration('careerCompare').update('pay.state', 'Atlantis', vscode.ConfigurationTarget.Global),
    );
    assert.equal(a.pay.area(), undefined);
    assert.deepEqual(
      cells(view, 'overview', 'Yearly salary').map((c) => [c.text, c.beside]),
      [
        ['$98,430', undefined],
        ['$69,630', undefined],
      ],
    );
  });

  it('Set Your State… with national figures clears the state', async () => {
    await repainted(a, () =>
      vscode.workspace.getConfiguration('careerCompare').update('pay.state', 'TX', vscode.ConfigurationTarget.Global),
    );
    const view = await repainted(a, () => vscode.commands.executeCommand(COMMANDS.setState, ''));
    assert.equal(setting()?.globalValue, '');
    assert.equal(cells(view, 'overview', 'Yearly salary')[0].text, '$98,430');
  });
});
