import { SCHEMA_FILES, loadValidator } from '../schemas/validators.js';
import { schemaProblems, type SchemaProblem } from '../schemas/schema-problems.js';
import type { EmulatorSeed, SeedLoginAuditRow } from './seed.js';

/** A problem in a seed, pointed at by a JSON pointer path; `at: 'key'` means the key itself. */
export type SeedProblem = SchemaProblem;

export const SEED_SCHEMA_FILE = SCHEMA_FILES['emulator-seed'];

const INTERNAL_ID = /^[1-9][0-9]{0,14}$/;
const WHOLE_SEED = 'The seed';

// Compiled at build time from schemas/emulator-seed.schema.json (scripts/validator-catalog.ts says how);
// loaded with this module so checking stays synchronous.
const checkSeed = await loadValidator('emulator-seed');
const checkLoginRow = await loadValidator('emulator-login-audit-row');

/** Checks a parsed seed against the schema, then the rules a schema cannot express (unique ids, references, dates). */
export function seedProblems(value: unknown): readonly SeedProblem[] {
  const check = checkSeed(value);
  if (!check.valid) return schemaProblems(check.errors, WHOLE_SEED);
  return semanticProblems(normalizeSeed(check.value));
}

/** Checks rows for the control endpoint's `POST /__emulator/loginaudit`. */
export function loginRowProblems(rows: unknown): readonly SeedProblem[] {
  if (!Array.isArray(rows)) return [{ path: [], at: 'value', message: 'rows must be a list of login audit rows' }];
  return rows.flatMap((row, index) => {
    const check = checkLoginRow(row);
    return check.valid ? [] : schemaProblems(check.errors, WHOLE_SEED).map((problem) => ({ ...problem, path: [index, ...problem.path] }));
  });
}

type RawId = string | number;
type RawSeed = Omit<EmulatorSeed, 'integrations' | 'entities' | 'roles' | 'tokens' | 'loginAudit'> & {
  readonly integrations: readonly (Omit<EmulatorSeed['integrations'][number], 'id'> & { id: RawId })[];
  readonly entities: readonly (Omit<EmulatorSeed['entities'][number], 'id'> & { id: RawId })[];
  readonly roles: readonly (Omit<EmulatorSeed['roles'][number], 'id'> & { id: RawId })[];
  readonly tokens: readonly RawToken[];
  readonly loginAudit?: readonly RawLoginRow[];
};
type RawToken = Omit<EmulatorSeed['tokens'][number], 'id' | 'integration' | 'entity' | 'role' | 'createdBy'> & {
  id: RawId; integration: RawId; entity: RawId; role: RawId; createdBy?: RawId;
};
type RawLoginRow = Omit<SeedLoginAuditRow, 'user' | 'role'> & { user?: RawId; role?: RawId };

/** A schema-valid seed with every id as a string (YAML lets people write ids unquoted). */
export function normalizeSeed(raw: unknown): EmulatorSeed {
  const seed = raw as RawSeed;
  const loginAudit = seed.loginAudit === undefined ? undefined : normalizeLoginRows(seed.loginAudit);
  return {
    account: seed.account,
    integrations: seed.integrations.map((integration) => ({ ...integration, id: String(integration.id) })),
    entities: seed.entities.map((entity) => ({ ...entity, id: String(entity.id) })),
    roles: seed.roles.map((role) => ({ ...role, id: String(role.id) })),
    tokens: seed.tokens.map(({ createdBy, ...token }) => ({
      ...token,
      id: String(token.id),
      integration: String(token.integration),
      entity: String(token.entity),
      role: String(token.role),
      ...(createdBy === undefined ? {} : { createdBy: String(createdBy) }),
    })),
    ...(loginAudit === undefined ? {} : { loginAudit }),
  };
}

/** Schema-valid login rows with user and role ids as strings. */
export function normalizeLoginRows(rows: readonly unknown[]): SeedLoginAuditRow[] {
  return (rows as readonly RawLoginRow[]).map(({ user, role, ...row }) => ({
    ...row,
    ...(user === undefined ? {} : { user: String(user) }),
    ...(role === undefined ? {} : { role: String(role) }),
  }));
}

