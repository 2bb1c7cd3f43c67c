// Runs async operations one after another, in the order they were queued. Used wherever a
// read-change-write must not interleave with another (two saves of one workspace document,
// two imports into one workspace): the second waits for the first, so neither is lost.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Nothing is running or waiting. */
  get idle(): boolean {
    return this.pending === 0;
  }

  run<T>(operation: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(operation, operation);
    // The queue moves on whether the operation succeeded or failed.
    const settled = (): void => {
      this.pending--;
    };
    this.tail = result.then(settled, settled);
    return result;
  }
}
