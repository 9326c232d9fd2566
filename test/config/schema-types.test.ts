import { describe, expect, it } from 'vitest';
import schema from '../../schemas/netsuite-tokens.schema.json' with { type: 'json' };
import type { DesiredFile, DesiredTokenEntry, EndpointsEntry, OperatorEntry, PolicyEntry } from '../../src/config/desired-file.js';
import type { TbaCredentialRefs as CredentialRefs } from '../../src/secrets/entry-credentials.js';
import { PATTERN_MESSAGES } from '../../src/config/schema-messages.js';
import type { UnmanagedPolicy } from '../../src/domain/desired.js';
import { DURATION_PATTERN } from '../../src/domain/duration.js';
import { TOKEN_STATES } from '../../src/domain/kinds/tba-token/token.js';

/**
 * Ties the TypeScript types of the loaded file to the schema. The records below are checked by the
 * compiler against the types (every key, nothing more, the JSON type of each value); the tests check
 * them against the schema. Change one side only and either tsc or these tests fail.
 */

/** A union of text and a mapping (credentials: env:NAME, or four references) is 'string|object'. */
type JsonType<T> = [T] extends [string] ? 'string' : [T] extends [number] ? 'integer' | 'number' : [T] extends [boolean] ? 'boolean' : [T] extends [readonly unknown[]] ? 'array' : [T] extends [object] ? 'object' : 'string|object';
type JsonTypes<T> = { readonly [K in keyof T]-?: JsonType<NonNullable<T[K]>> };
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Exactly the required keys: a required key missing here, or an optional key listed here, fails to compile. */
type Required<T> = Readonly<Record<RequiredKeys<T>, true>> & { readonly [K in Exclude<keyof T, RequiredKeys<T>>]?: never };

const FILE_TYPES = { version: 'integer', account: 'string', operator: 'object', policy: 'object', tokens: 'array', certificates: 'array' } as const satisfies JsonTypes<DesiredFile>;
const OPERATOR_TYPES = { credentials: 'string', endpoints: 'object' } as const satisfies JsonTypes<OperatorEntry>;
const OPERATOR_REQUIRED = {} as const satisfies Required<OperatorEntry>;
const ENDPOINT_TYPES = { rest: 'string', restlets: 'string', ui: 'string' } as const satisfies JsonTypes<EndpointsEntry>;
const ENDPOINT_REQUIRED = {} as const satisfies Required<EndpointsEntry>;
const FILE_REQUIRED = { version: true, account: true, tokens: true } as const satisfies Required<DesiredFile>;
const POLICY_TYPES = { unmanaged: 'string', maxAge: 'string', unusedFor: 'string', maxChangesPerRun: 'integer' } as const satisfies JsonTypes<PolicyEntry>;
const POLICY_REQUIRED = {} as const satisfies Required<PolicyEntry>;
const TOKEN_TYPES = {
  id: 'string',
  name: 'string',
  application: 'string',
  user: 'string',
  role: 'string',
  state: 'string',
  owner: 'string',
  protect: 'boolean',
  maxAge: 'string',
  credentials: 'string|object',
  deliver: 'array',
} as const satisfies JsonTypes<DesiredTokenEntry>;
const TOKEN_REQUIRED = { state: true } as const satisfies Required<DesiredTokenEntry>;
const CREDENTIAL_TYPES = { consumerKey: 'string', consumerSecret: 'string', tokenId: 'string', tokenSecret: 'string' } as const satisfies JsonTypes<CredentialRefs>;
const CREDENTIAL_REQUIRED = { consumerKey: true, consumerSecret: true, tokenId: true, tokenSecret: true } as const satisfies Required<CredentialRefs>;
const UNMANAGED_POLICIES = { ignore: true, report: true, inactivate: true } as const satisfies Readonly<Record<UnmanagedPolicy, true>>;

type SchemaNode = Readonly<Record<string, unknown>>;

function asNode(value: unknown): SchemaNode {
  if (typeof value !== 'object' || value === null) throw new Error('not a schema object');
  return value as SchemaNode;
}

