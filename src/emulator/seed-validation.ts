import { SCHEMA_FILES, loadValidator } from '../schemas/validators.js';
import { schemaProblems, type SchemaProblem } from '../schemas/schema-problems.js';
import { inspectCertificatePem, privateKeyProblem } from './certificate-inspection.js';
import type { EmulatorSeed, SeedCertificate, SeedLoginAuditRow, SeedMapping } from './seed.js';

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
type RawSeed = Omit<EmulatorSeed, 'integrations' | 'entities' | 'roles' | 'tokens' | 'loginAudit' | 'mappings'> & {
  readonly integrations: readonly (Omit<EmulatorSeed['integrations'][number], 'id'> & { id: RawId })[];
  readonly entities: readonly (Omit<EmulatorSeed['entities'][number], 'id'> & { id: RawId })[];
  readonly roles: readonly (Omit<EmulatorSeed['roles'][number], 'id'> & { id: RawId })[];
  readonly tokens: readonly RawToken[];
  readonly loginAudit?: readonly RawLoginRow[];
  readonly mappings?: readonly RawMapping[];
};
type RawMapping = Omit<SeedMapping, 'integration' | 'entity' | 'role'> & { integration: RawId; entity: RawId; role: RawId };
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
    ...(seed.mappings === undefined
      ? {}
      : { mappings: seed.mappings.map((mapping) => ({ ...mapping, integration: String(mapping.integration), entity: String(mapping.entity), role: String(mapping.role) })) }),
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

  seed.integrations.forEach((integration, index) => { noRepeats(integration.grants, ['integrations', index, 'grants'], problems); });
  seed.roles.forEach((role, index) => { noRepeats(role.permissions, ['roles', index, 'permissions'], problems); });
  const mappings = seed.mappings ?? [];
  unique('mappings', mappings.map((mapping) => mapping.name), 'name');
  unique('mappings', mappings.map((mapping) => `${mapping.integration}/${mapping.entity}/${mapping.role}`), 'integration, entity and role');
  const certificateIds = new Map<string, string>();
  mappings.forEach((mapping, index) => {
    for (const [field, known, collection] of [['integration', integrationIds, 'integrations'], ['entity', entityIds, 'entities'], ['role', roleIds, 'roles']] as const) {
      checkId(['mappings', index, field], mapping[field]);
      if (!known.has(mapping[field])) problems.push({ path: ['mappings', index, field], at: 'value', message: `${field} ${mapping[field]} is not the id of any entry in ${collection}; add that record or correct the id.` });
    }
    mapping.certificates.forEach((certificate, position) => {
      const path = ['mappings', index, 'certificates', position] as const;
      const id = certificateProblems(certificate, path, problems);
      if (id === null) return;
      const first = certificateIds.get(id);
      if (first === undefined) certificateIds.set(id, path.join('/'));
      else problems.push({ path: [...path, 'certificatePem'], at: 'value', message: `This certificate is already given at /${first}; one certificate serves one mapping, so give each its own.` });
    });
  });
  return problems;
}

/**
 * A certificate entry's own rules: generate or certificatePem; validity given one way; a PEM NetSuite
 * would accept, with its private key when one is given. Returns the certificate id of a given PEM.
 */
function certificateProblems(certificate: SeedCertificate, path: readonly (string | number)[], problems: SeedProblem[]): string | null {
  const has = (key: string): boolean => (certificate as unknown as Record<string, unknown>)[key] !== undefined;
  const created = certificate.created === undefined ? null : instant(certificate.created, [...path, 'created'], problems);
  const revokedAt = certificate.revokedAt === undefined ? null : instant(certificate.revokedAt, [...path, 'revokedAt'], problems);
  if (created !== null && revokedAt !== null && revokedAt < created) problems.push({ path: [...path, 'revokedAt'], at: 'value', message: 'revokedAt is before created; a certificate is revoked after it is uploaded.' });
  if (has('generate') === has('certificatePem')) {
    problems.push({ path, at: 'value', message: 'A certificate has either generate (the emulator makes the key) or certificatePem (given); write exactly one of them.' });
    return null;
  }
  if (!('certificatePem' in certificate)) {
    if (has('validUntil') && has('expiresIn')) problems.push({ path: [...path, 'expiresIn'], at: 'key', message: 'Give the validity as validUntil (an instant) or expiresIn (days after start), not both.' });
    const from = certificate.validFrom === undefined ? null : instant(certificate.validFrom, [...path, 'validFrom'], problems);
    const until = certificate.validUntil === undefined ? null : instant(certificate.validUntil, [...path, 'validUntil'], problems);
    if (from !== null && until !== null && until <= from) problems.push({ path: [...path, 'validUntil'], at: 'value', message: 'validUntil is not after validFrom.' });
    for (const key of ['expiresIn', 'validity'] as const) {
      if (certificate[key] === '0d') problems.push({ path: [...path, key], at: 'value', message: `${key} must be at least 1d.` });
    }
    return null;
  }
  for (const key of ['validFrom', 'validUntil', 'expiresIn', 'validity']) {
    if (has(key)) problems.push({ path: [...path, key], at: 'key', message: `${key} goes with generate; a given certificate's validity is the one in its PEM.` });
  }
  const inspection = inspectCertificatePem(certificate.certificatePem);
  if (!inspection.ok) {
    problems.push({ path: [...path, 'certificatePem'], at: 'value', message: inspection.problem });
    return null;
  }
  if (certificate.privateKeyPem !== undefined) {
    const problem = privateKeyProblem(certificate.privateKeyPem, inspection.certificate.publicKey);
    if (problem !== null) problems.push({ path: [...path, 'privateKeyPem'], at: 'value', message: problem });
  }
  return inspection.certificate.id;
}

function noRepeats(values: readonly string[] | undefined, path: readonly (string | number)[], problems: SeedProblem[]): void {
  const repeated = (values ?? []).filter((value, index, all) => all.indexOf(value) !== index);
  if (repeated.length > 0) problems.push({ path, at: 'value', message: `${[...new Set(repeated)].join(', ')} ${repeated.length === 1 ? 'is' : 'are'} listed more than once; list each once.` });
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
