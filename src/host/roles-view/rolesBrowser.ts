// The Roles view's commands: Refresh, Sort By…, Filter…, Clear Filter
// (settings under careerCompare.roles.*), star and unstar a role, and Clear
// Recent Comparisons. Registers them and returns their disposables.
import * as vscode from 'vscode';
import { BROWSE_SETTINGS, FILTER_SETTINGS, parseDollars, parsePercent, readBrowseSettings, type ReadSettings } from '../../browse/settings';
import { EDUCATION_LEVELS, SORT_KEYS, isFiltered, type RoleFilter, type SortKey } from '../../browse/sortFilter';
import { formatChange, formatMoney } from '../../format/format';
import type { SettingName } from '../../settings';
import type { FavouritesStore } from '../data/favourites';
import type { RecentsStore } from '../data/recents';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { roleIdFrom } from '../pickers/roleArgs';
import { COMMANDS } from '../shared/commands';
import { CONTEXT_KEYS } from '../shared/ids';
import { setContext } from '../shared/setContext';
import { affects, browseSettingValues, writeSetting } from '../shared/settings';
import type { RolesTreeProvider } from './rolesTree';

/** The Roles view's settings as they stand (values chosen but not yet written included), checked. */
export function currentBrowseSettings(): ReadSettings {
  const values = browseSettingValues();
  for (const [field, name] of Object.entries(BROWSE_SETTINGS) as [keyof typeof BROWSE_SETTINGS, SettingName][]) {
    if (pending.has(name)) values[field] = pending.get(name);
  }
  return readBrowseSettings(values);
}

const write = (name: SettingName, value: unknown) => writeAll([name, value]);

/** Settings being written: the tree refreshes once, as they are chosen, not at each write's change event. */
let writing = 0;
let afterWriting: (() => void) | undefined;

/**
 * Values chosen and not yet written: the tree shows them at once, since each
 * settings write costs VS Code tens of ms (measured ~70 ms here).
 */
const pending = new Map<SettingName, unknown>();

async function writeAll(...entries: [SettingName, unknown][]): Promise<void> {
  writing++;
  for (const [key, value] of entries) pending.set(key, value);
  afterWriting?.();
  try {
    for (const [key, value] of entries) await writeSetting(key, value);
  } catch (err) {
    // Not written: the tree goes back to what the settings say.
    for (const [key] of entries) pending.delete(key);
    afterWriting?.();
    throw err;
  } finally {
    for (const [key] of entries) pending.delete(key);
    writing--;
  }
}

const SORT_PICKS: Record<SortKey, string> = {
  name: 'Name (A to Z)',
  pay: 'Pay (highest first)',
  growth: 'Growth (fastest first)',
  jobs: 'Jobs (most first)',
};

async function sortBy(key?: unknown, group?: unknown): Promise<void> {
  if (key !== undefined && !SORT_KEYS.includes(key as SortKey))
    throw new Error(`cannot sort by ${JSON.stringify(String(key)).slice(0, 40)}: use one of ${SORT_KEYS.join(', ')}`);
  const entries: [SettingName, unknown][] = [];
  if (typeof group === 'boolean') entries.push([BROWSE_SETTINGS.groupByCategory, group]);
  if (key !== undefined) entries.push([BROWSE_SETTINGS.sortBy, key]);
  if (entries.length > 0) return writeAll(...entries);
  const now = currentBrowseSettings();
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
  if (picked?.key) await write(BROWSE_SETTINGS.sortBy, picked.key);
  else if (picked?.group !== undefined) await write(BROWSE_SETTINGS.groupByCategory, picked.group);
}

