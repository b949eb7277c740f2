// The comparison webview panel: one panel, reused for every comparison and
// role page. The host end of the bridge: it posts nothing before the webview
// says "ready", validates every message it receives, and logs and drops the rest.
import * as vscode from 'vscode';
import { withOfficialPages } from '../links/officialPages';
import type { Role } from '../model/schema';
import type { ComparisonView } from '../protocol/comparisonView';
import type { ToWebview } from '../protocol/messages';
import { addRole, MAX_ROLES, removeColumn, replaceColumn, selectionProblem, swapSides, type Selection } from '../compare/selection';
import { messageTooLarge } from '../protocol/size';
import { quote } from '../util/safeText';
import { COMMANDS } from './commands';
import { core } from './core';
import { log, notify } from './log';
import { pickRole, pickTwoRoles } from './pickRoles';
import type { RoleRepository } from './roleRepository';
import { openOfficialPage } from './officialLinks';
import { loadPage, postChecked, runLogged, webviewOptions } from './panelPage';

export const COMPARISON_VIEW_TYPE = 'careerCompare.comparison';
const CONTEXT_KEY = 'careerCompare.comparisonActive';
/** How many columns the active comparison shows (0 when none is active): Swap Sides and Remove Role key on it. */
const COLUMNS_KEY = 'careerCompare.comparisonColumns';

export interface RenderedEvent {
  roleIds: string[];
  paintMs: number;
}

