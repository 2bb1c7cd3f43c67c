// MinHash signatures: SIGNATURE_SIZE numbers per text whose agreement rate estimates the
// Jaccard similarity of two shingle sets, so candidate versions are found without comparing
// every pair of articles.

export const SIGNATURE_SIZE = 128;

/** Fixed seeds: signatures must be the same in every process and every release. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

export function minhashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** murmur3's 32-bit finaliser: a cheap, well-spread permutation of 32-bit values. */
export function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
