// Hover cards on job titles in the user's documents (Markdown and plain text
// by default). Off until the user turns them on (`careerCompare.hover.enabled`,
// which can differ per language); registered only while on for some language. The
// official titles' phrase matcher is prebuilt (data/generated/phrases.json);
// it is read, and one for hand-written roles built, as soon as an editor of a
// hover language shows (so the first hover does not wait for it), or on the
// first hover, and dropped when the data is refreshed or hovers are turned off.
import * as vscode from 'vscode';
import type { RoleCatalog } from '../../model/catalog';
import type { PhraseMatcher, PhrasePart } from '../../search/phrases';
import { core } from '../shared/core';
import { hoverCard } from './hoverCard';
import { log, runLogged } from '../shared/log';
import { affects, hoverEnabledFor, hoverLanguages } from '../shared/settings';
import { languageName } from './hoverToggle';
import type { PayWhereStore } from '../data/payWhere';
import type { RoleRepository } from '../data/roleRepository';

/** How many lines on screen, and roles named there, the warm-up reads ahead for. */
const PREFETCH_LINES = 200;
const PREFETCH_ROLES = 8;
/** Of each line, only the start is read ahead: a minified file's one line could be megabytes. */
const PREFETCH_LINE_CHARS = 2000;

/** Where the extension's global state records that the first card's hint (how to turn cards off) was shown. */
export const HOVER_HINT_KEY = 'careerCompare.hoverHintShown';

