// Runs async tasks one after another, each starting once the one before has
// settled (a failure does not stop the ones after it).
//
// Why: VS Code's global state echoes every write back to the extension host
// and overwrites the in-memory value with it. A second write made between a
// first one and its echo is lost (seen as a missing Recent Comparison on a
// busy machine). Awaiting each update before reading for the next one keeps
// every read after the previous echo.
export class Serial {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task);
    this.last = next.catch(() => undefined);
    return next;
  }
}