/** Follows a local `$ref` such as `#/$defs/duration`. */
function resolved(node: SchemaNode): SchemaNode {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  return asNode(ref.replace(/^#\//, '').split('/').reduce<unknown>((at, segment) => asNode(at)[segment], schema));
}

/** The JSON type a property's schema admits: its `type`, or the type of its enum/const values. */
function jsonTypeOf(property: SchemaNode): string {
  const node = resolved(property);
  if (typeof node['type'] === 'string') return node['type'];
  if (node['then'] !== undefined && node['else'] !== undefined) return `${jsonTypeOf(asNode(node['then']))}|${jsonTypeOf(asNode(node['else']))}`;
  if (Array.isArray(node['enum'])) return [...new Set(node['enum'].map((value) => typeof value))].join('|');
  if (typeof node['const'] === 'number') return Number.isInteger(node['const']) ? 'integer' : 'number';
  throw new Error(`no type for ${JSON.stringify(property)}`);
}

function shapeOf(objectSchema: unknown): { types: Record<string, string>; required: string[] } {
  const node = resolved(asNode(objectSchema));
  const properties = Object.entries(asNode(node['properties']));
  return {
    types: Object.fromEntries(properties.map(([key, property]) => [key, jsonTypeOf(asNode(property))])),
    required: [...((node['required'] ?? []) as string[])].sort(),
  };
}

function expectShape(objectSchema: unknown, types: Record<string, string>, required: Record<string, true>): void {
  const shape = shapeOf(objectSchema);
  expect(shape.types).toEqual(types);
  expect(shape.required).toEqual(Object.keys(required).sort());
}

/** Every schema object in the document, with its location. */
function* schemaObjects(node: unknown, at = '#'): Generator<[string, SchemaNode]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const object = node as SchemaNode;
  yield [at, object];
  for (const key of ['properties', '$defs']) {
    for (const [name, child] of Object.entries(asNode(object[key] ?? {}))) yield* schemaObjects(child, `${at}/${key}/${name}`);
  }
  if (object['items'] !== undefined) yield* schemaObjects(object['items'], `${at}/items`);
}

describe('schema and types agree', () => {
  it('the top level', () => {
    expectShape(schema, FILE_TYPES, FILE_REQUIRED);
    expect(schema.properties.version.const).toBe(1);
  });

  it('policy', () => {
    expectShape(schema.$defs.policy, POLICY_TYPES, POLICY_REQUIRED);
    expect(schema.$defs.policy).not.toHaveProperty('required');
  });

  it('a token entry, which also needs an id or a name', () => {
    expectShape(schema.$defs.token, TOKEN_TYPES, TOKEN_REQUIRED);
    expect(schema.$defs.token.anyOf).toEqual([{ required: ['id'] }, { required: ['name'] }]);
  });

  it('credentials', () => {
    expectShape(schema.$defs.credentials, CREDENTIAL_TYPES, CREDENTIAL_REQUIRED);
  });

  it("the operator's own sign-in and endpoints", () => {
    expectShape(schema.$defs.operator, OPERATOR_TYPES, OPERATOR_REQUIRED);
    expectShape(schema.$defs.operator.properties.endpoints, ENDPOINT_TYPES, ENDPOINT_REQUIRED);
  });

  it('enums match the domain unions', () => {
    expect(schema.$defs.token.properties.state.enum).toEqual([...TOKEN_STATES]);
    expect(schema.$defs.policy.properties.unmanaged.enum).toEqual(Object.keys(UNMANAGED_POLICIES));
  });

  it('durations are what parseDuration reads', () => {
    expect(schema.$defs.duration.pattern).toBe(DURATION_PATTERN);
  });
});

describe('schema conventions', () => {
  it('has the published $id and the 2020-12 dialect', () => {
    expect(schema.$id).toBe('https://netsuite-token-gitops.dev/schemas/netsuite-tokens.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('closes every object and describes every property', () => {
    for (const [at, node] of schemaObjects(schema)) {
      if (resolved(node)['type'] === 'object' && node['$ref'] === undefined) expect(node['additionalProperties'], at).toBe(false);
      if (/\/properties\/[^/]+$/.test(at)) expect(typeof node['description'], at).toBe('string');
    }
  });

  it('every pattern has a message that says what would be valid', () => {
    const patterns = Object.entries(schema.$defs).filter(([, definition]) => 'pattern' in definition).map(([name]) => name);
    expect(Object.keys(PATTERN_MESSAGES).sort()).toEqual(patterns.sort());
  });
});
