// A stable 32-bit hash of (seed, id): breaks ties the same way for one assessment and differently for another,
// without randomness, so a replayed assessment asks the same questions.

export function stableHash(seed: string, id: string): number {
  // FNV-1a over the UTF-16 units; the NUL separator keeps ("ab", "c") and ("a", "bc") apart.
  const text = `${seed}\u0000${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Murmur3 finaliser: FNV alone leaves ids that differ only in their last character close to each other.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The item with the lowest hash for this seed; the id settles the (unlikely) equal hashes. */
export function pickByHash<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T | undefined {
  let best: T | undefined;
  let bestHash = 0;
  for (const item of items) {
    const hash = stableHash(seed, idOf(item));
    if (best === undefined || hash < bestHash || (hash === bestHash && idOf(item) < idOf(best))) {
      best = item;
      bestHash = hash;
    }
  }
  return best;
}
