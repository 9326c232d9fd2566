import type { DeliveryTarget } from '../domain/desired.js';
import type { AccountRun } from '../composition-root.js';

/** Which delivery targets a command checks before its first request to NetSuite. */
export type TargetsChecked = 'every-target' | 'file-targets';

/**
 * The delivery targets a rotation in this run could write to (mappings with `rotation`, as narrowed by
 * `--only` and named by `--rotate`), checked before NetSuite is asked anything. `apply` checks every
 * one (exists, accepted, credentials present, not committed): a rotation must never stop after the
 * upload for a target that was never going to work. `plan` checks the `file` targets: whether git
 * would commit one depends only on the clone the plan runs in, so a pull request's plan fails for the
 * reason its merge's apply would, and the check loads no SDK (issue #18). A GitHub or AWS target is
 * asked over the network with the delivery tokens, which are apply's to hold.
 */
export async function preflightDelivery(account: AccountRun, only: readonly string[], rotate: readonly string[], checked: TargetsChecked): Promise<void> {
  const selected = (mapping: string): boolean => only.length === 0 || only.includes(mapping) || only.includes(account.built.state.account) || rotate.includes(mapping);
  for (const mapping of account.built.state.certificates) {
    if (mapping.rotation === null || !selected(mapping.mapping)) continue;
    for (const target of mapping.deliver) if (isChecked(target, checked)) await account.ports.rotation.delivery.preflight(target);
  }
}

function isChecked(target: DeliveryTarget, checked: TargetsChecked): boolean {
  switch (checked) {
    case 'every-target':
      return true;
    case 'file-targets':
      return target.kind === 'file';
  }
}
