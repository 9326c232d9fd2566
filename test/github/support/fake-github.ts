import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import sodium from 'libsodium-wrappers';

/**
 * A GitHub REST API on 127.0.0.1 for the tests: pull requests, issues, labels, comments, review
 * requests and Actions secrets (of the repository and its environments) kept in memory, answered with
 * GitHub's response shapes. Secrets work as at GitHub: each scope has a real X25519 key pair, values
 * arrive sealed to its public key, and only the test can open them (`secretValue`). Every request is checked against
 * GitHub's published OpenAPI description (the committed subset in fixtures/): the operation must
 * exist, path and query parameters must fit their schemas, and the JSON body must validate — with
 * unknown properties rejected, so a misspelt field cannot pass silently. Mismatches are recorded in
 * `violations` and answered 400.
 */

interface SubsetOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly { readonly name: string; readonly in: string; readonly required: boolean; readonly schema: object }[];
  readonly requestBody: { readonly required: boolean; readonly schema: object } | null;
}

interface CompiledOperation {
  readonly operation: SubsetOperation;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly parameters: ReadonlyMap<string, { readonly required: boolean; readonly in: string; readonly validate: ValidateFunction }>;
  readonly validateBody: ValidateFunction | null;
}

export interface RecordedRequest {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
  base: string;
  labels: string[];
  reviewers: string[];
  teams: string[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
}

export interface Failure {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeGitHubOptions {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** The commit a branch points at on origin, or null when it does not exist (backs `head.sha`). */
  readonly branchTip: (branch: string) => string | null;
  /** Users that can be asked for a review; others get GitHub's 422. */
  readonly collaborators?: readonly string[];
  /** Team slugs of the owner organisation. */
  readonly teams?: readonly string[];
  /** The repository's deployment environments (Actions secrets of an environment need it to exist). */
  readonly environments?: readonly string[];
  /**
   * A workflow's own GITHUB_TOKEN: accepted as credentials, but every Actions secrets operation answers
   * 403 "Resource not accessible by integration", as GitHub does (that token has no secrets permission).
   */
  readonly actionsToken?: string;
  /** GitHub's clock (Date headers and secrets' timestamps); default the system clock. */
  readonly clock?: () => Date;
}

export interface FakeSecret {
  /** The sealed box as sent (base64): ciphertext only. */
  readonly encryptedValue: string;
  readonly keyId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const SUBSET = JSON.parse(readFileSync(new URL('../fixtures/github-openapi-subset.json', import.meta.url), 'utf8')) as { operations: SubsetOperation[] };
const HTML = 'https://github.example';

/** GitHub's published schemas allow unknown properties; the fake does not, to catch typos. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, sub]) => [name, closed(sub)])) : closed(value);
  }
  if ('properties' in out && !('additionalProperties' in out)) out['additionalProperties'] = false;
  return out;
}

function compile(): CompiledOperation[] {
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });
  const params = new Ajv({ strict: true, allErrors: true, validateFormats: false, coerceTypes: true });
  return SUBSET.operations.map((operation) => {
    const pathNames: string[] = [];
    const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_whole, name: string) => {
      pathNames.push(name);
      return '([^/]+)';
    });
    return {
      operation,
      pattern: new RegExp(`^${source}$`),
      pathNames,
      parameters: new Map(operation.parameters.map((parameter) => [parameter.name, { required: parameter.required, in: parameter.in, validate: params.compile(parameter.schema) }])),
      validateBody: operation.requestBody === null ? null : ajv.compile(closed(operation.requestBody.schema) as object),
    };
  });
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly violations: string[];
  readonly pulls: FakePull[];
  readonly issues: FakeIssue[];
  readonly comments: FakeComment[];
  readonly labels: Map<string, { name: string; color: string; description: string }>;
  /** Requests other than GET. */
  writes(): RecordedRequest[];
  /** The next `times` calls of `operationId` answer with `failure`. */
  fail(operationId: string, failure: Failure, times?: number): void;
  /** Runs once, and is awaited, just before the next pull request is created (to stage a race, or to act while a run is between steps). */
  beforeNextCreate(action: () => void | Promise<void>): void;
  /** The Actions secret's value, opened with the scope's private key; null when there is no such secret. */
  secretValue(name: string, environment?: string | null): string | null;
  /** The Actions secret as stored (sealed), or null. */
  secret(name: string, environment?: string | null): FakeSecret | null;
  /** The next secret PUT answers 204 as if it had worked, but changes nothing (a lost write). */
  dropNextSecretWrite(): void;
  /** Adds a pull request as if someone else had opened it. */
  addPull(pull: Omit<FakePull, 'number'>): FakePull;
  addIssue(issue: Omit<FakeIssue, 'number'>): FakeIssue;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const operations = compile();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const pulls: FakePull[] = [];
  const issues: FakeIssue[] = [];
  const comments: FakeComment[] = [];
  const labels = new Map<string, { name: string; color: string; description: string }>();
  const failures = new Map<string, { failure: Failure; times: number }>();
  let beforeCreate: (() => void | Promise<void>) | null = null;
  let nextNumber = 1;
  let nextComment = 1000;
  const collaborators = new Set((options.collaborators ?? []).map((login) => login.toLowerCase()));
  const teams = new Set((options.teams ?? []).map((slug) => slug.toLowerCase()));
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const clock = options.clock ?? ((): Date => new Date());
  const environments = new Set(options.environments ?? []);
  // One key pair per scope ('' is the repository), as GitHub has; key ids are opaque digit strings there.
  await sodium.ready;
  const keyPairs = new Map<string, { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array }>();
  const keyPairOf = (scope: string): { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array } => {
    let pair = keyPairs.get(scope);
    if (pair === undefined) {
      const generated = sodium.crypto_box_keypair();
      pair = { keyId: String(568250167242549743n + BigInt(keyPairs.size)), publicKey: generated.publicKey, privateKey: generated.privateKey };
      keyPairs.set(scope, pair);
    }
    return pair;
  };
  const secrets = new Map<string, FakeSecret>();
  // GitHub keeps secret names upper-case; names differing only in case are one secret.
  const secretKey = (scope: string, name: string): string => `${scope}\u0000${name.toUpperCase()}`;
  let dropSecretWrite = false;
  const seconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

