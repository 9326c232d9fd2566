import type { ErrorObject } from 'ajv/dist/2020.js';
import type { DocumentProblem } from './document-problem.js';
import { closestName } from './did-you-mean.js';
import { describeKind, describeType, describeValue, listOf, quoteValue } from './describe-value.js';
import { fromJsonPointer, toJsonPointer, type DocumentPath } from './json-pointer.js';
import { DESIRED_STATE_SCHEMA } from './schema.js';

/**
 * Turns one ajv error into what a person reads: what is wrong and what would be valid, pointed at the
 * offending node. Returns null for errors another error already explains (the branches of `anyOf`).
 * Values of credential fields are never repeated: they may be a pasted secret.
 */
export function describeSchemaError(error: ErrorObject): DocumentProblem | null {
  // `anyOf` branches and the `if` of if/then/else are explained by the errors of the branch that applies.
  if (error.schemaPath.includes('/anyOf/') || error.keyword === 'if') return null;
  const path = fromJsonPointer(error.instancePath);
  if (isCredentialField(path)) return { path, at: 'value', message: credentialMessage(fieldName(path), error.data) };
  if (isCredentialsBlock(path) && (error.keyword === 'type' || error.keyword === 'pattern')) return { path, at: 'value', message: credentialsBlockMessage(error.data) };
  if (error.keyword === 'additionalProperties') return unknownKeyProblem(path, error);
  return { path, at: 'value', message: valueMessage(path, error) };
}

function valueMessage(path: DocumentPath, error: ErrorObject): string {
  const label = labelOf(path);
  switch (error.keyword) {
    case 'required':
      return missingKeyMessage(path, String(error.params['missingProperty']));
    case 'anyOf':
      return 'This token entry has neither id nor name; add id: "<internal id>" (netsuite-tokens import lists them) or the token\'s name.';
    case 'type':
      return typeMessage(label, error);
    case 'enum':
      return enumMessage(path[0] === 'certificates' && label === 'state' ? 'mapping state' : label, error);
    case 'minProperties':
    case 'maxProperties':
      return 'A deliver target names exactly one of github, aws or file; give each target its own "- " item.';
    case 'const':
      return versionMessage(error.data);
    case 'pattern':
      return patternMessage(label, error);
    case 'minLength':
      return `${label} is empty; write a value or remove the key.`;
    case 'minimum':
      return `${label} must be ${String(error.params['limit'])} or more, not ${describeValue(error.data)}.`;
    default:
      return `${label} ${error.message ?? 'is not valid'}; see schemas/netsuite-tokens.schema.json for what is allowed.`;
  }
}

function isCredentialField(path: DocumentPath): boolean {
  return path.length === 4 && path[0] === 'tokens' && path[2] === 'credentials';
}

function isCredentialsBlock(path: DocumentPath): boolean {
  return path.length === 3 && path[0] === 'tokens' && path[2] === 'credentials';
}

/**
 * `${{ secrets.NAME }}` (or vars., env.) is a GitHub Actions expression: Actions expands it in a
 * workflow, never in a file the operator reads. The name is not a secret, so the message may use it.
 */
