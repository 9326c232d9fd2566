import { readFile } from 'node:fs/promises';
import type { ErrorObject } from 'ajv';
import type { Change, Finding, KindSummary, Plan, PlanSummary, Refusal } from '../domain/plan.js';
import { PLAN_FORMAT_VERSION } from '../domain/plan.js';
import type { Subject } from '../domain/subject.js';
import { ConfigError, RuntimeFailure, UsageError, type ConfigProblem } from '../support/errors.js';
import { describeValue } from './describe-value.js';
import { fromJsonPointer } from './json-pointer.js';
import { parseYaml } from './parse-yaml.js';
import type { YamlSource } from './yaml-source.js';
import { loadValidator } from '../schemas/validators.js';

/**
 * `apply --plan FILE` and `show FILE`: a saved plan read back through its schema. formatVersion 2 is
 * read as written; formatVersion 1 (TBA tokens only, `token` where version 2 says `subject`) is
 * upgraded. Anything else is a ConfigError (exit 3) naming the file, the line and column, and what
 * would be valid — never a crash.
 */

const SUBJECT = 'saved plan';
const HINT = 'Save a fresh plan with `netsuite-tokens plan --format json --out FILE` and apply that file.';
const READABLE_VERSIONS = [1, PLAN_FORMAT_VERSION] as const;
const PLAN_SHAPE = {
  mapping: 'a saved plan is a JSON object with formatVersion, account, observedAt, changes, findings, summary and refusal',
  listHint: 'save one account\'s plan with `netsuite-tokens plan --format json --out FILE` (a directory of accounts prints a list; add --only ACCOUNT to save one of them)',
};

export async function readSavedPlan(path: string, file: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // A path that names no file is a mistake on the command line (exit 3); anything else is the system's.
    const code = (error as { code?: unknown }).code;
    const hint = 'Check the path, or save a plan with "netsuite-tokens plan --out plan.json".';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`The saved plan ${file} does not exist.`, { cause: error, hint });
    if (code === 'EISDIR') throw new UsageError(`The saved plan ${file} is a directory, not a file.`, { cause: error, hint });
    const reason = error instanceof Error ? error.message.replace(/^\w+: /, '').replace(/,.*$/, '') : 'unknown error';
    throw new RuntimeFailure(`Could not read the saved plan ${file} (${reason}).`, { cause: error, hint });
  }
  return await parseSavedPlan(text, file);
}

/** What a text that is not JSON seems to be, for the message: a plan printed as text or markdown, or a desired-state file. */
function looksLike(content: string): string {
  if (/^version\s*:/m.test(content) && /^(?:tokens|certificates)\s*:/m.test(content)) return ' (it looks like a desired-state file, which --config takes)';
  if (content.startsWith('#') || content.startsWith('Plan ')) return ' (it looks like a plan printed as text or markdown)';
  return '';
}

export async function parseSavedPlan(text: string, file: string): Promise<Plan> {
  // A plan saved as text or markdown is not broken JSON: say what it is, not where YAML got lost in it.
  const start = /\S/.exec(text);
  if (start !== null && start[0] !== '{' && start[0] !== '[') {
    const before = text.slice(0, start.index).split('\n');
    const position = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    throw new ConfigError([{ file, ...position, pointer: '', message: `${file} is not JSON${looksLike(text.slice(start.index))}, but a saved plan is the JSON object \`plan --format json\` writes.` }], { subject: SUBJECT, hint: HINT });
  }
  const syntax = jsonSyntaxProblem(text, file);
  if (syntax !== null) throw new ConfigError([syntax], { subject: SUBJECT, hint: HINT });
  // JSON is YAML: the YAML reader gives every node its line and column.
  const parsed = parseYaml(text, file, PLAN_SHAPE);
  if (!parsed.ok) throw new ConfigError(parsed.problems, { subject: SUBJECT, hint: HINT });
  if (parsed.repeatedKeys.length > 0) throw new ConfigError(parsed.repeatedKeys, { subject: SUBJECT, hint: HINT });
  const { source, data } = parsed;
  const version = typeof data === 'object' && data !== null ? (data as { formatVersion?: unknown }).formatVersion : undefined;
  if (version !== 1 && version !== PLAN_FORMAT_VERSION) {
    const shown = typeof version === 'number' ? `formatVersion ${version}` : version === undefined ? 'no formatVersion' : `formatVersion ${describeValue(version)}`;
    throw problem(source, '/formatVersion', `${file} has ${shown}, but this netsuite-tokens reads plans of formatVersion ${READABLE_VERSIONS.join(' and ')}.`);
  }
  const check = (await loadValidator(version === 1 ? 'plan-v1' : 'plan'))(data);
  if (!check.valid) {
    const problems = check.errors.filter((error) => error.keyword !== 'oneOf' || check.errors.length === 1).slice(0, 20).map((error) => locate(source, error));
    throw new ConfigError(problems, { subject: SUBJECT, hint: HINT });
  }
  return version === 1 ? upgradeV1(data as PlanV1) : readV2(data as PlanV2);
}

