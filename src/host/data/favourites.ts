// Favourite roles, kept in the extension's global state (across restarts and
// windows). The list rules live in src/browse/lists.ts; this only stores.
import * as vscode from 'vscode';
import { readFavourites, toggleFavourite } from '../../browse/lists';

export const FAVOURITES_KEY = 'careerCompare.favourites';

export class FavouritesStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

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
  async toggle(id: string): Promise<boolean> {
    const next = toggleFavourite(this.ids, id);
    await this.state.update(FAVOURITES_KEY, next);
    this.changed.fire();
    return next.includes(id);
  }

  async set(id: string, starred: boolean): Promise<void> {
    if (this.has(id) !== starred) await this.toggle(id);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
