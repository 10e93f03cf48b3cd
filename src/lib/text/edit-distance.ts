/** Levenshtein distance between two strings, by UTF-16 code unit (CJK characters are one unit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo: within
 * a third of the longer length (at least 1), or one contains the other.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    const contains = candidate.includes(input) || input.includes(candidate);
    const limit = Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3));
    if (distance > limit && !contains) continue;
    const score = contains ? distance - 0.5 : distance;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
