// The "Roles" tree in the Career Compare sidebar: Favourites and Recent
// Comparisons at the top, then the roles — by category or in one list —
// sorted and filtered as the settings say (rules in src/browse/sortFilter.ts).
import * as vscode from 'vscode';
import type { ReadBrowseState } from '../../browse/viewState';
import {
  browse,
  browseDescription,
  browseMessage,
  figureText,
  isFiltered,
  sortRoles,
  type Browsed,
  type SortKey,
} from '../../browse/sortFilter';
import { recentIds, recentPage, type RecentPage } from '../../browse/lists';
import { formatCount, formatPercent, formatSource, formatWage } from '../../format/format';
import type { RoleSummary } from '../../model/summary';
import type { PayWhereStore } from '../data/payWhere';
import { pushAll } from '../../util/arrays';
import type { FavouritesStore } from '../data/favourites';
import { COMMANDS } from '../shared/commands';
import { CONTEXT_KEYS } from '../shared/ids';
import { log, runLogged } from '../shared/log';
import { setContext } from '../shared/setContext';
import type { RecentsStore } from '../data/recents';
import type { RoleRepository } from '../data/roleRepository';
import type { BrowseStateStore } from './browseState';

export type RoleNode =
  | { kind: 'category'; name: string; roles: RoleSummary[] }
  | { kind: 'role'; role: RoleSummary; inFavourites?: boolean }
  | { kind: 'favourites'; roles: RoleSummary[] }
  | { kind: 'recents'; entries: RecentNode[] }
  | RecentNode;

/** A recent comparison or path page, its roles looked up. */
export interface RecentNode {
  kind: 'recent';
  page: RecentPage;
  roles: RoleSummary[];
}

/** What the view shows beside the tree: the sort and filter in force, and what they did. */
export interface TreeStatus {
  description: string | undefined;
  message: string | undefined;
  /** Roles listed (outside Favourites and Recent Comparisons). */
  shown: number;
  /** Whether a filter is in force (Clear Filter shows in the "…" menu). */
  filtered: boolean;
}

/** Where the tree reads its view state (./browseState.ts), favourites and recent comparisons. */
export interface BrowseSource {
  state: BrowseStateStore;
  favourites: FavouritesStore;
  recents: RecentsStore;
  /** The chosen state: the roles' pay and jobs (and their sort and filter) are that state's. */
  pay: PayWhereStore;
}

