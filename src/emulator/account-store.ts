import { createHash } from 'node:crypto';
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';
import { tokenStateFromFlags, type TokenState } from '../domain/kinds/tba-token/token.js';
import type { EmulatorSeed, IntegrationGrant, IntegrationState, LoginStatus, RolePermission, SeedLoginAuditRow, SeedToken } from './seed.js';
import { dateOfJulianDay, julianDayOf } from './oracle-datetime.js';
import { registerSuiteQLFunctions } from './suiteql-functions.js';
import { TbaAuthorizations } from './tba-authorizations.js';
import { DISPLAY_NAME_TABLE } from './suiteql-dialect.js';

/**
 * The emulated account: its records live in an SQLite database (sql.js) under NetSuite's table and
 * field ids, so SuiteQL runs on a real SQL engine. Secrets never enter that database (SuiteQL could
 * read them); they stay in maps here. The connection is query-only except inside {@link mutate}.
 */
const SCHEMA = `
CREATE TABLE integration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL);
CREATE TABLE entity (id INTEGER PRIMARY KEY, entityid TEXT NOT NULL, email TEXT);
CREATE TABLE role (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE oauthtoken (
  id INTEGER PRIMARY KEY, tba_token_name TEXT NOT NULL, tba_app_name INTEGER, entity_name INTEGER,
  role_name INTEGER, createdby INTEGER, dcreated REAL, binactive TEXT NOT NULL, brevoked TEXT NOT NULL, drevoked REAL);
CREATE TABLE loginaudit (
  date REAL NOT NULL, status TEXT NOT NULL, oauthappname TEXT, oauthaccesstokenname TEXT, user INTEGER,
  role INTEGER, emailaddress TEXT, ipaddress TEXT, requesturi TEXT, detail TEXT, secchallenge TEXT, useragent TEXT);
CREATE TABLE ${DISPLAY_NAME_TABLE} (kind TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
`;

/** Built after the seed is loaded: sorting once is much faster than growing an index row by row. */
const INDEXES = `
CREATE INDEX oauthtoken_by_name ON oauthtoken (tba_token_name);
-- Covers the "last successful login per token" aggregation: no table access, groups in index order.
CREATE INDEX loginaudit_by_token ON loginaudit (status, oauthaccesstokenname, oauthappname, date);
`;

export interface TokenRecord {
  readonly id: string;
  readonly name: string;
  readonly integrationId: string;
  readonly entityId: string;
  readonly roleId: string;
  readonly createdBy: string | null;
  readonly created: Date;
  readonly inactive: boolean;
  readonly revoked: boolean;
  readonly revokedAt: Date | null;
  readonly state: TokenState;
}

export interface IntegrationRecord {
  readonly id: string;
  readonly name: string;
  /** Also the OAuth 2.0 client ID: NetSuite shows one value, "Consumer Key / Client ID" [3P]. */
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly state: IntegrationState;
  readonly applicationId: string;
  readonly grants: readonly IntegrationGrant[];
  /** "TBA: Authorization Flow" checked, and the Callback URL the flow's oauth_callback must match (null: none set). */
  readonly tbaAuthorizationFlow: boolean;
  readonly callbackUrl: string | null;
}

export interface NamedRecord {
  readonly id: string;
  readonly name: string;
}

/** A token's signing secret, found by its token key (the `oauth_token` value). */
export interface TokenCredentialRecord {
  readonly tokenInternalId: string;
  readonly tokenSecret: string;
}

export interface LoginAuditEntry {
  readonly date: Date;
  readonly status: LoginStatus;
  readonly application: string | null;
  readonly token: string | null;
  readonly userId: string | null;
  readonly roleId: string | null;
  readonly emailAddress: string | null;
  readonly ipAddress: string | null;
  readonly requestUri: string | null;
  readonly detail: string | null;
  readonly secChallenge: string | null;
  readonly userAgent: string | null;
}

export type StoreChange<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: 'not-found' | 'revoked' | 'unknown-reference'; readonly message: string };

export interface NewToken {
  readonly name: string | null;
  readonly integrationId: string;
  readonly entityId: string;
  readonly roleId: string;
  readonly inactive: boolean;
  readonly tokenKey: string;
  readonly tokenSecret: string;
  readonly created: Date;
}

