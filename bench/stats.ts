/** Medians and timing helpers; every figure in the report is a median of repetitions. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The median of one named figure across repetitions. */
export function medianOf<T>(runs: readonly T[], pick: (run: T) => number): number {
  return median(runs.map(pick));
}

export async function timed<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Collects garbage between repetitions when node runs with --expose-gc, so one run's garbage does not bill the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** ⌈a/b⌉ for whole page and request counts. */
export function ceilDiv(a: number, b: number): number {
  return Math.ceil(a / b);
}
