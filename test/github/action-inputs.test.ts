import { describe, expect, it } from 'vitest';
import { actionArguments, actionEnvironment, actionMarkdownOut } from '../../src/github/action-inputs.js';
import { UsageError } from '../../src/support/errors.js';

describe('Action inputs', () => {
  it('maps inputs to the CLI arguments', () => {
    expect(actionArguments({ INPUT_COMMAND: 'apply', INPUT_CONFIG: 'netsuite/prod.yaml', 'INPUT_PULL-REQUEST': 'true', 'INPUT_ALLOW-OVER-LIMIT': 'false' }))
      .toEqual(['apply', '--config', 'netsuite/prod.yaml', '--pull-request']);
    expect(actionArguments({ INPUT_COMMAND: 'plan', INPUT_FORMAT: 'markdown', INPUT_OUT: 'plan.md', 'INPUT_PULL-REQUEST': '' })).toEqual(['plan', '--format', 'markdown', '--out', 'plan.md']);
    expect(actionArguments({})).toEqual(['plan']);
    expect(actionArguments({ INPUT_COMMAND: 'validate', INPUT_CONFIG: ' netsuite ' })).toEqual(['validate', '--config', 'netsuite']);
    expect(actionArguments({ INPUT_COMMAND: 'apply', 'INPUT_ALLOW-OVER-LIMIT': 'TRUE' })).toEqual(['apply', '--allow-over-limit']);
    expect(actionArguments({ INPUT_COMMAND: 'apply', INPUT_PLAN: '/tmp/plan/plan.json', 'INPUT_PULL-REQUEST': 'true' })).toEqual(['apply', '--plan', '/tmp/plan/plan.json', '--pull-request']);
    expect(actionArguments({ INPUT_COMMAND: 'plan', 'INPUT_DETAILED-EXITCODE': 'true' })).toEqual(['plan', '--detailed-exitcode']);
    expect(actionArguments({ INPUT_COMMAND: 'plan', 'INPUT_DETAILED-EXITCODE': 'false', INPUT_PLAN: '' })).toEqual(['plan']);
  });

  it('narrows a run with only (one subject per line, or separated by commas or spaces), and rotates mappings now with rotate (apply)', () => {
    expect(actionArguments({ INPUT_COMMAND: 'plan', INPUT_ONLY: '1234567_SB1\n  4711, orders-m2m \n' })).toEqual(['plan', '--only', '1234567_SB1', '--only', '4711', '--only', 'orders-m2m']);
    expect(actionArguments({ INPUT_COMMAND: 'apply', INPUT_ONLY: 'prod', INPUT_ROTATE: 'orders-m2m billing-m2m' })).toEqual(['apply', '--only', 'prod', '--rotate', 'orders-m2m', '--rotate', 'billing-m2m']);
    expect(actionArguments({ INPUT_COMMAND: 'apply', INPUT_ONLY: ' ', INPUT_ROTATE: '' })).toEqual(['apply']);
    expect(() => actionArguments({ INPUT_COMMAND: 'validate', INPUT_ONLY: '4711' })).toThrow('The input "only" only goes with command: plan or apply.');
    expect(() => actionArguments({ INPUT_COMMAND: 'plan', INPUT_ROTATE: 'orders-m2m' })).toThrow('The input "rotate" only goes with command: apply.');
  });

  it('adds --debug when the workflow runs with debug logging (RUNNER_DEBUG=1), for stack traces in the log', () => {
    expect(actionArguments({ INPUT_COMMAND: 'plan', RUNNER_DEBUG: '1' })).toEqual(['plan', '--debug']);
    expect(actionArguments({ INPUT_COMMAND: 'plan', RUNNER_DEBUG: '0' })).toEqual(['plan']);
  });

  it('takes markdown-out for plan and apply, where the CLI writes its job summary', () => {
    expect(actionMarkdownOut({ INPUT_COMMAND: 'plan', 'INPUT_MARKDOWN-OUT': ' plan.md ' })).toBe('plan.md');
    expect(actionMarkdownOut({ 'INPUT_MARKDOWN-OUT': 'plan.md' })).toBe('plan.md');
    expect(actionMarkdownOut({ INPUT_COMMAND: 'apply', 'INPUT_MARKDOWN-OUT': 'report.md' })).toBe('report.md');
    expect(actionMarkdownOut({ INPUT_COMMAND: 'plan' })).toBeNull();
    expect(() => actionArguments({ INPUT_COMMAND: 'validate', 'INPUT_MARKDOWN-OUT': 'x.md' })).toThrow('The input "markdown-out" only goes with command: plan or apply.');
  });

  it('refuses inputs that do not fit, with one sentence each', () => {
    expect(() => actionArguments({ INPUT_COMMAND: 'import' })).toThrow('The input "command" must be one of plan, apply, validate, not "import".');
    expect(() => actionArguments({ INPUT_COMMAND: 'apply', 'INPUT_PULL-REQUEST': 'yes' })).toThrow('The input "pull-request" must be true or false, not "yes".');
    expect(() => actionArguments({ INPUT_COMMAND: 'plan', 'INPUT_PULL-REQUEST': 'true' })).toThrow('only go with command: apply');
    expect(() => actionArguments({ INPUT_COMMAND: 'apply', INPUT_OUT: 'x' })).toThrow('The input "out" only goes with command: plan.');
    expect(() => actionArguments({ INPUT_COMMAND: 'plan', INPUT_FORMAT: 'html' })).toThrow(UsageError);
    expect(() => actionArguments({ INPUT_COMMAND: 'plan', INPUT_PLAN: 'plan.json' })).toThrow('The input "plan" only goes with command: apply.');
    expect(() => actionArguments({ INPUT_COMMAND: 'apply', 'INPUT_DETAILED-EXITCODE': 'true' })).toThrow('The input "detailed-exitcode" only goes with command: plan.');
    expect(() => actionArguments({ INPUT_COMMAND: 'plan', 'INPUT_DETAILED-EXITCODE': 'on' })).toThrow('The input "detailed-exitcode" must be true or false, not "on".');
  });

  it('passes concurrency and the token as the variables the CLI reads', () => {
    const env = actionEnvironment({ INPUT_CONCURRENCY: '4', 'INPUT_GITHUB-TOKEN': 'ghs_input', GITHUB_TOKEN: 'ghs_env', PATH: '/bin' });
    expect(env).toMatchObject({ NETSUITE_CONCURRENCY: '4', GITHUB_TOKEN: 'ghs_input', PATH: '/bin' });
    expect(actionEnvironment({ GITHUB_TOKEN: 'ghs_env' })['GITHUB_TOKEN']).toBe('ghs_env');
    expect(() => actionEnvironment({ INPUT_CONCURRENCY: '0' })).toThrow('The input "concurrency" must be a whole number of requests (1 or more), not "0".');
  });
});
