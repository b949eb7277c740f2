// The Roles view as a browser: Sort By…, Filter…, Clear Filter (settings
// under careerCompare.roles.*), favourites (star and unstar) and recent
// comparisons (recorded when the panel shows one). Registers its commands and
// returns their disposables; extension.ts only calls it.
import * as vscode from 'vscode';
import { BROWSE_SETTINGS, FILTER_SETTINGS, parseDollars, parsePercent, readBrowseSettings, type ReadSettings } from '../browse/settings';
import { EDUCATION_LEVELS, SORT_KEYS, isFiltered, type RoleFilter, type SortKey } from '../browse/sortFilter';
import { formatChange, formatMoney } from '../format/format';
import { COMMANDS } from './commands';
import type { ComparisonPanelController } from './comparisonPanel';
import type { FavouritesStore } from './favourites';
import { log } from './log';
import { pickRole } from './pickRoles';
import type { RecentsStore } from './recents';
import type { RoleRepository } from './roleRepository';
import type { RoleNode, RolesTreeProvider } from './rolesTree';

const SECTION = 'careerCompare';
/** Set while a filter is in force: Clear Filter shows in the view's title bar. */
export const ROLES_FILTERED_CONTEXT = 'careerCompare.rolesFiltered';

/** The Roles view's settings as they stand, checked (problems named, defaults used for this session). */
export function currentBrowseSettings(): ReadSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(BROWSE_SETTINGS)) raw[name] = pending.has(key) ? pending.get(key) : config.get(key);
  return readBrowseSettings(raw);
}

/** Writes where the value in force lives (a workspace value would otherwise override a user one). */
async function writeOne(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect(key);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  // Writing the value already in force changes nothing, and would cost a refresh.
  if (inspected?.globalValue === value && target === vscode.ConfigurationTarget.Global) return;
  await config.update(key, value, target);
}

const write = (key: string, value: unknown) => writeAll([key, value]);

/** Settings being written: the tree refreshes once, as they are chosen, not at each write's change event. */
let writing = 0;
let afterWriting: (() => void) | undefined;

/**
 * Values chosen and not yet written: the tree shows them at once, since each
 * settings write costs VS Code tens of ms (measured ~70 ms here).
 */
const pending = new Map<string, unknown>();

async function writeAll(...entries: [string, unknown][]): Promise<void> {
  writing++;
  for (const [key, value] of entries) pending.set(key, value);
  afterWriting?.();
  try {
    for (const [key, value] of entries) await writeOne(key, value);
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
  const entries: [string, unknown][] = [];
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
  const keys: Record<keyof RoleFilter, string> = {
    text: BROWSE_SETTINGS.text,
    minPay: BROWSE_SETTINGS.minPay,
    minGrowth: BROWSE_SETTINGS.minGrowth,
    maxEducation: BROWSE_SETTINGS.maxEducation,
  };
  await writeAll(
    ...Object.entries(keys).flatMap(([name, key]): [string, unknown][] => (name in arg ? [[key, arg[name] ?? undefined]] : [])),
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
  await writeAll(...FILTER_SETTINGS.map((key): [string, unknown] => [key, undefined]));
}

function idOf(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg) return arg;
  const node = arg as RoleNode | undefined;
  return node?.kind === 'role' ? node.role.id : undefined;
}

export interface BrowserParts {
  repository: RoleRepository;
  panel: ComparisonPanelController;
  tree: RolesTreeProvider;
  favourites: FavouritesStore;
  recents: RecentsStore;
}

/** Star (or unstar) a role from the tree, a caller's id, or a picker when neither is given. */
async function star(parts: BrowserParts, arg: unknown, starred: boolean): Promise<void> {
  let id = idOf(arg);
  if (!id && starred) id = (await pickRole(parts.repository, { title: 'Add to Favourites', placeholder: 'Type a job title' }))?.id;
  if (id) await parts.favourites.set(id, starred);
}

export function registerRolesBrowser(parts: BrowserParts): vscode.Disposable[] {
  const { panel, tree, favourites, recents } = parts;
  const starredShown = () => panel.roleIds.filter((id) => favourites.has(id));
  afterWriting = () => tree.refresh();
  return [
    vscode.commands.registerCommand(COMMANDS.sortRoles, (key?: unknown, group?: unknown) => sortBy(key, group)),
    vscode.commands.registerCommand(COMMANDS.filterRoles, (arg?: unknown) =>
      arg && typeof arg === 'object' ? filterWith(arg as Record<string, unknown>) : filterInteractively(),
    ),
    vscode.commands.registerCommand(COMMANDS.clearRoleFilter, clearFilter),
    vscode.commands.registerCommand(COMMANDS.starRole, (arg?: unknown) => star(parts, arg, true)),
    vscode.commands.registerCommand(COMMANDS.unstarRole, (arg?: unknown) => star(parts, arg, false)),
    vscode.commands.registerCommand(COMMANDS.toggleFavourite, async (arg?: unknown) => {
      const id = idOf(arg);
      if (id) await favourites.toggle(id);
    }),
    vscode.commands.registerCommand(COMMANDS.clearRecents, () => recents.clear()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.roles`) && writing === 0) tree.refresh();
    }),
    tree.onDidRefresh((status) =>
      vscode.commands
        .executeCommand('setContext', ROLES_FILTERED_CONTEXT, status.filtered)
        .then(undefined, (err: unknown) => log().error(`Cannot set ${ROLES_FILTERED_CONTEXT}: ${String(err)}`)),
    ),
    // Recents are recorded, and the panel's stars set, whenever the panel shows a comparison.
    panel.onDidShow((roleIds) => {
      panel.showFavourites(starredShown());
      recents.record(roleIds).catch((err: unknown) => log().error(`Could not record a recent comparison: ${String(err)}`));
    }),
    favourites.onDidChange(() => panel.showFavourites(starredShown())),
  ];
}
