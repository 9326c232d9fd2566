import type { DeliveryTarget, SourcePosition } from '../domain/desired.js';

/**
 * Where the desired-state file writes each delivery target buildDesiredState made, by the target
 * object itself, so that a store's refusal at apply time (a path git would commit, a directory, a
 * secret name GitHub refuses) points at the target (a file target's `path:`), not at its mapping. The
 * domain's DeliveryTarget carries no position, and the adapters are handed only the desired state, so
 * the position travels beside it; a WeakMap keeps no target alive.
 */
const declared = new WeakMap<DeliveryTarget, SourcePosition>();

/** Records where `target` is written and returns it. */
export function declareTarget<T extends DeliveryTarget>(target: T, source: SourcePosition | undefined): T {
  if (source !== undefined) declared.set(target, source);
  return target;
}

/** Where the file writes `target`, when buildDesiredState made it from a file; else null. */
export function declaredTargetSource(target: DeliveryTarget): SourcePosition | null {
  return declared.get(target) ?? null;
}
