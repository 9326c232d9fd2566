import type { DesiredMapping, RotationPolicy } from '../domain/desired.js';
import { onboarding, type RotationJournal } from '../domain/kinds/m2m-certificate/rotation-journal.js';
import { m2mBundleText } from '../secrets/credentials-bundle.js';
import { targetLabel } from '../domain/delivery-target.js';
import { deliverToTargets, type RotationPorts } from './rotate-certificate.js';

/**
 * SPEC §11 onboarding: a mapping with no certificate has no token to upload with, so the operator makes
 * its first key and certificate, delivers the bundle at once (nothing used the mapping before) and
 * hands the certificate — public — to an administrator to upload. The journal keeps the certificate, so
 * every run until the upload shows the same one; the run that lists it active completes the onboarding.
 */

/** What onboarding needs: rotation's ports without NetSuite (there is no token to act with yet). */
export type OnboardingPorts = Omit<RotationPorts, 'certificates' | 'executor'>;

export interface OnboardingOutcome {
  /** The certificate the administrator uploads; null when the onboarding stopped before delivery. */
  readonly certificatePem: string | null;
  readonly failure: string | null;
}

export async function prepareOnboarding(ports: OnboardingPorts, request: { readonly account: string; readonly entry: DesiredMapping & { readonly rotation: RotationPolicy } }): Promise<OnboardingOutcome> {
  const { entry } = request;
  const record = ports.journal.get(entry.mapping);
  const earlier = record.rotation;
  if (earlier !== null && onboarding(earlier) && earlier.state === 'delivered') return { certificatePem: earlier.certificatePem ?? null, failure: null };
  try {
    const occupied = await occupiedTargets(ports, entry, earlier !== null && onboarding(earlier) ? earlier : null);
    if (occupied.length > 0) return { certificatePem: null, failure: notNewMessage(entry, occupied) };
    // An onboarding stopped before delivery lost its key with its run; nobody was shown its certificate yet, so a new one replaces it.
    const stamp = (): string => ports.clock.now().toISOString();
    const generated = await ports.factory.generate({ algorithm: entry.rotation.algorithm, commonName: `netsuite-tokens ${request.account} ${entry.mapping}`, validityMs: entry.rotation.validityMs, now: ports.clock.now() });
    ports.mask(generated.privateKey);
    const startedAt = stamp();
    // What an earlier attempt may have written stays this onboarding's until it writes there itself.
    const inherited = (earlier !== null && onboarding(earlier) ? earlier.targets : []).map((item) => ({ ...item, state: 'writing' as const }));
    let rotation: RotationJournal = { id: `${entry.mapping}@${startedAt}`, state: 'planned', certificateId: generated.certificateId, replaces: [], startedAt, updatedAt: startedAt, targets: inherited, certificatePem: generated.certificatePem };
    const step = async (changes: Partial<RotationJournal>): Promise<void> => {
      rotation = { ...rotation, ...changes, updatedAt: stamp() };
      await ports.journal.record(entry.mapping, { ...record, rotation });
    };
    await step({});
    const bundle = m2mBundleText(generated, { accountId: request.account, clientId: entry.clientId });
    ports.mask(bundle);
    await deliverToTargets(ports, entry, bundle, `${rotation.id}/${generated.certificateId}`, (targets) => step({ targets }), inherited);
    await step({ state: 'delivered' });
    return { certificatePem: generated.certificatePem, failure: null };
  } catch (error) {
    // Interrupted or refused before every target held the bundle: the next apply starts the onboarding again.
    return { certificatePem: null, failure: error instanceof Error ? error.message : 'The onboarding failed.' };
  }
}

/**
 * The targets that hold a value this mapping's onboarding did not write. A new mapping's targets hold
 * nothing; one that holds something means the mapping is in use and merely unknown here (its variable
 * unset, its status file lost), and a first key written there would replace its consumers' bundle.
 */
async function occupiedTargets(ports: OnboardingPorts, entry: DesiredMapping, earlier: RotationJournal | null): Promise<string[]> {
  const ours = new Set(earlier?.targets.map((item) => item.target) ?? []);
  const occupied: string[] = [];
  for (const target of entry.deliver) {
    const label = targetLabel(target);
    if (!ours.has(label) && (await ports.delivery.holdsValue(target))) occupied.push(label);
  }
  return occupied;
}

function notNewMessage(entry: DesiredMapping, occupied: readonly string[]): string {
  const variables = entry.credentials.status === 'unresolved' ? entry.credentials.missing : [];
  const variable = variables.length === 0 ? 'its credentials' : variables.join(', ');
  const holds = occupied.length === 1 ? `${occupied[0] ?? ''} already holds a value` : `${occupied.join(', ')} already hold values`;
  return `Not onboarded: ${holds}, so this mapping looks in use rather than new, and a first key written there would replace what its consumers read; set ${variable} to the mapping's bundle to have it observed, or, if that value is stale, remove it and run apply again.`;
}
