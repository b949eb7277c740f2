// Pay where the user lives, as the host keeps it: the chosen state (the
// careerCompare.pay.state setting, read without trust: an unknown value is
// named in a warning once and national figures are shown), the user's own pay
// (global state on this machine: not synced, never logged), and the official
// roles' state figures, each category's file read once when a role of it is
// shown. Views ask for what they show; a change of either fires onDidChange.
import * as vscode from 'vscode';
import type { PayWhereInput } from '../../compare/payWhere';
import { GENERATED_FOLDER } from '../../model/dataFolders';
import type { Role, Source } from '../../model/schema';
import type { RoleSummary } from '../../model/summary';
import type { PayInput } from '../../states/payInput';
import { stateFileFor, type StateFigures } from '../../states/stateColumns';
import type { StateFile } from '../../states/stateFigures';
import { readStateSetting } from '../../states/stateSetting';
import { findUsArea, type UsArea } from '../../states/usAreas';
import { core } from '../shared/core';
import { Disposable } from '../shared/disposable';
import { CONTEXT_KEYS } from '../shared/ids';
import { setContext } from '../shared/setContext';
import { log, notify } from '../shared/log';
import { affects, payStateSetting, writePayState } from '../shared/settings';

/** Where the user's pay is kept in global state (never in setKeysForSync: it stays on this machine). */
export const YOUR_PAY_KEY = 'careerCompare.yourPay';

type Located = Pick<Role, 'id' | 'category'>;

/** A stored pay as typed: an amount per year or hour; anything else is ignored. */
function readPay(value: unknown): PayInput | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { amount, per } = value as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || (per !== 'year' && per !== 'hour')) return undefined;
  return { amount, per };
}

export class PayWhereStore extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly files = new Map<string, Promise<StateFile | undefined>>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** The unknown setting value last warned about, so one value is named once. */
  private warned: string | undefined;
  /** A state just chosen (a code, "" for national) while the setting is being written: shown at once. */
  private chosen: string | undefined;
  /** The state the views last drew ("" for national): a change is announced once, however it came. */
  private drawn: string;
  /** How long the window's first state file (cold) and the last one took to read and check, in ms (the benchmark reports them). */
  readonly timings: { firstFileMs?: number; lastFileMs?: number } = {};

  constructor(
    private readonly dataRoot: vscode.Uri,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.drawn = this.settingArea()?.code ?? '';
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'payState')) this.announce();
      }),
    );
    setContext(CONTEXT_KEYS.hasYourPay, this.yourPay() !== undefined);
  }

  /** The chosen state, or undefined for national figures (an unknown value is warned about once). */
  area(): UsArea | undefined {
    if (this.chosen !== undefined) return findUsArea(this.chosen);
    return this.settingArea();
  }

  /**
   * Shows `code` ("" for national) at once and writes it to the user's
   * settings: the views repaint without waiting for the write (about 100 ms
   * under code-server), and not again when its change arrives.
   */
  async choose(code: string): Promise<void> {
    this.chosen = code;
    this.announce();
    try {
      await writePayState(code);
    } finally {
      this.chosen = undefined;
      // A workspace's own value may still win over the user's: then that is what shows.
      this.announce();
    }
  }

  /** Fires onDidChange when the state in force differs from the one last drawn. */
  private announce(): void {
    const code = this.area()?.code ?? '';
    if (code === this.drawn) return;
    this.drawn = code;
    this.changed.fire();
  }

  private settingArea(): UsArea | undefined {
    const choice = readStateSetting(payStateSetting());
    if (choice.kind === 'area') return choice.area;
    if (choice.kind === 'unknown' && this.warned !== choice.problem) {
      this.warned = choice.problem;
      log().warn(choice.problem);
      void notify('warning', `Career Compare: ${choice.problem}`);
    }
    return undefined;
  }

  /** The user's own pay as they typed it, if they set one. */
  yourPay(): PayInput | undefined {
    return readPay(this.state.get(YOUR_PAY_KEY));
  }

  async setYourPay(pay: PayInput | undefined): Promise<void> {
    await this.state.update(YOUR_PAY_KEY, pay);
    setContext(CONTEXT_KEYS.hasYourPay, pay !== undefined);
    this.changed.fire();
  }

  /** A category's state figures file, read once (a damaged or missing file is logged and gives none). */
  private file(category: string): Promise<StateFile | undefined> {
    const name = stateFileFor(category);
    let pending = this.files.get(name);
    if (!pending) {
      pending = this.readFile(name);
      this.files.set(name, pending);
    }
    return pending;
  }

  private async readFile(name: string): Promise<StateFile | undefined> {
    const started = performance.now();
    const path = `data/${GENERATED_FOLDER}/${name}`;
    let text: string;
    try {
      text = this.decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.dataRoot, GENERATED_FOLDER, name)));
    } catch (err) {
      // A category with no official role (hand-written roles only) has no file: not a problem.
      log().info(`No state figures at ${path}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    const parsed = core().parseStateFile(path, text);
    this.timings.lastFileMs = performance.now() - started;
    this.timings.firstFileMs ??= this.timings.lastFileMs;
    if (!parsed.ok) {
      log().error(`State figures not used: ${parsed.error}`);
      return undefined;
    }
    return parsed.value;
  }

  /** Each role's figures in every state (roles without any absent) and the file's source. */
  async figures(roles: readonly Located[]): Promise<{ areas: Map<string, ReadonlyMap<string, StateFigures>>; source?: Source }> {
    const files = await Promise.all(roles.map((r) => this.file(r.category)));
    const areas = new Map<string, ReadonlyMap<string, StateFigures>>();
    let source: Source | undefined;
    roles.forEach((role, i) => {
      const figures = files[i]?.roles.get(role.id);
      if (!figures) return;
      areas.set(role.id, figures);
      source ??= files[i]!.source;
    });
    return source ? { areas, source } : { areas };
  }

  /** What a comparison of these roles needs: the state, every role's state figures, the user's pay. */
  async input(roles: readonly Located[]): Promise<PayWhereInput> {
    const { areas, source } = await this.figures(roles);
    const input: PayWhereInput = { areas };
    const area = this.area();
    if (area) input.area = area;
    if (source) input.source = source;
    const pay = this.yourPay();
    if (pay) input.yourPay = core().yearlyPay(pay);
    return input;
  }

  /** The Roles view's summaries with the chosen state's pay and jobs (unchanged when national). */
  async localizeSummaries(summaries: readonly RoleSummary[]): Promise<readonly RoleSummary[]> {
    const area = this.area();
    if (!area) return summaries;
    const { areas, source } = await this.figures(summaries.filter((s) => s.socCode !== undefined));
    if (!source) return summaries;
    const { localizeSummary } = core();
    return summaries.map((s) => (areas.has(s.id) ? localizeSummary(s, area, source, areas.get(s.id)!.get(area.code)) : s));
  }
}
