// Recent comparisons and path pages (the last RECENTS_LIMIT), kept in the
// extension's global state. Recorded when a panel shows a comparison, a path
// or Explore's moves; the rules (dedupe, cap, newest first) live in
// src/browse/lists.ts.
import * as vscode from 'vscode';
import { addRecent, readRecents, type Recent, type RecentPage } from '../../browse/lists';
import { Serial } from '../../util/serial';

export const RECENTS_KEY = 'careerCompare.recentComparisons';

export class RecentsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Each change reads the list only after the previous write (and VS Code's echo of it) landed. */
  private readonly writes = new Serial();

  constructor(private readonly state: vscode.Memento) {}

  /** Newest first. */
  get entries(): Recent[] {
    return readRecents(this.state.get(RECENTS_KEY));
  }

  /** Records a page shown: a comparison unless `page` says which path page. */
  record(roleIds: readonly string[], page: RecentPage = 'comparison'): Promise<void> {
    return this.writes.run(async () => {
      const before = this.entries;
      const next = addRecent(before, roleIds, page);
      if (JSON.stringify(next) === JSON.stringify(before)) return;
      await this.state.update(RECENTS_KEY, next);
      this.changed.fire();
    });
  }

  clear(): Promise<void> {
    return this.writes.run(async () => {
      await this.state.update(RECENTS_KEY, []);
      this.changed.fire();
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
