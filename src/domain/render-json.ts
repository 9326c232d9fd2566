import { UsageError } from '../support/errors.js';
import { shorten, visibleText } from './markdown.js';
import type { BlockReason, Change, ChangeAction, ChangeReason, ChangeVia, Finding, FindingKind, Plan, PlanSummary, Refusal } from './plan.js';
import type { TokenRef, TokenState } from './token.js';

/**
 * SPEC §4 JSON form of a plan (`plan --format json`), validated by schemas/plan.schema.json, and its
 * reader for `apply --plan FILE`. Keys come out in one fixed order so saved plans diff cleanly; a
 * change's `entry` index is internal and not written, so a plan read back has `entry: null`.
 */

export const PLAN_FORMAT_VERSION = 1;

export function renderPlanJson(plan: Plan): string {
  return Array.from(planJsonChunks(plan)).join('');
}

/**
 * The same text as renderPlanJson, in pieces: one per change or finding, so a large plan can be
 * written out without a second copy of it as objects, or as one string, held in memory.
 */
export function* planJsonChunks(plan: Plan): Generator<string> {
  yield `{\n  "formatVersion": ${plan.formatVersion},\n  "account": ${JSON.stringify(plan.account)},\n  "observedAt": ${JSON.stringify(plan.observedAt)},\n`;
  yield* arrayChunks('changes', plan.changes, changeJson);
  yield ',\n';
  yield* arrayChunks('findings', plan.findings, findingJson);
  yield `,\n  "summary": ${nested(summaryJson(plan.summary))},\n  "refusal": ${nested(plan.refusal === null ? null : refusalJson(plan.refusal))}\n}\n`;
}

function* arrayChunks<T>(key: string, items: readonly T[], toJson: (item: T) => object): Generator<string> {
  if (items.length === 0) {
    yield `  "${key}": []`;
    return;
  }
  yield `  "${key}": [\n`;
  for (let index = 0; index < items.length; index += 1) {
    yield `    ${nested(toJson(items[index] as T), 2)}${index === items.length - 1 ? '\n' : ',\n'}`;
  }
  yield '  ]';
}

const NEWLINE_AT_DEPTH = ['\n', '\n  ', '\n    '] as const;

/** JSON.stringify(value, null, 2) as it reads `depth` levels deep inside the document. */
function nested(value: unknown, depth: 1 | 2 = 1): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', NEWLINE_AT_DEPTH[depth]);
}

/** The plan as the plain object its JSON form is written from (also nested in a run report's JSON). */
export function planJsonObject(plan: Plan): object {
  return {
    formatVersion: plan.formatVersion,
    account: plan.account,
    observedAt: plan.observedAt,
    changes: plan.changes.map(changeJson),
    findings: plan.findings.map(findingJson),
    summary: summaryJson(plan.summary),
    refusal: plan.refusal === null ? null : refusalJson(plan.refusal),
  };
}

function summaryJson(summary: PlanSummary): PlanSummary {
  return {
    tokens: summary.tokens,
    managed: summary.managed,
    unchanged: summary.unchanged,
    changes: summary.changes,
    api: summary.api,
    admin: summary.admin,
    blocked: summary.blocked,
  };
}

function changeJson(change: Change): object {
  return {
    token: tokenJson(change.token),
    action: change.action,
    from: change.from,
    to: change.to,
    via: change.via,
    reason: change.reason,
    blocked: change.blocked,
    owner: change.owner,
    message: change.message,
  };
}

function findingJson(finding: Finding): object {
  return {
    kind: finding.kind,
    token: tokenJson(finding.token),
    message: finding.message,
    ...(finding.candidates === undefined ? {} : { candidates: [...finding.candidates] }),
  };
}

export function tokenJson(token: TokenRef): TokenRef {
  return { id: token.id, name: token.name, application: token.application, user: token.user, role: token.role };
}

