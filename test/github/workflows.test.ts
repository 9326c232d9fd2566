import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionArguments } from '../../src/github/action-inputs.js';
import { planOutputs } from '../../src/github/action-outputs.js';
import { report } from './support/reports.js';

/** The example workflows and action.yml, checked against GitHub's hardening guide and the Action's code. */

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = { if?: string; permissions?: Record<string, string>; environment?: string; concurrency?: { group: string; 'cancel-in-progress': boolean }; steps: Step[]; strategy?: { matrix: { include: { account: string; config: string }[] } } };
type Workflow = { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };

const directory = new URL('../../examples/workflows/', import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith('.yml'));
const raw = new Map(files.map((name) => [name, readFileSync(new URL(name, directory), 'utf8')]));
const workflows = new Map([...raw].map(([name, text]) => [name, parse(text) as Workflow]));
const OWN_ACTION = /^OWNER\/netsuite-token-gitops@RELEASE_COMMIT_SHA$/;

describe('example workflows', () => {
  it('are the three the README describes', () => {
    expect(files.sort()).toEqual(['apply-on-merge.yml', 'drift-check.yml', 'plan-on-pull-request.yml']);
  });

  for (const [name, workflow] of workflows) {
    describe(name, () => {
      const jobs = Object.entries(workflow.jobs);

      it('grants nothing by default and least privilege per job', () => {
        expect(workflow.permissions).toEqual({});
        for (const [, job] of jobs) {
          const publishes = job.steps.some((step) => step.with?.['pull-request'] === true);
          const comments = job.steps.some((step) => step.run?.includes('gh api') === true);
          const expected: Record<string, string> = publishes
            ? { contents: 'write', 'pull-requests': 'write', issues: 'write' }
            : comments ? { contents: 'read', 'pull-requests': 'write' } : { contents: 'read' };
          expect(job.permissions).toEqual(expected);
        }
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
        expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
        for (const [, job] of jobs) for (const step of job.steps) if (step.run !== undefined) expect(step.run).not.toContain('${{');
      });

      it('gives NetSuite secrets only to jobs in a per-account environment, one run per account at a time', () => {
        for (const [, job] of jobs) {
          const usesSecrets = JSON.stringify(job.steps).includes('secrets.');
          if (!usesSecrets) continue;
          expect(job.environment).toBe('netsuite-${{ matrix.account }}');
          expect(job.concurrency?.group).toContain('${{ matrix.account }}');
          expect(job.strategy?.matrix.include.length).toBeGreaterThanOrEqual(2);
        }
      });

      it('checks out without persisting credentials', () => {
        for (const [, job] of jobs) {
          for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith('actions/checkout@') === true)) {
            expect(step.with?.['persist-credentials']).toBe(false);
          }
        }
      });

      it('passes the Action only inputs it understands', () => {
        const declared = Object.keys((parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
        for (const [, job] of jobs) {
          for (const step of job.steps.filter((candidate) => OWN_ACTION.test(candidate.uses ?? ''))) {
            const inputs = step.with ?? {};
            for (const key of Object.keys(inputs)) expect(declared).toContain(key);
            const env = Object.fromEntries(Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, String(value)]));
            expect(() => actionArguments(env)).not.toThrow();
          }
        }
      });
    });
  }

  it('plans pull requests from this repository only; forks get validation without secrets', () => {
    const plan = workflows.get('plan-on-pull-request.yml');
    expect(Object.keys(plan?.on ?? {})).toEqual(['pull_request']);
    expect(plan?.jobs['plan']?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(plan?.jobs['validate']?.if).toBeUndefined();
    expect(JSON.stringify(plan?.jobs['validate'])).not.toContain('secrets.');
    expect(raw.get('plan-on-pull-request.yml')).toContain('startswith(env.MARKER)');
  });

  it('does not apply again when a results pull request (a status file) is merged', () => {
    const apply = workflows.get('apply-on-merge.yml');
    expect((apply?.on['push'] as { paths: string[] }).paths).toEqual(['netsuite/**', '!netsuite/**.status.yaml']);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares the inputs the Action maps and the outputs the commands write', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['allow-over-limit', 'command', 'concurrency', 'config', 'format', 'github-token', 'out', 'pull-request']);
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(planOutputs(report([]).plan)).sort());
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([key, input]) => [`INPUT_${key.toUpperCase()}`, input.default ?? '']));
    expect(actionArguments({ ...defaults, 'INPUT_GITHUB-TOKEN': '' })).toEqual(['plan', '--config', 'netsuite-tokens.yaml']);
  });

  it('runs the bundle scripts/build.mjs makes from src/action.ts', () => {
    expect(action.runs).toEqual({ using: 'node20', main: 'dist/action.js' });
    expect(readFileSync(new URL('../../scripts/build.mjs', import.meta.url), 'utf8')).toContain("action: 'src/action.ts'");
  });
});

