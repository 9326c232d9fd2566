/** The known name closest to a misspelt one, or null when none is close enough to be a likely typo. */
export function closestName(unknown: string, known: readonly string[]): string | null {
  const wanted = normalise(unknown);
  let best: { name: string; distance: number } | null = null;
  for (const name of known) {
    const distance = editDistance(wanted, normalise(name));
    if (best === null || distance < best.distance) best = { name, distance };
  }
  if (best === null) return null;
  const tolerance = Math.max(1, Math.floor(Math.min(wanted.length, best.name.length) / 3));
  return best.distance <= tolerance ? best.name : null;
}

/** Case, `_` and `-` do not matter: `max_age` and `MaxAge` both mean `maxAge`. */
function normalise(name: string): string {
  return name.toLowerCase().replaceAll(/[-_]/g, '');
}

/** Levenshtein distance counting an adjacent transposition as one edit. */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
