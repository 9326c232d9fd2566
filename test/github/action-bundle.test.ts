import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedPlan } from '../../src/config/saved-plan.js';
import { CANARIES, TEST_CONFIG, administrator, requestsTo, startTestAccount, testAccountEnv, testSeed, type TestAccount } from '../support/account.js';
import { startEmulator } from '../../src/emulator/index.js';
import { requireBuiltCli } from '../support/built-cli.js';

/**
 * The Action as the runner starts it: `node dist/action.js` with INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY, against the emulator. This is the reviewed-plan loop of the example workflows:
 * plan to JSON plus markdown for the comment, apply exactly that plan, refuse it once NetSuite changed.
 */

const ACTION = fileURLToPath(new URL('../../dist/action.js', import.meta.url));
const REVOKE = '/rest/revoketoken';

let account: TestAccount | undefined;
let releaseHeld: () => void = () => undefined;
afterEach(async () => {
  releaseHeld();
  await account?.close();
  account = undefined;
});

beforeAll(() => {
  requireBuiltCli();
});

interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Reads GITHUB_OUTPUT's `name<<DELIMITER` blocks; a later value of a name replaces an earlier one, as on the runner. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const header = /^([\w-]+)<<(\S+)$/.exec(lines[index] ?? '');
    if (header === null) continue;
    const end = lines.indexOf(header[2] ?? '', index + 1);
    outputs[header[1] ?? ''] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

async function runAction(target: TestAccount, inputs: Record<string, string>, whileRunning: (child: ChildProcess) => Promise<void> = () => Promise.resolve()): Promise<ActionRun> {
  const outputFile = join(target.dir, 'github-output');
  const summaryFile = join(target.dir, 'step-summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    ...target.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...Object.fromEntries(Object.entries({ config: 'netsuite-tokens.yaml', ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const child = spawn(process.execPath, [ACTION], { cwd: target.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const closed = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  await whileRunning(child);
  const code = await closed;
  return { code, stdout, stderr, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

describe('the Action bundle', () => {
  it('writes the plan as JSON to out and the same plan as markdown to markdown-out, and applies exactly that plan', async () => {
    account = await startTestAccount();
    const plan = await runAction(account, { command: 'plan', format: 'json', out: 'plan.json', 'markdown-out': 'plan.md' });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.outputs).toMatchObject({ 'exit-code': '0', changes: '2', pending: '1' });

    const saved = await parseSavedPlan(await readFile(join(account.dir, 'plan.json'), 'utf8'), 'plan.json');
    const markdown = await readFile(join(account.dir, 'plan.md'), 'utf8');
    expect(markdown.startsWith('### NetSuite token plan for `7654321_SB2`')).toBe(true);
    // The same plan: every change the JSON holds is in the markdown.
    expect(saved.changes).toHaveLength(2);
    for (const change of saved.changes) expect(markdown).toContain(`\`${change.subject.name}\``);
    // The job summary still gets it: markdown-out adds a copy, it does not take it away.
    expect(plan.summary).toBe(markdown);
    // ::add-mask:: lines hand the values to the runner, which hides them everywhere else in the log.
    const printed = plan.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const canary of Object.values(CANARIES)) expect(printed + markdown + JSON.stringify(saved)).not.toContain(canary);
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);

    const apply = await runAction(account, { command: 'apply', plan: 'plan.json' });
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(apply.outputs).toMatchObject({ 'exit-code': '0', changes: '2' });
    expect(requestsTo(account.emulator, REVOKE)).toBe(1);
  });

  it('refuses a saved plan NetSuite no longer matches with exit code 4 in the exit-code output, and changes nothing', async () => {
    account = await startTestAccount();
    expect((await runAction(account, { command: 'plan', format: 'json', out: 'plan.json' })).code).toBe(0);
    await administrator(account.emulator, '/tokens/103/inactive', { inactive: true });

    const apply = await runAction(account, { command: 'apply', plan: 'plan.json', 'pull-request': 'false' });
    expect(apply.code).toBe(4);
    expect(apply.outputs['exit-code']).toBe('4');
    expect(apply.stderr).toContain('The saved plan no longer holds: NetSuite or the desired-state file changed since it was made');
    expect(apply.stderr).not.toContain('    at ');
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
  });

  it('says there is drift with detailed-exitcode (exit code 2) and sends no write', async () => {
    account = await startTestAccount();
    const drift = await runAction(account, { command: 'plan', 'detailed-exitcode': 'true' });
    expect(drift.code).toBe(2);
    expect(drift.outputs).toMatchObject({ 'exit-code': '2', changes: '2' });
    expect(drift.summary).toContain('### NetSuite token plan');
    expect(requestsTo(account.emulator, REVOKE)).toBe(0);
  });

  it('stops at a safe point when the runner cancels the step (SIGINT first, as GitHub does), with exit code 130 in the exit-code output', async () => {
    // NetSuite never answers while the test holds its requests; the runner cancels meanwhile.
    const held = new Promise<void>((resolve) => { releaseHeld = resolve; });
    const emulator = await startEmulator({ seed: testSeed(), origins: 'split', holdInFlight: () => held });
    const dir = await mkdtemp(join(tmpdir(), 'nst-action-cancel-'));
    await writeFile(join(dir, 'netsuite-tokens.yaml'), TEST_CONFIG);
    account = { emulator, dir, configPath: join(dir, 'netsuite-tokens.yaml'), env: testAccountEnv(emulator.origins), close: () => emulator.close() };

    const cancelled = await runAction(account, { command: 'apply' }, async (child) => {
      await emulator.until((state) => state.counters.inFlight >= 1, { description: 'a SuiteQL request in flight' });
      child.kill('SIGINT');
    });

    expect(cancelled.stderr).toMatch(/^error: Interrupted/m);
    expect(cancelled.code).toBe(130);
    expect(cancelled.outputs).toEqual({ 'exit-code': '130' });
    expect(requestsTo(emulator, REVOKE)).toBe(0);
  });

  it('refuses inputs that do not fit in one sentence, with exit code 3 in the exit-code output', async () => {
    account = await startTestAccount();
    const wrong = await runAction(account, { command: 'validate', 'markdown-out': 'plan.md' });
    expect(wrong.code).toBe(3);
    expect(wrong.outputs).toEqual({ 'exit-code': '3' });
    expect(wrong.stderr).toBe('error: The input "markdown-out" only goes with command: plan or apply.\n  Remove it, or set command: plan.\n');
  });
});
