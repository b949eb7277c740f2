// The Roles view as a browser, in the real extension host: Sort By…, Filter…
// and Clear Filter change what the tree lists; favourites and recent
// comparisons are kept in the extension's global state and shown at the top.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { RoleNode, TreeStatus } from '../../src/host/roles-view/rolesTree';
import { nextRender } from './nextRender';
import { LEGACY_BROWSE_SETTINGS } from '../../src/browse/viewState';
import { BROWSE_STATE_KEYS, BrowseStateStore } from '../../src/host/roles-view/browseState';
import { api } from './api';

/** The top level as the view would get it, with the status the view shows (description and message). */
/**
 * Waits until Recent Comparisons hold `expected`: a comparison is recorded as
 * it is shown, after the writes before it (never a lost write), so a check right after the
 * render could run first. Fails with the difference when 20 s pass without it.
 */
async function recentsBecome(a: CareerCompareApi, expected: string[][]): Promise<void> {
  const same = () => JSON.stringify(a.recents.entries) === JSON.stringify(expected);
  const deadline = Date.now() + 20_000;
  while (!same() && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      const sub = a.recents.onDidChange(() => {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });
  }
  assert.deepEqual(a.recents.entries, expected);
}

async function topLevel(a: CareerCompareApi): Promise<{ nodes: RoleNode[]; status: TreeStatus }> {
  let status: TreeStatus | undefined;
  const sub = a.tree.onDidRefresh((s) => (status = s));
  try {
    const nodes = await a.tree.getChildren();
    assert.ok(status, 'the tree reported its status');
    return { nodes, status };
  } finally {
    sub.dispose();
  }
}

const rolesOf = (nodes: RoleNode[]) => nodes.flatMap((n) => (n.kind === 'role' ? [n.role] : n.kind === 'category' ? n.roles : []));