export class ComparisonPanelController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private ready = false;
  private roles: Role[] = [];
  /** An error to show in the panel; like everything else it waits for "ready". */
  private notice: string | undefined;
  /** The comparison last posted to the webview: what the export commands write. */
  private shown: ComparisonView | undefined;
  private readonly rendered = new vscode.EventEmitter<RenderedEvent>();
  /** Fires when the webview reports a comparison painted (used by tests and the benchmark). */
  readonly onDidRender = this.rendered.event;
  /** Adds sections other features compute (the move sections, src/host/moveCommands.ts); set once when wiring. */
  decorate: (view: ComparisonView, roles: Role[]) => Promise<ComparisonView> = async (view) => view;
  private readonly didShow = new vscode.EventEmitter<string[]>();
  /** Fires when a comparison (or role page) is posted to the webview, with its role ids: recents and stars hook on here. */
  readonly onDidShow = this.didShow.event;
  /** Repaints the shown roles when the data changes (an O*NET import or download, Refresh). */
  private readonly dataSubscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly repository: RoleRepository,
  ) {
    this.dataSubscription = repository.onDidChange(() =>
      this.reload().catch((err: unknown) => log().error(`Could not repaint the comparison after the data changed: ${String(err)}`)),
    );
  }

  /**
   * The comparison the panel shows (as last posted), or undefined when it
   * shows none; built afresh when the roles changed while the panel was hidden.
   */
  async shownComparison(): Promise<ComparisonView | undefined> {
    if (!this.panel || this.roles.length === 0) return undefined;
    const ids = this.roleIds;
    const current = this.shown && this.shown.roles.length === ids.length && this.shown.roles.every((r, i) => r.id === ids[i]);
    return current ? this.shown : this.buildView();
  }

  private async buildView(): Promise<ComparisonView> {
    const catalog = await this.repository.catalog();
    return withOfficialPages(core().buildComparison(this.roles, catalog), this.roles);
  }

  /** The role ids shown now, in column order. */
  get roleIds(): string[] {
    return this.roles.map((r) => r.id);
  }

  /** The titles shown now, in column order. */
  get roleTitles(): string[] {
    return this.roles.map((r) => r.title);
  }

  /**
   * Shows these roles (1 to MAX_ROLES), opening the panel or reusing it. `takeFocus: false`
   * when the webview itself asked (a picker, Swap sides): the panel is already in
   * front, and moving focus would lose a keyboard user's place.
   */
  async show(roleIds: string[], takeFocus = true): Promise<void> {
    const roles = await this.resolve(roleIds);
    if (!roles) return;
    this.roles = roles;
    this.notice = undefined;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(COMPARISON_VIEW_TYPE, core().comparisonTitle(roles), vscode.ViewColumn.Active, {
        ...webviewOptions(this.extensionUri),
        enableFindWidget: true,
      });
      this.adopt(panel);
    } else if (takeFocus) {
      this.panel.reveal(undefined, false);
    }
    this.update();
  }

  /** Takes over a panel VS Code restored after a reload, with the state the webview saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel) {
      // A second restored panel: we keep one comparison panel.
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.extensionUri);
    this.adopt(panel);
    const parsed = core().parseWebviewState(state);
    if (!parsed.ok) {
      log().warn(`Could not restore the comparison: ${parsed.error}`);
      this.notice = 'This comparison could not be restored. Run "Career Compare: Compare Roles…" to start a new one.';
      return;
    }
    const roles = await this.resolve(parsed.message.roleIds);
    if (roles) {
      this.roles = roles;
      this.update();
    }
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
    if (!this.panel || this.roles.length === 0) return this.show([roleId], takeFocus);
    const outcome = addRole(this.roleIds, roleId);
    if (!outcome.ok) {
      const title = 'shownAt' in outcome ? this.roles[outcome.shownAt].title : undefined;
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

  dispose(): void {
    this.panel?.dispose();
    this.rendered.dispose();
    this.didShow.dispose();
    this.dataSubscription.dispose();
  }

  /** The same roles, read again from the changed data, repainted in place (the panel keeps its place and focus). */
  private async reload(): Promise<void> {
    const panel = this.panel;
    const ids = this.roleIds;
    if (!panel || ids.length === 0) return;
    const roles = await this.resolve(ids);
    // Reading the changed data takes a while: if the panel closed or shows other roles by now, those win.
    if (!roles || this.panel !== panel || this.roleIds.join('\n') !== ids.join('\n')) return;
    this.roles = roles;
    this.update();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    loadPage(panel, this.extensionUri);
    const webview = panel.webview;
    this.panelSubscriptions = [
      webview.onDidReceiveMessage((data: unknown) => this.handleWebviewMessage(data)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // A hidden webview is torn down (no retainContextWhenHidden); it says "ready" again when shown.
        if (!webviewPanel.visible) this.ready = false;
        void vscode.commands.executeCommand('setContext', CONTEXT_KEY, webviewPanel.active);
        this.setColumnsContext();
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.roles = [];
        this.shown = undefined;
        this.notice = undefined;
        this.panelSubscriptions.forEach((d) => d.dispose());
        void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
        this.setColumnsContext();
      }),
    ];
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
  }

  /** "Search all roles…" from a column's picker: the role search, then that column replaced (or swapped). */
  private async searchForColumn(column: number): Promise<void> {
    const current = this.roleIds;
    if (column >= current.length) return;
    const role = await pickRole(this.repository, {
      title: `Replace ${this.roles[column].title} with…`,
      placeholder: 'Type a job title — alternate titles and typos are fine',
    });
    if (!role || role.id === current[column]) return;
    await this.apply(replaceColumn(current, column, role.id), true);
  }

  /** A related role's link: that role's page, if the catalog has it. */
  private async openRole(roleId: string): Promise<void> {
    const catalog = await this.repository.catalog();
    if (!catalog.byId.has(roleId)) {
      log().warn(`Webview asked to open a role the catalog lacks: ${quote(roleId)}`);
      return;
    }
    await this.show([roleId]);
  }

  /** "Compare with…" beside a related role: ask for the other role, then show the pair. */
  private async compareWith(roleId: string): Promise<void> {
    const catalog = await this.repository.catalog();
    const role = catalog.byId.get(roleId);
    if (!role) {
      log().warn(`Webview asked to compare a role the catalog lacks: ${quote(roleId)}`);
      return;
    }
    const pair = await pickTwoRoles(this.repository, role);
    if (pair) await this.show(pair.map((r) => r.id));
  }

  private async resolve(roleIds: string[]): Promise<Role[] | undefined> {
    const catalog = await this.repository.catalog();
    const unknown = roleIds.filter((id) => !catalog.byId.has(id));
    let problem =
      selectionProblem(roleIds) ??
      (unknown.length > 0
        ? `no role with the id ${unknown
            .slice(0, MAX_ROLES)
            .map((id) => quote(id))
            .join(', ')} (one of your own roles whose file now has a problem or is gone? See the Problems panel)`
        : undefined);
    // Official roles' detail loads here; a role whose detail is damaged cannot be shown (the log names the file).
    const roles = problem ? [] : await this.repository.roles(roleIds);
    const damaged = problem ? [] : roleIds.filter((_, i) => !roles[i]);
    if (damaged.length > 0) problem = `the data of ${damaged.map((id) => quote(id)).join(', ')} is damaged (see the Career Compare log)`;
    if (problem) {
      log().warn(
        `Cannot show ${roleIds
          .slice(0, MAX_ROLES)
          .map((id) => quote(id))
          .join(', ')}: ${problem}`,
      );
      if (this.panel) {
        this.notice = `Cannot show that comparison: ${problem}.`;
        this.update();
      } else void notify('error', `Career Compare: cannot show that comparison: ${problem}.`);
      return undefined;
    }
    return roles.filter((r): r is Role => r !== undefined);
  }

  private setColumnsContext(): void {
    const columns = this.panel?.active ? this.roles.length : 0;
    void vscode.commands.executeCommand('setContext', COLUMNS_KEY, columns);
  }

  /** Brings the panel up to date; messages wait until the webview is ready. */
  private update(): void {
    if (!this.panel) return;
    if (this.roles.length > 0) this.panel.title = core().comparisonTitle(this.roles);
    this.setColumnsContext();
    if (this.ready) this.run(this.flush(), 'update the panel');
  }

  private async flush(): Promise<void> {
    if (this.roles.length > 0) await this.sendComparison();
    if (this.notice) this.post({ type: 'error', message: this.notice });
  }

  private async sendComparison(): Promise<void> {
    const catalog = await this.repository.catalog();
    this.shown = withOfficialPages(await this.decorate(core().buildComparison(this.roles, catalog), this.roles), this.roles);
    this.post({
      type: 'show',
      view: this.shown,
      pickers: core().pickerOptions(this.roles, catalog.roles),
    });
    this.didShow.fire(this.roleIds);
  }

  /** Which shown roles are favourites: the webview's star buttons follow. */
  showFavourites(roleIds: string[]): void {
    if (this.ready) this.post({ type: 'favourites', roleIds: roleIds.filter((id) => this.roleIds.includes(id)) });
  }

  /** Runs a handler's work, logging a failure with what was being done instead of dropping it. */
  private run(task: Promise<unknown>, what: string): void {
    runLogged(task, what);
  }

  /** Posts within the bridge's size limit: an oversized comparison becomes an error the user sees. */
  private post(message: ToWebview): void {
    if (this.panel) postChecked(this.panel, message, 'comparison');
  }

  /** Everything the webview posts arrives here, and is validated before anything acts on it. */
  handleWebviewMessage(data: unknown): void {
    const tooLarge = messageTooLarge(data);
    if (tooLarge) {
      log().warn(`Dropped a message from the webview: ${tooLarge}.`);
      return;
    }
    const parsed = core().parseFromWebview(data);
    if (!parsed.ok) {
      log().warn(`Dropped a message from the webview: ${parsed.error}`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.update();
        break;
      case 'replace':
        this.run(this.replaceColumn(message.column, message.roleId, false), `put ${quote(message.roleId)} in column ${message.column + 1}`);
        break;
      case 'remove':
        this.run(this.removeColumn(message.column, false), `remove column ${message.column + 1}`);
        break;
      case 'add':
        // The command checks the id against the catalog (roleFrom) and applies the column rules.
        this.run(Promise.resolve(vscode.commands.executeCommand(COMMANDS.addRole, message.roleId)), 'add a role');
        break;
      case 'swap':
        this.run(this.swap(false), 'swap sides');
        break;
      case 'search':
        this.run(this.searchForColumn(message.column), 'search for a role');
        break;
      case 'openRole':
        this.run(this.openRole(message.roleId), `open the role ${quote(message.roleId)}`);
        break;
      case 'compareWith':
        this.run(this.compareWith(message.roleId), `compare ${quote(message.roleId)} with another role`);
        break;
      case 'planMove': {
        // "From A to B": the columns' roles, then the Plan a Move command with that pair.
        const [from, to] = [this.roleIds[message.from], this.roleIds[message.to]];
        if (from && to && from !== to)
          vscode.commands
            .executeCommand(COMMANDS.planMove, [from, to])
            .then(undefined, (err: unknown) => log().error(`Could not open the skill gap: ${String(err)}`));
        break;
      }
      case 'rendered':
        log().debug(`Painted ${message.roleIds.join(' vs ')} in ${message.paintMs.toFixed(1)} ms.`);
        this.rendered.fire({ roleIds: message.roleIds, paintMs: message.paintMs });
        break;
      case 'downloadDescriptions':
        // The same as the command; it reports its own outcome, and the repaint follows the data change.
        vscode.commands
          .executeCommand(COMMANDS.downloadOnet)
          .then(undefined, (err: unknown) => log().error(`Download O*NET Descriptions from the panel failed: ${String(err)}`));
        break;
      case 'openOfficialPage':
        this.run(
          openOfficialPage(this.repository, message.roleId, message.site),
          `open the ${message.site} page of ${quote(message.roleId)}`,
        );
        break;
      case 'toggleFavourite':
        vscode.commands
          .executeCommand(COMMANDS.toggleFavourite, message.roleId)
          .then(undefined, (err: unknown) => log().error(`Star ${quote(message.roleId)} from the panel failed: ${String(err)}`));
        break;
      case 'problem':
        log().warn(`Webview: ${message.message}`);
        break;
    }
  }
}