  const pullJson = (pull: FakePull): object => ({
    number: pull.number,
    html_url: `${HTML}/${options.owner}/${options.repo}/pull/${pull.number}`,
    url: `${repoPath}/pulls/${pull.number}`,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    merged_at: pull.merged ? '2026-01-01T00:00:00Z' : null,
    head: { ref: pull.head, label: `${options.owner}:${pull.head}`, sha: options.branchTip(pull.head) ?? '0'.repeat(40) },
    base: { ref: pull.base, label: `${options.owner}:${pull.base}` },
    labels: pull.labels.map((name) => ({ name })),
    requested_reviewers: pull.reviewers.map((login) => ({ login })),
    requested_teams: pull.teams.map((slug) => ({ slug, name: slug })),
  });
  const issueJson = (issue: FakeIssue): object => ({
    number: issue.number,
    html_url: `${HTML}/${options.owner}/${options.repo}/issues/${issue.number}`,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.stateReason,
    labels: issue.labels.map((name) => ({ name })),
  });
  // GitHub's issues API lists pull requests too, marked by a `pull_request` member.
  const pullAsIssueJson = (pull: FakePull): object => ({
    number: pull.number,
    html_url: `${HTML}/${options.owner}/${options.repo}/pull/${pull.number}`,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    state_reason: null,
    labels: pull.labels.map((name) => ({ name })),
    pull_request: { url: `${repoPath}/pulls/${pull.number}` },
  });

  const ensureLabel = (name: string): void => {
    if (!labels.has(name.toLowerCase())) labels.set(name.toLowerCase(), { name, color: 'ededed', description: '' });
  };

