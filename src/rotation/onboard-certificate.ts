import { targetLabel } from '../domain/delivery-target.js';
import type { DesiredMapping, RotationPolicy } from '../domain/desired.js';
import { onboarding, type RotationJournal, type TargetProgress } from '../domain/kinds/m2m-certificate/rotation-journal.js';
import type { BundleDelivery, CertificateFactory, Clock } from '../ports.js';
import { m2mBundleText } from '../secrets/credentials-bundle.js';
import type { Secret } from '../secrets/secret.js';
import type { JournalBook } from './journal-book.js';

/**
 * SPEC §11 onboarding: a mapping with no certificate has no token to upload with, so the operator makes
 * its first key and certificate, delivers the bundle at once (nothing used the mapping before) and
 * hands the certificate — public — to an administrator to upload. The journal keeps the certificate, so
 * every run until the upload shows the same one; the run that lists it active completes the onboarding.
 */

export interface OnboardingPorts {
  readonly factory: CertificateFactory;
  readonly delivery: BundleDelivery;
  readonly journal: JournalBook;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly mask: (secret: Secret) => void;
}

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
    // An onboarding stopped before delivery lost its key with its run; nobody was shown its certificate yet, so a new one replaces it.
    const stamp = (): string => ports.clock.now().toISOString();
    const generated = await ports.factory.generate({ algorithm: entry.rotation.algorithm, commonName: `netsuite-tokens ${request.account} ${entry.mapping}`, validityMs: entry.rotation.validityMs, now: ports.clock.now() });
    ports.mask(generated.privateKey);
    const startedAt = stamp();
    let rotation: RotationJournal = { id: `${entry.mapping}@${startedAt}`, state: 'planned', certificateId: generated.certificateId, replaces: [], startedAt, updatedAt: startedAt, targets: [], certificatePem: generated.certificatePem };
    const step = async (changes: Partial<RotationJournal>): Promise<void> => {
      rotation = { ...rotation, ...changes, updatedAt: stamp() };
      await ports.journal.record(entry.mapping, { ...record, rotation });
    };
    await step({});
    const bundle = m2mBundleText(generated, { accountId: request.account, clientId: entry.clientId });
    ports.mask(bundle);
    let targets: TargetProgress[] = [];
    for (const target of entry.deliver) {
      if (ports.signal.aborted) return { certificatePem: null, failure: 'Stopped: the run was interrupted; the next apply starts the onboarding again.' };
      const label = targetLabel(target);
      targets = [...targets, { target: label, state: 'writing', at: stamp() }];
      await step({ targets });
      await ports.delivery.deliver(target, bundle, `${rotation.id}/${generated.certificateId}`);
      targets = targets.map((item) => (item.target === label ? { target: label, state: 'written', at: stamp() } : item));
      await step({ targets });
    }
    await step({ state: 'delivered' });
    return { certificatePem: generated.certificatePem, failure: null };
  } catch (error) {
    return { certificatePem: null, failure: error instanceof Error ? error.message : 'The onboarding failed.' };
  }
}
