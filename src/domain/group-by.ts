/** Groups items by a key, keeping each group in input order. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Counts items by a key and keeps only the first `limit` of each group, in input order: what a renderer
 * that shows a few of each kind needs, without building groups of tens of thousands it never shows.
 */
export function firstOfEach<K, V>(items: Iterable<V>, keyOf: (item: V) => K, limit: number): Map<K, { count: number; readonly first: V[] }> {
  const groups = new Map<K, { count: number; readonly first: V[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { count: 1, first: limit > 0 ? [item] : [] });
    else {
      group.count += 1;
      if (group.first.length < limit) group.first.push(item);
    }
  }
  return groups;
}