/** A character that can be part of a title: hovering anything else costs nothing. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export class HoverController implements vscode.HoverProvider, vscode.Disposable {
  private registration: vscode.Disposable | undefined;
  private built: { official: PhraseMatcher; catalog: RoleCatalog; parts: PhrasePart[] } | undefined;
  /** The build started because a hover-language editor showed, while it runs. */
  private warming: Promise<unknown> | undefined;
  /** Counts warm-ups: turning hovers off or on starts afresh (an older one still running finishes, harmlessly). */
  private warmups = 0;
  private readonly subscriptions: vscode.Disposable[];
  /**
   * The last preparation of the matchers, in ms (reading the prebuilt one included), how many
   * phrases they hold and how many preparations so far (tests and the benchmark read them).
   */
  readonly timings: {
    matcherBuildMs?: number;
    phrases?: number;
    builds: number;
    /** The window's first hover over a title: its whole time, and how much of it went waiting for the data. */
    firstHover?: { totalMs: number; waitedMs: number };
    /** The roles whose detail the last warm-up read ahead, from the lines on screen. */
    readAhead?: string[];
  } = { builds: 0 };

  constructor(
    private readonly repository: RoleRepository,
    /** Where the first card's hint is recorded as shown. */
    private readonly globalState: vscode.Memento,
    /** The chosen state: a card's pay and jobs are that state's. */
    private readonly pay: PayWhereStore,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'hoverEnabled', 'hoverLanguages')) this.apply();
      }),
      // Not rebuilt at once: a role file checked as it is typed changes the data at every keystroke.
      repository.onDidChange(() => (this.built = undefined)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.warmIfShown()),
      // A folder's own value can turn cards on where the window's does not.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.apply()),
    ];
    this.apply();
  }

  /**
   * Starts building the matcher while an editor of a hover language is shown,
   * so the first hover finds it ready; a hover during the build waits for it.
   */
  private warmIfShown(): void {
    if (!this.registered || this.built || this.warming) return;
    const languages = hoverLanguages();
    const carded = (e: vscode.TextEditor) => languages.includes(e.document.languageId) && hoverEnabledFor(e.document);
    if (!vscode.window.visibleTextEditors.some(carded)) return;
    const run = ++this.warmups;
    // Never inside activate(): the load starts synchronously (core.js is required at once), so it waits a turn.
    this.warming = new Promise((resolve) => setTimeout(resolve, 0))
      .then(async () => {
        const shown = vscode.window.visibleTextEditors.filter(carded);
        if (!this.registered || shown.length === 0) return;
        await this.readNamedRoles(await this.matcher(), shown);
      })
      .catch((err: unknown) => log().error(`Preparing hover cards failed: ${String(err)}`))
      .finally(() => {
        if (run === this.warmups) this.warming = undefined;
      });
  }

  /**
   * Reads the detail of the roles the lines on screen name, so the first card
   * over one of them does not wait for its group's detail file (a few tens of ms each).
   */
  private async readNamedRoles(parts: PhrasePart[], editors: readonly vscode.TextEditor[]): Promise<void> {
    const lines: string[] = [];
    for (const editor of editors) {
      for (const range of editor.visibleRanges) {
        for (let n = range.start.line; n <= range.end.line && lines.length < PREFETCH_LINES; n++)
          lines.push(editor.document.lineAt(n).text.slice(0, PREFETCH_LINE_CHARS));
      }
    }
    const ids = core().rolesNamedIn(parts, lines, PREFETCH_ROLES);
    if (ids.length > 0) await this.repository.roles(ids);
    this.timings.readAhead = ids;
  }

  /** Forgets that the first card's hint was shown, so the next card says it again (tests use it). */
  showHintAgain(): Thenable<void> {
    return this.globalState.update(HOVER_HINT_KEY, undefined);
  }

  /** Whether a hover provider is registered now. */
  get registered(): boolean {
    return this.registration !== undefined;
  }

  /** Whether the phrase matcher is built (never while hovers are off). */
  get matcherBuilt(): boolean {
    return this.built !== undefined;
  }

  /** Registers for the configured languages, or not at all when hovers are off for all of them. */
  private apply(): void {
    this.registration?.dispose();
    this.registration = undefined;
    this.warming = undefined;
    this.warmups++;
    const languages = hoverLanguages();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const on = languages.some(
      (languageId) => hoverEnabledFor({ languageId }) || folders.some((f) => hoverEnabledFor({ uri: f.uri, languageId })),
    );
    if (!on) {
      this.built = undefined;
      return;
    }
    this.registration = vscode.languages.registerHoverProvider(
      languages.map((language) => ({ language })),
      this,
    );
    this.warmIfShown();
  }

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    try {
      const started = performance.now();
      if (!hoverEnabledFor(document)) return undefined;
      const line = document.lineAt(position.line).text;
      if (!WORD_CHAR.test(line.charAt(position.character))) return undefined;
      const matcher = await this.matcher();
      const waitedMs = performance.now() - started;
      if (token.isCancellationRequested) return undefined;
      const match = core().phraseAt(matcher, line, position.character);
      if (!match) return undefined;
      const card = await this.card(match.roles, document.languageId);
      this.timings.firstHover ??= { totalMs: performance.now() - started, waitedMs };
      return card && new vscode.Hover(card, new vscode.Range(position.line, match.start, position.line, match.end));
    } catch (err) {
      log().error(`Hover at ${document.uri.toString()}:${position.line + 1}:${position.character + 1} failed: ${String(err)}`);
      return undefined;
    }
  }

  /** The matchers for the current data: the official one read once per load, one for hand-written roles built with it. */
  private async matcher(): Promise<PhrasePart[]> {
    const started = performance.now();
    const [official, catalog] = await Promise.all([this.repository.officialPhrases(), this.repository.baseCatalog()]);
    // From here on synchronous: two hovers at once cannot both build.
    if (this.built?.official === official && this.built.catalog === catalog) return this.built.parts;
    const { buildPhraseMatcher, roleEntries } = core();
    const whole = [...catalog.whole.values()];
    const mine = buildPhraseMatcher(roleEntries(whole), (id) => catalog.whole.get(id)?.title ?? id);
    const parts = [{ matcher: mine }, { matcher: official, accept: (id: string) => catalog.detailOf.has(id) }];
    // Hovers turned off while the data loaded: answer this one, keep nothing.
    if (this.registered) this.built = { official, catalog, parts };
    this.timings.matcherBuildMs = performance.now() - started;
    this.timings.phrases = official.phrases + mine.phrases;
    this.timings.builds++;
    log().info(`Prepared the hover phrase matchers (${this.timings.phrases} phrases) in ${this.timings.matcherBuildMs.toFixed(0)} ms.`);
    return parts;
  }

  private async card(
    found: readonly { roleId: string; matched: string; own: boolean }[],
    languageId: string,
  ): Promise<vscode.MarkdownString | undefined> {
    const catalog = await this.repository.catalog();
    const roles = found.flatMap((r) => {
      const role = catalog.byId.get(r.roleId);
      return role ? [{ ...r, role }] : [];
    });
    if (roles.length === 0) return undefined;
    const [best] = roles;
    const [detail, [summary]] = await Promise.all([this.repository.role(best.roleId), this.pay.localizeSummaries([best.role])]);
    const { hoverFacts, hoverSourceLine } = core();
    const state = summary !== best.role ? this.pay.area()?.name : undefined;
    const facts = hoverFacts(summary, detail, state);
    // The first card ever shown says how to turn cards off; later ones keep quiet.
    const hint = this.globalState.get(HOVER_HINT_KEY) === true ? undefined : languageName(languageId);
    if (hint) runLogged(this.globalState.update(HOVER_HINT_KEY, true), 'remember the hover hint');
    return hoverCard({
      hint,
      role: best.role,
      facts,
      sourceLine: hoverSourceLine(facts),
      alternate: best.own ? undefined : best.matched,
      others: roles.slice(1).map((r) => r.role),
    });
  }

  dispose(): void {
    this.registration?.dispose();
    this.registration = undefined;
    this.built = undefined;
    for (const s of this.subscriptions) s.dispose();
  }
}
