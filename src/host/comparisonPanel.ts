// The comparison webview panel: one panel, reused for every comparison and
// role page. The host end of the bridge: it posts nothing before the webview
// says "ready", validates every message it receives, and logs and drops the rest.
import * as vscode from 'vscode';
import type { Role } from '../model/schema';
import type { ToWebview } from '../protocol/messages';
import { core } from './core';
import { log } from './log';
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

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly repository: RoleRepository,
  ) {}

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
      void vscode.window.showInformationMessage('Career Compare: open a comparison of two roles to swap its sides.');
      return;
    }
    await this.show([...this.roleIds].reverse(), takeFocus);
  }

  dispose(): void {
    this.panel?.dispose();
    this.rendered.dispose();
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
    const role = await pickRole(await this.repository.catalog(), {
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
      log().warn(`Webview asked to open a role the catalog lacks: "${roleId}"`);
      return;
    }
    await this.show([roleId]);
  }

  /** "Compare with…" beside a related role: ask for the other role, then show the pair. */
  private async compareWith(roleId: string): Promise<void> {
    const catalog = await this.repository.catalog();
    const role = catalog.byId.get(roleId);
    if (!role) {
      log().warn(`Webview asked to compare a role the catalog lacks: "${roleId}"`);
      return;
    }
    const pair = await pickTwoRoles(catalog, role);
    if (pair) await this.show(pair.map((r) => r.id));
  }

  /** Runs a webview intent's handler; a failure is logged with what was asked, never lost. */
  private act(what: string, task: () => Promise<void>): void {
    task().catch((error: unknown) => {
      log().error(`Could not ${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
  }

  private async resolve(roleIds: string[]): Promise<Role[] | undefined> {
    const catalog = await this.repository.catalog();
    const unknown = roleIds.filter((id) => !catalog.byId.has(id));
    const problem =
      roleIds.length < 1 || roleIds.length > 4
        ? `a comparison takes 1 to 4 roles, not ${roleIds.length}`
        : new Set(roleIds).size !== roleIds.length
          ? 'the same role is chosen twice'
          : unknown.length > 0
            ? `no role with the id ${unknown.map((id) => `"${id}"`).join(', ')}`
            : undefined;
    if (problem) {
      log().warn(`Cannot show ${JSON.stringify(roleIds)}: ${problem}`);
      if (this.panel) {
        this.notice = `Cannot show that comparison: ${problem}.`;
        this.update();
      } else void vscode.window.showErrorMessage(`Career Compare: cannot show that comparison: ${problem}.`);
      return undefined;
    }
    return roleIds.map((id) => catalog.byId.get(id)!);
  }

  /** Brings the panel up to date; messages wait until the webview is ready. */
  private update(): void {
    if (!this.panel) return;
    if (this.roles.length > 0) this.panel.title = core().comparisonTitle(this.roles);
    if (this.ready) void this.flush();
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
  }

  private post(message: ToWebview): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage(message).then(
      (delivered) => delivered || log().debug(`Message "${message.type}" not delivered (webview not live).`),
    );
  }

  /** Everything the webview posts arrives here, and is validated before anything acts on it. */
  handleWebviewMessage(data: unknown): void {
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
        void this.show(message.roleIds, false);
        break;
      case 'swap':
        void this.swap(false);
        break;
      case 'search':
        void this.searchForColumn(message.column);
        break;
      case 'openRole':
        this.act(`open the role "${message.roleId}"`, () => this.openRole(message.roleId));
        break;
      case 'compareWith':
        this.act(`compare "${message.roleId}" with another role`, () => this.compareWith(message.roleId));
        break;
      case 'rendered':
        log().debug(`Painted ${message.roleIds.join(' vs ')} in ${message.paintMs.toFixed(1)} ms.`);
        this.rendered.fire({ roleIds: message.roleIds, paintMs: message.paintMs });
        break;
      case 'problem':
        log().warn(`Webview: ${message.message}`);
        break;
    }
  }
}
