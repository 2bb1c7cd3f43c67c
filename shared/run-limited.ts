// Runs async work over a list with at most `size` items in flight, in list order of start.
// One helper for every bounded pool in the product (imports, flushes, text loading, benches).

export async function runLimited<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