  type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
  const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
  const page = (items: readonly object[], query: Readonly<Record<string, string>>, path: string): Reply => {
    const perPage = Number(query['per_page'] ?? '30');
    const pageNumber = Number(query['page'] ?? '1');
    const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const headers: Record<string, string> = {};
    if (pageNumber * perPage < items.length) {
      const next = new URLSearchParams({ ...query, page: String(pageNumber + 1) });
      headers['link'] = `<${server.url}${path}?${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  };
  const notFound: Reply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
  const findPull = (number: string | undefined): FakePull | undefined => pulls.find((pull) => String(pull.number) === number);

  const publicKeyReply = (scope: string): Reply => {
    const pair = keyPairOf(scope);
    return { status: 200, body: { key_id: pair.keyId, key: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL) } };
  };
  const putSecret = (scope: string, name: string, body: Record<string, unknown>): Reply => {
    // GitHub's naming rules for secrets; the 422 wording is the fake's own.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name)) {
      return { status: 422, body: { message: 'Secret names can only contain alphanumeric characters or underscores, must not start with a number, and must not start with GITHUB_.', status: '422' } };
    }
    if (body['key_id'] !== keyPairOf(scope).keyId) return { status: 422, body: { message: 'Bad request: key_id does not match the current public key.', status: '422' } };
    const existing = secrets.get(secretKey(scope, name));
    if (dropSecretWrite) {
      dropSecretWrite = false;
      return { status: existing === undefined ? 201 : 204 };
    }
    const now = seconds(clock());
    secrets.set(secretKey(scope, name), { encryptedValue: String(body['encrypted_value']), keyId: keyPairOf(scope).keyId, createdAt: existing?.createdAt ?? now, updatedAt: now });
    return { status: existing === undefined ? 201 : 204 };
  };
  const getSecret = (scope: string, name: string): Reply => {
    const secret = secrets.get(secretKey(scope, name));
    return secret === undefined ? notFound : { status: 200, body: { name: name.toUpperCase(), created_at: secret.createdAt, updated_at: secret.updatedAt } };
  };
  const inEnvironment = (path: Readonly<Record<string, string>>, then: (scope: string) => Reply): Reply => {
    const environment = path['environment_name'] ?? '';
    return environments.has(environment) ? then(`env:${environment}`) : notFound;
  };

  const handlers: Record<string, (path: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>, body: Record<string, unknown>, rawPath: string) => Reply> = {
    'pulls/list': (_path, query, _body, rawPath) => {
      const state = query['state'] ?? 'open';
      const head = query['head'];
      const found = pulls.filter((pull) => (state === 'all' || pull.state === state) && (head === undefined || `${options.owner}:${pull.head}` === head));
      return page(found.map(pullJson), query, rawPath);
    },
    'pulls/create': (_path, _query, body) => {
      const head = String(body['head']);
      if (options.branchTip(head) === null) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' } };
      }
      if (pulls.some((pull) => pull.state === 'open' && pull.head === head)) {
        return {
          status: 422,
          body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${options.owner}:${head}.` }], documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' },
        };
      }
      const pull: FakePull = { number: nextNumber++, title: text(body['title']), body: text(body['body']), state: 'open', merged: false, head, base: String(body['base']), labels: [], reviewers: [], teams: [] };
      pulls.push(pull);
      return { status: 201, body: pullJson(pull) };
    },
    'pulls/update': (path, _query, body) => {
      const pull = findPull(path['pull_number']);
      if (pull === undefined) return notFound;
      if (typeof body['title'] === 'string') pull.title = body['title'];
      if (typeof body['body'] === 'string') pull.body = body['body'];
      if (body['state'] === 'open' || body['state'] === 'closed') pull.state = body['state'];
      return { status: 200, body: pullJson(pull) };
    },
    'pulls/request-reviewers': (path, _query, body) => {
      const pull = findPull(path['pull_number']);
      if (pull === undefined) return notFound;
      const users = (body['reviewers'] as string[] | undefined) ?? [];
      const slugs = (body['team_reviewers'] as string[] | undefined) ?? [];
      if (users.some((login) => !collaborators.has(login.toLowerCase())) || slugs.some((slug) => !teams.has(slug.toLowerCase()))) {
        return {
          status: 422,
          body: { message: `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${options.owner}/${options.repo} repository.`, documentation_url: 'https://docs.github.com/rest/pulls/review-requests#request-reviewers-for-a-pull-request', status: '422' },
        };
      }
      for (const login of users) if (!pull.reviewers.includes(login)) pull.reviewers.push(login);
      for (const slug of slugs) if (!pull.teams.includes(slug)) pull.teams.push(slug);
      return { status: 201, body: pullJson(pull) };
    },
    'issues/get-label': (path) => {
      const label = labels.get((path['name'] ?? '').toLowerCase());
      return label === undefined ? notFound : { status: 200, body: { ...label, id: 1, default: false } };
    },
    'issues/create-label': (_path, _query, body) => {
      const name = String(body['name']);
      if (labels.has(name.toLowerCase())) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], status: '422' } };
      }
      const label = { name, color: text(body['color'], 'ededed'), description: text(body['description']) };
      labels.set(name.toLowerCase(), label);
      return { status: 201, body: { ...label, id: 1, default: false } };
    },
    'issues/add-labels': (path, _query, body) => {
      const number = path['issue_number'];
      const target = findPull(number) ?? issues.find((issue) => String(issue.number) === number);
      if (target === undefined) return notFound;
      for (const name of (body['labels'] as string[] | undefined) ?? []) {
        ensureLabel(name);
        if (!target.labels.includes(name)) target.labels.push(name);
      }
      return { status: 200, body: target.labels.map((name) => ({ name })) };
    },
    'issues/list-comments': (path, query, _body, rawPath) => page(comments.filter((comment) => String(comment.issue) === path['issue_number']).map((comment) => ({ id: comment.id, body: comment.body })), query, rawPath),
    'issues/create-comment': (path, _query, body) => {
      const number = Number(path['issue_number']);
      if (findPull(String(number)) === undefined && !issues.some((issue) => issue.number === number)) return notFound;
      const comment = { id: nextComment++, issue: number, body: String(body['body']) };
      comments.push(comment);
      return { status: 201, body: { id: comment.id, body: comment.body, html_url: `${HTML}/c/${comment.id}` } };
    },
    'issues/list-for-repo': (_path, query, _body, rawPath) => {
      const state = query['state'] ?? 'open';
      const wanted = (query['labels'] ?? '').split(',').filter((name) => name !== '').map((name) => name.toLowerCase());
      const matches = (item: { state: string; labels: string[] }): boolean =>
        (state === 'all' || item.state === state) && wanted.every((name) => item.labels.some((label) => label.toLowerCase() === name));
      const all = [...issues.filter(matches).map(issueJson), ...pulls.filter(matches).map(pullAsIssueJson)];
      return page(all, query, rawPath);
    },
    'issues/create': (_path, _query, body) => {
      const names = ((body['labels'] as string[] | undefined) ?? []).map(String);
      names.forEach(ensureLabel);
      const issue: FakeIssue = { number: nextNumber++, title: text(body['title']), body: text(body['body']), state: 'open', stateReason: null, labels: names };
      issues.push(issue);
      return { status: 201, body: issueJson(issue) };
    },
    'actions/get-repo-public-key': () => publicKeyReply(''),
    'actions/get-environment-public-key': (path) => inEnvironment(path, publicKeyReply),
    'actions/create-or-update-repo-secret': (path, _query, body) => putSecret('', path['secret_name'] ?? '', body),
    'actions/create-or-update-environment-secret': (path, _query, body) => inEnvironment(path, (scope) => putSecret(scope, path['secret_name'] ?? '', body)),
    'actions/get-repo-secret': (path) => getSecret('', path['secret_name'] ?? ''),
    'actions/get-environment-secret': (path) => inEnvironment(path, (scope) => getSecret(scope, path['secret_name'] ?? '')),
    'issues/update': (path, _query, body) => {
      const issue = issues.find((candidate) => String(candidate.number) === path['issue_number']);
      if (issue === undefined) return notFound;
      if (typeof body['body'] === 'string') issue.body = body['body'];
      if (typeof body['title'] === 'string') issue.title = body['title'];
      if (body['state'] === 'open' || body['state'] === 'closed') issue.state = body['state'];
      if (typeof body['state_reason'] === 'string') issue.stateReason = body['state_reason'];
      return { status: 200, body: issueJson(issue) };
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const reply = (result: Reply): void => {
      const payload = result.body === undefined ? '' : JSON.stringify(result.body);
      response.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', date: clock().toUTCString(), ...result.headers });
      response.end(payload);
    };

    const compiled = operations.find((candidate) => candidate.operation.method === method && candidate.pattern.test(url.pathname));
    if (compiled === undefined) {
      violations.push(`${method} ${url.pathname}: not an operation in the OpenAPI subset`);
      reply({ status: 400, body: { message: 'not in the OpenAPI subset' } });
      return;
    }
    const { operation } = compiled;
    const problems: string[] = [];
    const pathValues: Record<string, string> = {};
    const match = compiled.pattern.exec(url.pathname);
    compiled.pathNames.forEach((name, index) => {
      pathValues[name] = decodeURIComponent(match?.[index + 1] ?? '');
    });
    const query = Object.fromEntries(url.searchParams.entries());
    for (const [name, value] of [...Object.entries(pathValues), ...Object.entries(query)]) {
      const parameter = compiled.parameters.get(name);
      if (parameter === undefined) problems.push(`unknown parameter "${name}"`);
      else if (!parameter.validate(value)) problems.push(`parameter "${name}"=${JSON.stringify(value)}: ${JSON.stringify(parameter.validate.errors)}`);
    }
    for (const [name, parameter] of compiled.parameters) {
      if (parameter.required && pathValues[name] === undefined && query[name] === undefined) problems.push(`missing required parameter "${name}"`);
    }
    let body: Record<string, unknown> = {};
    if (text !== '') {
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        problems.push('body is not JSON');
      }
    }
    if (compiled.validateBody === null && text !== '') problems.push('a body where the operation takes none');
    if (compiled.validateBody !== null) {
      if (text === '' && operation.requestBody?.required === true) problems.push('missing required body');
      else if (text !== '' && !compiled.validateBody(body)) problems.push(`body: ${JSON.stringify(compiled.validateBody.errors)}`);
    }
    requests.push({ operationId: operation.operationId, method, path: url.pathname, query, body: text === '' ? undefined : body, authorization: request.headers.authorization });
    if (problems.length > 0) {
      violations.push(`${operation.operationId} ${method} ${url.pathname}: ${problems.join('; ')}`);
      reply({ status: 400, body: { message: problems.join('; ') } });
      return;
    }
    const authorization = request.headers.authorization ?? '';
    const isActionsToken = options.actionsToken !== undefined && (authorization === `token ${options.actionsToken}` || authorization === `bearer ${options.actionsToken}`);
    if (authorization !== `token ${options.token}` && authorization !== `bearer ${options.token}` && !isActionsToken) {
      reply({ status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } });
      return;
    }
    if (isActionsToken && operation.operationId.startsWith('actions/')) {
      reply({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/actions/secrets', status: '403' } });
      return;
    }
    if (pathValues['owner'] !== options.owner || pathValues['repo'] !== options.repo) {
      reply(notFound);
      return;
    }
    const failure = failures.get(operation.operationId);
    if (failure !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) failures.delete(operation.operationId);
      reply({ status: failure.failure.status, body: failure.failure.body, headers: { ...failure.failure.headers } });
      return;
    }
    if (operation.operationId === 'pulls/create' && beforeCreate !== null) {
      const action = beforeCreate;
      beforeCreate = null;
      await action();
    }
    const handler = handlers[operation.operationId];
    reply(handler === undefined ? notFound : handler(pathValues, query, body, url.pathname));
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`fake GitHub crashed: ${String(error)}`);
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const server: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    pulls,
    issues,
    comments,
    labels,
    writes: () => requests.filter((request) => request.method !== 'GET'),
    fail: (operationId, failure, times = 1) => failures.set(operationId, { failure, times }),
    secretValue: (name, environment = null) => {
      const scope = environment === null ? '' : `env:${environment}`;
      const secret = secrets.get(secretKey(scope, name));
      if (secret === undefined) return null;
      const pair = keyPairOf(scope);
      return sodium.to_string(sodium.crypto_box_seal_open(sodium.from_base64(secret.encryptedValue, sodium.base64_variants.ORIGINAL), pair.publicKey, pair.privateKey));
    },
    secret: (name, environment = null) => secrets.get(secretKey(environment === null ? '' : `env:${environment}`, name)) ?? null,
    dropNextSecretWrite: () => {
      dropSecretWrite = true;
    },
    beforeNextCreate: (action) => {
      beforeCreate = action;
    },
    addPull: (pull) => {
      const added = { ...pull, number: nextNumber++ };
      pulls.push(added);
      return added;
    },
    addIssue: (issue) => {
      const added = { ...issue, number: nextNumber++ };
      issues.push(added);
      return added;
    },
    close: () => new Promise<void>((resolve, reject) => {
      http.closeAllConnections();
      http.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    }),
  };
  return server;
}