/** From a caller (tests, links): `{ text, minPay, minGrowth, maxEducation }`, null clearing one. */
async function filterWith(arg: Record<string, unknown>): Promise<void> {
  const keys: Record<keyof RoleFilter, SettingName> = {
    text: BROWSE_SETTINGS.text,
    minPay: BROWSE_SETTINGS.minPay,
    minGrowth: BROWSE_SETTINGS.minGrowth,
    maxEducation: BROWSE_SETTINGS.maxEducation,
  };
  await writeAll(
    ...Object.entries(keys).flatMap(([name, key]): [SettingName, unknown][] => (name in arg ? [[key, arg[name] ?? undefined]] : [])),
  );
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

async function filterInteractively(): Promise<void> {
  const { filter } = currentBrowseSettings();
  type Item = vscode.QuickPickItem & { field: keyof RoleFilter | 'clear' };
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
  if (picked.field === 'clear') return clearFilter();
  if (picked.field === 'text') {
    // Second steps keep their place when focus returns late to where the first came from.
    const text = await vscode.window.showInputBox({
      title: 'Filter Roles',
      ignoreFocusOut: true,
      prompt: 'Words in the title or category (empty for all)',
      value: filter.text ?? '',
    });
    if (text !== undefined) await write(BROWSE_SETTINGS.text, text.trim() === '' ? undefined : text.trim());
  } else if (picked.field === 'minPay') {
    const value = await askNumber(
      'Minimum yearly pay in dollars, e.g. 80000 or 80k (empty for none)',
      filter.minPay?.toString() ?? '',
      parseDollars,
    );
    if (value !== undefined) await write(BROWSE_SETTINGS.minPay, value ?? undefined);
  } else if (picked.field === 'minGrowth') {
    const value = await askNumber(
      'Minimum projected growth in percent, e.g. 5 (empty for none)',
      filter.minGrowth?.toString() ?? '',
      parsePercent,
    );
    if (value !== undefined) await write(BROWSE_SETTINGS.minGrowth, value ?? undefined);
  } else {
    const level = await vscode.window.showQuickPick(['Any', ...EDUCATION_LEVELS], {
      title: 'Typical entry-level education, at most',
      placeHolder: filter.maxEducation ?? 'Any',
      ignoreFocusOut: true,
    });
    if (level) await write(BROWSE_SETTINGS.maxEducation, level === 'Any' ? undefined : level);
  }
}

async function clearFilter(): Promise<void> {
  await writeAll(...FILTER_SETTINGS.map((key): [SettingName, unknown] => [key, undefined]));
}

export interface BrowserParts {
  repository: RoleRepository;
  tree: RolesTreeProvider;
  favourites: FavouritesStore;
  recents: RecentsStore;
}

/** Star (or unstar) a role from the tree, a caller's id, or a picker when neither is given. */
async function star(parts: BrowserParts, arg: unknown, starred: boolean): Promise<void> {
  let id = roleIdFrom(arg);
  if (!id && starred) id = (await pickRole(parts.repository, { title: 'Add to Favourites', placeholder: 'Type a job title' }))?.id;
  if (id) await parts.favourites.set(id, starred);
}

export function registerRolesBrowser(parts: BrowserParts): vscode.Disposable[] {
  const { repository, tree, favourites, recents } = parts;
  afterWriting = () => tree.refresh();
  return [
    vscode.commands.registerCommand(COMMANDS.refresh, () => repository.refresh()),
    vscode.commands.registerCommand(COMMANDS.sortRoles, (key?: unknown, group?: unknown) => sortBy(key, group)),
    vscode.commands.registerCommand(COMMANDS.filterRoles, (arg?: unknown) =>
      arg && typeof arg === 'object' ? filterWith(arg as Record<string, unknown>) : filterInteractively(),
    ),
    vscode.commands.registerCommand(COMMANDS.clearRoleFilter, clearFilter),
    vscode.commands.registerCommand(COMMANDS.starRole, (arg?: unknown) => star(parts, arg, true)),
    vscode.commands.registerCommand(COMMANDS.unstarRole, (arg?: unknown) => star(parts, arg, false)),
    vscode.commands.registerCommand(COMMANDS.toggleFavourite, async (arg?: unknown) => {
      const id = roleIdFrom(arg);
      if (id) await favourites.toggle(id);
    }),
    vscode.commands.registerCommand(COMMANDS.clearRecents, () => recents.clear()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, ...Object.values(BROWSE_SETTINGS)) && writing === 0) tree.refresh();
    }),
    tree.onDidRefresh((status) => setContext(CONTEXT_KEYS.rolesFiltered, status.filtered)),
  ];
}
