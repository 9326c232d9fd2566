import type { RetryPolicy } from '../src/netsuite/transport.js';

/**
 * How big and how often: the full profile is what `npm run bench` measures and BENCHMARKS.md reports;
 * the quick one (small accounts, one repetition, short latency and backoff) only proves the suite runs.
 */
export interface BenchProfile {
  readonly quick: boolean;
  /** Added by the emulator to every NetSuite response. */
  readonly latencyMs: number;
  /** NetSuite's smallest account concurrency limit. */
  readonly emulatorConcurrencyLimit: number;
  /** Untimed observations before the timed ones (JIT, emulator query memory). */
  readonly warmups: number;
  readonly observation: {
    readonly sizes: readonly number[];
    readonly concurrencies: readonly number[];
    /** Timed repetitions for an account of `size` tokens. */
    readonly runs: (size: number) => number;
  };
  readonly planning: {
    /** Sizes with rotation and unused-token policies (many findings), to show growth. */
    readonly sizes: readonly number[];
    /** Sizes planned again without those policies, to separate the cost of the findings. */
    readonly changesOnlySizes: readonly number[];
    readonly runs: number;
  };
  readonly apply: { readonly tokens: number; readonly revokes: readonly number[]; readonly concurrencies: readonly number[]; readonly runs: number };
  readonly startup: { readonly runs: number; readonly validateRuns: number; readonly validateTokens: number };
  /** Issue 18: the built CLI's `plan` in its own process, beside `--version`, at each concurrency. */
  readonly cliPlan: {
    readonly tokens: number;
    readonly concurrencies: readonly number[];
    readonly runs: number;
    /** The files planned: the first this many tokens declared (the rest unmanaged), or null for every token declared, as after import. */
    readonly declared: readonly (number | null)[];
    /** Concurrencies at which the first file is planned again beside the status file an apply of it wrote, as every run after the first is. */
    readonly withStatus: readonly number[];
  };
  /** Issue 12: certificate mappings observed with their own tokens, and the operator signed in with M2M. */
  readonly m2m: {
    /** Declared mappings, each observed with a token exchange and a certificate list. */
    readonly mappings: number;
    /** Tokens in the mappings account (its SuiteQL pages count toward the bound). */
    readonly tokens: number;
    readonly concurrency: number;
    readonly runs: number;
    /** Tokens paged by the sign-in case, which declares no mapping. */
    readonly signInTokens: number;
  };
  /** Issue 13: keys and certificates for rotations. */
  readonly keyGeneration: {
    /** Generated all at once, to show they run in parallel off the main thread. */
    readonly rsaAlgorithm: 'rsa-3072' | 'rsa-4096';
    readonly rsaKeys: number;
    readonly rsaRuns: number;
    /** EC P-256 certificates generated one after another. */
    readonly ecCertificates: number;
    readonly ecRuns: number;
  };
  /** Issue 13: apply rotating K EC mappings (overlap 0d) into file targets. */
  readonly rotation: {
    readonly mappings: number;
    readonly concurrency: number;
    readonly runs: number;
  };
  readonly governance: {
    readonly tokens: number;
    readonly revokes: number;
    readonly concurrencyLimit: number;
    readonly faultRate: number;
    readonly concurrencies: readonly number[];
    readonly runs: number;
    /** Apply runs allowed before a repetition counts as not converged. */
    readonly maxApplyRuns: number;
    /** Left at the operator's defaults in the full profile. */
    readonly retryPolicy: Partial<RetryPolicy>;
  };
}

export const FULL_PROFILE: BenchProfile = {
  quick: false,
  latencyMs: 50,
  emulatorConcurrencyLimit: 5,
  warmups: 1,
  observation: {
    sizes: [1_000, 20_000, 100_000],
    concurrencies: [2, 4],
    // The 100,000-token account takes about 15 s per repetition of all three clients: three repetitions.
    runs: (size) => (size >= 100_000 ? 3 : 5),
  },
  planning: { sizes: [1_000, 10_000, 100_000], changesOnlySizes: [100_000], runs: 5 },
  apply: { tokens: 2_000, revokes: [10, 100], concurrencies: [2, 4], runs: 5 },
  // Start-ups take tens of milliseconds and the ratio rows compare two of them: enough repetitions for a steady median.
  startup: { runs: 30, validateRuns: 5, validateTokens: 5_000 },
  cliPlan: { tokens: 20_000, concurrencies: [2, 4], runs: 7, declared: [7, null], withStatus: [2] },
  m2m: { mappings: 200, tokens: 1_000, concurrency: 2, runs: 5, signInTokens: 20_000 },
  // RSA-4096 takes 1–3 s of CPU per key: three batches of eight.
  keyGeneration: { rsaAlgorithm: 'rsa-4096', rsaKeys: 8, rsaRuns: 3, ecCertificates: 50, ecRuns: 5 },
  rotation: { mappings: 50, concurrency: 2, runs: 3 },
  governance: { tokens: 5_000, revokes: 20, concurrencyLimit: 2, faultRate: 0.1, concurrencies: [2, 4], runs: 5, maxApplyRuns: 5, retryPolicy: {} },
};

export const QUICK_PROFILE: BenchProfile = {
  quick: true,
  latencyMs: 5,
  emulatorConcurrencyLimit: 5,
  warmups: 0,
  observation: { sizes: [1_500], concurrencies: [2, 4], runs: () => 1 },
  planning: { sizes: [500, 5_000], changesOnlySizes: [5_000], runs: 1 },
  apply: { tokens: 300, revokes: [3], concurrencies: [2], runs: 1 },
  startup: { runs: 1, validateRuns: 1, validateTokens: 50 },
  cliPlan: { tokens: 2_500, concurrencies: [2, 4], runs: 1, declared: [7, null], withStatus: [2] },
  m2m: { mappings: 8, tokens: 300, concurrency: 2, runs: 1, signInTokens: 2_500 },
  keyGeneration: { rsaAlgorithm: 'rsa-3072', rsaKeys: 2, rsaRuns: 1, ecCertificates: 5, ecRuns: 1 },
  rotation: { mappings: 8, concurrency: 2, runs: 1 },
  governance: { tokens: 300, revokes: 3, concurrencyLimit: 2, faultRate: 0.1, concurrencies: [2], runs: 1, maxApplyRuns: 5, retryPolicy: { baseDelayMs: 20, maxDelayMs: 200 } },
};
