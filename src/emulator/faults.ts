import { randomInt, seededRandom, type Random } from './prng.js';

/** The failures NetSuite shows under load, which a client must survive. */
export type FaultKind = '429' | '500' | '503' | 'reset' | 'spurious-401';

export const FAULT_KINDS: readonly FaultKind[] = ['429', '500', '503', 'reset', 'spurious-401'];

export interface FaultOptions {
  /** Probability in [0, 1] that a request gets a fault instead of its answer. */
  readonly rate: number;
  /** Seed of the pseudo-random sequence: the same seed and request order give the same faults. */
  readonly seed: number;
  /** Kinds to draw from; all of them by default. */
  readonly kinds?: readonly FaultKind[];
}

/**
 * Decides, request by request, whether to inject a fault and which. Deterministic: two emulators with
 * the same seed answer the same sequence of requests with the same faults.
 */
export class FaultInjector {
  private readonly random: Random | null;
  private readonly rate: number;
  private readonly kinds: readonly FaultKind[];
  private readonly injected = new Map<FaultKind, number>(FAULT_KINDS.map((kind) => [kind, 0]));

  constructor(options: FaultOptions | undefined) {
    this.rate = options?.rate ?? 0;
    this.kinds = options?.kinds ?? FAULT_KINDS;
    this.random = options === undefined || this.rate <= 0 || this.kinds.length === 0 ? null : seededRandom(options.seed);
  }

  /** The fault for the next request, or null to answer it normally. */
  next(): FaultKind | null {
    if (this.random === null) return null;
    if (this.random() >= this.rate) return null;
    const kind = this.kinds[randomInt(this.random, this.kinds.length)] ?? null;
    if (kind !== null) this.injected.set(kind, (this.injected.get(kind) ?? 0) + 1);
    return kind;
  }

  counts(): Record<FaultKind, number> {
    const count = (kind: FaultKind): number => this.injected.get(kind) ?? 0;
    return { '429': count('429'), '500': count('500'), '503': count('503'), reset: count('reset'), 'spurious-401': count('spurious-401') };
  }
}
