import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionArguments } from '../../src/github/action-inputs.js';
import { planOutputs } from '../../src/github/action-outputs.js';
import { report } from './support/reports.js';

/** The example workflows, the project's own workflows and action.yml, checked against SPEC §6/§15 and the Action's code. */

type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = { if?: string; permissions?: Record<string, string>; environment?: string; concurrency?: { group: string; 'cancel-in-progress': boolean }; steps: Step[]; strategy?: { matrix: { include?: { account: string; config: string }[]; node?: number[] } } };
type Workflow = { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };

const directory = new URL('../../examples/workflows/', import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith('.yml'));
const raw = new Map(files.map((name) => [name, readFileSync(new URL(name, directory), 'utf8')]));
const workflows = new Map([...raw].map(([name, text]) => [name, parse(text) as Workflow]));
const setup = readFileSync(new URL('SETUP.md', directory), 'utf8');
const OWN_ACTION = /^OWNER\/netsuite-token-gitops@RELEASE_COMMIT_SHA$/;

function workflow(name: string): Workflow {
  const found = workflows.get(name);
  if (found === undefined) throw new Error(`examples/workflows/${name} is missing`);
  return found;
}

function job(workflowName: string, jobName: string): Job {
  const found = workflow(workflowName).jobs[jobName];
  if (found === undefined) throw new Error(`${workflowName} has no job ${jobName}`);
  return found;
}

function step(found: Job, predicate: (candidate: Step) => boolean, what: string): Step {
  const match = found.steps.find(predicate);
  if (match === undefined) throw new Error(`no step ${what}`);
  return match;
}

const ownAction = (found: Job): Step => step(found, (candidate) => OWN_ACTION.test(candidate.uses ?? ''), 'using the Action');

/** GitHub's path filter globs: `*` within a path segment, `**` across them. */
function globMatches(pattern: string, path: string): boolean {
  const expression = pattern.split('**').map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/** GitHub applies path filters in order; a `!` pattern excludes what earlier ones included. */
function pathsMatch(patterns: readonly string[], path: string): boolean {
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) { if (globMatches(pattern.slice(1), path)) matched = false; } else if (globMatches(pattern, path)) matched = true;
  }
  return matched;
}

/** Each job's exact permissions: nothing at workflow level, and per job only what its steps use. */
const PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'netsuite-tokens-plan.yml': {
    validate: { contents: 'read' },
    plan: { contents: 'read', 'pull-requests': 'write' },
  },
  'netsuite-tokens-apply.yml': {
    apply: { contents: 'write', 'pull-requests': 'write', issues: 'write', actions: 'read' },
  },
  'netsuite-tokens-drift.yml': {
    drift: { contents: 'read' },
  },
  'netsuite-tokens-scheduled-apply.yml': {
    apply: { contents: 'write', 'pull-requests': 'write', issues: 'write' },
  },
};

