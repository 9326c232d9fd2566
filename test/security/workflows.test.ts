import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/**
 * A small zizmor-style linter for GitHub Actions workflows, run over the example workflows and the
 * project's own CI (GitHub's "Security hardening for GitHub Actions"):
 * - unpinned-uses: every `uses:` names a full 40-hex commit SHA with a `# vX.Y.Z` comment (local
 *   `./` actions excepted, and the examples' own placeholder for the release the reader pins);
 * - excessive-permissions: `permissions:` set at the top, nothing written there, no `write-all`;
 *   write scopes only per job;
 * - dangerous-triggers: no `pull_request_target`, no `workflow_run`;
 * - template-injection: no `${{ }}` expression inside a `run:` script or a github-script `script:`
 *   (values reach scripts through `env:`);
 * - artipacked: actions/checkout sets `persist-credentials: false` unless a step of the same job
 *   pushes with them (the operator's own workflows push nothing with them: it hands its token to git
 *   itself, for one push);
 * - secrets-outside-step: no secret in a workflow- or job-level `env:`, where every step (npm ci and
 *   the install scripts it runs, tests) would see it; a secret goes to the one step that uses it;
 * - obsolete-runtime: no pin of a GitHub action release that runs on Node 20, which GitHub removed
 *   from its runners on 2026-09-16.
 */

interface Finding {
  readonly rule: 'unpinned-uses' | 'excessive-permissions' | 'dangerous-triggers' | 'template-injection' | 'artipacked' | 'secrets-outside-step' | 'obsolete-runtime' | 'unreadable';
  readonly where: string;
  readonly message: string;
}

/** The examples pin the operator's own action to the release the reader reviewed; this is how they say so. */
const OWN_ACTION_PLACEHOLDER = /^OWNER\/netsuite-token-gitops@RELEASE_COMMIT_SHA$/;
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^\s*v\d+(\.\d+){0,2}\b/;
const DANGEROUS_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** From which release on each action runs on Node 24 (`runs.using` in its action.yml at each tag; older majors run on Node 20). */
const FIRST_NODE24_RELEASE: Readonly<Record<string, readonly [number, number]>> = {
  'actions/checkout': [5, 0],
  'actions/setup-node': [5, 0],
  'actions/upload-artifact': [6, 0],
  'actions/download-artifact': [7, 0],
  'actions/create-github-app-token': [2, 1],
  'actions/github-script': [8, 0],
};

function toJs(node: unknown): unknown {
  return node !== null && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

function mapGet(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.value as Node | undefined;
  return undefined;
}

function mapKeys(node: unknown): string[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => (isPair(pair) && isScalar(pair.key) ? [String(pair.key.value)] : []));
}

function checkPermissions(value: unknown, where: string, topLevel: boolean, findings: Finding[]): void {
  const permissions = toJs(value);
  if (permissions === undefined) {
    if (topLevel) findings.push({ rule: 'excessive-permissions', where, message: 'no top-level permissions: the token gets the repository default, often write-all' });
    return;
  }
  if (typeof permissions === 'string') {
    if (permissions !== 'read-all' || topLevel) findings.push({ rule: 'excessive-permissions', where, message: `permissions: ${permissions} instead of named scopes` });
    return;
  }
  if (typeof permissions !== 'object' || permissions === null) return;
  for (const [scope, level] of Object.entries(permissions as Record<string, unknown>)) {
    if (level === 'write' && topLevel) findings.push({ rule: 'excessive-permissions', where, message: `${scope}: write granted to every job; grant it in the job that needs it` });
    if (level !== 'read' && level !== 'write' && level !== 'none') findings.push({ rule: 'excessive-permissions', where, message: `${scope}: ${String(level)} is not a permission level` });
  }
}

