// The career paths panel: one panel for both path pages. Two roles show
// "Paths from A to B" (routes of one to three steps); one role shows "Moves
// from A" (Explore: the roles within one and two steps, with filters). The
// routes and moves are worked out in src/paths; this panel supplies the
// index (built once per catalog and profile set), the filters kept in
// workspace state, and what the page's buttons do.
import * as vscode from 'vscode';
import { readExploreFilters, withExploreFilter } from '../../browse/viewState';
import { replaceColumn } from '../../compare/selection';
import type { ExploreFilter } from '../../limits';
import type { RoleCatalog } from '../../model/catalog';
import type { ProfileSet } from '../../model/profiles';
import type { Role } from '../../model/schema';
import type { PathIndex } from '../../paths/pathIndex';
import type { ComparisonView } from '../../protocol/comparisonView';
import type { Intent } from '../../protocol/messages';
import type { Page } from '../../protocol/page';
import { quote } from '../../util/safeText';
import type { ProfileStore } from '../data/profileStore';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { COMMANDS } from '../shared/commands';
import { core } from '../shared/core';
import { VIEWS } from '../shared/ids';
import { log, runLogged } from '../shared/log';
import type { ComparisonPanelController } from './comparisonPanel';
import { PanelController } from './panelController';

/** Where Explore's filters are kept: view state in the workspace, never a setting. */
export const EXPLORE_FILTERS_KEY = 'careerCompare.exploreFilters';

/** What the page says when the profiles cannot be read: never an empty page passed off as "no routes". */
const NO_PROFILES =
  'the skill and knowledge profiles could not be loaded (see the Career Compare log), so no route or move can be worked out';

export class PathPanelController extends PanelController {
  /** The index, kept while the catalog and the profile set are the same objects. */
  private cached: { catalog: RoleCatalog; profiles: ProfileSet; index: PathIndex } | undefined;

  constructor(
    extensionUri: vscode.Uri,
    repository: RoleRepository,
    private readonly profiles: ProfileStore,
    private readonly comparison: ComparisonPanelController,
    private readonly workspaceState: vscode.Memento,
  ) {
    super(extensionUri, repository, {
      viewType: VIEWS.pathPanel,
      noun: 'career path',
      webview: 'Career paths webview',
      startAgain: 'Run "Career Compare: Find a Career Path…" or "Career Compare: Explore Moves From…" to open one.',
    });
  }

  protected problemOf(ids: readonly string[]): string | undefined {
    if (ids.length < 1 || ids.length > 2) return `a career path page takes one or two roles, not ${ids.length}`;
    return ids.length === 2 && ids[0] === ids[1] ? 'a path needs two different roles' : undefined;
  }

  protected title(roles: readonly Role[]): string {
    return roles.length === 2 ? core().pathsTitle(roles[0], roles[1]) : core().exploreTitle(roles[0]);
  }

  /** Explore's filters that are on (read back without trust). */
  get exploreFilters(): ExploreFilter[] {
    return readExploreFilters(this.workspaceState.get(EXPLORE_FILTERS_KEY));
  }

  /** Whether the path panel is the active editor (the export commands export it then). */
  get isActive(): boolean {
    return this.panel?.active ?? false;
  }

  /** The index for this catalog, or undefined when the profiles cannot be read. */
  private async index(catalog: RoleCatalog): Promise<PathIndex | undefined> {
    const loaded = await this.profiles.get();
    if (!loaded) return undefined;
    const cached = this.cached;
    if (cached && cached.catalog === catalog && cached.profiles === loaded.profiles) return cached.index;
    const index = core().buildPathIndex(catalog, loaded.profiles);
    this.cached = { catalog, profiles: loaded.profiles, index };
    return index;
  }

  /** The page's view: the routes between two roles, or the moves from one. */
  private async view(roles: readonly Role[]): Promise<{ view: ComparisonView; unavailable: boolean }> {
    const catalog = await this.repository.catalog();
    const built = await this.index(catalog);
    const index =
      built ??
      core().unavailableIndex(
        roles.map((r) => r.id),
        NO_PROFILES,
      );
    const [from, to] = roles.map((r) => ({ id: r.id, title: r.title }));
    const view = to ? core().buildPathView(index, from, to) : core().buildExploreView(index, from, this.exploreFilters);
    return { view, unavailable: built === undefined };
  }

  protected async page(roles: readonly Role[], notice: string | undefined): Promise<Page> {
    const [catalog, { view, unavailable }] = await Promise.all([this.repository.catalog(), this.view(roles)]);
    const why = unavailable ? `Career paths are not available: ${NO_PROFILES}.` : undefined;
    return core().buildPage({
      view,
      pickers: core().pickerOptions([...roles], catalog.roles),
      roles,
      fixedColumns: true,
      notice: [notice, why].filter(Boolean).join(' ') || undefined,
    });
  }

