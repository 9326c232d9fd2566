import type { DeliveryTarget, DesiredState, SourcePosition } from '../domain/desired.js';
import type { TargetLocator } from './delivery-errors.js';

/**
 * Finds where the desired-state file declares each delivery target, for messages with file:line:column:
 * the position of the mapping's entry, with the JSON pointer of the target itself
 * (`/certificates/0/deliver/1`). Targets are found by identity, as the loaded state holds them.
 */
export function deliveryTargetSources(state: DesiredState): TargetLocator {
  const sources = new Map<DeliveryTarget, SourcePosition>();
  for (const mapping of state.certificates) {
    if (mapping.source === null) continue;
    const entry = mapping.source;
    mapping.deliver.forEach((target, index) => {
      sources.set(target, { ...entry, pointer: `${entry.pointer}/deliver/${index}` });
    });
  }
  return (target) => sources.get(target) ?? null;
}