/** Rules beyond the schema: unique ids and keys, references that resolve, dates that exist and make sense. */
export function semanticProblems(seed: EmulatorSeed): readonly SeedProblem[] {
  const problems: SeedProblem[] = [];
  const unique = (collection: string, values: readonly (string | undefined)[], what: string): Set<string> => {
    const firstAt = new Map<string, number>();
    values.forEach((value, index) => {
      if (value === undefined) return;
      const first = firstAt.get(value);
      if (first === undefined) firstAt.set(value, index);
      else problems.push({ path: [collection, index, what], at: 'value', message: `${what} ${JSON.stringify(value)} is already used by entry ${first + 1} of ${collection}; make it unique.` });
    });
    return new Set(firstAt.keys());
  };
  // A seed built in code skips the schema; the SQL tables need ids that are whole numbers.
  const checkId = (path: readonly (string | number)[], id: string | undefined): void => {
    if (id !== undefined && !INTERNAL_ID.test(id)) problems.push({ path, at: 'value', message: `${JSON.stringify(id)} is not an internal id; write a positive whole number of at most 15 digits.` });
  };
  seed.integrations.forEach((integration, index) => { checkId(['integrations', index, 'id'], integration.id); });
  seed.entities.forEach((entity, index) => { checkId(['entities', index, 'id'], entity.id); });
  seed.roles.forEach((role, index) => { checkId(['roles', index, 'id'], role.id); });
  seed.tokens.forEach((token, index) => {
    for (const field of ['id', 'integration', 'entity', 'role', 'createdBy'] as const) checkId(['tokens', index, field], token[field]);
  });
  (seed.loginAudit ?? []).forEach((row, index) => {
    checkId(['loginAudit', index, 'user'], row.user);
    checkId(['loginAudit', index, 'role'], row.role);
  });
  const integrationIds = unique('integrations', seed.integrations.map((integration) => integration.id), 'id');
  unique('integrations', seed.integrations.map((integration) => integration.consumerKey), 'consumerKey');
  const entityIds = unique('entities', seed.entities.map((entity) => entity.id), 'id');
  const roleIds = unique('roles', seed.roles.map((role) => role.id), 'id');
  unique('tokens', seed.tokens.map((token) => token.id), 'id');
  unique('tokens', seed.tokens.map((token) => token.tokenId), 'tokenId');

  seed.tokens.forEach((token, index) => {
    const reference = (field: 'integration' | 'entity' | 'role' | 'createdBy', known: ReadonlySet<string>, collection: string): void => {
      const id = token[field];
      if (id !== undefined && !known.has(id)) {
        problems.push({ path: ['tokens', index, field], at: 'value', message: `${field} ${id} is not the id of any entry in ${collection}; add that record or correct the id.` });
      }
    };
    reference('integration', integrationIds, 'integrations');
    reference('entity', entityIds, 'entities');
    reference('role', roleIds, 'roles');
    reference('createdBy', entityIds, 'entities');
    const created = instant(token.created, ['tokens', index, 'created'], problems);
    const revokedAt = token.revokedAt === undefined ? null : instant(token.revokedAt, ['tokens', index, 'revokedAt'], problems);
    if (created !== null && revokedAt !== null && revokedAt < created) {
      problems.push({ path: ['tokens', index, 'revokedAt'], at: 'value', message: 'revokedAt is before created; a token is revoked after it is created.' });
    }
  });
  (seed.loginAudit ?? []).forEach((row, index) => instant(row.date, ['loginAudit', index, 'date'], problems));
  return problems;
}

function instant(text: string, path: readonly (string | number)[], problems: SeedProblem[]): number | null {
  const time = Date.parse(text);
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? [];
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(time) || calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) {
    problems.push({ path, at: 'value', message: `${JSON.stringify(text)} is not a date that exists; write an instant such as 2026-11-01T09:30:00Z.` });
    return null;
  }
  return time;
}
