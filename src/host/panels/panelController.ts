// What every panel shares, written once: one webview panel at a time (opened
// or restored after a reload), its page (HTML shell, CSP, asset root), the
// roles it shows and how they are checked, posting within the bridge's size
// limit, validation of everything the webview sends, logging and disposal.
// A panel (comparisonPanel.ts, movePanel.ts) supplies its column rule, its
// page and what its intents do.
import * as vscode from 'vscode';
import { MAX_ROLES } from '../../limits';
import type { Role } from '../../model/schema';
import type { Intent, ToWebview } from '../../protocol/messages';
import type { Page } from '../../protocol/page';
import { messageTooLarge } from '../../protocol/size';
import { quote } from '../../util/safeText';
import type { RoleRepository } from '../data/roleRepository';
import { core } from '../shared/core';
import { Disposable } from '../shared/disposable';
import { PANEL_ICON } from '../shared/ids';
import { log, notify, runLogged } from '../shared/log';
import { makeNonce, webviewHtml } from './webviewHtml';

/** A page the webview reports painted: which roles, and ms from the message's arrival to paint. */
export interface RenderedEvent {
  roleIds: string[];
  paintMs: number;
  /** Ms the map of pay by state took to draw, when the page has one. */
  mapMs?: number;
}

/** How a panel is named to VS Code and to the user. */
export interface PanelKind {
  /** The webview panel type (package.json's `onWebviewPanel:` activation). */
  viewType: string;
  /** What one page is called in messages: "Cannot show that comparison". */
  noun: string;
  /** What the log calls the panel's webview: "Webview", "Skill gap webview". */
  webview: string;
  /** What to run when a saved page cannot be restored. */
  startAgain: string;
}

/** The only folder a panel's webview may load files from. */
function assetRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist');
}

/** Scripts on; files only from the asset root. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [assetRoot(extensionUri)] };
}

/** Gives a panel its icon and a fresh page (a new nonce) that loads our bundle and styles, carrying its first view if given. */
function loadPage(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, initial?: ToWebview): void {
  panel.iconPath = {
    light: vscode.Uri.joinPath(extensionUri, ...PANEL_ICON.light.split('/')),
    dark: vscode.Uri.joinPath(extensionUri, ...PANEL_ICON.dark.split('/')),
  };
  const webview = panel.webview;
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(assetRoot(extensionUri), name)).toString();
  webview.html = webviewHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: asset('webview.js'),
    styleUri: asset('webview-styles.css'),
    title: panel.title,
    initial,
  });
}

const listIds = (ids: readonly string[]) =>
  ids
    .slice(0, MAX_ROLES)
    .map((id) => quote(id))
    .join(', ');

/** Everything tied to one open panel: made when it opens, disposed with it, so closing resets nothing by hand. */
class PanelSession extends Disposable {
  /** The webview said "ready" since it was last loaded (a hidden webview is torn down): posts may go. */
  ready = false;
  /** The roles shown, in column order. */
  roles: Role[] = [];
  /** Why the last change could not be shown: drawn above the page until a change succeeds. */
  notice: string | undefined;
  /** The page last posted (or carried in the HTML). */
  posted: Page | undefined;
  /** The page the HTML carries, until the webview's first "ready" says whether it drew it. */
  embedded: Page | undefined;
  /** Counts page builds: only the latest one is posted. */
  builds = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    on: { message(data: unknown): void; changed(): void; closed(): void },
  ) {
    super();
    this.register(panel);
    this.register(panel.webview.onDidReceiveMessage(on.message));
    this.register(
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
        on.changed();
      }),
    );
    this.register(
      panel.onDidDispose(() => {
        this.dispose();
        on.closed();
      }),
    );
  }
}

export abstract class PanelController extends Disposable {
  private session: PanelSession | undefined;
  private readonly rendered = this.register(new vscode.EventEmitter<RenderedEvent>());
  /** Fires when the webview reports a page painted (tests and the benchmark wait on it). */
  readonly onDidRender = this.rendered.event;
  private readonly closed = this.register(new vscode.EventEmitter<void>());
  /** Fires when the user (or a command) closes the panel. */
  readonly onDidClose = this.closed.event;
  private readonly shown = this.register(new vscode.EventEmitter<string[]>());
  /** Fires when a page is posted to the webview, with its role ids (recent comparisons are recorded from it). */
  readonly onDidShow = this.shown.event;

