import type { DeliveryTarget, SourcePosition } from '../domain/desired.js';
import { ConfigError, RuntimeFailure, TargetUntouched, UsageError, type OperatorError } from '../support/errors.js';

/** A store refused or failed a write, a check or a verification at run time (GitHub, AWS, the file system). */
export class DeliveryError extends RuntimeFailure {}

/** A write that failed with the target left as it was: it does not hold the new bundle (see TargetUntouched). */
export class UntouchedDeliveryError extends TargetUntouched {}

/** Where the desired-state file declares a target, when known (see `deliveryTargetSources`). */
export type TargetLocator = (target: DeliveryTarget) => SourcePosition | null;

/**
 * A problem the person fixes in the desired-state file (a secret name GitHub refuses, a repository that
 * does not exist, a path git would commit): located at the target's entry when its position is known,
 * else a usage error whose sentence names the target. Both exit 3, before NetSuite is asked anything.
 */
export function targetProblem(target: DeliveryTarget, locate: TargetLocator, message: string, hint: string): OperatorError {
  const source = locate(target);
  return source === null ? new UsageError(message, { hint }) : new ConfigError([{ ...source, message }], { hint });
}
