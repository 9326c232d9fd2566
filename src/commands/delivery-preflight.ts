import type { DeliveryTarget } from '../domain/desired.js';
import type { AccountRun } from '../composition-root.js';
import type { BundleDelivery } from '../ports.js';

/** How much of each delivery target a command checks before its first request to NetSuite. */
export type TargetsChecked = 'everything' | 'not-committed';

/**
 * The delivery targets a rotation in this run could write to (mappings with `rotation`, as narrowed by
 * `--only` and named by `--rotate`), checked before NetSuite is asked anything. `apply` checks
 * everything (exists, accepted, credentials present, not committed): a rotation must never stop after
 * the upload for a target that was never going to work. `plan` checks only that git would not commit a
 * `file` target: that depends on the repository alone, so a pull request's plan fails for the reason
 * its merge's apply would, wherever it runs, and it loads no SDK (issue #18). Whether a file's directory
 * may be written, or a GitHub or AWS target reached, is for the machine that delivers, with apply's tokens.
 */
export async function preflightDelivery(account: AccountRun, only: readonly string[], rotate: readonly string[], checked: TargetsChecked): Promise<void> {
  const selected = (mapping: string): boolean => only.length === 0 || only.includes(mapping) || only.includes(account.built.state.account) || rotate.includes(mapping);
  for (const mapping of account.built.state.certificates) {
    if (mapping.rotation === null || !selected(mapping.mapping)) continue;
    for (const target of mapping.deliver) await check(account.ports.rotation.delivery, target, checked);
  }
}

function check(delivery: BundleDelivery, target: DeliveryTarget, checked: TargetsChecked): Promise<void> {
  switch (checked) {
    case 'everything':
      return delivery.preflight(target);
    case 'not-committed':
      return delivery.checkNotCommitted(target);
  }
}