  constructor(
    protected readonly extensionUri: vscode.Uri,
    protected readonly repository: RoleRepository,
    private readonly kind: PanelKind,
  ) {
    super();
    // New data (an O*NET import or download, Refresh, your role files) repaints the roles shown.
    this.register(repository.onDidChange(() => runLogged(this.reload(), `repaint the ${kind.noun} after the data changed`)));
    // After a window reload VS Code hands the saved panel back here.
    this.register(
      vscode.window.registerWebviewPanelSerializer(kind.viewType, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
    );
  }

  /** Why these ids cannot share this panel (its column rule), or undefined when they can. */
  protected abstract problemOf(ids: readonly string[]): string | undefined;
  /** The panel's tab title for these roles. */
  protected abstract title(roles: readonly Role[]): string;
  /** The whole page for these roles, with the notice to draw above it. */
  protected abstract page(roles: readonly Role[], notice: string | undefined): Promise<Page>;
  /** Acts on what the user asked for in the webview (already validated). */
  protected abstract onIntent(intent: Intent): void;
  /** After the panel opened, changed its view state or closed (context keys follow it). */
  protected onDidChangePanel(): void {}

  /** The open panel, if any. */
  protected get panel(): vscode.WebviewPanel | undefined {
    return this.session?.panel;
  }

  /** The role ids shown now, in column order ([] when no panel is open). */
  get roleIds(): string[] {
    return this.shownRoles.map((r) => r.id);
  }

  /** The titles shown now, in column order. */
  get roleTitles(): string[] {
    return this.shownRoles.map((r) => r.title);
  }

  protected get shownRoles(): readonly Role[] {
    return this.session?.roles ?? [];
  }

  /** The page last posted, if the panel still shows it. */
  protected get postedPage(): Page | undefined {
    return this.session?.posted;
  }

  /**
   * Shows these roles, opening the panel or reusing it. `takeFocus: false`
   * when the webview itself asked (a picker, Swap sides): the panel is already
   * in front, and moving focus would lose a keyboard user's place.
   */
  async show(roleIds: string[], takeFocus = true): Promise<void> {
    const roles = await this.resolve(roleIds);
    if (!roles) return;
    const session = this.session;
    if (!session) return this.openWith(roles);
    if (takeFocus) session.panel.reveal(undefined, false);
    session.roles = roles;
    session.notice = undefined;
    this.update();
  }

  /** Takes over a panel VS Code restored after a reload, with the state its webview saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    // One panel of each kind: a second restored one closes.
    if (this.session) return panel.dispose();
    panel.webview.options = webviewOptions(this.extensionUri);
    const session = this.adopt(panel);
    loadPage(panel, this.extensionUri);
    const parsed = core().parseWebviewState(state);
    const problem = parsed.ok ? this.problemOf(parsed.message.roleIds) : parsed.error;
    if (!parsed.ok || problem !== undefined) {
      log().warn(`Could not restore the ${this.kind.noun}: ${problem}`);
      session.notice = `This ${this.kind.noun} could not be restored. ${this.kind.startAgain}`;
      return this.update();
    }
    const roles = await this.resolve(parsed.message.roleIds);
    // Restoring reads the data: a comparison opened meanwhile wins.
    if (roles && this.isOpen(session)) {
      session.roles = roles;
      this.update();
    }
  }

  private isOpen(session: PanelSession): boolean {
    return this.session === session;
  }

  override dispose(): void {
    this.session?.dispose();
    super.dispose();
  }

  /** Everything the webview posts arrives here, and is validated before anything acts on it. */
  handleWebviewMessage(data: unknown): void {
    const tooLarge = messageTooLarge(data);
    const parsed = tooLarge ? undefined : core().parseFromWebview(data);
    if (!parsed?.ok) {
      const why = tooLarge ?? (parsed && !parsed.ok ? parsed.error : '');
      log().warn(`Dropped a message from the ${this.kind.webview.toLowerCase()}: ${why}`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready': {
        const session = this.session;
        if (!session) break;
        session.ready = true;
        // The page the HTML carried is drawn and nothing changed since: no need to post it again.
        const drawn = message.painted === true && session.embedded !== undefined && session.embedded === session.posted;
        session.embedded = undefined;
        if (!drawn) this.update();
        break;
      }
      case 'rendered':
        log().debug(`Painted ${message.roleIds.join(' vs ')} in ${message.paintMs.toFixed(1)} ms.`);
        this.rendered.fire(
          message.mapMs === undefined
            ? { roleIds: message.roleIds, paintMs: message.paintMs }
            : { roleIds: message.roleIds, paintMs: message.paintMs, mapMs: message.mapMs },
        );
        break;
      case 'problem':
        log().warn(`${this.kind.webview}: ${message.message}`);
        break;
      default:
        this.onIntent(message);
    }
  }

  /** Brings the panel up to date: its title, and the whole page once the webview is ready. */
  protected update(): void {
    const session = this.session;
    if (!session) return;
    // Something changed after the HTML was made: its page is out of date, so "ready" must get the current one.
    session.embedded = undefined;
    if (session.roles.length > 0) session.panel.title = this.title(session.roles);
    this.onDidChangePanel();
    if (session.ready) runLogged(this.post(session), `update the ${this.kind.noun}`);
  }

  /** The same roles, read again from the changed data, repainted in place (the panel keeps its place and focus). */
  private async reload(): Promise<void> {
    const session = this.session;
    const ids = this.roleIds;
    if (!session || ids.length === 0) return;
    const roles = await this.resolve(ids);
    // Reading the changed data takes a while: if the panel closed or shows other roles by now, those win.
    if (!roles || !this.isOpen(session) || this.roleIds.join('\n') !== ids.join('\n')) return;
    session.roles = roles;
    this.update();
  }

  /**
   * Opens the panel at once and gives it its HTML when the page is built,
   * the page inside, so the webview draws without asking for it (one round
   * trip less). A change while it builds sends the plain HTML: "ready" then gets the current page.
   */
  private async openWith(roles: Role[]): Promise<void> {
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.title(roles), vscode.ViewColumn.Active, {
      ...webviewOptions(this.extensionUri),
      enableFindWidget: true,
    });
    const session = this.adopt(panel);
    session.roles = roles;
    this.onDidChangePanel();
    const build = ++session.builds;
    let page: Page | undefined;
    try {
      page = await this.page(roles, undefined);
    } catch (err) {
      log().error(`Building the ${this.kind.noun} for ${listIds(roles.map((r) => r.id))} failed: ${String(err)}`);
    }
    if (session.isDisposed) return;
    const initial: ToWebview | undefined = page && { type: 'show', page };
    if (!initial || build !== session.builds || session.roles !== roles || messageTooLarge(initial)) {
      loadPage(panel, this.extensionUri);
      if (!page) session.notice = `Cannot show that ${this.kind.noun}: it could not be built (see the Career Compare log).`;
      return;
    }
    session.posted = session.embedded = initial.page;
    loadPage(panel, this.extensionUri, initial);
    this.shown.fire(roles.map((r) => r.id));
  }