const TOKEN_COLUMNS = 'id, tba_token_name, tba_app_name, entity_name, role_name, createdby, dcreated, binactive, brevoked, drevoked';

export class AccountStore {
  readonly account: string;
  readonly database: Database;
  private readonly integrations = new Map<string, IntegrationRecord>();
  private readonly integrationByConsumerKey = new Map<string, string>();
  private readonly tokenCredentials = new Map<string, TokenCredentialRecord>();
  /** Names for BUILTIN.DF (mirrored in the display-name table); kept after a record is deleted. */
  private readonly displayNames = { integration: new Map<string, string>(), entity: new Map<string, string>(), role: new Map<string, string>() };
  private readonly entityIds = new Set<string>();
  private readonly rolePermissionSets = new Map<string, ReadonlySet<RolePermission>>();
  private readonly statements = new Map<string, Statement>();
  private changes = 0;
  /** Request tokens of the three-step TBA authorization flow, pending or approved, never in SuiteQL. */
  readonly authorizations = new TbaAuthorizations();

  constructor(sql: SqlJsStatic, seed: EmulatorSeed) {
    this.account = seed.account;
    this.database = new sql.Database();
    this.database.exec(SCHEMA);
    // Oracle's LIKE is case-sensitive; SQLite's is not unless told. Sorting 100,000 rows stays in memory.
    this.database.exec('PRAGMA case_sensitive_like = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;');
    registerSuiteQLFunctions(this.database);
    this.database.exec('PRAGMA query_only = ON;');
    this.mutate(() => {
      for (const integration of seed.integrations) this.putIntegration(integration);
      for (const entity of seed.entities) {
        this.run('INSERT INTO entity (id, entityid, email) VALUES (?, ?, ?)', [Number(entity.id), entity.name, entity.email ?? null]);
        this.entityIds.add(entity.id);
        this.putDisplayName('entity', entity.id, entity.name);
      }
      for (const role of seed.roles) {
        this.run('INSERT INTO role (id, name) VALUES (?, ?)', [Number(role.id), role.name]);
        this.rolePermissionSets.set(role.id, new Set(role.permissions ?? []));
        this.putDisplayName('role', role.id, role.name);
      }
      for (const token of seed.tokens) this.putSeedToken(token);
      for (const row of seed.loginAudit ?? []) this.insertLoginRow(loginEntryOfSeedRow(row));
      this.database.exec(INDEXES);
    });
  }

  close(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
    this.database.close();
  }

  // ---- reads -------------------------------------------------------------------------------------

  /** Counts committed changes; a cached query result is current while this has not moved. */
  get version(): number {
    return this.changes;
  }

  integrationByKey(consumerKey: string): IntegrationRecord | undefined {
    const id = this.integrationByConsumerKey.get(consumerKey);
    return id === undefined ? undefined : this.integrations.get(id);
  }

  integration(id: string): IntegrationRecord | undefined {
    return this.integrations.get(id);
  }

  credentialsOfTokenKey(tokenKey: string): TokenCredentialRecord | undefined {
    return this.tokenCredentials.get(tokenKey);
  }

  token(id: string): TokenRecord | undefined {
    const row = this.queryRows(`SELECT ${TOKEN_COLUMNS} FROM oauthtoken WHERE id = ?`, [Number(id)])[0];
    return row === undefined ? undefined : tokenRecordOf(row);
  }

  tokens(): TokenRecord[] {
    return this.queryRows(`SELECT ${TOKEN_COLUMNS} FROM oauthtoken ORDER BY id`, []).map(tokenRecordOf);
  }

  loginAuditRowCount(): number {
    return Number(this.queryRows('SELECT COUNT(*) FROM loginaudit', [])[0]?.[0] ?? 0);
  }

  displayName(kind: 'integration' | 'entity' | 'role', id: string): string | null {
    return this.displayNames[kind].get(id) ?? null;
  }

  hasEntity(id: string): boolean {
    return this.entityIds.has(id);
  }

  /** Every entity and every role, by id, with its name: the consent page offers them. */
  entitiesAndRoles(): { readonly entities: readonly NamedRecord[]; readonly roles: readonly NamedRecord[] } {
    const named = (kind: 'entity' | 'role', ids: Iterable<string>): NamedRecord[] =>
      [...ids].sort((a, b) => Number(a) - Number(b)).map((id) => ({ id, name: this.displayNames[kind].get(id) ?? id }));
    return { entities: named('entity', this.entityIds), roles: named('role', this.rolePermissionSets.keys()) };
  }

