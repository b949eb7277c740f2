// Career paths (issue 22) in the real extension host: Find a Career Path…
// opens "Paths from A to B" with routes through real roles, Explore Moves
// From… lists the roles within reach, a filter changes the list and is kept
// in workspace state, "Plan this step" opens the skill gap, "Add to
// comparison" joins the comparison, the path page is a recent one and its
// Markdown export holds the route.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import type { PanelController } from '../../src/host/panels/panelController';
import { COMMANDS } from '../../src/host/shared/commands';
import type { ComparisonView, Section } from '../../src/protocol/comparisonView';
import { api } from './api';

const PATH = ['electricians', 'construction-managers'];
const SUPERVISORS = 'first-line-supervisors-of-construction-trades-and-extraction-workers';

/** Resolves when this panel reports painting these roles. */
function painted(panel: PanelController, roleIds: string[], timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the panel did not report painting ${roleIds.join(', ')} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = panel.onDidRender((e) => {
      if (e.roleIds.join() !== roleIds.join()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Resolves once `ready()` holds, checked again whenever `event` fires (state, never a pause). */
function until(event: vscode.Event<unknown>, ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = event(() => {
      if (!ready()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

async function shown(a: CareerCompareApi): Promise<ComparisonView> {
  const view = await a.paths.shownView();
  assert.ok(view, 'the path panel shows a page');
  return view;
}

function sectionOf<K extends Section['kind']>(view: ComparisonView, kind: K): Extract<Section, { kind: K }> {
  const section = view.sections.find((s) => s.kind === kind);
  assert.ok(section, `a ${kind} section`);
  return section as Extract<Section, { kind: K }>;
}

/** Every role Explore lists, in order, group by group. */
const listed = (view: ComparisonView) => sectionOf(view, 'reach').groups.flatMap((g) => g.entries.map((e) => e.role.id));

describe('career paths (issue 22) in a real VS Code', function () {
  let a: CareerCompareApi;

  before(async () => {
    a = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await a.recents.clear();
    // No panel is open: the intent only writes the view state, so Explore starts with no filter on.
    for (const filter of ['paysMore', 'growsFaster', 'noMoreEducation', 'sameCategory'] as const)
      a.paths.handleWebviewMessage({ type: 'setExploreFilter', filter, on: false });
  });

  after(async () => {
    a.paths.handleWebviewMessage({ type: 'setExploreFilter', filter: 'paysMore', on: false });
    await until(a.paths.onDidRender, () => a.paths.exploreFilters.length === 0, 'the filter was not turned off').catch(() => undefined);
    await a.recents.clear();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers Find a Career Path… and Explore Moves From…', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of [COMMANDS.findPath, COMMANDS.exploreMoves]) assert.ok(all.includes(id), id);
  });

  it('Find a Career Path with [electricians, construction-managers] shows routes through real roles', async () => {
    const done = painted(a.paths, PATH);
    await vscode.commands.executeCommand(COMMANDS.findPath, PATH);
    await done;
    assert.deepEqual(a.paths.roleIds, PATH);
    const view = await shown(a);
    assert.equal(view.title, 'Paths from Electricians to Construction Managers');
    const routes = sectionOf(view, 'routes');
    assert.ok(routes.routes.length >= 1, 'at least one route');
    const first = routes.routes[0];
    const ids = [first.start.id, ...first.steps.map((s) => s.to.id)];
    assert.deepEqual(ids, ['electricians', SUPERVISORS, 'construction-managers']);
    assert.deepEqual(
      first.steps.map((s) => s.from.id),
      ['electricians', SUPERVISORS],
    );
  });

  it('exports the path page as Markdown with its route', async () => {
    // No comparison is open: Copy reads the path panel (it does too whenever the path panel is the active one).
    assert.deepEqual(a.panel.roleIds, []);
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand(COMMANDS.copyComparison);
    const markdown = await vscode.env.clipboard.readText();
    assert.ok(markdown.startsWith('# Paths from Electricians to Construction Managers\n'), markdown.slice(0, 200));
    assert.match(markdown, /\| Route 1, step 1 \| Electricians → First-Line Supervisors of Construction Trades and Extraction Workers: /);
    assert.match(
      markdown,
      /\| Route 1, step 2 \| First-Line Supervisors of Construction Trades and Extraction Workers → Construction Managers: /,
    );
  });

  it('records the path page in Recent Comparisons, which reopens it', async () => {
    const entry = { page: 'paths', roleIds: PATH };
    const has = () => a.recents.entries.some((r) => JSON.stringify(r) === JSON.stringify(entry));
    await until(a.recents.onDidChange, has, 'the path page was not recorded');
    const group = (await a.tree.getChildren()).find((n) => n.kind === 'recents');
    assert.ok(group, 'a Recent Comparisons group');
    const items = (await a.tree.getChildren(group)).map((n) => a.tree.getTreeItem(n));
    const item = items.find((i) => i.label === 'Paths: Electricians → Construction Managers');
    assert.ok(item?.command, items.map((i) => String(i.label)).join(', '));
    assert.equal(item.command.command, COMMANDS.findPath);
    assert.deepEqual(item.command.arguments, [PATH]);
  });

  it('"Plan this step" opens the skill gap of that step; an unknown role is ignored', async () => {
    const step = [PATH[0], SUPERVISORS];
    const done = painted(a.moves, step);
    a.paths.handleWebviewMessage({ type: 'planStep', from: step[0], to: step[1] });
    await done;
    assert.deepEqual(a.moves.roleIds, step);
    a.paths.handleWebviewMessage({ type: 'planStep', from: step[0], to: 'no-such-role' });
    assert.deepEqual(a.moves.roleIds, step);
  });

  it('"Add to comparison" opens a comparison of the role, then adds the next one to it', async () => {
    const opened = painted(a.panel, ['construction-managers']);
    a.paths.handleWebviewMessage({ type: 'addToComparison', roleId: 'construction-managers' });
    await opened;
    const added = painted(a.panel, ['construction-managers', SUPERVISORS]);
    a.paths.handleWebviewMessage({ type: 'addToComparison', roleId: SUPERVISORS });
    await added;
    assert.deepEqual(a.panel.roleIds, ['construction-managers', SUPERVISORS]);
  });

  it('Explore Moves From electricians lists the roles within reach', async () => {
    const done = painted(a.paths, ['electricians']);
    await vscode.commands.executeCommand(COMMANDS.exploreMoves, 'electricians');
    await done;
    assert.deepEqual(a.paths.exploreFilters, []);
    const view = await shown(a);
    assert.equal(view.title, 'Moves from Electricians');
    const ids = listed(view);
    assert.ok(ids.length > 0, 'roles within reach');
    assert.ok(!ids.includes('electricians'));
    // Within one step, then two steps away (each through the role in between), the cheapest first.
    const [one, two] = sectionOf(view, 'reach').groups;
    assert.ok(one.entries.length > 0 && one.entries.every((e) => e.via === undefined));
    assert.ok(two.entries.every((e) => e.via !== undefined && e.via.id !== 'electricians'));
    const costs = one.entries.map((e) => Number(e.cost));
    assert.deepEqual(
      costs,
      [...costs].sort((x, y) => x - y),
    );
    const moves = { page: 'moves', roleIds: ['electricians'] };
    await until(a.recents.onDidChange, () => a.recents.entries.some((r) => JSON.stringify(r) === JSON.stringify(moves)), 'not recorded');
  });

  it('a filter (Pays more) changes the list and is kept in workspace state', async () => {
    const before = listed(await shown(a));
    const done = painted(a.paths, ['electricians']);
    a.paths.handleWebviewMessage({ type: 'setExploreFilter', filter: 'paysMore', on: true });
    await done;
    assert.deepEqual(a.paths.exploreFilters, ['paysMore']);
    const view = await shown(a);
    const section = sectionOf(view, 'reach');
    assert.ok(section.filters.find((f) => f.id === 'paysMore')?.on);
    const after = listed(view);
    assert.notDeepEqual(after, before);
    for (const entry of section.groups.flatMap((g) => g.entries))
      if (entry.role.payChange) assert.ok(entry.role.payChange.startsWith('+'), `${entry.role.title}: ${entry.role.payChange}`);
    // Kept: the page shown again reads the same filter back.
    const again = painted(a.paths, [PATH[0], PATH[1]]);
    await a.paths.showPaths(PATH[0], PATH[1]);
    await again;
    const back = painted(a.paths, ['electricians']);
    await a.paths.showMoves('electricians');
    await back;
    assert.deepEqual(listed(await shown(a)), after);
  });
});
