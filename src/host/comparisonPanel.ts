// The comparison webview panel: one panel, reused for every comparison and
// role page. The host end of the bridge: it posts nothing before the webview
// says "ready", validates every message it receives, and logs and drops the rest.
import * as vscode from 'vscode';
import type { Role } from '../model/schema';
import type { ToWebview } from '../protocol/messages';
import { messageTooLarge } from '../protocol/size';
import { quote } from '../util/safeText';
import { COMMANDS } from './commands';
import { core } from './core';
import { log, notify } from './log';
import { pickRole, pickTwoRoles } from './pickRoles';
import type { RoleRepository } from './roleRepository';
import { makeNonce, webviewHtml } from './webviewHtml';

export const COMPARISON_VIEW_TYPE = 'careerCompare.comparison';
const CONTEXT_KEY = 'careerCompare.comparisonActive';

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
  private readonly rendered = new vscode.EventEmitter<RenderedEvent>();
  /** Fires when the webview reports a comparison painted (used by tests and the benchmark). */
  readonly onDidRender = this.rendered.event;
  private readonly shown = new vscode.EventEmitter<string[]>();
  /** Fires when a comparison (or role page) is posted to the webview, with its role ids: recents and stars hook on here. */
  readonly onDidShow = this.shown.event;
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

  /** The role ids shown now, in column order. */
  get roleIds(): string[] {
    return this.roles.map((r) => r.id);
  }

  /**
   * Shows these roles (1–4), opening the panel or reusing it. `takeFocus: false`
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
        enableScripts: true,
        localResourceRoots: [this.assetRoot],
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
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.assetRoot] };
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
    if (!this.panel || this.roles.length < 2) {
      void notify('info', 'Career Compare: open a comparison of two roles to swap its sides.');
      return;
    }
    await this.show([...this.roleIds].reverse(), takeFocus);
  }

  dispose(): void {
    this.panel?.dispose();
    this.rendered.dispose();
    this.shown.dispose();
    this.dataSubscription.dispose();
  }

  /** The same roles, read again from the changed data, repainted in place (the panel keeps its place and focus). */
  private async reload(): Promise<void> {
    if (!this.panel || this.roles.length === 0) return;
    const roles = await this.resolve(this.roleIds);
    if (!roles) return;
    this.roles = roles;
    this.update();
  }

  private get assetRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist');
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'compare.svg');
    const webview = panel.webview;
    webview.html = webviewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assetRoot, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assetRoot, 'webview-styles.css')).toString(),
      title: panel.title,
    });
    this.panelSubscriptions = [
      webview.onDidReceiveMessage((data: unknown) => this.handleWebviewMessage(data)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // A hidden webview is torn down (no retainContextWhenHidden); it says "ready" again when shown.
        if (!webviewPanel.visible) this.ready = false;
        void vscode.commands.executeCommand('setContext', CONTEXT_KEY, webviewPanel.active);
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.roles = [];
        this.notice = undefined;
        this.panelSubscriptions.forEach((d) => d.dispose());
        void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
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
    const next = [...current];
    const other = next.indexOf(role.id);
    if (other !== -1) next[other] = current[column];
    next[column] = role.id;
    await this.show(next);
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
      roleIds.length < 1 || roleIds.length > 4
        ? `a comparison takes 1 to 4 roles, not ${roleIds.length}`
        : new Set(roleIds).size !== roleIds.length
          ? 'the same role is chosen twice'
          : unknown.length > 0
            ? `no role with the id ${unknown
                .slice(0, 4)
                .map((id) => quote(id))
                .join(', ')}`
            : undefined;
    // Official roles' detail loads here; a role whose detail is damaged cannot be shown (the log names the file).
    const roles = problem ? [] : await this.repository.roles(roleIds);
    const damaged = problem ? [] : roleIds.filter((_, i) => !roles[i]);
    if (damaged.length > 0) problem = `the data of ${damaged.map((id) => quote(id)).join(', ')} is damaged (see the Career Compare log)`;
    if (problem) {
      log().warn(
        `Cannot show ${roleIds
          .slice(0, 4)
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

  /** Brings the panel up to date; messages wait until the webview is ready. */
  private update(): void {
    if (!this.panel) return;
    if (this.roles.length > 0) this.panel.title = core().comparisonTitle(this.roles);
    if (this.ready) this.run(this.flush(), 'update the panel');
  }

  private async flush(): Promise<void> {
    if (this.roles.length > 0) await this.sendComparison();
    if (this.notice) this.post({ type: 'error', message: this.notice });
  }

  private async sendComparison(): Promise<void> {
    const catalog = await this.repository.catalog();
    this.post({
      type: 'show',
      view: core().buildComparison(this.roles, catalog),
      pickers: core().pickerOptions(this.roles, catalog.roles),
    });
    this.shown.fire(this.roleIds);
  }

  /** Which shown roles are favourites: the webview's star buttons follow. */
  showFavourites(roleIds: string[]): void {
    if (this.ready) this.post({ type: 'favourites', roleIds: roleIds.filter((id) => this.roleIds.includes(id)) });
  }

  /** Runs a handler's work, logging a failure with what was being done instead of dropping it. */
  private run(task: Promise<unknown>, what: string): void {
    task.catch((err: unknown) => log().error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Posts within the bridge's size limit: an oversized comparison becomes an error the user sees. */
  private post(message: ToWebview): void {
    if (!this.panel) return;
    const tooLarge = messageTooLarge(message);
    if (tooLarge) {
      log().error(`Did not post "${message.type}" to the webview: ${tooLarge}.`);
      message = { type: 'error', message: `This comparison is too large to show: ${tooLarge}.` };
    }
    this.panel.webview.postMessage(message).then(
      (delivered) => delivered || log().debug(`Message "${message.type}" not delivered (webview not live).`),
      (err: unknown) => log().warn(`Posting "${message.type}" to the webview failed: ${String(err)}`),
    );
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
      case 'select':
        this.run(this.show(message.roleIds, false), 'show the picked roles');
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
