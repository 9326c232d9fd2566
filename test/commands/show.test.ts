import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requestsTo, startTestAccount, type TestAccount, run } from '../support/account.js';

let account: TestAccount | undefined;
afterEach(async () => {
  await account?.close();
  account = undefined;
});


describe('show PLAN.json', () => {
  it('prints a saved plan again exactly as plan printed it, in each format, without asking NetSuite', async () => {
    account = await startTestAccount();
    const planned = { text: await run(['plan'], account), markdown: await run(['plan', '--format', 'markdown'], account) };
    expect((await run(['plan', '--out', 'plan.json'], account)).code).toBe(0);
    const requests = requestsTo(account.emulator, '/services/rest/query/v1/suiteql');

    const text = await run(['show', 'plan.json'], account);
    expect(text.code).toBe(0);
    // Same account state observed twice a moment apart: only the observation time differs.
    const withoutTime = (output: string): string => output.replace(/observed \S+/, 'observed <time>').replace(/Observed \S+/, 'Observed <time>');
    expect(withoutTime(text.io.out())).toBe(withoutTime(planned.text.io.out()));
    expect(text.io.out()).toContain('Revoke (1)');
    expect(text.io.out()).toContain('Plan: 1 to revoke via API, 1 for an administrator, 0 blocked; 1 finding.');

    const markdown = await run(['show', 'plan.json', '--format', 'markdown'], account);
    expect(withoutTime(markdown.io.out())).toBe(withoutTime(planned.markdown.io.out()));
    const json = await run(['show', '--format', 'json', 'plan.json'], account);
    expect(json.io.out()).toBe(await readFile(join(account.dir, 'plan.json'), 'utf8'));

    expect(requestsTo(account.emulator, '/services/rest/query/v1/suiteql')).toBe(requests);
  });

  it('reads a plan saved by an earlier version (formatVersion 1)', async () => {
    account = await startTestAccount();
    await run(['plan', '--out', 'plan.json'], account);
    const saved = JSON.parse(await readFile(join(account.dir, 'plan.json'), 'utf8')) as { changes: { subject: { kind?: string } }[]; findings: { subject: { kind?: string }; details?: unknown }[]; summary: { byKind?: unknown } };
    const v1 = {
      ...saved,
      formatVersion: 1,
      changes: saved.changes.map(({ subject: { kind: _kind, ...token }, ...change }) => ({ token, ...change })),
      findings: saved.findings.map(({ subject: { kind: _kind, ...token }, details: _details, ...finding }) => ({ token, ...finding })),
      summary: { ...saved.summary, byKind: undefined },
    };
    await writeFile(join(account.dir, 'v1.json'), JSON.stringify(v1, null, 2));
    const shown = await run(['show', 'v1.json'], account);
    expect(shown.io.err()).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.io.out()).toContain('Plan: 1 to revoke via API, 1 for an administrator, 0 blocked; 1 finding.');
  });

  it('says what is wrong with a file that is not a saved plan, and what to run', async () => {
    account = await startTestAccount();
    const none = await run(['show'], account);
    expect(none.code).toBe(3);
    expect(none.io.err()).toBe('error: show needs the saved plan to print.\n  Run "netsuite-tokens show plan.json"; "netsuite-tokens plan --out plan.json" saves one.\n');

    // A path that names no file is a mistake in the command line (exit 3, as --config's), said with its reason.
    const missing = await run(['show', 'nowhere.json'], account);
    expect(missing.io.err()).toBe('error: The saved plan nowhere.json does not exist.\n  Check the path, or save a plan with "netsuite-tokens plan --out plan.json".\n');
    expect(missing.code).toBe(3);
    const directory = await run(['show', '.'], account);
    expect(directory.io.err()).toMatch(/^error: The saved plan \. is a directory, not a file\.\n/);
    expect(directory.code).toBe(3);

    await run(['plan', '--format', 'text', '--out', 'plan.txt'], account);
    // A path through a file, as if it were a directory, names no file either.
    const throughFile = await run(['show', 'plan.txt/plan.json'], account);
    expect(throughFile.io.err()).toMatch(/^error: The saved plan plan\.txt\/plan\.json does not exist\.\n/);
    expect(throughFile.code).toBe(3);
    const text = await run(['show', 'plan.txt'], account);
    expect(text.code).toBe(3);
    expect(text.io.err()).toContain('plan.txt:1:1: plan.txt is not JSON (it looks like a plan printed as text or markdown), but a saved plan is the JSON object `plan --format json` writes.\n');
    expect(text.io.err()).toContain('Save a fresh plan with `netsuite-tokens plan --format json --out FILE`');

    const two = await run(['show', 'a.json', 'b.json'], account);
    expect(two.code).toBe(3);
    expect(two.io.err()).toContain('error: "show" takes one PLAN.json, but was given 2: "a.json", "b.json".');
  });
});
