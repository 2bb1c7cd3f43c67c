// How many numbers two sorted lists without repeats have in common, by one merge: the core of a
// Jaccard between two sets kept as sorted numbers (a story's shingles, a sentence's word ids),
// with no string hashed.

export function sortedSharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
