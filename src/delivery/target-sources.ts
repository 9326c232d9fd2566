import type { DeliveryTarget, DesiredState, SourcePosition } from '../domain/desired.js';
import { declaredTargetSource } from '../config/declared-targets.js';
import type { TargetLocator } from './delivery-errors.js';

/**
 * Finds where the desired-state file declares each delivery target, for messages with file:line:column:
 * the target's own position (a file target's `path:` value) as the loader recorded it, else the
 * position of its entry with the JSON pointer of the target (`/certificates/0/deliver/1`). Targets are
 * found by identity, as the loaded state holds them.
 */
export function deliveryTargetSources(state: DesiredState): TargetLocator {
  const sources = new Map<DeliveryTarget, SourcePosition>();
  for (const entry of [...state.certificates, ...state.tokens]) {
    const source = entry.source;
    if (source === null) continue;
    (entry.deliver ?? []).forEach((target, index) => {
      sources.set(target, declaredTargetSource(target) ?? { ...source, pointer: `${source.pointer}/deliver/${index}` });
    });
  }
  return (target) => sources.get(target) ?? null;
}
