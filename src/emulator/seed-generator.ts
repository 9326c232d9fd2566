import { randomHex, randomInt, seededRandom } from './prng.js';
import type { EmulatorSeed, SeedEntity, SeedIntegration, SeedLoginAuditRow, SeedMapping, SeedRole, SeedToken } from './seed.js';

/** The default "now" of generated seeds, so the same arguments always give the same seed. */
const DEFAULT_NOW = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;

const APPLICATIONS = ['Token GitOps', 'DATABASICS', 'Celigo integrator.io', 'Salesforce Connector', 'Shopify Orders', 'Tableau Reporting', 'Boomi', 'Workato', 'Avalara AvaTax', 'Coupa'];
const ROLES = ['Administrator', 'Integration Read Only', 'Integration Full Access', 'BI Read Only', 'Finance Sync', 'Order Sync'];

/**
 * A bulk seed for benchmarks and load tests, deterministic in its arguments: `tokens` tokens spread over
 * ten integrations, one user per ten tokens and six roles (about 80% active, 10% inactive, 10% revoked,
 * created over the three years before `now`), every token with fake credentials, and `loginRows` login
 * rows over the last 200 days (one in ten a failure). Internal ids start at 1 for every record kind.
 * With `mappings`, also that many M2M mappings named `m2m-000001`…, four per client-credentials
 * integration (room for one rotation under NetSuite's five active certificates), each its own user,
 * with one EC P-256 certificate generated at start that expires 30 to 729 days after it.
 */
export function generateSeed(options: {
  readonly tokens: number;
  readonly loginRows: number;
  readonly seed: number;
  readonly account?: string;
  readonly now?: Date;
  readonly mappings?: number;
}): EmulatorSeed {
  const random = seededRandom(options.seed);
  const now = (options.now ?? DEFAULT_NOW).getTime();
  const instant = (msBeforeNow: number): string => new Date(now - msBeforeNow).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const integrations = APPLICATIONS.map((name, index) => ({
    id: String(index + 1),
    name,
    consumerKey: randomHex(random, 32),
    consumerSecret: randomHex(random, 32),
    state: 'enabled' as const,
  }));
  const entityCount = Math.max(1, Math.ceil(options.tokens / 10));
  const entities = Array.from({ length: entityCount }, (_, index) => ({ id: String(index + 1), name: `svc-user-${String(index + 1).padStart(6, '0')}` }));
  const roles = ROLES.map((name, index) => ({ id: String(index + 1), name }));

  const tokens: SeedToken[] = [];
  for (let index = 0; index < options.tokens; index += 1) {
    const integration = integrations[randomInt(random, integrations.length)] ?? integrations[0];
    const entity = entities[index % entityCount] ?? entities[0];
    const role = roles[randomInt(random, roles.length)] ?? roles[0];
    if (integration === undefined || entity === undefined || role === undefined) break;
    const ageMs = randomInt(random, 3 * 365) * DAY_MS + randomInt(random, DAY_MS);
    const draw = random();
    const revoked = draw < 0.1;
    tokens.push({
      id: String(index + 1),
      // A number keeps generated names unique; NetSuite itself does not require it.
      name: `${integration.name} - ${entity.name} - ${role.name} #${index + 1}`,
      integration: integration.id,
      entity: entity.id,
      role: role.id,
      created: instant(ageMs),
      inactive: draw >= 0.1 && draw < 0.2,
      revoked,
      ...(revoked ? { revokedAt: instant(Math.floor(ageMs * random())) } : {}),
      tokenId: randomHex(random, 32),
      tokenSecret: randomHex(random, 32),
    });
  }

  const loginAudit: SeedLoginAuditRow[] = [];
  for (let index = 0; index < options.loginRows && tokens.length > 0; index += 1) {
    const token = tokens[randomInt(random, tokens.length)];
    if (token === undefined) break;
    loginAudit.push({
      date: instant(randomInt(random, 200 * DAY_MS)),
      status: random() < 0.1 ? 'Failure' : 'Success',
      application: integrations.find((integration) => integration.id === token.integration)?.name ?? 'unknown',
      token: token.name,
      user: token.entity,
      role: token.role,
      requestUri: '/services/rest/query/v1/suiteql',
    });
  }
  const seed: EmulatorSeed = { account: options.account ?? '1234567', integrations, entities, roles, tokens, loginAudit };
  return (options.mappings ?? 0) > 0 ? withMappings(seed, options.mappings ?? 0, random) : seed;
}

const MAPPINGS_PER_INTEGRATION = 4;

/** Drawn after everything else, so a seed without mappings is the same as before they existed. */
function withMappings(seed: EmulatorSeed, count: number, random: () => number): EmulatorSeed {
  const role: SeedRole = { id: String(seed.roles.length + 1), name: 'M2M Integration', permissions: ['ADMI_LOGIN_OAUTH2', 'ADMI_RESTWEBSERVICES', 'ADMI_MANAGE_OWN_OAUTH2_CERTS'] };
  const integrations: SeedIntegration[] = Array.from({ length: Math.ceil(count / MAPPINGS_PER_INTEGRATION) }, (_, index) => ({
    id: String(seed.integrations.length + index + 1),
    name: `M2M App ${String(index + 1).padStart(4, '0')}`,
    consumerKey: randomHex(random, 32),
    consumerSecret: randomHex(random, 32),
    state: 'enabled',
    grants: ['client-credentials'],
  }));
  const entities: SeedEntity[] = Array.from({ length: count }, (_, index) => ({ id: String(seed.entities.length + index + 1), name: `svc-m2m-${String(index + 1).padStart(6, '0')}` }));
  const mappings: SeedMapping[] = entities.map((entity, index) => ({
    name: `m2m-${String(index + 1).padStart(6, '0')}`,
    integration: integrations[Math.floor(index / MAPPINGS_PER_INTEGRATION)]?.id ?? '1',
    entity: entity.id,
    role: role.id,
    certificates: [{ generate: 'ec-p256', expiresIn: `${30 + randomInt(random, 700)}d`, validity: '730d' }],
  }));
  return { ...seed, integrations: [...seed.integrations, ...integrations], entities: [...seed.entities, ...entities], roles: [...seed.roles, role], mappings };
}
