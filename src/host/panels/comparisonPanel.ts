// The comparison panel: one panel, reused for every comparison of 1 to
// MAX_ROLES roles and every role page. Its page carries the move sections
// ("From A to B", similar roles), the favourite stars and the official links;
// its intents change the columns (rules in src/compare/selection.ts), star
// roles and open what the page links to.
import * as vscode from 'vscode';
import { addRole, removeColumn, replaceColumn, selectionProblem, swapSides, type Selection } from '../../compare/selection';
import type { Role } from '../../model/schema';
import type { RoleSummary } from '../../model/summary';
import type { ComparisonView } from '../../protocol/comparisonView';
import type { Intent } from '../../protocol/messages';
import type { Page } from '../../protocol/page';
import { quote } from '../../util/safeText';
import { NATIONAL_LABEL } from '../../states/localPay';
import type { FavouritesStore } from '../data/favourites';
import type { PayWhereStore } from '../data/payWhere';
import type { ProfileStore } from '../data/profileStore';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole, pickTwoRoles } from '../pickers/pickRoles';
import { COMMANDS } from '../shared/commands';
import { core } from '../shared/core';
import { CONTEXT_KEYS, VIEWS } from '../shared/ids';
import { log, notify, runLogged } from '../shared/log';
import { setContext } from '../shared/setContext';
import { openOfficialPage } from './officialLinks';
import { PanelController } from './panelController';

export class ComparisonPanelController extends PanelController {
  constructor(
    extensionUri: vscode.Uri,
    repository: RoleRepository,
    private readonly profiles: ProfileStore,
    private readonly favourites: FavouritesStore,
    private readonly pay: PayWhereStore,
  ) {
    super(extensionUri, repository, {
      viewType: VIEWS.comparisonPanel,
      noun: 'comparison',
      webview: 'Webview',
      startAgain: 'Run "Career Compare: Compare Roles…" to start a new one.',
    });
    // A star from anywhere (the tree, a picker, this page) draws the page again.
    this.register(favourites.onDidChange(() => this.update()));
    // A new state or pay draws the page again with its figures.
    this.register(pay.onDidChange(() => this.update()));
  }

  protected problemOf(ids: readonly string[]): string | undefined {
    return selectionProblem(ids);
  }

  protected title(roles: readonly Role[]): string {
    return core().comparisonTitle([...roles]);
  }

  /**
   * The comparison the panel shows (as last posted), or undefined when it
   * shows none; built afresh when the roles changed while the panel was hidden.
   */
  async shownComparison(): Promise<ComparisonView | undefined> {
    const roles = this.shownRoles;
    if (roles.length === 0) return undefined;
    const posted = this.postedPage?.view;
    const current = posted && posted.roles.length === roles.length && posted.roles.every((r, i) => r.id === roles[i].id);
    return current ? posted : this.view(roles);
  }

  /** The comparison with its move sections ("From A to B", similar roles and better-paid moves). */
  async withMoveSections(view: ComparisonView, roles: readonly Role[]): Promise<ComparisonView> {
    const [catalog, loaded] = await Promise.all([this.repository.catalog(), this.profiles.get()]);
    const similar = loaded && { index: loaded.index, byId: catalog.byId, source: loaded.profiles.source };
    return core().withMoves(view, [...roles], loaded?.profiles, similar);
  }

  /** The comparison, each official role with the chosen state's figures (the national ones beside). */
  private async view(roles: readonly Role[]): Promise<ComparisonView> {
    const [catalog, input] = await Promise.all([this.repository.catalog(), this.pay.input(roles)]);
    const { roles: shown, where } = core().applyPayWhere(roles, input);
    return this.withMoveSections(core().buildComparison(shown, catalog, where), roles);
  }

  protected async page(roles: readonly Role[], notice: string | undefined): Promise<Page> {
    const [catalog, view, { areas }] = await Promise.all([this.repository.catalog(), this.view(roles), this.pay.figures(roles)]);
    return core().buildPage({
      view,
      pickers: core().pickerOptions([...roles], catalog.roles),
      roles,
      isFavourite: (id) => this.favourites.has(id),
      notice,
      ...(areas.size > 0 && { payPlace: this.pay.area()?.name ?? NATIONAL_LABEL }),
    });
  }

  protected override onDidChangePanel(): void {
    const active = this.panel?.active ?? false;
    setContext(CONTEXT_KEYS.comparisonActive, active);
    setContext(CONTEXT_KEYS.comparisonColumns, active ? this.roleIds.length : 0);
  }

  async swap(takeFocus = true): Promise<void> {
    if (!this.panel) {
      void notify('info', 'Career Compare: open a comparison of two roles to swap its sides.');
      return;
    }
    await this.apply(swapSides(this.roleIds), takeFocus);
  }

