// Runs async operations one after another, in the order they were queued. Used wherever a
// read-change-write must not interleave with another (two saves of one workspace document,
// two imports into one workspace): the second waits for the first, so neither is lost.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation, operation);
    // The queue moves on whether the operation succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