export class RolesTreeProvider implements vscode.TreeDataProvider<RoleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RoleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = new vscode.EventEmitter<TreeStatus>();
  /** Fires when the top level has been computed for the view (tests and the benchmark time sort and filter by it). */
  readonly onDidRefresh = this.refreshed.event;
  private readonly subscriptions: vscode.Disposable[];
  private view: vscode.TreeView<RoleNode> | undefined;
  /** The sort key of the last top level, for the figure beside each role. */
  private sortBy: SortKey = 'name';
  private starred = new Set<string>();
  /** The setting problems last logged: said once, not at every refresh. */
  private loggedProblems = '';

  constructor(
    private readonly repository: RoleRepository,
    private readonly source: BrowseSource,
  ) {
    this.subscriptions = [
      repository.onDidChange(() => this.refresh()),
      source.favourites.onDidChange(() => this.refresh()),
      source.recents.onDidChange(() => this.refresh()),
      source.pay.onDidChange(() => this.refresh()),
    ];
  }

  /** The view whose description and message show the sort and filter. */
  attach(view: vscode.TreeView<RoleNode>): void {
    this.view = view;
    // Which categories are open is view state too, kept per workspace.
    const remember = (node: RoleNode, open: boolean) => {
      if (node.kind === 'category') runLogged(this.source.state.setExpanded(node.name, open), 'remember an open category');
    };
    this.subscriptions.push(
      view.onDidExpandElement((e) => remember(e.element, true)),
      view.onDidCollapseElement((e) => remember(e.element, false)),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: RoleNode): Promise<RoleNode[]> {
    if (!node) return this.topLevel();
    if (node.kind === 'category') return node.roles.map((role) => ({ kind: 'role', role }));
    if (node.kind === 'favourites') return node.roles.map((role) => ({ kind: 'role', role, inFavourites: true }));
    if (node.kind === 'recents') return node.entries;
    return [];
  }

  private async topLevel(): Promise<RoleNode[]> {
    const roles = await this.loadRoles();
    const settings = this.source.state.current();
    this.sortBy = settings.sortBy;
    const byId = new Map(roles.map((r) => [r.id, r]));
    const favouriteIds = this.source.favourites.ids;
    this.starred = new Set(favouriteIds);
    const result = browse(roles, settings);
    const nodes: RoleNode[] = [];
    // Favourites are the user's picks: sorted like the rest, never filtered away.
    const favourites = sortRoles(
      favouriteIds.flatMap((id) => byId.get(id) ?? []),
      settings.sortBy,
    );
    if (favourites.length > 0) nodes.push({ kind: 'favourites', roles: favourites });
    const recents = this.source.recents.entries.flatMap((entry): RecentNode[] => {
      const roles = recentIds(entry).flatMap((id) => byId.get(id) ?? []);
      return roles.length === recentIds(entry).length ? [{ kind: 'recent', page: recentPage(entry), roles }] : [];
    });
    if (recents.length > 0) nodes.push({ kind: 'recents', entries: recents });
    if (settings.groupByCategory) pushAll(nodes, groupByCategory(result.roles));
    else for (const role of result.roles) nodes.push({ kind: 'role', role });
    this.report(settings, result);
    return nodes;
  }

  private report(settings: ReadBrowseState, result: Browsed): void {
    const problems = settings.problems.join('\n');
    if (problems !== this.loggedProblems) for (const problem of settings.problems) log().warn(`Roles view: ${problem}`);
    this.loggedProblems = problems;
    const message = [...settings.problems, browseMessage(settings, result)].filter(Boolean).join(' ') || undefined;
    const status: TreeStatus = {
      description:
        [browseDescription(settings), this.source.pay.area() && `pay in ${this.source.pay.area()!.name}`].filter(Boolean).join(' · ') ||
        undefined,
      message,
      shown: result.roles.length,
      filtered: isFiltered(settings.filter),
    };
    if (this.view) {
      this.view.description = status.description;
      this.view.message = status.message;
    }
    this.refreshed.fire(status);
  }

  /** The catalog's roles, or none when it cannot load; either way the context key says which. */
  private async loadRoles(): Promise<RoleSummary[]> {
    let roles: RoleSummary[] = [];
    try {
      roles = [...(await this.source.pay.localizeSummaries((await this.repository.catalog()).roles))];
    } catch (err) {
      log().error(`Cannot load the roles for the Roles view: ${String(err)}`);
    }
    if (roles.length === 0) log().error('No role could be loaded: the Roles view shows how to see why.');
    setContext(CONTEXT_KEYS.rolesUnavailable, roles.length === 0);
    return roles;
  }

  getTreeItem(node: RoleNode): vscode.TreeItem {
    switch (node.kind) {
      case 'category':
        return groupItem(`category:${node.name}`, node.name, 'category', node.roles.length, this.categoryState(node.name));
      case 'favourites':
        return groupItem('group:favourites', 'Favourites', 'favourites', node.roles.length, vscode.TreeItemCollapsibleState.Expanded);
      case 'recents':
        return groupItem('group:recents', 'Recent Comparisons', 'recents', node.entries.length, vscode.TreeItemCollapsibleState.Expanded);
      case 'recent':
        return recentItem(node);
      case 'role':
        return this.roleItem(node);
    }
  }

  private categoryState(name: string): vscode.TreeItemCollapsibleState {
    return this.source.state.isExpanded(name) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  }

  private roleItem(node: Extract<RoleNode, { kind: 'role' }>): vscode.TreeItem {
    const { role } = node;
    const starred = this.starred.has(role.id);
    const item = new vscode.TreeItem(role.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.inFavourites ? 'favourite' : 'role'}:${role.id}`;
    // "role" or "role.starred": menus match both with /^role/ and pick Star or Unstar by the suffix.
    item.contextValue = starred ? 'role.starred' : 'role';
    item.iconPath = new vscode.ThemeIcon(starred ? 'star-full' : 'person');
    item.description = figureText(role, this.sortBy);
    item.tooltip = roleTooltip(role);
    item.accessibilityInformation = { label: `${role.title}, ${item.description}${starred ? ', favourite' : ''}` };
    item.command = { command: COMMANDS.openRole, title: 'Open Role', arguments: [node] };
    return item;
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.changed.dispose();
    this.refreshed.dispose();
  }
}

/** Roles by category, categories by name; the roles keep the order they come in (the chosen sort). */
function groupByCategory(roles: readonly RoleSummary[]): RoleNode[] {
  const groups = new Map<string, RoleSummary[]>();
  for (const role of roles) {
    const list = groups.get(role.category) ?? [];
    list.push(role);
    groups.set(role.category, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ kind: 'category', name, roles: list }));
}

function groupItem(
  id: string,
  label: string,
  contextValue: string,
  count: number,
  state: vscode.TreeItemCollapsibleState,
): vscode.TreeItem {
  const item = new vscode.TreeItem(label, state);
  item.id = id;
  item.contextValue = contextValue;
  item.description = `${count}`;
  const noun = contextValue === 'recents' ? 'comparison' : 'role';
  item.tooltip = `${label}: ${count} ${noun}${count === 1 ? '' : 's'}`;
  if (contextValue === 'favourites') item.iconPath = new vscode.ThemeIcon('star-full');
  if (contextValue === 'recents') item.iconPath = new vscode.ThemeIcon('history');
  return item;
}

/** What a recent page is called in the tree, and the command that shows it again. */
function recentShape({ page, roles }: RecentNode): { label: string; icon: string; command: string; arg: unknown } {
  const ids = roles.map((r) => r.id);
  if (page === 'paths')
    return { label: `Paths: ${roles[0].title} → ${roles[1].title}`, icon: 'git-merge', command: COMMANDS.findPath, arg: ids };
  if (page === 'moves') return { label: `Moves from ${roles[0].title}`, icon: 'compass', command: COMMANDS.exploreMoves, arg: ids[0] };
  return { label: roles.map((r) => r.title).join(' vs '), icon: 'diff', command: COMMANDS.compareRoles, arg: ids };
}

/** A recent comparison or path page: one click shows it again. */
function recentItem(node: RecentNode): vscode.TreeItem {
  const { label, icon, command, arg } = recentShape(node);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  const page = node.page === 'comparison' ? '' : `${node.page}:`;
  item.id = `recent:${page}${node.roles.map((r) => r.id).join('|')}`;
  item.contextValue = 'recent';
  item.iconPath = new vscode.ThemeIcon(icon);
  item.tooltip = node.page === 'comparison' ? `Compare ${label} again` : `Show ${label} again`;
  item.command = { command, title: 'Show Again', arguments: [arg] };
  return item;
}

/** Salary and growth at a glance, each with its source. Data text is escaped by MarkdownString.appendText. */
export function roleTooltip(role: RoleSummary): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(role.title).appendMarkdown('**\n\n');
  const salary = role.pay?.yearly !== undefined ? `${formatWage(role.pay.yearly)} a year` : 'no data';
  md.appendText(`Salary: ${salary}`);
  if (role.pay) md.appendText(` (${formatSource(role.pay.source)})`);
  md.appendMarkdown('  \n');
  const growth = role.growth ? formatPercent(role.growth.rate) : 'no data';
  md.appendText(`Growth: ${growth}`);
  if (role.growth) md.appendText(` (${formatSource(role.growth.source)})`);
  if (role.jobs) {
    md.appendMarkdown('  \n');
    md.appendText(`Jobs: ${formatCount(role.jobs.count)} (${formatSource(role.jobs.source)})`);
  }
  return md;
}
