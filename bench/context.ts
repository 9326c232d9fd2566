import type { EmulatorPlacement } from './emulator-host.js';
import type { BenchProfile } from './profile.js';

export interface BenchContext {
  readonly profile: BenchProfile;
  /**
   * The built benchmark bundle (dist/bench.js): emulator and planning children run it, and the CLI
   * beside it is what start-up measures. Null runs everything in this process and skips start-up.
   */
  readonly script: string | null;
  /** Progress lines for the person waiting; not part of the results. */
  readonly log: (line: string) => void;
}

export function placementOf(context: BenchContext): EmulatorPlacement {
  return context.script === null ? { kind: 'in-process' } : { kind: 'child-process', script: context.script };
}

/** 100000 → "100,000" (fixed locale so reports read the same everywhere). */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
