// Favourite roles, kept in the extension's global state (across restarts and
// windows). The list rules live in src/browse/lists.ts; this only stores.
import * as vscode from 'vscode';
import { readFavourites, toggleFavourite } from '../../browse/lists';
import { Serial } from '../../util/serial';

export const FAVOURITES_KEY = 'careerCompare.favourites';

export class FavouritesStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Each change reads the list only after the previous write (and VS Code's echo of it) landed. */
  private readonly writes = new Serial();

  constructor(private readonly state: vscode.Memento) {}

  /** The stored value last read, and what it gave: a picker asks `has` for every role, so it is read once per change. */
  private read: { raw: unknown; ids: string[]; set: Set<string> } | undefined;

  private current(): { ids: string[]; set: Set<string> } {
    const raw = this.state.get(FAVOURITES_KEY);
    if (!this.read || this.read.raw !== raw) {
      const ids = readFavourites(raw);
      this.read = { raw, ids, set: new Set(ids) };
    }
    return this.read;
  }

  /** The favourite role ids, in the order they were starred. Ids the catalog no longer has are kept (a role file may come back). */
  get ids(): string[] {
    return [...this.current().ids];
  }

  has(id: string): boolean {
    return this.current().set.has(id);
  }

  /** Stars or unstars; resolves to whether the role is now a favourite. */
  toggle(id: string): Promise<boolean> {
    return this.writes.run(() => this.write(toggleFavourite(this.ids, id), id));
  }

  set(id: string, starred: boolean): Promise<void> {
    return this.writes.run(async () => {
      if (this.has(id) !== starred) await this.write(toggleFavourite(this.ids, id), id);
    });
  }

  private async write(next: string[], id: string): Promise<boolean> {
    await this.state.update(FAVOURITES_KEY, next);
    this.changed.fire();
    return next.includes(id);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
