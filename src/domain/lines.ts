/**
 * Appends lines one by one. `target.push(...source)` passes every line as an argument, which
 * overflows the call stack past roughly 100,000 lines: a plan of a large account has more.
 */
export function appendLines(target: string[], source: readonly string[]): void {
  for (const line of source) target.push(line);
}
