// The "From A to B" panel: the skill gap of a move, in its own webview panel
// beside the comparison (the user can keep both open). It reuses the
// comparison's HTML shell and webview bundle: the page is a ComparisonView
// with gap sections, its pickers change either role and Swap sides turns
// the move around ("From B to A").
import * as vscode from 'vscode';
import type { Role } from '../model/schema';
import type { ToWebview } from '../protocol/messages';
import { messageTooLarge } from '../protocol/size';
import { quote } from '../util/safeText';
import { COMMANDS } from './commands';
import { core } from './core';
import { log, notify } from './log';
import { pickRole } from './pickRoles';
import { replaceColumn } from '../compare/selection';
import type { ProfileStore } from './profileStore';
import type { RoleRepository } from './roleRepository';
import { loadPage, postChecked, runLogged, webviewOptions } from './panelPage';

export const MOVE_VIEW_TYPE = 'careerCompare.move';

export class MovePanelController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private subscriptions: vscode.Disposable[] = [];
  private ready = false;
  private roles: Role[] = [];
  private notice: string | undefined;
  private readonly rendered = new vscode.EventEmitter<{ roleIds: string[]; paintMs: number }>();
  /** Fires when the webview reports the page painted (tests use it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly repository: RoleRepository,
    private readonly profiles: ProfileStore,
  ) {}

  /** [from, to] ids, or [] when no move is shown. */
  get roleIds(): string[] {
    return this.roles.map((r) => r.id);
  }

  /** Shows the move from one role to another, opening the panel or reusing it. */
  async show(fromId: string, toId: string, takeFocus = true): Promise<void> {
    const roles = await this.resolve([fromId, toId]);
    if (!roles) return;
    this.roles = roles;
    this.notice = undefined;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(MOVE_VIEW_TYPE, core().moveTitle(roles[0], roles[1]), vscode.ViewColumn.Active, {
        ...webviewOptions(this.extensionUri),
        enableFindWidget: true,
      });
      this.adopt(panel);
    } else if (takeFocus) this.panel.reveal(undefined, false);
    this.update();
  }

  /** Takes over a panel VS Code restored after a reload. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel) return panel.dispose();
    panel.webview.options = webviewOptions(this.extensionUri);
    this.adopt(panel);
    const parsed = core().parseWebviewState(state);
    if (!parsed.ok || parsed.message.roleIds.length !== 2) {
      log().warn(`Could not restore the skill gap: ${parsed.ok ? 'it does not hold two roles' : parsed.error}`);
      this.notice = 'This skill gap could not be restored. Run "Career Compare: Plan a Move…" to open one.';
      return;
    }
    const roles = await this.resolve(parsed.message.roleIds);
    if (roles) {
      this.roles = roles;
      this.update();
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.rendered.dispose();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    loadPage(panel, this.extensionUri);
    const webview = panel.webview;
    this.subscriptions = [
      webview.onDidReceiveMessage((data: unknown) => this.handleWebviewMessage(data)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.roles = [];
        this.notice = undefined;
        this.subscriptions.forEach((d) => d.dispose());
      }),
    ];
  }

  private async resolve(ids: string[]): Promise<Role[] | undefined> {
    const catalog = await this.repository.catalog();
    const unknown = ids.filter((id) => !catalog.byId.has(id));
    let problem =
      ids.length !== 2
        ? `a move takes two roles, not ${ids.length}`
        : ids[0] === ids[1]
          ? 'a move needs two different roles'
          : unknown.length > 0
            ? `no role with the id ${unknown.map((id) => quote(id)).join(', ')}`
            : undefined;
    const roles = problem ? [] : await this.repository.roles(ids);
    if (!problem && roles.some((r) => !r)) problem = 'the data of a role is damaged (see the Career Compare log)';
    if (problem) {
      log().warn(
        `Cannot show the move ${ids
          .slice(0, 2)
          .map((id) => quote(id))
          .join(' → ')}: ${problem}`,
      );
      if (this.panel) {
        this.notice = `Cannot show that move: ${problem}.`;
        this.update();
      } else void notify('error', `Career Compare: cannot show that move: ${problem}.`);
      return undefined;
    }
    return roles as Role[];
  }

  private update(): void {
    if (!this.panel) return;
    if (this.roles.length === 2) this.panel.title = core().moveTitle(this.roles[0], this.roles[1]);
    if (this.ready) this.run(this.flush(), 'update the skill gap');
  }

  private async flush(): Promise<void> {
    if (this.roles.length === 2) {
      const [catalog, loaded] = await Promise.all([this.repository.catalog(), this.profiles.get()]);
      const [from, to] = this.roles;
      this.post({
        type: 'show',
        view: core().buildMoveView(from, to, loaded?.profiles),
        pickers: core().pickerOptions(this.roles, catalog.roles),
      });
    }
    if (this.notice) this.post({ type: 'error', message: this.notice });
  }

  private run(task: Promise<unknown>, what: string): void {
    runLogged(task, what);
  }

  private post(message: ToWebview): void {
    if (this.panel) postChecked(this.panel, message, 'skill gap');
  }

  /** "Search all roles…" in a picker: the role search, then that side replaced (picking the other side turns the move around). */
  private async searchForSide(column: number): Promise<void> {
    if (column > 1 || this.roles.length !== 2) return;
    const role = await pickRole(this.repository, {
      title: column === 0 ? 'Move from…' : 'Move to…',
      placeholder: 'Type a job title — alternate titles and typos are fine',
    });
    if (!role) return;
    const ids = this.roleIds;
    const next = [...ids];
    if (ids[1 - column] === role.id) next[1 - column] = ids[column];
    next[column] = role.id;
    await this.show(next[0], next[1]);
  }

  private command(id: string, roleId: string): void {
    vscode.commands
      .executeCommand(id, roleId)
      .then(undefined, (err: unknown) => log().error(`${id} from the skill gap failed: ${String(err)}`));
  }

  /** Everything the webview posts, validated before anything acts on it. */
  handleWebviewMessage(data: unknown): void {
    const tooLarge = messageTooLarge(data);
    const parsed = tooLarge ? undefined : core().parseFromWebview(data);
    if (!parsed?.ok) {
      log().warn(`Dropped a message from the skill gap: ${tooLarge ?? (parsed && !parsed.ok ? parsed.error : '')}`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.update();
        break;
      case 'replace': {
        // The same column rule as the comparison: picking the other side's role trades the two.
        const next = replaceColumn(this.roleIds, message.column, message.roleId);
        if (next.ok && next.roleIds.length === 2) this.run(this.show(next.roleIds[0], next.roleIds[1], false), 'show the picked move');
        else if (!next.ok) log().warn(`Skill gap: ignored a picked role (${next.reason})`);
        break;
      }
      case 'swap':
        if (this.roles.length === 2) this.run(this.show(this.roleIds[1], this.roleIds[0], false), 'turn the move around');
        break;
      case 'search':
        this.run(this.searchForSide(message.column), 'search for a role');
        break;
      case 'openRole':
        this.command(COMMANDS.openRole, message.roleId);
        break;
      case 'compareWith':
        this.command(COMMANDS.compareWith, message.roleId);
        break;
      case 'rendered':
        this.rendered.fire({ roleIds: message.roleIds, paintMs: message.paintMs });
        break;
      case 'problem':
        log().warn(`Skill gap webview: ${message.message}`);
        break;
      case 'planMove':
      case 'downloadDescriptions':
      case 'add':
      case 'remove':
      case 'openOfficialPage':
      case 'toggleFavourite':
        // The skill gap page offers none of these (its two sides are fixed).
        break;
    }
  }
}
