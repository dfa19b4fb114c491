// Levenshtein distance, for "did you mean …?" suggestions on misspelt keys.
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

// Two rows, reused across calls (suggestions are computed for every misspelt key of a corpus).
let prev = new Uint16Array(64);
let cur = new Uint16Array(64);

/**
 * The distance when it is at most `bound`, else some number above `bound`: a row whose every cell
 * exceeds the bound cannot lead to a smaller distance, so the computation stops there.
 */
function boundedDistance(a: string, b: string, bound: number): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (prev.length <= b.length) {
    prev = new Uint16Array(b.length + 1);
    cur = new Uint16Array(b.length + 1);
  }
  let p = prev;
  let c = cur;
  for (let j = 0; j <= b.length; j++) p[j] = j;
  for (let i = 1; i <= a.length; i++) {
    c[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(p[j]! + 1, c[j - 1]! + 1, p[j - 1]! + cost);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const t = p;
    p = c;
    c = t;
  }
  return p[b.length]!;
}

/**
 * The closest candidate to `word`: the same word in another case, or one within a distance of about
 * a quarter of its length (at most 3). Undefined when nothing is close.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 4)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    if (c.toLowerCase() === lower) return c;
    // The distance is at least the difference in length.
    if (Math.abs(c.length - word.length) > limit) continue;
    // Only a distance below the best so far (and within the limit) matters.
    const d = boundedDistance(lower, c.toLowerCase(), Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
