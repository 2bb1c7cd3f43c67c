// Which rows to ask about once a list is still: rows enter and leave view as it scrolls, and
// only those in view when no row has entered or left for a moment are handed on. A row flicked
// past during a scroll is never asked about. Pure of the DOM (the hook feeds it what an
// IntersectionObserver saw), so the rule is tested without a browser.

export interface RowChange {
  readonly id: string | undefined;
  readonly inView: boolean;
}

export class SettledRows {
  private readonly inView = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly settleMs: number,
    private readonly ask: (ids: readonly string[]) => void,
  ) {}

  /** Files what came into and went out of view; every change starts the wait again. */
  seen(changes: Iterable<RowChange>): void {
    for (const change of changes) {
      if (!change.id) continue;
      if (change.inView) this.inView.add(change.id);
      else this.inView.delete(change.id);
    }
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inView.size) this.ask([...this.inView]);
    }, this.settleMs);
  }

  /** Forgets the wait (the rows are watched afresh, or the list is gone). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
