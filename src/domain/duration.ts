/** Durations in the desired-state file: a whole number followed by h (hours), d (days) or w (weeks). */
export const DURATION_PATTERN = '^[1-9][0-9]{0,5}[hdw]$';

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** Milliseconds for a duration such as `90d`, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const match = /^([1-9][0-9]{0,5})([hdw])$/.exec(text);
  if (!match) return null;
  const [, amount, unit] = match;
  return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
}

/** A duration in the largest whole unit a person would say: `3w`, `90d`, `36h`. */
export function formatDuration(ms: number): string {
  if (ms % UNIT_MS.w === 0) return `${ms / UNIT_MS.w}w`;
  if (ms % UNIT_MS.d === 0) return `${ms / UNIT_MS.d}d`;
  return `${Math.round(ms / UNIT_MS.h)}h`;
}

/** Whole days, rounded down, for ages in reports. */
export function wholeDays(ms: number): number {
  return Math.floor(ms / UNIT_MS.d);
}
