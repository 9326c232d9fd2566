import type { DeliveryTarget } from '../domain/desired.js';
import { ConfigError, RuntimeFailure, TargetUntouched, UsageError, type OperatorError } from '../support/errors.js';

/** A store refused or failed a write, a check or a verification at run time (GitHub, AWS, the file system). */
export class DeliveryError extends RuntimeFailure {}

/** A write that failed with the target left as it was: it does not hold the new bundle (see TargetUntouched). */
export class UntouchedDeliveryError extends TargetUntouched {}

/**
 * A problem the person fixes in the desired-state file (a secret name GitHub refuses, a repository that
 * does not exist, a path git would commit): located where the file writes the target when it came from
 * one, else a usage error whose sentence names the target. Both exit 3, before NetSuite is asked anything.
 */
export function targetProblem(target: DeliveryTarget, message: string, hint: string): OperatorError {
  const { source } = target;
  return source === null ? new UsageError(message, { hint }) : new ConfigError([{ ...source, message }], { hint });
}