describe('example workflows', () => {
  it('are the four SETUP.md tells people to copy, under names the plan workflow watches', () => {
    expect(files.sort()).toEqual(Object.keys(PERMISSIONS).sort());
    const watched = (workflow('netsuite-tokens-plan.yml').on['pull_request'] as { paths: string[] }).paths;
    for (const name of files) {
      expect(setup).toContain(`\`${name}\``);
      expect(pathsMatch(watched, `.github/workflows/${name}`), name).toBe(true);
    }
  });

  for (const [name, current] of workflows) {
    describe(name, () => {
      const jobs = Object.entries(current.jobs);

      it('grants nothing by default and least privilege per job', () => {
        expect(current.permissions).toEqual({});
        expect(Object.fromEntries(jobs.map(([jobName, found]) => [jobName, found.permissions]))).toEqual(PERMISSIONS[name]);
      });

      it('pins every action by full commit SHA with a version comment', () => {
        const uses = [...(raw.get(name) ?? '').matchAll(/uses:\s*(\S+)(.*)$/gm)];
        expect(uses.length).toBeGreaterThan(0);
        for (const [, reference = '', comment = ''] of uses) {
          if (OWN_ACTION.test(reference)) continue;
          expect(reference).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
          expect(comment).toMatch(/# v\d+\.\d+\.\d+/);
        }
      });

      it('never runs on pull_request_target and interpolates nothing into scripts', () => {
        expect(Object.keys(current.on)).not.toContain('pull_request_target');
        for (const [, found] of jobs) for (const candidate of found.steps) if (candidate.run !== undefined) expect(candidate.run).not.toContain('${{');
      });

      it('gives NetSuite secrets only to jobs in a per-account environment, one run per account at a time', () => {
        for (const [, found] of jobs) {
          const usesSecrets = JSON.stringify(found.steps).includes('secrets.');
          if (!usesSecrets) continue;
          expect(found.environment).toBe('netsuite-${{ matrix.account }}');
          expect(found.concurrency?.group).toContain('${{ matrix.account }}');
          expect(found.strategy?.matrix.include?.length).toBeGreaterThanOrEqual(2);
        }
      });

      it('checks out without persisting credentials', () => {
        for (const [, found] of jobs) {
          for (const checkout of found.steps.filter((candidate) => candidate.uses?.startsWith('actions/checkout@') === true)) {
            expect(checkout.with?.['persist-credentials']).toBe(false);
          }
        }
      });

      it('passes the Action only inputs it understands', () => {
        const declared = Object.keys((parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
        for (const [, found] of jobs) {
          for (const candidate of found.steps.filter((entry) => OWN_ACTION.test(entry.uses ?? ''))) {
            const inputs = candidate.with ?? {};
            for (const key of Object.keys(inputs)) expect(declared).toContain(key);
            const env = Object.fromEntries(Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, String(value)]));
            expect(() => actionArguments(env)).not.toThrow();
          }
        }
      });
    });
  }

  it('leave the Action to be pinned in the five places SETUP.md counts', () => {
    const placeholders = [...raw.values()].reduce((count, text) => count + text.split('OWNER/netsuite-token-gitops@RELEASE_COMMIT_SHA').length - 1, 0);
    expect(placeholders).toBe(5);
    expect(setup).toContain('`OWNER/netsuite-token-gitops@RELEASE_COMMIT_SHA` (five places)');
  });

  it('plans pull requests from this repository only; forks get validation without secrets', () => {
    const plan = workflow('netsuite-tokens-plan.yml');
    expect(Object.keys(plan.on)).toEqual(['pull_request']);
    expect(plan.jobs['plan']?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(plan.jobs['validate']?.if).toBeUndefined();
    expect(JSON.stringify(plan.jobs['validate'])).not.toContain('secrets.');
    expect(raw.get('netsuite-tokens-plan.yml')).toContain('startswith(env.MARKER)');
  });

  it('plans the head commit as JSON and uploads exactly that file as the account\'s plan artifact', () => {
    const plan = job('netsuite-tokens-plan.yml', 'plan');
    const checkout = step(plan, (candidate) => candidate.uses?.startsWith('actions/checkout@') === true, 'checkout');
    expect(checkout.with?.['ref']).toBe('${{ github.event.pull_request.head.sha }}');
    const planned = ownAction(plan).with ?? {};
    expect(planned).toMatchObject({ command: 'plan', format: 'json' });
    // Straight in the runner's temporary directory: the CLI writes a file, it makes no directories.
    expect(planned['out']).toMatch(/^\$\{\{ runner\.temp \}\}\/[\w.-]+$/);
    expect(planned['markdown-out']).toMatch(/^\$\{\{ runner\.temp \}\}\/[\w.-]+$/);
    const upload = step(plan, (candidate) => candidate.uses?.startsWith('actions/upload-artifact@') === true, 'uploading the plan');
    expect(upload.with).toMatchObject({ name: 'netsuite-plan-${{ matrix.account }}', path: planned['out'], 'if-no-files-found': 'error' });
    // A re-run of the job (SETUP.md's way to re-plan a stale plan) is the same workflow run: without
    // overwrite, upload-artifact refuses the name the first attempt used (409) and no new plan is saved.
    expect(upload.with?.['overwrite']).toBe(true);
    const comment = step(plan, (candidate) => candidate.name === 'Post or update the plan comment', 'commenting');
    expect(comment.if).toBe('${{ !cancelled() }}');
    expect(comment.env).toMatchObject({ HEAD_SHA: '${{ github.event.pull_request.head.sha }}', OUTCOME: `\${{ steps.${upload.id ?? ''}.outcome }}`, PLAN_MARKDOWN: planned['markdown-out'] });
  });

  it('applies on merge exactly the plan artifact of the merged pull request, and asks for a new plan when it is refused', () => {
    const merge = workflow('netsuite-tokens-apply.yml');
    expect(Object.keys(merge.on)).toEqual(['push']);
    const apply = job('netsuite-tokens-apply.yml', 'apply');
    const reviewed = step(apply, (candidate) => candidate.id === 'reviewed', 'finding the reviewed plan');
    expect(reviewed.env?.['PLAN_WORKFLOW']).toBe('.github/workflows/netsuite-tokens-plan.yml');
    const download = step(apply, (candidate) => candidate.uses?.startsWith('actions/download-artifact@') === true, 'downloading the plan');
    expect(download.with).toEqual({
      name: 'netsuite-plan-${{ matrix.account }}',
      'run-id': '${{ steps.reviewed.outputs.run-id }}',
      'github-token': '${{ github.token }}',
      path: '${{ runner.temp }}/netsuite-plan',
    });
    const uploaded = step(job('netsuite-tokens-plan.yml', 'plan'), (candidate) => candidate.uses?.startsWith('actions/upload-artifact@') === true, 'uploading the plan');
    expect(reviewed.env?.['ARTIFACT']).toBe(uploaded.with?.['name']);
    const applied = ownAction(apply);
    expect(applied.with).toMatchObject({ command: 'apply', plan: '${{ runner.temp }}/netsuite-plan/plan.json', 'pull-request': true });
    const stale = step(apply, (candidate) => candidate.name === 'Ask for a new plan', 'asking for a new plan');
    expect(stale.if).toBe(`failure() && steps.${applied.id ?? ''}.outputs.exit-code == '4'`);
    expect(stale.env?.['PR_NUMBER']).toBe('${{ steps.reviewed.outputs.pr }}');
  });

  it('keeps the drift check read-only and leaves changes to the scheduled apply', () => {
    const drift = job('netsuite-tokens-drift.yml', 'drift');
    expect(ownAction(drift).with).toEqual({ command: 'plan', config: '${{ matrix.config }}', 'detailed-exitcode': true });
    expect(drift.permissions).toEqual({ contents: 'read' });
    const scheduled = workflow('netsuite-tokens-scheduled-apply.yml');
    expect(Object.keys(scheduled.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(ownAction(job('netsuite-tokens-scheduled-apply.yml', 'apply')).with).toEqual({ command: 'apply', config: '${{ matrix.config }}', 'pull-request': true });
  });

  it('gives the plan, apply and drift jobs the same credential variables, covering every env: name of the example accounts', () => {
    const referenced = readdirSync(new URL('../../examples/multi-account/', import.meta.url))
      .flatMap((name) => [...readFileSync(new URL(`../../examples/multi-account/${name}`, import.meta.url), 'utf8').matchAll(/env:([A-Z][A-Z0-9_]*)/g)].map((match) => match[1] ?? ''));
    const credentialsOf = (found: Job): Record<string, string> => {
      const { GITHUB_SECRETS_TOKEN: _delivery, ...credentials } = ownAction(found).env ?? {};
      return credentials;
    };
    const reference = credentialsOf(job('netsuite-tokens-apply.yml', 'apply'));
    expect(Object.keys(reference)).toEqual(expect.arrayContaining([...new Set(referenced)]));
    for (const name of referenced) expect(reference[name]).toBe(`\${{ secrets.${name} }}`);
    expect(credentialsOf(job('netsuite-tokens-plan.yml', 'plan'))).toEqual(reference);
    expect(credentialsOf(job('netsuite-tokens-drift.yml', 'drift'))).toEqual(reference);
    expect(credentialsOf(job('netsuite-tokens-scheduled-apply.yml', 'apply'))).toEqual(reference);
  });

  it('mints the GitHub App token for delivery to secrets in the apply jobs only', () => {
    for (const [name, jobName] of [['netsuite-tokens-apply.yml', 'apply'], ['netsuite-tokens-scheduled-apply.yml', 'apply']] as const) {
      const found = job(name, jobName);
      const token = step(found, (candidate) => candidate.uses?.startsWith('actions/create-github-app-token@') === true, 'minting the App token');
      expect(token.with).toMatchObject({ 'permission-secrets': 'write', 'permission-environments': 'write' });
      expect(ownAction(found).env?.['GITHUB_SECRETS_TOKEN']).toBe(`\${{ steps.${token.id ?? ''}.outputs.token }}`);
    }
    for (const found of [job('netsuite-tokens-plan.yml', 'plan'), job('netsuite-tokens-drift.yml', 'drift')]) {
      expect(JSON.stringify(found)).not.toContain('create-github-app-token');
      expect(ownAction(found).env?.['GITHUB_SECRETS_TOKEN']).toBeUndefined();
    }
    expect(setup).toContain('GITHUB_SECRETS_TOKEN');
    expect(setup).toContain('NETSUITE_TOKENS_APP_CLIENT_ID');
    expect(setup).toContain('NETSUITE_TOKENS_APP_PRIVATE_KEY');
  });

  it('watches the desired-state files SETUP.md names, and never the status files the results pull request changes', () => {
    const planPaths = (workflow('netsuite-tokens-plan.yml').on['pull_request'] as { paths: string[] }).paths;
    const applyPaths = (workflow('netsuite-tokens-apply.yml').on['push'] as { paths: string[] }).paths;
    expect(applyPaths).toEqual(['netsuite/**', '!netsuite/**.status.yaml']);
    for (const [name, current] of workflows) {
      for (const [, found] of Object.entries(current.jobs)) {
        for (const entry of found.strategy?.matrix.include ?? []) {
          expect(setup, `${name}: ${entry.config}`).toContain(`\`${entry.config}\``);
          expect(pathsMatch(planPaths, entry.config)).toBe(true);
          expect(pathsMatch(applyPaths, entry.config)).toBe(true);
          const status = entry.config.replace(/\.ya?ml$/, '.status.yaml');
          expect(pathsMatch(planPaths, status)).toBe(false);
          expect(pathsMatch(applyPaths, status)).toBe(false);
          expect(setup, `${name}: environment of ${entry.account}`).toContain(`\`netsuite-${entry.account}\``);
        }
      }
    }
  });

  it('states one environment rule, in SETUP.md and the workflows alike', () => {
    expect(setup).toMatch(/\*\*Deployment branches\*\*: no restriction/);
    for (const [name, text] of raw) expect(text, name).not.toMatch(/main only/i);
    for (const [name, current] of workflows) {
      for (const [jobName, found] of Object.entries(current.jobs)) if (found.environment !== undefined) expect(found.environment, `${name} ${jobName}`).toBe('netsuite-${{ matrix.account }}');
    }
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares the inputs the Action maps and the outputs the commands and the Action write', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['allow-over-limit', 'command', 'concurrency', 'config', 'detailed-exitcode', 'format', 'github-token', 'markdown-out', 'only', 'out', 'plan', 'pull-request', 'rotate']);
    expect(Object.keys(action.outputs).sort()).toEqual([...Object.keys(planOutputs(report([]).plan)), 'exit-code'].sort());
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([key, input]) => [`INPUT_${key.toUpperCase()}`, input.default ?? '']));
    expect(actionArguments({ ...defaults, 'INPUT_GITHUB-TOKEN': '' })).toEqual(['plan', '--config', 'netsuite-tokens.yaml']);
  });

  it('runs on Node 24 the bundle scripts/build.mjs makes from src/action.ts', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(readFileSync(new URL('../../scripts/build.mjs', import.meta.url), 'utf8')).toContain("action: 'src/action.ts'");
  });
});

describe('the project workflows', () => {
  const project = new Map(['ci.yml', 'release.yml'].map((name) => [name, parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8')) as Workflow]));
  const ci = project.get('ci.yml');
  const release = project.get('release.yml');

  it('CI tests Node 20, 22 and 24, and installs the packed tarball as a user would', () => {
    expect(ci?.jobs['check']?.strategy?.matrix.node).toEqual([20, 22, 24]);
    expect(JSON.stringify(ci?.jobs['package']?.steps)).toContain('node scripts/check-package.mjs');
  });

  it('release tags the bundle and publishes the checked tarball with provenance, only when NPM_TOKEN is set', () => {
    const releaseJob = release?.jobs['release'];
    expect(releaseJob?.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const steps = releaseJob?.steps ?? [];
    const names = steps.map((candidate) => candidate.name ?? candidate.run ?? candidate.uses ?? '');
    expect(names.indexOf('Install the package into an empty project and run it')).toBeLessThan(names.indexOf('Commit the bundle and tag it'));
    const publish = steps.find((candidate) => candidate.name === 'Publish to npm with provenance');
    expect(publish?.if).toBe("steps.npm.outputs.publish == 'true'");
    expect(publish?.run).toMatch(/npm publish "\$TARBALL" --provenance --access public/);
    expect(steps.find((candidate) => candidate.id === 'npm')?.env).toEqual({ HAS_NPM_TOKEN: "${{ secrets.NPM_TOKEN != '' }}" });
    // The token reaches the publish step only: not npm ci, the tests or the build.
    expect(steps.filter((candidate) => JSON.stringify(candidate).includes('secrets.NPM_TOKEN }}')).map((candidate) => candidate.name)).toEqual(['Publish to npm with provenance']);
  });
});

/** The commit SHAs of the release tags the workflows pin, checked against each project's tags (git ls-remote). */
const PINS: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'actions/create-github-app-token': { sha: '1b10c78c7865c340bc4f6099eb2f838309f1e8c3', version: 'v3.1.1' },
};

describe('action pins', () => {
  it('every workflow pins the same verified release of each action, on Node 24', () => {
    const texts = [...raw.values(), ...['ci.yml', 'release.yml'].map((name) => readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8'))];
    const seen = new Set<string>();
    for (const text of texts) {
      for (const [, action = '', sha = '', version = ''] of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)) {
        expect(PINS[action], action).toBeDefined();
        expect({ sha, version }).toEqual(PINS[action]);
        seen.add(action);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(PINS).sort());
  });
});

interface StepRun {
  readonly code: number | null;
  readonly calls: string[];
  readonly body: string | null;
  readonly outputs: string;
  readonly stdout: string;
}

/**
 * Runs a step's script with bash and a stand-in `gh`. The stand-in records its arguments and the body
 * it would send, and answers `gh api PATH --jq FILTER` by running the step's own filter with jq over
 * the JSON the test gives for PATH, as GitHub would have answered it.
 */
function runStep(script: string, env: Record<string, string>, api: Record<string, unknown> = {}): StepRun {
  const root = mkdtempSync(join(tmpdir(), 'nst-step-'));
  try {
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'api'));
    for (const [path, answer] of Object.entries(api)) writeFileSync(join(root, 'api', path.replace(/[/?&=]/g, '_')), JSON.stringify(answer));
    writeFileSync(join(root, 'bin', 'gh'), [
      '#!/bin/sh',
      'printf "%s\\n" "$*" >> "$ROOT/calls"',
      'filter=""; path=""',
      'while [ $# -gt 0 ]; do',
      '  case "$1" in',
      '    --jq) filter="$2"; shift 2 ;;',
      '    --method) shift 2 ;;',
      '    -F) case "$2" in body=@*) cp "${2#body=@}" "$ROOT/sent" ;; esac; shift 2 ;;',
      '    api|--paginate) shift ;;',
      '    *) path="$1"; shift ;;',
      '  esac',
      'done',
      'answer="$ROOT/api/$(printf "%s" "$path" | tr "/?&=" "____")"',
      'if [ -n "$filter" ]; then jq -r "$filter" < "$answer"; elif [ -f "$answer" ]; then cat "$answer"; fi',
    ].join('\n'), { mode: 0o755 });
    writeFileSync(join(root, 'outputs'), '');
    const result = spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      // Not a pipe for stdin: bash takes a socket there for a remote shell and would read ~/.bashrc.
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`,
        ROOT: root,
        GITHUB_OUTPUT: join(root, 'outputs'),
        GITHUB_REPOSITORY: 'acme/config',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '4242',
        GITHUB_SHA: 'm'.repeat(40),
        GH_TOKEN: 'unused',
        ...env,
      },
    });
    const calls = existsSync(join(root, 'calls')) ? readFileSync(join(root, 'calls'), 'utf8').trim().split('\n') : [];
    const body = existsSync(join(root, 'sent')) ? readFileSync(join(root, 'sent'), 'utf8') : null;
    return { code: result.status, calls, body, outputs: readFileSync(join(root, 'outputs'), 'utf8'), stdout: result.stdout + result.stderr };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const HEAD = 'a'.repeat(40);

describe('the plan comment step', () => {
  const script = step(job('netsuite-tokens-plan.yml', 'plan'), (candidate) => candidate.name === 'Post or update the plan comment', 'commenting').run ?? '';

  function comment(planText: string, existing: { id: number; login: string; body: string }[], outcome = 'success'): StepRun {
    const root = mkdtempSync(join(tmpdir(), 'nst-plan-md-'));
    try {
      writeFileSync(join(root, 'plan.md'), planText);
      return runStep(script, {
        PR_NUMBER: '12',
        HEAD_SHA: HEAD,
        ACCOUNT: 'production',
        ARTIFACT: 'netsuite-plan-production',
        OUTCOME: outcome,
        MARKER: '<!-- netsuite-tokens:plan account=production -->',
        PLAN_MARKDOWN: join(root, 'plan.md'),
        COMMENT_FILE: join(root, 'comment.md'),
      }, { 'repos/acme/config/issues/12/comments': existing.map((entry) => ({ id: entry.id, user: { login: entry.login }, body: entry.body })) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('creates the comment, marker first, naming the head commit and the artifact, when there is none', () => {
    const { code, calls, body } = comment('### Plan\n', [{ id: 5, login: 'someone', body: '<!-- netsuite-tokens:plan account=production -->' }]);
    expect(code).toBe(0);
    expect(calls[1]).toMatch(/^api --method POST repos\/acme\/config\/issues\/12\/comments -F body=@/);
    expect(body).toBe(`<!-- netsuite-tokens:plan account=production -->\n**production**: the plan for commit \`${HEAD}\`, saved as the artifact \`netsuite-plan-production\` of [this run](https://github.com/acme/config/actions/runs/4242). Merging applies exactly this plan; if NetSuite changes before then, the apply refuses it and asks for a new one.\n\n### Plan\n`);
  });

  it('updates the comment of the same account it finds by its marker instead of adding another', () => {
    const { calls } = comment('### Plan\n', [
      { id: 986, login: 'github-actions[bot]', body: '<!-- netsuite-tokens:plan account=sandbox -->\nold' },
      { id: 987, login: 'github-actions[bot]', body: '<!-- netsuite-tokens:plan account=production -->\nold' },
    ]);
    expect(calls[0]).toContain('--paginate repos/acme/config/issues/12/comments');
    expect(calls[1]).toMatch(/^api --method PATCH repos\/acme\/config\/issues\/comments\/987 -F body=@/);
    expect(calls).toHaveLength(2);
  });

  it('replaces the plan with a notice when the re-plan of a new commit failed', () => {
    const { calls, body } = comment('### Plan from an earlier commit\n', [{ id: 987, login: 'github-actions[bot]', body: '<!-- netsuite-tokens:plan account=production -->\nold' }], 'skipped');
    expect(calls[1]).toMatch(/^api --method PATCH repos\/acme\/config\/issues\/comments\/987 /);
    expect(body).toContain(`**production**: planning commit \`${HEAD}\` failed, so there is no plan for it: see [the run](https://github.com/acme/config/actions/runs/4242).`);
    expect(body).toContain('do not merge until this comment shows a plan');
    expect(body).not.toContain('### Plan');
  });

  it('cuts a plan too long for a comment at a line boundary and says where the rest is', () => {
    const { body } = comment(Array.from({ length: 5000 }, (_unused, index) => `| token ${index} | active |`).join('\n'), []);
    expect(body?.length).toBeLessThanOrEqual(60_200);
    expect(body?.endsWith('_The plan was cut to fit a comment; the job summary of this run has all of it._\n')).toBe(true);
    expect(body?.split('\n').filter((line) => line.startsWith('| token')).every((line) => line.endsWith('| active |'))).toBe(true);
  });
});

describe('finding the reviewed plan on merge', () => {
  const reviewed = step(job('netsuite-tokens-apply.yml', 'apply'), (candidate) => candidate.id === 'reviewed', 'finding the reviewed plan');
  const env = { ARTIFACT: 'netsuite-plan-production', PLAN_WORKFLOW: '.github/workflows/netsuite-tokens-plan.yml' };
  const pulls = `repos/acme/config/commits/${'m'.repeat(40)}/pulls`;
  const artifacts = 'repos/acme/config/actions/artifacts?name=netsuite-plan-production&per_page=100';
  const artifact = (run: number, headSha: string, created: string, expired = false): object => ({ name: 'netsuite-plan-production', expired, created_at: created, workflow_run: { id: run, head_sha: headSha } });
  const planRun = { event: 'pull_request', path: '.github/workflows/netsuite-tokens-plan.yml' };

  it('takes the newest unexpired plan saved for the merged pull request\'s head commit', () => {
    const result = runStep(reviewed.run ?? '', env, {
      [pulls]: [{ number: 9, merged_at: null, head: { sha: 'b'.repeat(40) } }, { number: 12, merged_at: '2026-12-01T10:00:00Z', head: { sha: HEAD } }],
      [artifacts]: { artifacts: [
        artifact(700, HEAD, '2026-12-01T08:00:00Z'),
        artifact(777, HEAD, '2026-12-01T09:00:00Z'),
        artifact(800, 'c'.repeat(40), '2026-12-01T09:30:00Z'),
        artifact(900, HEAD, '2026-12-01T09:45:00Z', true),
      ] },
      'repos/acme/config/actions/runs/777': planRun,
    });
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toBe('pr=12\nrun-id=777\n');
  });

  it('refuses a commit that no merged pull request brought', () => {
    const result = runStep(reviewed.run ?? '', env, { [pulls]: [] });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::Commit ${'m'.repeat(40)} did not come from a merged pull request, so there is no reviewed plan to apply.`);
    expect(result.outputs).toBe('');
  });

  it('refuses when the pull request has no saved plan for its head commit', () => {
    const result = runStep(reviewed.run ?? '', env, {
      [pulls]: [{ number: 12, merged_at: '2026-12-01T10:00:00Z', head: { sha: HEAD } }],
      [artifacts]: { artifacts: [artifact(800, 'c'.repeat(40), '2026-12-01T09:30:00Z'), artifact(900, HEAD, '2026-12-01T09:45:00Z', true)] },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::Pull request #12 has no saved plan netsuite-plan-production for its head commit ${HEAD}`);
    expect(result.outputs).toBe('pr=12\n');
  });

  it('refuses an artifact of that name that another workflow or event uploaded', () => {
    const result = runStep(reviewed.run ?? '', env, {
      [pulls]: [{ number: 12, merged_at: '2026-12-01T10:00:00Z', head: { sha: HEAD } }],
      [artifacts]: { artifacts: [artifact(777, HEAD, '2026-12-01T09:00:00Z')] },
      'repos/acme/config/actions/runs/777': { event: 'push', path: '.github/workflows/other.yml' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('comes from "push .github/workflows/other.yml", not from a pull_request run of .github/workflows/netsuite-tokens-plan.yml');
    expect(result.outputs).toBe('pr=12\n');
  });
});

describe('the stale-plan comment on merge', () => {
  const script = step(job('netsuite-tokens-apply.yml', 'apply'), (candidate) => candidate.name === 'Ask for a new plan', 'asking for a new plan').run ?? '';

  it('asks on the merged pull request for a new plan, once per account', () => {
    const root = mkdtempSync(join(tmpdir(), 'nst-stale-'));
    try {
      const env = { PR_NUMBER: '12', ACCOUNT: 'production', MARKER: '<!-- netsuite-tokens:stale-plan account=production -->', COMMENT_FILE: join(root, 'stale.md') };
      const first = runStep(script, env, { 'repos/acme/config/issues/12/comments': [] });
      expect(first.calls[1]).toMatch(/^api --method POST repos\/acme\/config\/issues\/12\/comments /);
      expect(first.body).toContain('**production**: the plan reviewed here was **not applied**: [the apply](https://github.com/acme/config/actions/runs/4242) refused it (exit code 4).');
      expect(first.body).toContain('re-run the plan of this pull request');
      const again = runStep(script, env, { 'repos/acme/config/issues/12/comments': [{ id: 31, user: { login: 'github-actions[bot]' }, body: `${env.MARKER}\nbefore` }] });
      expect(again.calls[1]).toMatch(/^api --method PATCH repos\/acme\/config\/issues\/comments\/31 /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
