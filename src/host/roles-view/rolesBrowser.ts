// The Roles view's commands: Refresh, Sort By…, Group by Category, Filter…,
// Clear Filter (view state, kept by ./browseState.ts, never in settings), star
// and unstar a role, and Clear Recent Comparisons. Registers them and returns
// their disposables.
import * as vscode from 'vscode';
import { FILTER_FIELDS, parseDollars, parsePercent, type RawBrowseState } from '../../browse/viewState';
import { EDUCATION_LEVELS, SORT_KEYS, isFiltered, type SortKey } from '../../browse/sortFilter';
import { formatChange, formatMoney } from '../../format/format';
import type { FavouritesStore } from '../data/favourites';
import type { RecentsStore } from '../data/recents';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { roleIdFrom } from '../pickers/roleArgs';
import { COMMANDS } from '../shared/commands';
import { CONTEXT_KEYS } from '../shared/ids';
import { setContext } from '../shared/setContext';
import type { BrowseStateStore } from './browseState';
import type { RolesTreeProvider } from './rolesTree';

const SORT_PICKS: Record<SortKey, string> = {
  name: 'Name (A to Z)',
  pay: 'Pay (highest first)',
  growth: 'Growth (fastest first)',
  jobs: 'Jobs (most first)',
};

async function sortBy(state: BrowseStateStore, key?: unknown, group?: unknown): Promise<void> {
  if (key !== undefined && !SORT_KEYS.includes(key as SortKey))
    throw new Error(`cannot sort by ${JSON.stringify(String(key)).slice(0, 40)}: use one of ${SORT_KEYS.join(', ')}`);
  const patch: RawBrowseState = {};
  if (typeof group === 'boolean') patch.groupByCategory = group;
  if (key !== undefined) patch.sortBy = key;
  if (Object.keys(patch).length > 0) return state.update(patch);
  const now = state.current();
  type Item = vscode.QuickPickItem & { key?: SortKey; group?: boolean };
  const items: Item[] = [
    ...SORT_KEYS.map((k) => ({ label: SORT_PICKS[k], key: k, description: now.sortBy === k ? 'current' : undefined })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: 'Grouped by category', group: true, description: now.groupByCategory ? 'current' : undefined },
    { label: 'In one list', group: false, description: now.groupByCategory ? undefined : 'current' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Sort Roles By',
    placeHolder: 'Roles without the figure are listed last (unknown is not zero)',
  });
  if (picked?.key) await state.update({ sortBy: picked.key });
  else if (picked?.group !== undefined) await state.update({ groupByCategory: picked.group });
}

/** From a caller (tests, links): `{ text, minPay, minGrowth, maxEducation }`, null clearing one. */
function filterWith(state: BrowseStateStore, arg: Record<string, unknown>): Promise<void> {
  return state.update(Object.fromEntries(FILTER_FIELDS.filter((f) => f in arg).map((f) => [f, arg[f] ?? undefined])));
}

async function askNumber(prompt: string, current: string, parse: typeof parseDollars): Promise<number | null | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Filter Roles',
    prompt,
    value: current,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const parsed = parse(value);
      return parsed.ok ? undefined : parsed.error;
    },
  });
  if (text === undefined) return undefined;
  const parsed = parse(text);
  return parsed.ok ? (parsed.value ?? null) : undefined;
}