/** Broken JSON said as JSON, where JSON.parse stopped (its words carry the offset), not as the YAML reader would word it. */
function jsonSyntaxProblem(text: string, file: string): ConfigProblem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const said = error instanceof Error ? error.message : 'syntax error';
    const offset = Number(/at position (\d+)/.exec(said)?.[1] ?? Number.NaN);
    const before = Number.isNaN(offset) ? [''] : text.slice(0, offset).split('\n');
    const what = said.replace(/ in JSON at position \d+.*$/, '').replace(/\.$/, '');
    return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, pointer: '', message: `${file} is not valid JSON (${what}); a saved plan is the JSON object \`plan --format json\` writes, unedited.` };
  }
}

function problem(source: YamlSource, pointer: string, message: string): ConfigError {
  return new ConfigError([{ ...source.sourceOf(fromJsonPointer(pointer)), message }], { subject: SUBJECT, hint: HINT });
}

function locate(source: YamlSource, error: ErrorObject): ConfigProblem {
  const path = fromJsonPointer(error.instancePath);
  const where = error.instancePath === '' ? 'The plan' : error.instancePath;
  return { ...source.sourceOf(path), message: `${where} ${schemaMessage(error)}.` };
}

function schemaMessage(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `has no ${String(error.params['missingProperty'])}`;
    case 'additionalProperties':
      return `has an unknown key "${String(error.params['additionalProperty']).slice(0, 40)}"`;
    case 'enum':
      return `must be one of ${(error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(error.params['allowedValue'])}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** The JSON forms as the schemas guarantee them. */
type SubjectV2 = Subject;
interface ChangeV2 extends Omit<Change, 'entry'> {
  readonly subject: SubjectV2;
}
interface FindingV2 {
  readonly kind: Finding['kind'];
  readonly subject: SubjectV2;
  readonly message: string;
  readonly candidates?: readonly string[];
  /** The schema lists every field a kind may carry; which ones go with which kind is the writer's word (plan.ts). */
  readonly details?: Readonly<Record<string, unknown>>;
}
interface PlanV2 {
  readonly formatVersion: 2;
  readonly account: string;
  readonly observedAt: string;
  readonly changes: readonly ChangeV2[];
  readonly findings: readonly FindingV2[];
  readonly summary: PlanSummary;
  readonly refusal: Refusal | null;
}
type TokenV1 = Omit<Extract<Subject, { kind: 'tba-token' }>, 'kind'>;
interface PlanV1 {
  readonly formatVersion: 1;
  readonly account: string;
  readonly observedAt: string;
  readonly changes: readonly (Omit<ChangeV2, 'subject'> & { readonly token: TokenV1 })[];
  readonly findings: readonly (Omit<FindingV2, 'subject'> & { readonly token: TokenV1 })[];
  readonly summary: Omit<PlanSummary, 'byKind'>;
  readonly refusal: Refusal | null;
}

function readV2(plan: PlanV2): Plan {
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    account: plan.account,
    observedAt: plan.observedAt,
    changes: plan.changes.map((change) => ({ ...change, entry: null })),
    findings: plan.findings.map((finding) => ({ ...finding }) as Finding),
    summary: plan.summary,
    refusal: plan.refusal,
  };
}

/** formatVersion 1 named every subject `token`: all were TBA tokens. */
function upgradeV1(plan: PlanV1): Plan {
  const subject = (token: TokenV1): Subject => ({ kind: 'tba-token', ...token });
  const tokens: KindSummary = {
    observed: plan.summary.tokens,
    managed: plan.summary.managed,
    unchanged: plan.summary.unchanged,
    changes: plan.summary.changes,
    api: plan.summary.api,
    admin: plan.summary.admin,
    blocked: plan.summary.blocked,
  };
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    account: plan.account,
    observedAt: plan.observedAt,
    changes: plan.changes.map(({ token, ...change }) => ({ ...change, subject: subject(token), entry: null })),
    findings: plan.findings.map(({ token, ...finding }) => ({ ...finding, subject: subject(token) }) as Finding),
    summary: { ...plan.summary, byKind: { 'tba-token': tokens, 'm2m-certificate': { observed: 0, managed: 0, unchanged: 0, changes: 0, api: 0, admin: 0, blocked: 0 } } },
    refusal: plan.refusal,
  };
}