function checkStep(step: unknown, where: string, text: string, jobPushes: boolean, findings: Finding[]): void {
  const uses = mapGet(step, 'uses');
  if (isScalar(uses) && typeof uses.value === 'string') checkUses(uses, where, text, findings);
  const run = mapGet(step, 'run');
  if (isScalar(run) && typeof run.value === 'string' && run.value.includes('${{')) {
    findings.push({ rule: 'template-injection', where, message: `expression inside run: ${run.value.slice(run.value.indexOf('${{'), run.value.indexOf('${{') + 60)}` });
  }
  const withInputs = mapGet(step, 'with');
  const script = mapGet(withInputs, 'script');
  if (isScalar(uses) && String(uses.value).startsWith('actions/github-script@') && isScalar(script) && String(script.value).includes('${{')) {
    findings.push({ rule: 'template-injection', where, message: 'expression inside a github-script script' });
  }
  if (isScalar(uses) && String(uses.value).startsWith('actions/checkout@')) {
    const persist = toJs(mapGet(withInputs, 'persist-credentials'));
    if (persist !== false && !jobPushes) findings.push({ rule: 'artipacked', where, message: 'actions/checkout without persist-credentials: false leaves the token in .git/config, and nothing in this job pushes' });
  }
}

function checkUses(uses: { value: unknown; range?: [number, number, number] | null }, where: string, text: string, findings: Finding[]): void {
  const reference = String(uses.value);
  if (reference.startsWith('./')) return;
  // The comment after the reference on the same line: `uses: owner/repo@sha # v1.2.3`.
  const end = uses.range?.[1] ?? 0;
  const rest = text.slice(end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end));
  const comment = /^\s*#(.*)$/.exec(rest)?.[1] ?? null;
  if (OWN_ACTION_PLACEHOLDER.test(reference)) {
    if (comment === null || !comment.includes('replace with the full commit SHA')) findings.push({ rule: 'unpinned-uses', where, message: 'the release placeholder must say it is to be replaced by a full commit SHA' });
    return;
  }
  if (reference.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(reference)) findings.push({ rule: 'unpinned-uses', where, message: `${reference} is not pinned by digest` });
    return;
  }
  if (!PINNED.test(reference)) findings.push({ rule: 'unpinned-uses', where, message: `${reference} is not pinned to a full commit SHA` });
  else if (comment === null || !VERSION_COMMENT.test(comment)) findings.push({ rule: 'unpinned-uses', where, message: `${reference} has no "# vX.Y.Z" comment naming the version it pins` });
  const action = reference.slice(0, reference.indexOf('@'));
  const first = FIRST_NODE24_RELEASE[action];
  const version = /^\s*v(\d+)(?:\.(\d+))?/.exec(comment ?? '');
  if (first !== undefined && version !== null) {
    const [major, minor] = [Number(version[1]), Number(version[2] ?? 0)];
    if (major < first[0] || (major === first[0] && minor < first[1])) {
      findings.push({ rule: 'obsolete-runtime', where, message: `${action} v${major}.${minor} runs on Node 20; v${first[0]}.${first[1]} and later run on Node 24` });
    }
  }
}