async function filterInteractively(state: BrowseStateStore): Promise<void> {
  const { filter } = state.current();
  type Item = vscode.QuickPickItem & { field: (typeof FILTER_FIELDS)[number] | 'clear' };
  const items: Item[] = [
    { field: 'text', label: 'Text…', description: filter.text ?? 'any', detail: 'Words in the title or the category' },
    {
      field: 'minPay',
      label: 'Minimum pay…',
      description: filter.minPay !== undefined ? formatMoney(filter.minPay) : 'none',
      detail: 'Roles with no pay figure are left out while this is set',
    },
    {
      field: 'minGrowth',
      label: 'Minimum growth…',
      description: filter.minGrowth !== undefined ? formatChange(filter.minGrowth) : 'none',
      detail: 'Projected growth 2024–34 (BLS); roles with no growth figure are left out while this is set',
    },
    {
      field: 'maxEducation',
      label: 'Education…',
      description: filter.maxEducation ? `at most ${filter.maxEducation}` : 'any',
      detail: 'Typical entry-level education (BLS); roles without it are left out while this is set',
    },
    { field: 'clear', label: 'Clear Filter', description: isFiltered(filter) ? undefined : 'no filter set' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Filter Roles' });
  if (!picked) return;
  if (picked.field === 'clear') return state.clearFilter();
  if (picked.field === 'text') {
    // Second steps keep their place when focus returns late to where the first came from.
    const text = await vscode.window.showInputBox({
      title: 'Filter Roles',
      ignoreFocusOut: true,
      prompt: 'Words in the title or category (empty for all)',
      value: filter.text ?? '',
    });
    if (text !== undefined) await state.update({ text: text.trim() === '' ? undefined : text.trim() });
  } else if (picked.field === 'minPay') {
    const value = await askNumber(
      'Minimum yearly pay in dollars, e.g. 80000 or 80k (empty for none)',
      filter.minPay?.toString() ?? '',
      parseDollars,
    );
    if (value !== undefined) await state.update({ minPay: value });
  } else if (picked.field === 'minGrowth') {
    const value = await askNumber(
      'Minimum projected growth in percent, e.g. 5 (empty for none)',
      filter.minGrowth?.toString() ?? '',
      parsePercent,
    );
    if (value !== undefined) await state.update({ minGrowth: value });
  } else {
    const level = await vscode.window.showQuickPick(['Any', ...EDUCATION_LEVELS], {
      title: 'Typical entry-level education, at most',
      placeHolder: filter.maxEducation ?? 'Any',
      ignoreFocusOut: true,
    });
    if (level) await state.update({ maxEducation: level === 'Any' ? undefined : level });
  }
}

export interface BrowserParts {
  repository: RoleRepository;
  tree: RolesTreeProvider;
  favourites: FavouritesStore;
  recents: RecentsStore;
  /** The view's sort, grouping and filter. */
  state: BrowseStateStore;
}

/** Star (or unstar) a role from the tree, a caller's id, or a picker when neither is given. */
async function star(parts: BrowserParts, arg: unknown, starred: boolean): Promise<void> {
  let id = roleIdFrom(arg);
  if (!id && starred) id = (await pickRole(parts.repository, { title: 'Add to Favourites', placeholder: 'Type a job title' }))?.id;
  if (id) await parts.favourites.set(id, starred);
}

/** The context keys the view's menus read: set from the state itself, so they hold while the view is hidden too. */
function syncContext({ state, recents }: BrowserParts): void {
  const now = state.current();
  setContext(CONTEXT_KEYS.rolesFiltered, isFiltered(now.filter));
  setContext(CONTEXT_KEYS.rolesGrouped, now.groupByCategory);
  setContext(CONTEXT_KEYS.hasRecents, recents.entries.length > 0);
}

export function registerRolesBrowser(parts: BrowserParts): vscode.Disposable[] {
  const { repository, tree, favourites, recents, state } = parts;
  syncContext(parts);
  return [
    vscode.commands.registerCommand(COMMANDS.refresh, () => repository.refresh()),
    vscode.commands.registerCommand(COMMANDS.sortRoles, (key?: unknown, group?: unknown) => sortBy(state, key, group)),
    vscode.commands.registerCommand(COMMANDS.groupByCategory, () => state.update({ groupByCategory: true })),
    vscode.commands.registerCommand(COMMANDS.listWithoutGroups, () => state.update({ groupByCategory: false })),
    vscode.commands.registerCommand(COMMANDS.filterRoles, (arg?: unknown) =>
      arg && typeof arg === 'object' ? filterWith(state, arg as Record<string, unknown>) : filterInteractively(state),
    ),
    vscode.commands.registerCommand(COMMANDS.clearRoleFilter, () => state.clearFilter()),
    vscode.commands.registerCommand(COMMANDS.starRole, (arg?: unknown) => star(parts, arg, true)),
    vscode.commands.registerCommand(COMMANDS.unstarRole, (arg?: unknown) => star(parts, arg, false)),
    vscode.commands.registerCommand(COMMANDS.toggleFavourite, async (arg?: unknown) => {
      const id = roleIdFrom(arg);
      if (id) await favourites.toggle(id);
    }),
    vscode.commands.registerCommand(COMMANDS.clearRecents, () => recents.clear()),
    state.onDidChange(() => {
      tree.refresh();
      syncContext(parts);
    }),
    recents.onDidChange(() => syncContext(parts)),
  ];
}