  /**
   * Adds a role as the last column, or opens it when no comparison is open.
   * A role already shown, or a full comparison, is refused with a message.
   */
  async addRole(roleId: string, takeFocus = true): Promise<void> {
    if (!this.panel || this.roleIds.length === 0) return this.show([roleId], takeFocus);
    const outcome = addRole(this.roleIds, roleId);
    if (!outcome.ok) {
      const title = 'shownAt' in outcome ? this.roleTitles[outcome.shownAt] : (await this.repository.catalog()).byId.get(roleId)?.title;
      if (takeFocus) this.panel.reveal(undefined, false);
      void notify('info', `Career Compare: cannot add ${title ?? 'that role'}: ${outcome.reason}.`);
      return;
    }
    await this.show(outcome.roleIds, takeFocus);
  }

  /** Removes the role in `column` (0 = leftmost); the last column stays. */
  async removeColumn(column: number, takeFocus = true): Promise<void> {
    await this.apply(removeColumn(this.roleIds, column), takeFocus);
  }

  /** Puts a role in `column`; a role shown in another column trades places with it. */
  async replaceColumn(column: number, roleId: string, takeFocus = true): Promise<void> {
    await this.apply(replaceColumn(this.roleIds, column, roleId), takeFocus);
  }

  /** Shows the new columns, or says why the change was refused. */
  private async apply(outcome: Selection, takeFocus: boolean): Promise<void> {
    if (!outcome.ok) {
      void notify('info', `Career Compare: ${outcome.reason}.`);
      return;
    }
    await this.show(outcome.roleIds, takeFocus);
  }

  /** "Search all roles…" from a column's picker: the role search, then that column replaced (or swapped). */
  private async searchForColumn(column: number): Promise<void> {
    const current = this.roleIds;
    if (column >= current.length) return;
    const role = await pickRole(this.repository, {
      title: `Replace ${this.roleTitles[column]} with…`,
      placeholder: 'Type a job title — alternate titles and typos are fine',
    });
    if (!role || role.id === current[column]) return;
    await this.apply(replaceColumn(current, column, role.id), true);
  }

  /** A linked role's catalog entry, or undefined (logged) when the webview names one the catalog lacks. */
  private async catalogRole(roleId: string, asked: string): Promise<RoleSummary | undefined> {
    const role = (await this.repository.catalog()).byId.get(roleId);
    if (!role) log().warn(`Webview asked to ${asked} a role the catalog lacks: ${quote(roleId)}`);
    return role;
  }

  /** A related role's link: that role's page. */
  private async openRole(roleId: string): Promise<void> {
    if (await this.catalogRole(roleId, 'open')) await this.show([roleId]);
  }

  /** "Compare with…" beside a related role: ask for the other role, then show the pair. */
  private async compareWith(roleId: string): Promise<void> {
    const role = await this.catalogRole(roleId, 'compare');
    const pair = role && (await pickTwoRoles(this.repository, role));
    if (pair) await this.show(pair.map((r) => r.id));
  }

  /** A column's star: stars or unstars a role this page shows (the page is drawn again when Favourites change). */
  private async toggleFavourite(roleId: string): Promise<void> {
    if (!this.roleIds.includes(roleId)) log().warn(`Webview asked to star a role it does not show: ${quote(roleId)}`);
    else await this.favourites.toggle(roleId);
  }

  protected onIntent(intent: Intent): void {
    switch (intent.type) {
      case 'replace':
        return runLogged(
          this.replaceColumn(intent.column, intent.roleId, false),
          `put ${quote(intent.roleId)} in column ${intent.column + 1}`,
        );
      case 'remove':
        return runLogged(this.removeColumn(intent.column, false), `remove column ${intent.column + 1}`);
      case 'add':
        // The command checks the id against the catalog and applies the column rules (or asks, without an id).
        return runLogged(vscode.commands.executeCommand(COMMANDS.addRole, intent.roleId), 'add a role');
      case 'swap':
        return runLogged(this.swap(false), 'swap sides');
      case 'search':
        return runLogged(this.searchForColumn(intent.column), 'search for a role');
      case 'openRole':
        return runLogged(this.openRole(intent.roleId), `open the role ${quote(intent.roleId)}`);
      case 'compareWith':
        return runLogged(this.compareWith(intent.roleId), `compare ${quote(intent.roleId)} with another role`);
      case 'planMove': {
        // "From A to B": the columns' roles, then the Plan a Move command with that pair.
        const [from, to] = [this.roleIds[intent.from], this.roleIds[intent.to]];
        if (from && to && from !== to) runLogged(vscode.commands.executeCommand(COMMANDS.planMove, [from, to]), 'open the skill gap');
        return;
      }
      case 'downloadDescriptions':
        // The same as the command; it reports its own outcome, and the repaint follows the data change.
        return runLogged(vscode.commands.executeCommand(COMMANDS.downloadOnet), 'download O*NET descriptions from the panel');
      case 'openOfficialPage':
        return runLogged(
          openOfficialPage(this.repository, intent.roleId, intent.site),
          `open the ${intent.site} page of ${quote(intent.roleId)}`,
        );
      case 'toggleFavourite':
        return runLogged(this.toggleFavourite(intent.roleId), `star ${quote(intent.roleId)} from the panel`);
      case 'chooseState':
        // The same as the command; the repaint follows the setting's change.
        return runLogged(vscode.commands.executeCommand(COMMANDS.setState), 'choose a state from the panel');
    }
  }
}
