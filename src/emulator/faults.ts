import { randomInt, seededRandom, type Random } from './prng.js';

/**
 * The failures NetSuite shows under load, which a client must survive. All but `reset-after` replace
 * the answer: the request has no effect. `reset-after` performs the request and then drops the
 * connection instead of answering, as when a reply is lost on its way back: an upload or a revocation
 * took effect, and the client cannot know it.
 */
export const FAULT_KINDS = ['429', '500', '503', 'reset', 'spurious-401', 'reset-after'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * Drawn from when no kinds are given: the faults that leave no effect behind. `reset-after` is asked
 * for by name, since a client must be built to recover from it (list again before repeating an upload).
 */
export const DEFAULT_FAULT_KINDS: readonly FaultKind[] = ['429', '500', '503', 'reset', 'spurious-401'];

/** The NetSuite endpoints faults can be limited to (server.ts tells which a request is for). */
export const FAULT_ENDPOINTS = ['suiteql', 'revoketoken', 'token', 'certificates', 'accesstoken'] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];

export interface FaultOptions {
  /** Probability in [0, 1] that a request gets a fault instead of its answer. */
  readonly rate: number;
  /** Seed of the pseudo-random sequence: the same seed and request order give the same faults. */
  readonly seed: number;
  /** Kinds to draw from; DEFAULT_FAULT_KINDS when left out. */
  readonly kinds?: readonly FaultKind[];
  /**
   * Only requests to these endpoints may get a fault (`token` and `certificates` for the rotation's
   * calls); every NetSuite request when left out. Requests elsewhere draw nothing, so the faults that
   * land on these endpoints do not depend on the other traffic.
   */
  readonly endpoints?: readonly FaultEndpoint[];
}

/** Why the options cannot be used, in one sentence; null when they can. */
export function faultOptionsProblem(options: FaultOptions): string | null {
  if (!(options.rate >= 0 && options.rate <= 1)) return 'faults.rate must be between 0 and 1.';
  if (!Number.isFinite(options.seed)) return 'faults.seed must be a number.';
  const unknownKind = options.kinds?.find((kind) => !(FAULT_KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined) return `faults.kinds has "${unknownKind}", which is not one of ${FAULT_KINDS.join(', ')}.`;
  const unknownEndpoint = options.endpoints?.find((endpoint) => !(FAULT_ENDPOINTS as readonly string[]).includes(endpoint));
  if (unknownEndpoint !== undefined) return `faults.endpoints has "${unknownEndpoint}", which is not one of ${FAULT_ENDPOINTS.join(', ')}.`;
  return null;
}

/**
 * Decides, request by request, whether to inject a fault and which. Deterministic: two emulators with
 * the same seed answer the same sequence of requests with the same faults.
 */
export class FaultInjector {
  private readonly random: Random | null;
  private readonly rate: number;
  private readonly kinds: readonly FaultKind[];
  private readonly endpoints: ReadonlySet<FaultEndpoint> | null;
  private readonly injected = new Map<FaultKind, number>(FAULT_KINDS.map((kind) => [kind, 0]));

  constructor(options: FaultOptions | undefined) {
    this.rate = options?.rate ?? 0;
    this.kinds = options?.kinds ?? DEFAULT_FAULT_KINDS;
    this.endpoints = options?.endpoints === undefined ? null : new Set(options.endpoints);
    this.random = options === undefined || this.rate <= 0 || this.kinds.length === 0 ? null : seededRandom(options.seed);
  }

  /** The fault for the next request, to `endpoint` (null: none of them), or null to answer it normally. */
  next(endpoint: FaultEndpoint | null): FaultKind | null {
    if (this.random === null) return null;
    if (this.endpoints !== null && (endpoint === null || !this.endpoints.has(endpoint))) return null;
    if (this.random() >= this.rate) return null;
    const kind = this.kinds[randomInt(this.random, this.kinds.length)] ?? null;
    if (kind !== null) this.injected.set(kind, (this.injected.get(kind) ?? 0) + 1);
    return kind;
  }

  counts(): Record<FaultKind, number> {
    return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, this.injected.get(kind) ?? 0])) as Record<FaultKind, number>;
  }
}
