import type { ObservationListener, TokenObservation } from './domain/observation.js';
import type { RunReport } from './domain/report.js';
import type { StatusFile } from './domain/status.js';
import type { M2mCredentials, TbaCredentials } from './secrets/credentials.js';
import type { Secret } from './secrets/secret.js';
import type { CertificateAlgorithm, DeliveryTarget } from './domain/desired.js';
import type { ObservedCertificate, ObservedMapping } from './domain/kinds/m2m-certificate/certificate.js';

/**
 * The ports reconcile talks to. Adapters implement them with a technology (SuiteQL over HTTP, the file
 * system, git and the GitHub API); tests plug in the same adapters against loopback counterparts.
 */

/** Reads every token of the account and when each was last used. */
export interface TokenDirectory {
  /**
   * `listener` hears each page as it arrives (planning starts before the last one). Aborting `signal`
   * stops the reading: nothing more is sent, and the promise rejects.
   */
  observe(progress?: ProgressSink, listener?: ObservationListener, signal?: AbortSignal): Promise<TokenObservation>;
}

/** One declared certificate mapping to observe, with its own credentials when they resolve. */
export interface MappingToObserve {
  readonly mapping: string;
  readonly clientId: string;
  /** Null when its credentials do not resolve: only the mapping's own token may list its certificates. */
  readonly credentials: M2mCredentials | null;
  /** The variables that are not set, for the finding. */
  readonly missing: readonly string[];
  /** Declared revoked and recorded as all revoked: no sign-in is attempted. */
  readonly retired: boolean;
}

/** Lists each mapping's certificates through the certificates API, with a token of that mapping (SPEC §11). */
export interface CertificateDirectory {
  observe(mappings: readonly MappingToObserve[]): Promise<readonly ObservedMapping[]>;
  /** One mapping's certificates, listed with a token of the given credentials. */
  list(credentials: M2mCredentials): Promise<readonly ObservedCertificate[]>;
  /**
   * Signs in with the credentials (the client-credentials token request alone) and says whom the token
   * acts as, from its `sub`; null when NetSuite's token does not say. How a new certificate is verified.
   */
  signIn(credentials: M2mCredentials): Promise<{ readonly role: string; readonly entity: string } | null>;
}

/**
 * Carries out the changes NetSuite's public APIs allow: one method per kind and action that has an API.
 * Reconcile chooses the method by switching on the change; everything else is administrator work.
 */
export interface ChangeExecutor {
  /** Revokes a TBA token through `rest/revoketoken`, signed with that token's own credentials (NetSuite's only revoke API). */
  revokeToken(credentials: TbaCredentials): Promise<void>;
  /** Revokes a certificate of a mapping through the certificates API, with that mapping's own token. */
  revokeCertificate(credentials: M2mCredentials, certificateId: string): Promise<void>;
  /**
   * Uploads a certificate (public PEM) for an entity and role with the mapping's own token. Sent once:
   * a lost reply may hide an upload that took effect, so the caller lists before trying again. Returns
   * the id NetSuite gave it, or null when the reply names none.
   */
  uploadCertificate(credentials: M2mCredentials, upload: { readonly certificatePem: string; readonly entity: string; readonly role: string }): Promise<string | null>;
}

/** A new key and its self-signed certificate (SPEC §12.1 step 1). The key lives only in memory. */
export interface GeneratedCertificate {
  /** base64url(SHA-256(DER)), unpadded: the id NetSuite gives it, known before upload. */
  readonly certificateId: string;
  /** Public: the upload body's fileContent, and what an administrator uploads when onboarding. */
  readonly certificatePem: string;
  /** The JWS algorithm its key signs with. */
  readonly algorithm: 'ES256' | 'ES384' | 'ES512' | 'PS256';
  readonly privateKey: Secret;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** Makes keys and certificates; RSA keys off the main thread. */
export interface CertificateFactory {
  generate(request: { readonly algorithm: CertificateAlgorithm; readonly commonName: string; readonly validityMs: number; readonly now: Date }): Promise<GeneratedCertificate>;
}

/**
 * Puts a new credentials bundle (SPEC §12.3) where its consumers read it (SPEC §12.2): a GitHub Actions
 * secret, an AWS Secrets Manager secret or a file. One adapter dispatches on the target's kind and loads
 * a store's SDK only when a target of that kind is used.
 */
export interface BundleDelivery {
  /**
   * Everything about the target that can be checked before NetSuite is asked anything: it exists, the
   * name is one the store accepts, credentials for the store are present, a file would not be committed.
   * Throws an OperatorError (one sentence and what to do); writes nothing.
   */
  preflight(target: DeliveryTarget): Promise<void>;
  /**
   * Only what depends on the repository the file is in: a `file` target git would commit is refused
   * (an OperatorError); nothing else is asked (whether its directory exists or may be written is the
   * machine's that delivers), and other kinds pass. What `plan` checks, wherever it runs.
   */
  checkNotCommitted(target: DeliveryTarget): Promise<void>;
  /**
   * Whether the target holds a value already: the file exists, the GitHub secret exists, the AWS secret
   * has a current version. Onboarding asks first (SPEC §11): a new mapping's targets hold nothing, and
   * writing a first key over what one holds could replace its consumers' working bundle.
   */
  holdsValue(target: DeliveryTarget): Promise<boolean>;
  /**
   * Writes the bundle and verifies the write where the store allows (GitHub: the secret's updated_at;
   * AWS: the version holds AWSCURRENT; file: read back). Idempotent for the same `rotationId`: a retry
   * after a crash writes the same place again and never leaves two versions current.
   */
  deliver(target: DeliveryTarget, bundle: Secret, rotationId: string): Promise<void>;
}

/** Receives progress of long work (pages fetched); a terminal shows it, CI prints plain lines. */
export interface ProgressSink {
  update(done: number, total: number, what: string): void;
}

/** Where a run's record lives between runs (the status file): read at the start, written at the end. */
export interface StatusRecord {
  /** Where the record is, for messages and for publishing it. */
  readonly location: string;
  /** The previous run's record, or null when there is none yet. */
  read(): Promise<StatusFile | null>;
  write(status: StatusFile): Promise<void>;
}

/**
 * Publishes the results of a run for review: the person's terminal, the job summary, the results pull
 * request and the dashboard issue. Reconcile calls each in turn after the record is written.
 */
export interface ResultsPublisher {
  publish(report: RunReport, statusFile: string): Promise<PublishOutcome>;
}

export interface PublishOutcome {
  readonly pullRequestUrl: string | null;
  readonly dashboardIssueUrl: string | null;
}

/** The process environment as a plain value, injected so tests need no global patching. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface Clock {
  now(): Date;
}
