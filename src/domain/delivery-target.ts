import type { DeliveryTarget } from './desired.js';

/**
 * A delivery target's stable name, for the rotation journal, the plan and the results pull request
 * (SPEC §12.2). It names where a bundle goes, never what is in it.
 */
export function targetLabel(target: DeliveryTarget): string {
  switch (target.kind) {
    case 'github': {
      const repository = target.repository ?? '$GITHUB_REPOSITORY';
      return target.environment === null
        ? `github:${repository}/${target.secret}`
        : `github:${repository}/environments/${target.environment}/${target.secret}`;
    }
    case 'aws':
      return target.region === null ? `aws:${target.secretId}` : `aws:${target.secretId}@${target.region}`;
    case 'file':
      return `file:${target.path}`;
  }
}
