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
}

/** Enabled integrations authenticate; blocked ones are refused (`consumer_key_refused`), reversibly. */
export type IntegrationState = 'enabled' | 'blocked';

export interface SeedIntegration {
  readonly id: string;
  readonly name: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly state: IntegrationState;
}

export interface SeedEntity {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
}

export interface SeedRole {
  readonly id: string;
  readonly name: string;
}

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
