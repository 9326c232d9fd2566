/**
 * The operator's error tree. Each class is one kind of failure a person can act on; the single catch
 * in each entry point maps the class to an exit code (SPEC §7). Messages are one sentence plus what to
 * do, and never contain secret values.
 */
export abstract class OperatorError extends Error {
  abstract readonly exitCode: 1 | 3 | 4;
  /** What the person should do next; printed after the message. */
  readonly hint: string | null;

  constructor(message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options?.hint ?? null;
  }
}

/** A problem with how the operator was called (unknown flag, missing argument). */
export class UsageError extends OperatorError {
  readonly exitCode = 3;
}

/** A located problem in a file the user wrote. */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer into the document ('' for the whole document). */
  readonly pointer: string;
  readonly message: string;
}

/**
 * A file the user wrote is invalid (by default the desired-state configuration; `subject` names
 * another, such as the emulator's seed); every problem is listed at once.
 */
export class ConfigError extends OperatorError {
  readonly exitCode = 3;
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[], options?: { cause?: unknown; hint?: string; subject?: string }) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the ${options?.subject ?? 'desired-state configuration'}`, options);
    this.problems = problems;
  }
}

/** A safety guard refused the run (blast radius, empty desired state, stale saved plan). */
export class GuardRefusal extends OperatorError {
  readonly exitCode = 4;
}

/** Anything that went wrong at run time talking to NetSuite, GitHub, git or the file system. */
export class RuntimeFailure extends OperatorError {
  readonly exitCode = 1;
}

/**
 * A delivery that failed while its target was left as it was (BundleDelivery.deliver): the target does
 * not hold the new bundle, so a new certificate no other target holds can be revoked at once instead of
 * being kept for the overlap in case a consumer has it.
 */
export class TargetUntouched extends RuntimeFailure {}