describe('the plan comment step', () => {
  const plan = workflows.get('plan-on-pull-request.yml');
  const script = plan?.jobs['plan']?.steps.find((step) => step.name === 'Post or update the plan comment')?.run ?? '';

  /** Runs the step's script with a stand-in `gh` that records its arguments and the body it would send. */
  function runStep(planText: string, existingCommentId: string): { calls: string[]; body: string } {
    const root = mkdtempSync(join(tmpdir(), 'nst-comment-'));
    try {
      mkdirSync(join(root, 'bin'));
      writeFileSync(join(root, 'plan.md'), planText);
      writeFileSync(join(root, 'bin', 'gh'), [
        '#!/bin/sh',
        'printf "%s\\n" "$*" >> "$ROOT/calls"',
        'case "$*" in *--paginate*) [ -n "$EXISTING" ] && printf "%s\\n" "$EXISTING" ;; esac',
        'for arg in "$@"; do case "$arg" in body=@*) cp "${arg#body=@}" "$ROOT/sent" ;; esac; done',
        'exit 0',
      ].join('\n'), { mode: 0o755 });
      execFileSync('bash', ['-c', script], {
        env: {
          PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`,
          ROOT: root,
          EXISTING: existingCommentId,
          GH_TOKEN: 'unused',
          GITHUB_REPOSITORY: 'acme/config',
          PR_NUMBER: '12',
          MARKER: '<!-- netsuite-tokens:plan account=production -->',
          PLAN_FILE: join(root, 'plan.md'),
          COMMENT_FILE: join(root, 'comment.md'),
        },
      });
      return { calls: readFileSync(join(root, 'calls'), 'utf8').trim().split('\n'), body: readFileSync(join(root, 'sent'), 'utf8') };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('creates the comment, marker first, when there is none', () => {
    const { calls, body } = runStep('### Plan\n', '');
    expect(calls[1]).toMatch(/^api --method POST repos\/acme\/config\/issues\/12\/comments -F body=@/);
    expect(body).toBe('<!-- netsuite-tokens:plan account=production -->\n### Plan\n');
  });

  it('updates the comment it finds by its marker instead of adding another', () => {
    const { calls } = runStep('### Plan\n', '987');
    expect(calls[0]).toContain('--paginate repos/acme/config/issues/12/comments');
    expect(calls[1]).toMatch(/^api --method PATCH repos\/acme\/config\/issues\/comments\/987 -F body=@/);
    expect(calls).toHaveLength(2);
  });

  it('cuts a plan too long for a comment at a line boundary and says where the rest is', () => {
    const { body } = runStep(Array.from({ length: 5000 }, (_unused, index) => `| token ${index} | active |`).join('\n'), '');
    expect(body.length).toBeLessThanOrEqual(60_200);
    expect(body.endsWith('_The plan was cut to fit a comment; the job summary of this run has all of it._\n')).toBe(true);
    expect(body.split('\n').filter((line) => line.startsWith('| token')).every((line) => line.endsWith('| active |'))).toBe(true);
  });
});