const ACTIONS_EXPRESSION = /^\$\{\{\s*(secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;

function actionsExpressionMessage(field: string, value: unknown): string | null {
  const match = typeof value === 'string' ? ACTIONS_EXPRESSION.exec(value.trim()) : null;
  const context = match?.[1];
  const name = match?.[2];
  if (context === undefined || name === undefined) return null;
  const variable = name.toUpperCase();
  const step = context === 'env' ? `set ${variable} in the workflow's env:` : `in the workflow step set env: ${variable}: \${{ ${context}.${name} }}`;
  return `${field} is a GitHub Actions expression, which Actions expands in workflows but not in this file; write ${field}: env:${variable}, and ${step}.`;
}

/** Never repeats the value: text here is most likely a pasted secret. */
function credentialsBlockMessage(value: unknown): string {
  const forms = 'write credentials: env:NAME (a variable holding a TBA credentials bundle), or consumerKey, consumerSecret, tokenId and tokenSecret under it, each as env:NAME';
  const expression = actionsExpressionMessage('credentials', value);
  if (expression !== null) return expression;
  if (typeof value === 'string' && value.startsWith('env:')) return `credentials names an environment variable that is not valid; use upper-case letters, digits and underscores, such as env:EXPENSE_CREDENTIALS.`;
  if (typeof value === 'string') return `credentials holds a literal value, but credentials may only reference environment variables; ${forms}.`;
  return `credentials must be an env:NAME reference or a mapping of them, not ${describeKind(value)}; ${forms}.`;
}

function fieldName(path: DocumentPath): string {
  return String(path.at(-1) ?? '');
}

/** What a value is called in messages: its key, or "A token entry" for an item of tokens. */
function labelOf(path: DocumentPath): string {
  const last = path.at(-1);
  if (last === undefined) return 'The file';
  if (typeof last !== 'number') return last;
  if (path[0] === 'certificates') return path.length === 2 ? 'A certificate mapping' : 'A deliver target';
  return 'A token entry';
}

function containerOf(path: DocumentPath): string {
  if (path.length === 0) return 'at the top level';
  if (path.length === 1 && path[0] === 'policy') return 'in policy';
  if (path.length === 2 && path[0] === 'tokens') return 'in a token entry';
  if (path.length === 3 && path[2] === 'credentials') return 'in credentials';
  return `in ${toJsonPointer(path)}`;
}

function subjectOf(path: DocumentPath): string {
  if (path.length === 0) return 'The file';
  if (path.length === 2 && path[0] === 'tokens') return 'This token entry';
  return labelOf(path);
}

function unknownKeyProblem(path: DocumentPath, error: ErrorObject): DocumentProblem {
  const key = String(error.params['additionalProperty']);
  const known = knownKeys(error.parentSchema);
  const suggestion = closestName(key, known);
  const where = containerOf(path);
  const inCredentials = path.at(-1) === 'credentials';
  let message: string;
  if (suggestion !== null) message = `Unknown key ${quoteValue(key)} ${where}; did you mean "${suggestion}"?`;
  // An unknown key under credentials that is no typo may itself be a pasted secret: do not repeat it.
  else if (inCredentials) message = `Unknown key ${where}; the keys are ${listOf(known, 'and')}.`;
  else message = `Unknown key ${quoteValue(key)} ${where}; the known keys are ${listOf(known, 'and')}.`;
  return { path: [...path, key], at: 'key', message };
}

function knownKeys(parentSchema: unknown): string[] {
  if (typeof parentSchema !== 'object' || parentSchema === null || !('properties' in parentSchema)) return [];
  const properties = parentSchema.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

const ADD_MISSING: Readonly<Record<string, string>> = {
  version: 'add version: 1.',
  account: 'add the account id in realm form, such as account: "1234567" (or "1234567_SB1" for a sandbox).',
  tokens: 'add tokens: with one entry per token (tokens: [] declares none).',
  state: 'add state: active, inactive or revoked.',
};

/** A certificate mapping's keys: its states are not a token's (SPEC §11). */
const ADD_MISSING_TO_MAPPING: Readonly<Record<string, string>> = {
  state: 'add state: active or revoked.',
  mapping: 'add mapping: with a name for it, such as mapping: expense-sync.',
  clientId: 'add clientId: with the integration record\'s client ID.',
  entity: 'add entity: with the internal id of the user the mapping signs in as, such as entity: "1651".',
  role: 'add role: with the internal id of its role, such as role: "1073".',
};

/** A deliver target's keys, by the kind of target. */
const ADD_MISSING_TO_TARGET: Readonly<Record<string, string>> = {
  secret: 'add secret: with the name of the Actions secret, such as secret: NETSUITE_M2M.',
  secretId: 'add secretId: with the name or ARN of the AWS secret.',
  path: 'add path: with the file to write, relative to this desired-state file.',
};

function missingKeyMessage(path: DocumentPath, missing: string): string {
  const isMapping = path.length === 2 && path[0] === 'certificates';
  const isTarget = path.at(-3) === 'deliver';
  const hint = (isMapping ? ADD_MISSING_TO_MAPPING[missing] : isTarget ? ADD_MISSING_TO_TARGET[missing] : undefined)
    ?? ADD_MISSING[missing]
    ?? `add ${missing}: env:NAME naming the environment variable that holds it (all four references are needed).`;
  return `${subjectOf(path)} has no ${missing}; ${hint}`;
}

function typeMessage(label: string, error: ErrorObject): string {
  const expectedTypes = String(error.params['type']).split(',');
  const expected = listOf(expectedTypes.map(describeType));
  const data: unknown = error.data;
  if (data === null && label === 'A token entry') return 'A token entry is empty; write its keys (id, name, state, ...) after the "- " or remove the empty item.';
  if (data === null) return `${label} is empty, but it must be ${expected}; write a value after "${label}:".`;
  const message = `${label} must be ${expected}, not ${describeValue(data)}`;
  if (expectedTypes.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) return unquotedMessage(label, message, String(data), error.parentSchema);
  if (expectedTypes.includes('array')) return `${message}; start each entry with "- ".`;
  if (label === 'A token entry') return `${message}; write each entry as keys such as id: and state:.`;
  return `${message}.`;
}

/**
 * A number or boolean where text is expected. Quoting is the advice only when the quoted value is valid:
 * `maxAge: 365` needs its unit, and `owner: 42` is no team however it is written.
 */
function unquotedMessage(label: string, message: string, text: string, parentSchema: unknown): string {
  const pattern = patternOf(parentSchema);
  if (pattern === null || new RegExp(pattern, 'u').test(text)) return `${message}; quote it: ${label}: "${text}".`;
  const definition = definitionWithPattern(pattern);
  if ((definition === 'duration' || definition === 'overlapDuration') && new RegExp(pattern, 'u').test(`${text}d`)) {
    return `${message}; write it with its unit: ${label}: ${text}d (or ${text}h, ${text}w).`;
  }
  const describe = PATTERN_MESSAGES[definition];
  return describe === undefined ? `${message}; see schemas/netsuite-tokens.schema.json for what is allowed.` : describe(label, text);
}

function patternOf(schema: unknown): string | null {
  if (typeof schema !== 'object' || schema === null || !('pattern' in schema)) return null;
  return typeof schema.pattern === 'string' ? schema.pattern : null;
}

const ENUM_NOUNS: Readonly<Record<string, string>> = {
  state: 'a token state',
  unmanaged: 'a policy for undeclared tokens',
  'mapping state': 'a mapping state',
};

function enumMessage(label: string, error: ErrorObject): string {
  const allowed = enumValues(error.params['allowedValues']);
  if (typeof error.data !== 'string') return `${label} must be one of ${listOf(allowed)}, not ${describeValue(error.data)}.`;
  const suggestion = closestName(error.data, allowed);
  const guess = suggestion === null ? '' : ` (did you mean "${suggestion}"?)`;
  const shown = label === 'mapping state' ? 'state' : label;
  return `${shown} ${quoteValue(error.data)} is not ${ENUM_NOUNS[label] ?? 'an allowed value'}${guess}; use one of ${listOf(allowed)}.`;
}

function enumValues(values: unknown): string[] {
  return Array.isArray(values) ? values.map(String) : [];
}

export const SUPPORTED_VERSION = 1;

function versionMessage(value: unknown): string {
  if (typeof value === 'number') {
    return `version ${String(value)} is not supported; this netsuite-tokens reads version ${SUPPORTED_VERSION} files, so set version: ${SUPPORTED_VERSION}.`;
  }
  return `version must be the number ${SUPPORTED_VERSION}, not ${describeValue(value)}; set version: ${SUPPORTED_VERSION}.`;
}

const ACCOUNT_ID = new RegExp(DESIRED_STATE_SCHEMA.$defs.accountId.pattern, 'u');

/** What would be valid for each pattern in the schema's $defs, in words. */
export const PATTERN_MESSAGES: Readonly<Record<string, (label: string, value: string) => string>> = {
  accountId: (_, value) => {
    const canonical = value.trim().toUpperCase().replaceAll('-', '_');
    const guess = canonical !== value && ACCOUNT_ID.test(canonical) ? ` (did you mean "${canonical}"?)` : '';
    return `account ${quoteValue(value)} is not a NetSuite account id${guess}; use the realm form, such as 1234567, 1234567_SB1 (sandbox), 1234567_RP (release preview) or TSTDRV1234567.`;
  },
  duration: (label, value) => {
    if (/^0+[hdw]?$/.test(value.trim())) return zeroDurationMessage(label, value);
    // Digits and a unit, only too many of them: say so, rather than that it is no duration at all.
    if (/^[1-9][0-9]{6,}[hdw]$/.test(value.trim())) return `${label} ${quoteValue(value)} is too long; a duration has at most six digits, such as 5200w for a hundred years.`;
    return `${label} ${quoteValue(value)} is not a duration; use a whole number followed by h, d or w, such as 90d, 36h or 2w.`;
  },
  internalId: (label, value) => `${label} ${quoteValue(value)} is not a NetSuite internal id; use the digits NetSuite shows for the token, such as "4711".`,
  owner: (label, value) => `${label} ${quoteValue(value)} is not a GitHub team or user; write @org/team or @user, such as "@acme/finance-systems".`,
  envReference: (label, value) => credentialMessage(label, value),
  overlapDuration: (label, value) => `${label} ${quoteValue(value)} is not a duration; use 0d, or a whole number followed by h, d or w, such as 7d.`,
  clientId: (label, value) => `${label} ${quoteValue(value)} is not a client ID; copy the integration record's client ID (letters, digits, - and _).`,
  mappingName: (label, value) => `${label} ${quoteValue(value)} is not a mapping name; use letters, digits, dots, hyphens and underscores, such as expense-sync.`,
  repository: (label, value) => `${label} ${quoteValue(value)} is not a GitHub repository; write owner/name, such as acme/expense-sync.`,
  secretName: (label, value) => `${label} ${quoteValue(value)} is not a name GitHub accepts for a secret; use letters, digits and underscores, not starting with a digit or GITHUB_.`,
  origin: (label, value) => `${label} ${quoteValue(value)} is not an origin; give the scheme, host and port only, such as http://127.0.0.1:8080 or https://1234567.suitetalk.api.netsuite.com.`,
};

/** The $defs entry a pattern comes from (the validator works on an inlined copy, so schemaPath does not say). */
function definitionWithPattern(pattern: unknown): string {
  const found = Object.entries(DESIRED_STATE_SCHEMA.$defs).find(([, definition]) => 'pattern' in definition && definition.pattern === pattern);
  return found?.[0] ?? '';
}

/** A zero duration is a duration, just below the minimum: only a certificate's overlap may be 0d (SPEC §11). */
function zeroDurationMessage(label: string, value: string): string {
  if (label === 'validity') return `validity ${quoteValue(value)} is zero, but a certificate is valid for at least 1d; use 1d to 730d, such as 365d.`;
  return `${label} ${quoteValue(value)} is zero, but only overlap may be 0d; give ${label} at least 1h, such as 90d, or remove it for the default.`;
}

function patternMessage(label: string, error: ErrorObject): string {
  const describe = PATTERN_MESSAGES[definitionWithPattern(error.params['pattern'])];
  const value = String(error.data);
  return describe === undefined ? `${label} ${quoteValue(value)} does not have the expected form.` : describe(label, value);
}

/** Never repeats the value: a credential field that is not an env:NAME reference may hold a pasted secret. */
function credentialMessage(field: string, value: unknown): string {
  const example = `env:EXPENSE_${field.replaceAll(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
  const expression = actionsExpressionMessage(field, value);
  if (expression !== null) return expression;
  if (typeof value === 'string' && value.startsWith('env:')) {
    return `${field} names an environment variable that is not valid; use upper-case letters, digits and underscores, such as ${example}.`;
  }
  if (typeof value === 'string') {
    return `${field} holds a literal value, but credentials may only reference environment variables; put the secret in an environment variable and write ${field}: env:NAME, such as ${example}.`;
  }
  return `${field} must be an env:NAME reference, not ${describeKind(value)}; write ${field}: env:NAME, such as ${example}.`;
}