  hasRole(id: string): boolean {
    return this.rolePermissionSets.has(id);
  }

  /** Whether role `id` exists and has `permission`. */
  roleHas(id: string, permission: RolePermission): boolean {
    return this.rolePermissionSets.get(id)?.has(permission) === true;
  }

  /** The integration whose client ID (its consumer key) this is. */
  integrationByClientId(clientId: string): IntegrationRecord | undefined {
    return this.integrationByKey(clientId);
  }

  // ---- changes (what an administrator or the token endpoints do) ---------------------------------

  revoke(id: string, at: Date): StoreChange<TokenRecord> {
    const token = this.token(id);
    if (token === undefined) return notFound(`There is no token ${id}.`);
    if (token.revoked) return { ok: false, problem: 'revoked', message: `Token ${id} is already revoked; a revoked token cannot be edited.` };
    this.mutate(() => { this.run("UPDATE oauthtoken SET brevoked = 'T', drevoked = ? WHERE id = ?", [julianDayOf(at), Number(id)]); });
    return { ok: true, value: this.requireToken(id) };
  }

  setInactive(id: string, inactive: boolean): StoreChange<TokenRecord> {
    const token = this.token(id);
    if (token === undefined) return notFound(`There is no token ${id}.`);
    if (token.revoked) return { ok: false, problem: 'revoked', message: `Token ${id} is revoked; a revoked token cannot be edited.` };
    this.mutate(() => { this.run('UPDATE oauthtoken SET binactive = ? WHERE id = ?', [inactive ? 'T' : 'F', Number(id)]); });
    return { ok: true, value: this.requireToken(id) };
  }

  rename(id: string, name: string): StoreChange<TokenRecord> {
    const token = this.token(id);
    if (token === undefined) return notFound(`There is no token ${id}.`);
    if (token.revoked) return { ok: false, problem: 'revoked', message: `Token ${id} is revoked; a revoked token cannot be edited.` };
    this.mutate(() => { this.run('UPDATE oauthtoken SET tba_token_name = ? WHERE id = ?', [name, Number(id)]); });
    return { ok: true, value: this.requireToken(id) };
  }

  createToken(request: NewToken): StoreChange<TokenRecord> {
    const integration = this.integrations.get(request.integrationId);
    if (integration === undefined) return unknownReference(`There is no integration ${request.integrationId}.`);
    if (!this.entityIds.has(request.entityId)) return unknownReference(`There is no entity ${request.entityId}.`);
    if (!this.rolePermissionSets.has(request.roleId)) return unknownReference(`There is no role ${request.roleId}.`);
    const maxId = Number(this.queryRows('SELECT MAX(id) FROM oauthtoken', [])[0]?.[0] ?? 0);
    const id = String(maxId + 1);
    const name = request.name ?? `${integration.name} - ${this.displayNames.entity.get(request.entityId) ?? request.entityId} - ${this.displayNames.role.get(request.roleId) ?? request.roleId}`;
    this.mutate(() => {
      this.putToken({ id, name, integrationId: request.integrationId, entityId: request.entityId, roleId: request.roleId, createdBy: request.entityId, created: request.created, inactive: request.inactive, revokedAt: null });
    });
    this.tokenCredentials.set(request.tokenKey, { tokenInternalId: id, tokenSecret: request.tokenSecret });
    return { ok: true, value: this.requireToken(id) };
  }

  /** NetSuite deletes an entity's tokens with the entity: their rows vanish. */
  deleteEntity(id: string): StoreChange<readonly string[]> {
    if (!this.entityIds.has(id)) return notFound(`There is no entity ${id}.`);
    const tokenIds = this.queryRows('SELECT id FROM oauthtoken WHERE entity_name = ? ORDER BY id', [Number(id)]).map((row) => String(row[0]));
    this.mutate(() => {
      this.run('DELETE FROM oauthtoken WHERE entity_name = ?', [Number(id)]);
      this.run('DELETE FROM entity WHERE id = ?', [Number(id)]);
    });
    this.entityIds.delete(id);
    this.forgetCredentials(new Set(tokenIds));
    return { ok: true, value: tokenIds };
  }

