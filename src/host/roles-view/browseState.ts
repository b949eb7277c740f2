// The Roles view's view state, kept in VS Code's extension state rather than
// in settings: how the list is arranged (sort, grouping) for the user in every
// workspace, what it is narrowed to (the filter) and which groups are open per
// workspace. Nothing here writes settings.json or travels with Settings Sync.
// The checks live in src/browse/viewState.ts.
import * as vscode from 'vscode';
import {
  ARRANGE_FIELDS,
  FILTER_FIELDS,
  LEGACY_BROWSE_SETTINGS,
  readBrowseState,
  type BrowseField,
  type RawBrowseState,
  type ReadBrowseState,
} from '../../browse/viewState';
import { log, runLogged } from '../shared/log';

/** The keys in the extension's state. */
export const BROWSE_STATE_KEYS = {
  /** Global state: `{ sortBy, groupByCategory }`. */
  arrange: 'careerCompare.rolesView.arrange',
  /** Workspace state: `{ text, minPay, minGrowth, maxEducation }`. */
  filter: 'careerCompare.rolesView.filter',
  /** Workspace state: the names of the categories left open. */
  expanded: 'careerCompare.rolesView.expanded',
} as const;

/** Only plain records are read as stored options. */
const record = (value: unknown): RawBrowseState =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RawBrowseState) : {};

const pick = (raw: RawBrowseState, fields: readonly BrowseField[]): RawBrowseState =>
  Object.fromEntries(fields.filter((f) => raw[f] !== undefined && raw[f] !== null).map((f) => [f, raw[f]]));

export class BrowseStateStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the sort, grouping or filter changed (not for a group opened or closed). */
  readonly onDidChange = this.changed.event;
  private arrange: RawBrowseState;
  private filter: RawBrowseState;
  private expanded: Set<string>;

  constructor(
    private readonly globalState: vscode.Memento,
    private readonly workspaceState: vscode.Memento,
    legacy: () => RawBrowseState,
  ) {
    this.arrange = record(globalState.get(BROWSE_STATE_KEYS.arrange));
    this.filter = record(workspaceState.get(BROWSE_STATE_KEYS.filter));
    const open = workspaceState.get<unknown>(BROWSE_STATE_KEYS.expanded);
    this.expanded = new Set(Array.isArray(open) ? open.filter((n): n is string => typeof n === 'string') : []);
    this.carryOver(legacy);
  }

  /**
   * Options the user had set in settings (careerCompare.roles.*) before they
   * moved here are taken once, where nothing is stored yet, so no choice is
   * lost; the settings themselves are left as they are and named in the log.
   */
  private carryOver(legacy: () => RawBrowseState): void {
    const arrangeStored = this.globalState.get(BROWSE_STATE_KEYS.arrange) !== undefined;
    const filterStored = this.workspaceState.get(BROWSE_STATE_KEYS.filter) !== undefined;
    if (arrangeStored && filterStored) return;
    const old = legacy();
    const wanted = [...(arrangeStored ? [] : ARRANGE_FIELDS), ...(filterStored ? [] : FILTER_FIELDS)].filter((f) => old[f] !== undefined);
    if (wanted.length === 0) return;
    // Only values that can be used are taken; each one that cannot is named, with the setting that held it.
    const taken: BrowseField[] = [];
    for (const field of wanted) {
      const { problems } = readBrowseState({ [field]: old[field] }, LEGACY_BROWSE_SETTINGS);
      if (problems.length === 0) taken.push(field);
      for (const problem of problems) log().warn(`Roles view: ${problem}`);
    }
    const kept = pick(old, taken);
    if (!arrangeStored) this.arrange = pick(kept, ARRANGE_FIELDS);
    if (!filterStored) this.filter = pick(kept, FILTER_FIELDS);
    runLogged(this.save(!arrangeStored, !filterStored), 'keep the Roles view state');
    if (taken.length === 0) return;
    log().info(
      `Roles view: took ${taken.map((f) => LEGACY_BROWSE_SETTINGS[f]).join(', ')} from your settings into the view's own state. ` +
        'The view no longer reads these settings; you can delete them.',
    );
  }

  /** The options as they stand, checked (bad stored values named in `problems`). */
  current(): ReadBrowseState {
    return readBrowseState({ ...this.arrange, ...this.filter });
  }

  /** Sets some options (undefined or null clears one); the view redraws at once, the state is written behind. */
  async update(patch: RawBrowseState): Promise<void> {
    const set = (into: RawBrowseState, fields: readonly BrowseField[]) => {
      const next = { ...into };
      for (const f of fields) {
        if (!(f in patch)) continue;
        if (patch[f] === undefined || patch[f] === null) delete next[f];
        else next[f] = patch[f];
      }
      return next;
    };
    this.arrange = set(this.arrange, ARRANGE_FIELDS);
    this.filter = set(this.filter, FILTER_FIELDS);
    this.changed.fire();
    await this.save(
      ARRANGE_FIELDS.some((f) => f in patch),
      FILTER_FIELDS.some((f) => f in patch),
    );
  }

  /** Clears the filter (text, pay, growth, education). */
  clearFilter(): Promise<void> {
    return this.update(Object.fromEntries(FILTER_FIELDS.map((f) => [f, undefined])));
  }

  /** Whether a category was left open in this workspace. */
  isExpanded(category: string): boolean {
    return this.expanded.has(category);
  }

  /** Remembers a category opened or closed (from the tree view's events). */
  setExpanded(category: string, open: boolean): Promise<void> {
    if (open === this.expanded.has(category)) return Promise.resolve();
    if (open) this.expanded.add(category);
    else this.expanded.delete(category);
    return Promise.resolve(this.workspaceState.update(BROWSE_STATE_KEYS.expanded, [...this.expanded]));
  }

  private async save(arrange: boolean, filter: boolean): Promise<void> {
    if (arrange) await this.globalState.update(BROWSE_STATE_KEYS.arrange, this.arrange);
    if (filter) await this.workspaceState.update(BROWSE_STATE_KEYS.filter, this.filter);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
