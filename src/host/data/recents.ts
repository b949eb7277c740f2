// Recent comparisons (the last RECENTS_LIMIT), kept in the extension's global
// state. Recorded when the panel shows a comparison; the rules (dedupe, cap,
// newest first) live in src/browse/lists.ts.
import * as vscode from 'vscode';
import { addRecent, readRecents, type Recent } from '../../browse/lists';
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

  record(roleIds: readonly string[]): Promise<void> {
    return this.writes.run(async () => {
      const before = this.entries;
      const next = addRecent(before, roleIds);
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
