// Recent comparisons (the last RECENTS_LIMIT), kept in the extension's global
// state. Recorded when the panel shows a comparison; the rules (dedupe, cap,
// newest first) live in src/browse/lists.ts.
import * as vscode from 'vscode';
import { addRecent, readRecents, type Recent } from '../../browse/lists';

export const RECENTS_KEY = 'careerCompare.recentComparisons';

export class RecentsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** Newest first. */
  get entries(): Recent[] {
    return readRecents(this.state.get(RECENTS_KEY));
  }

  async record(roleIds: readonly string[]): Promise<void> {
    const before = this.entries;
    const next = addRecent(before, roleIds);
    if (JSON.stringify(next) === JSON.stringify(before)) return;
    await this.state.update(RECENTS_KEY, next);
    this.changed.fire();
  }

  async clear(): Promise<void> {
    await this.state.update(RECENTS_KEY, []);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