  /** NetSuite revokes an integration's tokens when the integration record is deleted. */
  deleteIntegration(id: string, at: Date): StoreChange<readonly string[]> {
    const integration = this.integrations.get(id);
    if (integration === undefined) return notFound(`There is no integration ${id}.`);
    const tokenIds = this.queryRows("SELECT id FROM oauthtoken WHERE tba_app_name = ? AND brevoked = 'F' ORDER BY id", [Number(id)]).map((row) => String(row[0]));
    this.mutate(() => {
      this.run("UPDATE oauthtoken SET brevoked = 'T', drevoked = ? WHERE tba_app_name = ? AND brevoked = 'F'", [julianDayOf(at), Number(id)]);
      this.run('DELETE FROM integration WHERE id = ?', [Number(id)]);
    });
    this.integrations.delete(id);
    this.integrationByConsumerKey.delete(integration.consumerKey);
    return { ok: true, value: tokenIds };
  }

  setIntegrationState(id: string, state: IntegrationState): StoreChange<IntegrationRecord> {
    const integration = this.integrations.get(id);
    if (integration === undefined) return notFound(`There is no integration ${id}.`);
    const changed = { ...integration, state };
    this.integrations.set(id, changed);
    this.mutate(() => { this.run('UPDATE integration SET state = ? WHERE id = ?', [integrationStateLabel(state), Number(id)]); });
    return { ok: true, value: changed };
  }

  /** The authentication boxes of an integration record (Token-based Authentication, Client Credentials). */
  setIntegrationGrants(id: string, grants: readonly IntegrationGrant[]): StoreChange<IntegrationRecord> {
    const integration = this.integrations.get(id);
    if (integration === undefined) return notFound(`There is no integration ${id}.`);
    const changed = { ...integration, grants: [...grants] };
    this.integrations.set(id, changed);
    return { ok: true, value: changed };
  }

  addLoginRows(entries: readonly LoginAuditEntry[]): void {
    this.mutate(() => {
      for (const entry of entries) this.insertLoginRow(entry);
    });
  }

  // ---- internals ---------------------------------------------------------------------------------

  /** Runs writes with the connection briefly writable; SuiteQL never runs inside. */
  private mutate(write: () => void): void {
    this.database.exec('PRAGMA query_only = OFF; BEGIN;');
    try {
      write();
      this.database.exec('COMMIT;');
      this.changes += 1;
    } catch (error) {
      this.database.exec('ROLLBACK;');
      throw error;
    } finally {
      this.database.exec('PRAGMA query_only = ON;');
    }
  }

  private putIntegration(integration: EmulatorSeed['integrations'][number]): void {
    const record: IntegrationRecord = {
      id: integration.id,
      name: integration.name,
      consumerKey: integration.consumerKey,
      consumerSecret: integration.consumerSecret,
      state: integration.state,
      applicationId: integration.applicationId ?? derivedApplicationId(this.account, integration.id),
      grants: integration.grants ?? ['tba'],
      tbaAuthorizationFlow: integration.tbaAuthorizationFlow ?? false,
      callbackUrl: integration.callbackUrl ?? null,
    };
    this.integrations.set(record.id, record);
    this.integrationByConsumerKey.set(record.consumerKey, record.id);
    this.putDisplayName('integration', record.id, record.name);
    this.run('INSERT INTO integration (id, name, state) VALUES (?, ?, ?)', [Number(record.id), record.name, integrationStateLabel(record.state)]);
  }

  private putDisplayName(kind: 'integration' | 'entity' | 'role', id: string, name: string): void {
    this.displayNames[kind].set(id, name);
    this.run(`INSERT INTO ${DISPLAY_NAME_TABLE} (kind, id, name) VALUES (?, ?, ?)`, [kind, Number(id), name]);
  }

  private putSeedToken(token: SeedToken): void {
    this.putToken({
      id: token.id,
      name: token.name,
      integrationId: token.integration,
      entityId: token.entity,
      roleId: token.role,
      createdBy: token.createdBy ?? token.entity,
      created: new Date(token.created),
      inactive: token.inactive ?? false,
      revokedAt: token.revoked === true && token.revokedAt !== undefined ? new Date(token.revokedAt) : null,
    });
    if (token.tokenId !== undefined && token.tokenSecret !== undefined) {
      this.tokenCredentials.set(token.tokenId, { tokenInternalId: token.id, tokenSecret: token.tokenSecret });
    }
  }

