/** "Did you mean …?": the candidates closest to a mistyped word, by edit distance. */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1] as number[])[j]! + 1, (d[i] as number[])[j - 1]! + 1, (d[i - 1] as number[])[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2] as number[])[j - 2]! + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return (d[rows - 1] as number[])[cols - 1]!;
}

/**
 * Up to `limit` candidates nearest to `word` (case-insensitive), closest first, ties in the
 * candidates' order; only those within `maxDistance` (default: a third of the word, at least 2).
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3, maxDistance?: number): string[] {
  const needle = word.toLowerCase();
  const max = maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  const scored: Array<{ candidate: string; distance: number; order: number }> = [];
  let order = 0;
  for (const candidate of new Set(candidates)) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance <= max) scored.push({ candidate, distance, order: order++ });
  }
  scored.sort((x, y) => x.distance - y.distance || x.order - y.order);
  return scored.slice(0, limit).map((s) => s.candidate);
}
