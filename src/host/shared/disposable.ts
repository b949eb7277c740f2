// A base for anything that owns VS Code resources (emitters, listeners,
// panels): it registers what it creates and disposes all of it, once, in
// reverse order — nothing is reset by hand, nothing is forgotten.
import type * as vscode from 'vscode';
import { log } from './log';

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  /** Whether dispose() has run. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Takes `item` into this object's keeping; after dispose() it is disposed at once. */
  protected register<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) dispose(item);
    else this.owned.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    while (this.owned.length > 0) dispose(this.owned.pop()!);
  }
}

/** Disposes one item; a throwing dispose is logged, and the others still go. */
function dispose(item: vscode.Disposable): void {
  try {
    item.dispose();
  } catch (err) {
    log().error(`Could not dispose of a resource: ${err instanceof Error ? err.message : String(err)}`);
  }
}