  private adopt(panel: vscode.WebviewPanel): PanelSession {
    const session = new PanelSession(panel, {
      message: (data) => {
        if (this.isOpen(session)) this.handleWebviewMessage(data);
      },
      changed: () => this.onDidChangePanel(),
      closed: () => {
        if (!this.isOpen(session)) return;
        this.session = undefined;
        this.onDidChangePanel();
        this.closed.fire();
      },
    });
    this.session = session;
    this.onDidChangePanel();
    return session;
  }

  /** Builds and posts the whole page (or the notice alone, when there are no roles to show). */
  private async post(session: PanelSession): Promise<void> {
    const { roles, notice } = session;
    if (roles.length === 0) {
      if (notice !== undefined) this.send(session, { type: 'error', message: notice });
      return;
    }
    const build = ++session.builds;
    const page = await this.page(roles, notice);
    // Built while something changed again: the newer build posts.
    if (build !== session.builds || session.isDisposed) return;
    session.posted = page;
    this.send(session, { type: 'show', page });
    this.shown.fire(roles.map((r) => r.id));
  }

  /** Posts within the bridge's size limit: an oversized page becomes an error the user sees. */
  private send(session: PanelSession, message: ToWebview): void {
    const noun = this.kind.noun;
    const tooLarge = messageTooLarge(message);
    if (tooLarge) {
      log().error(`Did not post "${message.type}" to the ${noun}: ${tooLarge}.`);
      message = { type: 'error', message: `This ${noun} is too large to show: ${tooLarge}.` };
    }
    session.panel.webview.postMessage(message).then(
      (delivered) => delivered || log().debug(`Message "${message.type}" not delivered to the ${noun} (webview not live).`),
      (err: unknown) => log().warn(`Posting "${message.type}" to the ${noun} failed: ${String(err)}`),
    );
  }

  /** The roles for these ids, or undefined after saying why they cannot be shown. */
  private async resolve(ids: readonly string[]): Promise<Role[] | undefined> {
    const catalog = await this.repository.catalog();
    const unknown = ids.filter((id) => !catalog.byId.has(id));
    let problem =
      this.problemOf(ids) ??
      (unknown.length > 0
        ? `no role with the id ${listIds(unknown)} (one of your own roles whose file now has a problem or is gone? See the Problems panel)`
        : undefined);
    // Official roles' detail loads here; a role whose detail is damaged cannot be shown (the log names the file).
    const roles = problem ? [] : await this.repository.roles(ids);
    const damaged = problem ? [] : ids.filter((_, i) => !roles[i]);
    if (damaged.length > 0) problem = `the data of ${listIds(damaged)} is damaged (see the Career Compare log)`;
    if (!problem) return roles as Role[];
    log().warn(`Cannot show ${listIds(ids)} in the ${this.kind.noun} panel: ${problem}`);
    const session = this.session;
    if (session) {
      session.notice = `Cannot show that ${this.kind.noun}: ${problem}.`;
      this.update();
    } else void notify('error', `Career Compare: cannot show that ${this.kind.noun}: ${problem}.`);
    return undefined;
  }
}