  /**
   * The page the panel shows (as last posted), or undefined when none is
   * open; built afresh when the roles changed while the panel was hidden.
   */
  async shownView(): Promise<ComparisonView | undefined> {
    const roles = this.shownRoles;
    if (roles.length === 0) return undefined;
    const posted = this.postedPage?.view;
    const current = posted && posted.roles.length === roles.length && posted.roles.every((r, i) => r.id === roles[i].id);
    return current ? posted : (await this.view(roles)).view;
  }

  /** Shows the routes from one role to another, opening the panel or reusing it. */
  showPaths(fromId: string, toId: string, takeFocus = true): Promise<void> {
    return this.show([fromId, toId], takeFocus);
  }

  /** Shows the moves from one role, opening the panel or reusing it. */
  showMoves(fromId: string, takeFocus = true): Promise<void> {
    return this.show([fromId], takeFocus);
  }

  /** Puts a role on one side (picking the other side's role turns the path around); on Explore, the one role. */
  private async replaceSide(column: number, roleId: string, takeFocus: boolean): Promise<void> {
    if (this.roleIds.length === 1) return column === 0 ? this.show([roleId], takeFocus) : undefined;
    const next = replaceColumn(this.roleIds, column, roleId);
    if (next.ok) await this.show(next.roleIds, takeFocus);
    else log().warn(`Career paths: ignored a picked role (${next.reason})`);
  }

  /** "Search all roles…" in a picker: the role search, then that side replaced. */
  private async searchForSide(column: number): Promise<void> {
    const count = this.roleIds.length;
    if (column >= count) return;
    const title = count === 1 ? 'Explore moves from…' : column === 0 ? 'Paths from…' : 'Paths to…';
    const role = await pickRole(this.repository, { title, placeholder: 'Type a job title — alternate titles and typos are fine' });
    if (role) await this.replaceSide(column, role.id, true);
  }

  /** Whether the catalog has this role; the log says when the webview named one it lacks. */
  private async known(roleId: string, asked: string): Promise<boolean> {
    const has = (await this.repository.catalog()).byId.has(roleId);
    if (!has) log().warn(`Career paths webview asked to ${asked} a role the catalog lacks: ${quote(roleId)}`);
    return has;
  }

  /** "Plan this step": the skill gap of one step, in the "From A to B" panel. */
  private async planStep(from: string, to: string): Promise<void> {
    if (from === to || !(await this.known(from, 'plan a step from')) || !(await this.known(to, 'plan a step to'))) return;
    await vscode.commands.executeCommand(COMMANDS.planMove, [from, to]);
  }

  /**
   * "Add to comparison": the comparison's own Add (one rule for its columns):
   * the role joins as the last column, or opens a comparison when none is
   * open; a full one, or one that shows the role already, stays as it is and
   * the user is told why.
   */
  private async addToComparison(roleId: string): Promise<void> {
    if (await this.known(roleId, 'add to the comparison')) await this.comparison.addRole(roleId);
  }

  /** One of Explore's filters turned on or off: kept in workspace state, then the page drawn again. */
  private async setExploreFilter(filter: ExploreFilter, on: boolean): Promise<void> {
    await this.workspaceState.update(EXPLORE_FILTERS_KEY, withExploreFilter(this.exploreFilters, filter, on));
    this.update();
  }

  private turnAround(): void {
    if (this.roleIds.length === 2) runLogged(this.show([...this.roleIds].reverse(), false), 'turn the path around');
    else log().warn('Career paths: ignored "swap": Explore shows one role.');
  }

  protected onIntent(intent: Intent): void {
    switch (intent.type) {
      case 'replace':
        return runLogged(this.replaceSide(intent.column, intent.roleId, false), 'show the picked career path');
      case 'swap':
        return this.turnAround();
      case 'search':
        return runLogged(this.searchForSide(intent.column), 'search for a role');
      case 'openRole':
      case 'compareWith': {
        const command = intent.type === 'openRole' ? COMMANDS.openRole : COMMANDS.compareWith;
        return runLogged(vscode.commands.executeCommand(command, intent.roleId), `${intent.type} from a career path`);
      }
      case 'planStep':
        return runLogged(this.planStep(intent.from, intent.to), `plan the step ${quote(intent.from)} → ${quote(intent.to)}`);
      case 'addToComparison':
        return runLogged(this.addToComparison(intent.roleId), `add ${quote(intent.roleId)} to the comparison`);
      case 'setExploreFilter':
        return runLogged(this.setExploreFilter(intent.filter, intent.on), `turn the filter ${intent.filter} ${intent.on ? 'on' : 'off'}`);
      default:
        log().warn(`Career paths: ignored "${intent.type}", which this page does not offer.`);
    }
  }
}
