// A load done once and shared by every caller while it lasts — unless it
// fails: a failed load is forgotten, so the next caller tries again instead
// of getting the same failure until a manual Refresh.
export class CachedLoad<T> {
  private pending: Promise<T> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  /** Whether a load has been started (and not forgotten). */
  get started(): boolean {
    return this.pending !== undefined;
  }

  get(): Promise<T> {
    if (!this.pending) {
      const attempt = this.load();
      this.pending = attempt;
      attempt.catch(() => {
        // Only forget this attempt: a reset() and a newer load may have replaced it.
        if (this.pending === attempt) this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** Forgets the result; the next get() loads again. */
  reset(): void {
    this.pending = undefined;
  }
}