function refusalJson(refusal: Refusal): Refusal {
  switch (refusal.guard) {
    case 'over-limit':
      return { guard: refusal.guard, changes: refusal.changes, limit: refusal.limit, message: refusal.message };
    case 'empty-desired':
      return { guard: refusal.guard, liveTokens: refusal.liveTokens, message: refusal.message };
  }
}

const HINT = 'Save a fresh plan with `netsuite-tokens plan --format json --out FILE` and apply that file.';

/**
 * Reads a saved plan back. Anything that is not a plan of a known format version is refused (a
 * UsageError, exit 3) with the JSON pointer of the first problem; `source` names the file in messages.
 */
export function parsePlanJson(text: string, source = 'The saved plan'): Plan {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON, so it is not a saved plan.`, { hint: HINT });
  }
  const reader = new PlanReader(source);
  const root = reader.object(document, '');
  const version = root.formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const shown = typeof version === 'number' ? `formatVersion ${version}` : version === undefined ? 'no formatVersion' : 'an invalid formatVersion';
    throw new UsageError(`${source} has ${shown}, but this netsuite-tokens reads plans of formatVersion ${PLAN_FORMAT_VERSION} only.`, { hint: HINT });
  }
  reader.keys(root, '', ['formatVersion', 'account', 'observedAt', 'changes', 'findings', 'summary', 'refusal']);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    account: reader.string(root.account, '/account'),
    observedAt: reader.string(root.observedAt, '/observedAt'),
    changes: reader.array(root.changes, '/changes').map((item, index) => reader.change(item, `/changes/${index}`)),
    findings: reader.array(root.findings, '/findings').map((item, index) => reader.finding(item, `/findings/${index}`)),
    summary: reader.summary(root.summary, '/summary'),
    refusal: root.refusal === null ? null : reader.refusal(root.refusal, '/refusal'),
  };
}

const STATES: readonly TokenState[] = ['active', 'inactive', 'revoked'];
const ACTIONS: readonly ChangeAction[] = ['revoke', 'inactivate', 'activate'];
const VIAS: readonly ChangeVia[] = ['api', 'admin'];
const REASONS: readonly ChangeReason[] = ['declared', 'unmanaged-policy'];
const BLOCKS: readonly BlockReason[] = ['protected', 'over-limit', 'self'];
const KINDS: readonly FindingKind[] = ['missing', 'unmanaged', 'rotation-due', 'unused', 'ambiguous', 'terminal', 'drift'];

type JsonObject = Readonly<Record<string, unknown>>;

/** Structural checks with one clear sentence per problem; the schema says the same for editors and CI. */
class PlanReader {
  constructor(private readonly source: string) {}

  fail(pointer: string, expected: string): never {
    throw new UsageError(`${this.source} is not a valid plan: ${pointer === '' ? 'the document' : pointer} must be ${expected}.`, { hint: HINT });
  }

  object(value: unknown, pointer: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(pointer, 'an object');
    return value as JsonObject;
  }

  keys(value: JsonObject, pointer: string, allowed: readonly string[]): void {
    for (const key of allowed) if (!(key in value)) this.fail(`${pointer}/${key}`, 'present');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`${pointer}/${escapePointer(key)}`, `absent (known properties: ${allowed.join(', ')})`);
    }
  }

  array(value: unknown, pointer: string): readonly unknown[] {
    if (!Array.isArray(value)) this.fail(pointer, 'an array');
    return value as readonly unknown[];
  }

  string(value: unknown, pointer: string): string {
    if (typeof value !== 'string') this.fail(pointer, 'a string');
    return value;
  }

  nullableString(value: unknown, pointer: string): string | null {
    return value === null ? null : this.string(value, pointer);
  }

  count(value: unknown, pointer: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) this.fail(pointer, 'a whole number, 0 or more');
    return value;
  }

  oneOf<T extends string>(value: unknown, pointer: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) this.fail(pointer, `one of ${allowed.join(', ')}`);
    return value as T;
  }

  token(value: unknown, pointer: string): TokenRef {
    const token = this.object(value, pointer);
    this.keys(token, pointer, ['id', 'name', 'application', 'user', 'role']);
    return {
      id: this.nullableString(token.id, `${pointer}/id`),
      name: this.nullableString(token.name, `${pointer}/name`),
      application: this.nullableString(token.application, `${pointer}/application`),
      user: this.nullableString(token.user, `${pointer}/user`),
      role: this.nullableString(token.role, `${pointer}/role`),
    };
  }

  change(value: unknown, pointer: string): Change {
    const change = this.object(value, pointer);
    this.keys(change, pointer, ['token', 'action', 'from', 'to', 'via', 'reason', 'blocked', 'owner', 'message']);
    return {
      token: this.token(change.token, `${pointer}/token`),
      action: this.oneOf(change.action, `${pointer}/action`, ACTIONS),
      from: this.oneOf(change.from, `${pointer}/from`, STATES),
      to: this.oneOf(change.to, `${pointer}/to`, STATES),
      via: this.oneOf(change.via, `${pointer}/via`, VIAS),
      reason: this.oneOf(change.reason, `${pointer}/reason`, REASONS),
      blocked: change.blocked === null ? null : this.oneOf(change.blocked, `${pointer}/blocked`, BLOCKS),
      owner: this.nullableString(change.owner, `${pointer}/owner`),
      message: this.string(change.message, `${pointer}/message`),
      entry: null,
    };
  }

  finding(value: unknown, pointer: string): Finding {
    const finding = this.object(value, pointer);
    const hasCandidates = 'candidates' in finding;
    this.keys(finding, pointer, hasCandidates ? ['kind', 'token', 'message', 'candidates'] : ['kind', 'token', 'message']);
    const parsed: Finding = {
      kind: this.oneOf(finding.kind, `${pointer}/kind`, KINDS),
      token: this.token(finding.token, `${pointer}/token`),
      message: this.string(finding.message, `${pointer}/message`),
    };
    if (!hasCandidates) return parsed;
    const candidates = this.array(finding.candidates, `${pointer}/candidates`).map((id, index) => this.string(id, `${pointer}/candidates/${index}`));
    return { ...parsed, candidates };
  }

  summary(value: unknown, pointer: string): PlanSummary {
    const summary = this.object(value, pointer);
    this.keys(summary, pointer, ['tokens', 'managed', 'unchanged', 'changes', 'api', 'admin', 'blocked']);
    return {
      tokens: this.count(summary.tokens, `${pointer}/tokens`),
      managed: this.count(summary.managed, `${pointer}/managed`),
      unchanged: this.count(summary.unchanged, `${pointer}/unchanged`),
      changes: this.count(summary.changes, `${pointer}/changes`),
      api: this.count(summary.api, `${pointer}/api`),
      admin: this.count(summary.admin, `${pointer}/admin`),
      blocked: this.count(summary.blocked, `${pointer}/blocked`),
    };
  }

  refusal(value: unknown, pointer: string): Refusal {
    const refusal = this.object(value, pointer);
    const guard = this.oneOf(refusal.guard, `${pointer}/guard`, ['over-limit', 'empty-desired'] as const);
    switch (guard) {
      case 'over-limit':
        this.keys(refusal, pointer, ['guard', 'changes', 'limit', 'message']);
        return { guard, changes: this.count(refusal.changes, `${pointer}/changes`), limit: this.count(refusal.limit, `${pointer}/limit`), message: this.string(refusal.message, `${pointer}/message`) };
      case 'empty-desired':
        this.keys(refusal, pointer, ['guard', 'liveTokens', 'message']);
        return { guard, liveTokens: this.count(refusal.liveTokens, `${pointer}/liveTokens`), message: this.string(refusal.message, `${pointer}/message`) };
    }
  }
}

/** RFC 6901: `~` and `/` in a key. The key is shown in a message, so it is also cut short and made visible. */
function escapePointer(key: string): string {
  return shorten(visibleText(key.replace(/~/g, '~0').replace(/\//g, '~1')), 40);
}