/** A Memento in memory, as VS Code's extension state behaves. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : fallback;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    return Promise.resolve();
  }
}

/** Waits (a turn at a time) for what a store writes behind. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  assert.ok(check(), 'written');
}

function changed<T>(event: vscode.Event<T>): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((e) => {
      sub.dispose();
      resolve(e);
    });
  });
}

describe('Roles view: sort, filter, favourites and recent comparisons', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
    // The suites before this one compared roles: start from an empty Recent Comparisons and Favourites.
    await a.recents.clear();
    for (const id of a.favourites.ids) await a.favourites.set(id, false);
  });

  after(async () => {
    await vscode.commands.executeCommand('careerCompare.clearRoleFilter');
    await vscode.commands.executeCommand('careerCompare.sortRoles', 'name', true);
    for (const id of a.favourites.ids) await a.favourites.set(id, false);
    await a.recents.clear();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of [
      'careerCompare.sortRoles',
      'careerCompare.filterRoles',
      'careerCompare.clearRoleFilter',
      'careerCompare.starRole',
      'careerCompare.unstarRole',
      'careerCompare.toggleFavourite',
      'careerCompare.clearRecentComparisons',
    ])
      assert.ok(all.includes(id), `${id} is registered`);
  });

  it('sorts by pay in one list: the best paid first, roles without pay last, the pay beside each', async () => {
    const before = await topLevel(a);
    assert.equal(before.status.description, undefined);
    await vscode.commands.executeCommand('careerCompare.sortRoles', 'pay', false);
    const { nodes, status } = await topLevel(a);
    assert.ok(nodes.every((n) => n.kind === 'role'));
    const roles = rolesOf(nodes);
    assert.equal(roles.length, rolesOf(before.nodes).length);
    assert.equal(roles[0].id, 'pediatric-surgeons');
    assert.equal(a.tree.getTreeItem(nodes[0]).description, '$450,810');
    const withoutPay = roles.filter((r) => r.pay?.yearly === undefined);
    assert.ok(withoutPay.length > 0, 'the catalog has roles without a yearly pay');
    assert.deepEqual(
      roles.slice(-withoutPay.length).map((r) => r.id),
      withoutPay.map((r) => r.id),
    );
    assert.equal(a.tree.getTreeItem(nodes.at(-1)!).description, '— no pay data');
    assert.equal(status.description, 'by pay');
    assert.match(status.message!, new RegExp(`Sorted by pay, highest first\\. ${withoutPay.length} without a pay figure are listed last`));
  });

  it('sorts by growth within categories when grouped', async () => {
    await vscode.commands.executeCommand('careerCompare.sortRoles', 'growth', true);
    const { nodes } = await topLevel(a);
    const health = nodes.find((n) => n.kind === 'category' && n.name === 'Healthcare Practitioners and Technical Occupations');
    assert.ok(health?.kind === 'category');
    const rates = health.roles.map((r) => r.growth?.rate ?? -Infinity);
    assert.deepEqual(
      rates,
      [...rates].sort((x, y) => y - x),
    );
    const first = (await a.tree.getChildren(health))[0];
    assert.match(String(a.tree.getTreeItem(first).description), /^\+[\d.]+% growth$/);
  });

  it('filters by text, minimum pay, growth and education, says so, and Clear Filter shows all again', async () => {
    const all = rolesOf((await topLevel(a)).nodes).length;
    await vscode.commands.executeCommand('careerCompare.filterRoles', {
      text: 'nurse',
      minPay: 100000,
      minGrowth: 5,
      maxEducation: "Master's degree",
    });
    const { nodes, status } = await topLevel(a);
    const roles = rolesOf(nodes);
    assert.deepEqual(roles.map((r) => r.id).sort(), ['nurse-anesthetists', 'nurse-midwives', 'nurse-practitioners']);
    for (const r of roles) assert.ok(typeof r.pay!.yearly === 'number' && r.pay!.yearly >= 100000 && r.growth!.rate >= 5);
    assert.match(status.description!, /“nurse” · pay ≥ \$100,000 · growth ≥ \+5% · at most Master's degree/);
    assert.match(status.message!, /^Showing 3 of [\d,]+ roles/);
    assert.equal(status.filtered, true);

    await vscode.commands.executeCommand('careerCompare.clearRoleFilter');
    const cleared = await topLevel(a);
    assert.equal(rolesOf(cleared.nodes).length, all);
    assert.equal(cleared.status.filtered, false);
  });

  it('keeps sort, grouping and filter as view state: no setting is written (issue 20)', async () => {
    await vscode.commands.executeCommand('careerCompare.sortRoles', 'jobs', false);
    await vscode.commands.executeCommand('careerCompare.filterRoles', { text: 'nurse', minPay: 50000 });
    assert.deepEqual(a.browseState.current(), {
      sortBy: 'jobs',
      groupByCategory: false,
      filter: { text: 'nurse', minPay: 50000 },
      problems: [],
    });
    const all = vscode.workspace.getConfiguration();
    for (const key of Object.values(LEGACY_BROWSE_SETTINGS)) {
      const layers = all.inspect(key);
      assert.deepEqual([layers?.globalValue, layers?.workspaceValue], [undefined, undefined], `${key} is not written`);
    }
    await vscode.commands.executeCommand('careerCompare.clearRoleFilter');
    await vscode.commands.executeCommand('careerCompare.groupByCategory');
    assert.equal(a.browseState.current().groupByCategory, true);
    await vscode.commands.executeCommand('careerCompare.sortRoles', 'name');
  });

  it('takes the old careerCompare.roles.* settings once, naming and leaving out a value it cannot use', async () => {
    const globalState = new MemoryMemento();
    const workspaceState = new MemoryMemento();
    let asked = 0;
    const legacy = () => {
      asked++;
      return { sortBy: 'pay', groupByCategory: false, text: 'nurse', minPay: 'lots' };
    };
    const store = new BrowseStateStore(globalState, workspaceState, legacy);
    assert.deepEqual(store.current(), { sortBy: 'pay', groupByCategory: false, filter: { text: 'nurse' }, problems: [] });
    await until(
      () => globalState.get(BROWSE_STATE_KEYS.arrange) !== undefined && workspaceState.get(BROWSE_STATE_KEYS.filter) !== undefined,
    );
    assert.deepEqual(workspaceState.get(BROWSE_STATE_KEYS.filter), { text: 'nurse' });
    // Once taken, the old settings are not read again.
    const again = new BrowseStateStore(globalState, workspaceState, legacy);
    assert.equal(asked, 1);
    assert.equal(again.current().sortBy, 'pay');
    store.dispose();
    again.dispose();
  });

  it('remembers which categories are open, per workspace', async () => {
    await vscode.commands.executeCommand('careerCompare.groupByCategory');
    const { nodes } = await topLevel(a);
    const health = nodes.find((n) => n.kind === 'category' && n.name === 'Healthcare Practitioners and Technical Occupations')!;
    assert.equal(a.tree.getTreeItem(health).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    await a.browseState.setExpanded('Healthcare Practitioners and Technical Occupations', true);
    assert.equal(a.tree.getTreeItem(health).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    await a.browseState.setExpanded('Healthcare Practitioners and Technical Occupations', false);
    assert.equal(a.tree.getTreeItem(health).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('stars a role from the tree into Favourites, kept in global state, and unstars it', async () => {
    const { nodes } = await topLevel(a);
    const category = nodes.find((n) => n.kind === 'category' && n.roles.some((r) => r.id === 'electricians'))!;
    const node = (await a.tree.getChildren(category)).find((n) => n.kind === 'role' && n.role.id === 'electricians')!;
    assert.equal(a.tree.getTreeItem(node).contextValue, 'role');
    await vscode.commands.executeCommand('careerCompare.starRole', node);
    assert.deepEqual(a.favourites.ids, ['electricians']);
    const after = (await topLevel(a)).nodes;
    assert.equal(after[0].kind, 'favourites');
    const starred = await a.tree.getChildren(after[0]);
    assert.deepEqual(
      starred.map((n) => (n.kind === 'role' ? n.role.id : '?')),
      ['electricians'],
    );
    const item = a.tree.getTreeItem(starred[0]);
    assert.equal(item.contextValue, 'role.starred');
    assert.equal(item.id, 'favourite:electricians');
    await vscode.commands.executeCommand('careerCompare.unstarRole', starred[0]);
    assert.deepEqual(a.favourites.ids, []);
    assert.notEqual((await topLevel(a)).nodes[0].kind, 'favourites');
  });

  it("stars a role from the panel's star intent, and the panel draws its page again", async () => {
    const shown = nextRender(a, ['registered-nurses', 'electricians']);
    await vscode.commands.executeCommand('careerCompare.compareRoles', ['registered-nurses', 'electricians']);
    await shown;
    const starred = changed(a.favourites.onDidChange);
    const redrawn = nextRender(a, ['registered-nurses', 'electricians']);
    // A star for a role the page does not show is refused; the one after it is acted on.
    a.panel.handleWebviewMessage({ type: 'toggleFavourite', roleId: 'cooks-restaurant' });
    a.panel.handleWebviewMessage({ type: 'toggleFavourite', roleId: 'registered-nurses' });
    await starred;
    await redrawn;
    assert.deepEqual(a.favourites.ids, ['registered-nurses']);
    const unstarred = changed(a.favourites.onDidChange);
    a.panel.handleWebviewMessage({ type: 'toggleFavourite', roleId: 'registered-nurses' });
    await unstarred;
    assert.deepEqual(a.favourites.ids, []);
  });

  it('records comparisons as Recent Comparisons, newest first, reopens one with its command, and clears them', async () => {
    await a.recents.clear();
    for (const pair of [
      ['registered-nurses', 'electricians'],
      ['technical-manager', 'lead-technician'],
    ]) {
      const shown = nextRender(a, pair);
      await vscode.commands.executeCommand('careerCompare.compareRoles', pair);
      await shown;
    }
    const page = nextRender(a, ['electricians']);
    await vscode.commands.executeCommand('careerCompare.openRole', 'electricians');
    await page;
    await recentsBecome(a, [
      ['technical-manager', 'lead-technician'],
      ['registered-nurses', 'electricians'],
    ]);
    const { nodes } = await topLevel(a);
    const group = nodes.find((n) => n.kind === 'recents')!;
    assert.ok(group, 'a Recent Comparisons group');
    const entries = await a.tree.getChildren(group);
    const item = a.tree.getTreeItem(entries[1]);
    assert.equal(item.label, 'Registered Nurses vs Electricians');
    const again = nextRender(a, ['registered-nurses', 'electricians']);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await again;
    assert.deepEqual(a.panel.roleIds, ['registered-nurses', 'electricians']);
    // Reopened, it moves to the top.
    await recentsBecome(a, [
      ['registered-nurses', 'electricians'],
      ['technical-manager', 'lead-technician'],
    ]);
    await vscode.commands.executeCommand('careerCompare.clearRecentComparisons');
    assert.deepEqual(a.recents.entries, []);
    assert.ok(!(await topLevel(a)).nodes.some((n) => n.kind === 'recents'));
  });
});
