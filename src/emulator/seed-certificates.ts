import { generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { inspectCertificatePem, shortenedValidity } from './certificate-inspection.js';
import type { CertificateRecord } from './certificate-store.js';
import type { CertificateKeyAlgorithm, EmulatorSeed, GeneratedSeedCertificate, SeedCertificate, SeedMapping } from './seed.js';
import { certificateFor } from './x509-writer.js';

/**
 * Turns the seed's mappings into certificate records when the emulator starts: certificates given as
 * PEM are read; the others get a fresh key and a certificate (keys made in parallel, off the main
 * thread). Private keys stay in memory, reachable only through `RunningEmulator.m2mCredentials`.
 */
export interface SeededCertificate {
  readonly record: CertificateRecord;
  /** PKCS#8 PEM, when the emulator holds the key (generated, or given as privateKeyPem). */
  readonly privateKeyPem: string | null;
}

export interface SeededMapping {
  readonly mapping: SeedMapping;
  /** In the seed's order. */
  readonly certificates: readonly SeededCertificate[];
}

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 365;
const generateKeyPairAsync = promisify(generateKeyPair);

export async function materializeMappings(seed: EmulatorSeed, now: Date): Promise<SeededMapping[]> {
  return Promise.all(
    (seed.mappings ?? []).map(async (mapping) => ({
      mapping,
      certificates: await Promise.all(mapping.certificates.map((certificate) => materialize(mapping, certificate, now))),
    })),
  );
}

async function materialize(mapping: SeedMapping, certificate: SeedCertificate, now: Date): Promise<SeededCertificate> {
  let pem: string;
  let privateKeyPem: string | null;
  if ('generate' in certificate) {
    const keys = await generateKeys(certificate.generate);
    const { notBefore, notAfter } = generatedValidity(certificate, now);
    pem = certificateFor(keys, `${mapping.name} (netsuite-token-gitops emulator, NOT NetSuite)`, notBefore, notAfter).pem;
    privateKeyPem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  } else {
    pem = certificate.certificatePem;
    privateKeyPem = certificate.privateKeyPem ?? null;
  }
  const inspection = inspectCertificatePem(pem);
  // The seed's validation read every given PEM already, and generated ones are made to fit.
  if (!inspection.ok) throw new Error(`seeded certificate of mapping ${mapping.name} is unreadable: ${inspection.problem}`);
  const validity = shortenedValidity(inspection.certificate);
  const revokedAt = certificate.revoked === true ? (certificate.revokedAt === undefined ? now : new Date(certificate.revokedAt)) : null;
  return {
    record: {
      id: inspection.certificate.id,
      integrationId: mapping.integration,
      entityId: mapping.entity,
      roleId: mapping.role,
      keyAlgorithm: inspection.certificate.keyAlgorithm,
      publicKey: inspection.certificate.publicKey,
      pem: inspection.certificate.pem,
      ...validity,
      created: certificate.created === undefined ? validity.validFrom : new Date(certificate.created),
      revokedAt,
    },
    privateKeyPem,
  };
}

/** Absolute (`validUntil`, `validFrom`) or relative to the start (`expiresIn`, `validity`); a year from now by default. */
export function generatedValidity(certificate: GeneratedSeedCertificate, now: Date): { readonly notBefore: Date; readonly notAfter: Date } {
  if (certificate.validUntil !== undefined) {
    const notAfter = new Date(certificate.validUntil);
    return { notBefore: certificate.validFrom === undefined ? new Date(notAfter.getTime() - DEFAULT_DAYS * DAY_MS) : new Date(certificate.validFrom), notAfter };
  }
  const notAfter = new Date(now.getTime() + daysOf(certificate.expiresIn) * DAY_MS);
  return { notBefore: new Date(notAfter.getTime() - daysOf(certificate.validity) * DAY_MS), notAfter };
}

function daysOf(text: string | undefined): number {
  return text === undefined ? DEFAULT_DAYS : Number(text.slice(0, -1));
}

function generateKeys(algorithm: CertificateKeyAlgorithm): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  switch (algorithm) {
    case 'ec-p256':
      return generateKeyPairAsync('ec', { namedCurve: 'P-256' });
    case 'ec-p384':
      return generateKeyPairAsync('ec', { namedCurve: 'P-384' });
    case 'ec-p521':
      return generateKeyPairAsync('ec', { namedCurve: 'P-521' });
    case 'rsa-3072':
      return generateKeyPairAsync('rsa', { modulusLength: 3072 });
    case 'rsa-4096':
      return generateKeyPairAsync('rsa', { modulusLength: 4096 });
  }
}