function checkEnvSecrets(value: unknown, where: string, findings: Finding[]): void {
  const env = toJs(value);
  if (typeof env !== 'object' || env === null) return;
  for (const [name, text] of Object.entries(env as Record<string, unknown>)) {
    if (typeof text === 'string' && /\$\{\{[^}]*\bsecrets\./.test(text)) findings.push({ rule: 'secrets-outside-step', where, message: `${name} gives a secret to every step; set it on the step that needs it` });
  }
}

function lintWorkflow(name: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const document = parseDocument(text, { keepSourceTokens: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return [{ rule: 'unreadable', where: name, message: document.errors[0]?.message ?? 'not a mapping' }];
  const root = document.contents;

  const on = mapGet(root, 'on');
  const triggers = isScalar(on) ? [String(on.value)] : isSeq(on) ? on.items.map((item) => String(toJs(item))) : mapKeys(on);
  for (const trigger of triggers) if (DANGEROUS_TRIGGERS.includes(trigger)) findings.push({ rule: 'dangerous-triggers', where: `${name}: on`, message: `${trigger} runs with secrets on code from outside` });

  checkPermissions(mapGet(root, 'permissions'), `${name}: permissions`, true, findings);
  checkEnvSecrets(mapGet(root, 'env'), `${name}: env`, findings);
  const jobs = mapGet(root, 'jobs');
  for (const jobName of mapKeys(jobs)) {
    const job = mapGet(jobs, jobName);
    const where = `${name}: jobs.${jobName}`;
    checkPermissions(mapGet(job, 'permissions'), `${where}.permissions`, false, findings);
    checkEnvSecrets(mapGet(job, 'env'), `${where}.env`, findings);
    const reusable = mapGet(job, 'uses');
    if (isScalar(reusable)) checkUses(reusable, where, text, findings);
    const steps = mapGet(job, 'steps');
    if (isSeq(steps)) {
      const pushes = steps.items.some((step) => {
        const run = mapGet(step, 'run');
        return isScalar(run) && typeof run.value === 'string' && /\bgit push\b/.test(run.value);
      });
      steps.items.forEach((step, index) => { checkStep(step, `${where}.steps[${index}]`, text, pushes, findings); });
    }
  }
  return findings;
}

function workflowsIn(directory: URL): Map<string, string> {
  const path = fileURLToPath(directory);
  return new Map(readdirSync(path).filter((file) => /\.ya?ml$/.test(file)).map((file) => [`${path.split('/').filter(Boolean).slice(-2).join('/')}/${file}`, readFileSync(new URL(file, directory), 'utf8')]));
}

const WORKFLOWS = new Map([...workflowsIn(new URL('../../examples/workflows/', import.meta.url)), ...workflowsIn(new URL('../../.github/workflows/', import.meta.url))]);

describe('workflow hardening', () => {
  it('checks the example workflows and the project CI', () => {
    expect([...WORKFLOWS.keys()].filter((name) => name.startsWith('examples/workflows/')).length).toBeGreaterThanOrEqual(3);
    expect([...WORKFLOWS.keys()]).toContain('.github/workflows/ci.yml');
  });

  for (const [name, text] of WORKFLOWS) {
    it(`${name} has no finding`, () => {
      expect(lintWorkflow(name, text)).toEqual([]);
    });
  }

  it('the linter finds each problem in a workflow that has them all', () => {
    const bad = `on:
  pull_request_target:
permissions: write-all
env:
  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
jobs:
  build:
    permissions:
      contents: maybe
    env:
      KEY: "prefix-\${{ secrets.KEY }}"
      PLAIN: "\${{ github.sha }}"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: actions/create-github-app-token@df432ceedc7162793a195dd1713ff69aefc7379e # v2.0.6
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
        with:
          script: console.log("\${{ github.event.issue.title }}")
      - run: echo "\${{ github.event.pull_request.title }}"
  reuse:
    uses: acme/workflows/.github/workflows/x.yml@main
`;
    const rules = lintWorkflow('bad.yml', bad).map((finding) => `${finding.rule} ${finding.where}`);
    expect(rules).toEqual(expect.arrayContaining([
      'dangerous-triggers bad.yml: on',
      'excessive-permissions bad.yml: permissions',
      'excessive-permissions bad.yml: jobs.build.permissions',
      'unpinned-uses bad.yml: jobs.build.steps[0]',
      'artipacked bad.yml: jobs.build.steps[0]',
      'unpinned-uses bad.yml: jobs.build.steps[1]',
      'obsolete-runtime bad.yml: jobs.build.steps[2]',
      'obsolete-runtime bad.yml: jobs.build.steps[3]',
      'template-injection bad.yml: jobs.build.steps[4]',
      'template-injection bad.yml: jobs.build.steps[5]',
      'unpinned-uses bad.yml: jobs.reuse',
      'secrets-outside-step bad.yml: env',
      'secrets-outside-step bad.yml: jobs.build.env',
    ]));
    expect(rules.filter((rule) => rule.startsWith('secrets-outside-step'))).toHaveLength(2);
    expect(lintWorkflow('current.yml', `on: push
permissions: {}
jobs:
  build:
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`)).toEqual([]);
    expect(lintWorkflow('write.yml', 'on: push\npermissions:\n  contents: write\njobs: {}\n')).toEqual([
      { rule: 'excessive-permissions', where: 'write.yml: permissions', message: 'contents: write granted to every job; grant it in the job that needs it' },
    ]);
    expect(lintWorkflow('none.yml', 'on: push\njobs: {}\n').map((finding) => finding.rule)).toEqual(['excessive-permissions']);
  });
});
