/**
 * The emulator's seed: what a NetSuite account holds before the first request. The shape of
 * schemas/emulator-seed.schema.json (ids normalised to strings by the loader). Secrets in a seed are
 * the emulator's own fake values, never real credentials.
 */
export interface EmulatorSeed {
  /** Account id in realm form (`1234567_SB1`); requests must sign with exactly this realm. */
  readonly account: string;
  readonly integrations: readonly SeedIntegration[];
  readonly entities: readonly SeedEntity[];
  readonly roles: readonly SeedRole[];
  readonly tokens: readonly SeedToken[];
  readonly loginAudit?: readonly SeedLoginAuditRow[];
  /** OAuth 2.0 Client Credentials (M2M) Setup: each mapping of (integration, entity, role) with its certificates. */
  readonly mappings?: readonly SeedMapping[];
}

/** Enabled integrations authenticate; blocked ones are refused (`consumer_key_refused`), reversibly. */
export type IntegrationState = 'enabled' | 'blocked';

/**
 * The authentication boxes checked on an integration record: Token-based Authentication, and the
 * Client Credentials (Machine to Machine) Grant.
 */
export const INTEGRATION_GRANTS = ['tba', 'client-credentials'] as const;
export type IntegrationGrant = (typeof INTEGRATION_GRANTS)[number];

export interface SeedIntegration {
  readonly id: string;
  readonly name: string;
  /** Also the OAuth 2.0 client ID: NetSuite shows one value, "Consumer Key / Client ID". */
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly state: IntegrationState;
  /** The record's Application ID (a UUID); derived from the account and id when omitted. */
  readonly applicationId?: string;
  /** Defaults to `['tba']`, what every integration of a Part I seed has. */
  readonly grants?: readonly IntegrationGrant[];
  /** The "TBA: Authorization Flow" box (the three-step flow may mint tokens); default false. */
  readonly tbaAuthorizationFlow?: boolean;
  /** The record's Callback URL; `http://localhost:*` matches any port on localhost, as NetSuite allows. */
  readonly callbackUrl?: string;
}

export interface SeedEntity {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
}

/**
 * Permission ids (as SuiteCloud names them) a seed may give a role. The emulator enforces two of them:
 * `ADMI_LOGIN_OAUTH2` at the M2M token endpoint and `ADMI_MANAGE_OWN_OAUTH2_CERTS` on the certificates
 * API; the others document the role (TBA and SuiteQL do not check permissions).
 */
export const ROLE_PERMISSIONS = [
  'ADMI_LOGIN_OAUTH2',
  'ADMI_MANAGE_OWN_OAUTH2_CERTS',
  'ADMI_MANAGE_OAUTH2',
  'ADMI_RESTWEBSERVICES',
  'ADMI_AUDITLOGIN',
  'ADMI_MANAGE_OAUTH_TOKENS',
  'ADMI_MANAGE_OWN_OAUTH_TOKENS',
  'ADMI_WEBSERVICES',
  'ADMI_INTEGRAPP',
  'LIST_INTEGRAPP',
] as const;
export type RolePermission = (typeof ROLE_PERMISSIONS)[number];

export interface SeedRole {
  readonly id: string;
  readonly name: string;
  readonly permissions?: readonly RolePermission[];
}

/** Key types NetSuite accepts for M2M certificates, by the names the desired-state file uses. */
export const CERTIFICATE_KEY_ALGORITHMS = ['ec-p256', 'ec-p384', 'ec-p521', 'rsa-3072', 'rsa-4096'] as const;
export type CertificateKeyAlgorithm = (typeof CERTIFICATE_KEY_ALGORITHMS)[number];

/** One row of OAuth 2.0 Client Credentials (M2M) Setup: who an integration signs in as, with which certificates. */
export interface SeedMapping {
  /** A handle for tests and the demo (`RunningEmulator.m2mCredentials(name)`); not a NetSuite field. */
  readonly name: string;
  /** Ids of the integration, entity and role records. */
  readonly integration: string;
  readonly entity: string;
  readonly role: string;
  readonly certificates: readonly SeedCertificate[];
}

interface SeedCertificateState {
  /** ISO-8601 instant; defaults to the start of validity. */
  readonly created?: string;
  readonly revoked?: boolean;
  /** ISO-8601 instant; with `revoked`, defaults to the emulator's start. */
  readonly revokedAt?: string;
}

/**
 * A certificate whose key the emulator generates at start, so seeds stay readable. Validity is either
 * absolute (`validUntil`, optionally `validFrom`) or relative to the emulator's clock at start
 * (`expiresIn`, optionally `validity`; both `<days>d`); by default it expires 365 days after start.
 */
export interface GeneratedSeedCertificate extends SeedCertificateState {
  readonly generate: CertificateKeyAlgorithm;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly expiresIn?: string;
  readonly validity?: string;
}

/** A certificate given as PEM; with `privateKeyPem` (a fake, PKCS#8) the emulator can also sign with it for tests. */
export interface GivenSeedCertificate extends SeedCertificateState {
  readonly certificatePem: string;
  readonly privateKeyPem?: string;
}

export type SeedCertificate = GeneratedSeedCertificate | GivenSeedCertificate;

export interface SeedToken {
  readonly id: string;
  readonly name: string;
  /** Ids of the integration, entity and role records. */
  readonly integration: string;
  readonly entity: string;
  readonly role: string;
  /** ISO-8601 instant. */
  readonly created: string;
  readonly inactive?: boolean;
  readonly revoked?: boolean;
  /** ISO-8601 instant; required when `revoked` is true. */
  readonly revokedAt?: string;
  /** The token's key and secret; omitted when nobody holds them (the token then cannot sign). */
  readonly tokenId?: string;
  readonly tokenSecret?: string;
  /** Entity id of whoever created the token; defaults to the token's own entity. */
  readonly createdBy?: string;
}

export type LoginStatus = 'Success' | 'Failure';

/** One Login Audit Trail row. Application and token are NAMES as NetSuite stored them at login time. */
export interface SeedLoginAuditRow {
  readonly date: string;
  readonly status: LoginStatus;
  readonly application?: string;
  readonly token?: string;
  /** Entity and role ids. */
  readonly user?: string;
  readonly role?: string;
  readonly emailAddress?: string;
  readonly ipAddress?: string;
  readonly requestUri?: string;
  readonly detail?: string;
  readonly secChallenge?: string;
  readonly userAgent?: string;
}