  private putToken(token: { id: string; name: string; integrationId: string; entityId: string; roleId: string; createdBy: string | null; created: Date; inactive: boolean; revokedAt: Date | null }): void {
    this.run(`INSERT INTO oauthtoken (${TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      Number(token.id),
      token.name,
      Number(token.integrationId),
      Number(token.entityId),
      Number(token.roleId),
      token.createdBy === null ? null : Number(token.createdBy),
      julianDayOf(token.created),
      token.inactive ? 'T' : 'F',
      token.revokedAt === null ? 'F' : 'T',
      token.revokedAt === null ? null : julianDayOf(token.revokedAt),
    ]);
  }

  private insertLoginRow(entry: LoginAuditEntry): void {
    this.run(
      'INSERT INTO loginaudit (date, status, oauthappname, oauthaccesstokenname, user, role, emailaddress, ipaddress, requesturi, detail, secchallenge, useragent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        julianDayOf(entry.date), entry.status, entry.application, entry.token,
        entry.userId === null ? null : Number(entry.userId), entry.roleId === null ? null : Number(entry.roleId),
        entry.emailAddress, entry.ipAddress, entry.requestUri, entry.detail, entry.secChallenge, entry.userAgent,
      ],
    );
  }

  private forgetCredentials(tokenIds: ReadonlySet<string>): void {
    for (const [key, credentials] of this.tokenCredentials) {
      if (tokenIds.has(credentials.tokenInternalId)) this.tokenCredentials.delete(key);
    }
  }

  private requireToken(id: string): TokenRecord {
    const token = this.token(id);
    if (token === undefined) throw new Error(`token ${id} vanished during a change`);
    return token;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private run(sql: string, params: SqlValue[]): void {
    const statement = this.statement(sql);
    try {
      statement.run(params);
    } finally {
      statement.reset();
    }
  }

  private queryRows(sql: string, params: SqlValue[]): SqlValue[][] {
    const statement = this.statement(sql);
    const rows: SqlValue[][] = [];
    try {
      statement.bind(params);
      while (statement.step()) rows.push(statement.get());
    } finally {
      statement.reset();
    }
    return rows;
  }
}

export function loginEntryOfSeedRow(row: SeedLoginAuditRow): LoginAuditEntry {
  return {
    date: new Date(row.date),
    status: row.status,
    application: row.application ?? null,
    token: row.token ?? null,
    userId: row.user ?? null,
    roleId: row.role ?? null,
    emailAddress: row.emailAddress ?? null,
    ipAddress: row.ipAddress ?? null,
    requestUri: row.requestUri ?? null,
    detail: row.detail ?? null,
    secChallenge: row.secChallenge ?? null,
    userAgent: row.userAgent ?? null,
  };
}

/** A stable UUID-shaped Application ID for integrations whose seed gives none. */
function derivedApplicationId(account: string, id: string): string {
  const hex = createHash('sha256').update(`${account}/integration/${id}`).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function integrationStateLabel(state: IntegrationState): string {
  switch (state) {
    case 'enabled':
      return 'Enabled';
    case 'blocked':
      return 'Blocked';
  }
}

function tokenRecordOf(row: readonly SqlValue[]): TokenRecord {
  const [id, name, integrationId, entityId, roleId, createdBy, created, inactive, revoked, revokedAt] = row;
  const flags = { inactive: inactive === 'T', revoked: revoked === 'T' };
  return {
    id: String(id),
    name: String(name),
    integrationId: String(integrationId),
    entityId: String(entityId),
    roleId: String(roleId),
    createdBy: createdBy === null || createdBy === undefined ? null : String(createdBy),
    created: dateOfJulianDay(Number(created)),
    ...flags,
    revokedAt: typeof revokedAt === 'number' ? dateOfJulianDay(revokedAt) : null,
    state: tokenStateFromFlags(flags),
  };
}

function notFound<T>(message: string): StoreChange<T> {
  return { ok: false, problem: 'not-found', message };
}

function unknownReference<T>(message: string): StoreChange<T> {
  return { ok: false, problem: 'unknown-reference', message };
}
