import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorSeed, type RunningEmulator } from '../../src/emulator/index.js';
import { FLEET_NOW, fleetEnv, fleetSeed, parseStatus, readStatusText, writeFleetConfig } from '../support/fleet.js';
import { runCli, type CliRun } from '../support/runs.js';
import { FORBIDDEN_OUTSIDE_CODE, HOSTILE_NAMES, brokenTableRows, outsideCodeSpans } from '../github/support/inert.js';

/**
 * Every string NetSuite returns is data (SPEC §9): token, application, user and role names full of
 * quotes, SQL, markdown, HTML, mentions, control characters, right-to-left marks and sheer length are
 * seeded in the emulator. They must survive SuiteQL (the last-use join by name still finds each
 * token's own logins), stay inert in markdown, reach no terminal as control sequences, round-trip
 * exactly through JSON and through `import`.
 */

const NAMES: readonly string[] = [
  ...HOSTILE_NAMES,
  "O'Brien's token",
  "x' OR '1'='1",
  "'; DROP TABLE oauthtoken; --",
  "Robert'); DELETE FROM loginaudit WHERE ('1'='1",
  'BUILTIN.DF(t.id) AS x, t.tba_token_name',
  'tab\there',
  'bell\u0007 and escape \u001b[31mred\u001b[0m \u001b]0;title\u0007',
  'c1 control \u0085\u009b',
  '\u200Fright-to-left mark \u2067isolate\u2069',
  'שלום עליכם — token',
  'emoji 🔑 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'trailing space ',
  'Trailing Space',
  '<!-- hidden --> comment',
  '\\`escaped\\` \\| pipe',
  '# heading\n- [ ] fake task',
  `long ${'L'.repeat(295)}`,
  'key: value\nstate: revoked',
  '"double" and \'single\' quotes',
];

/** Hostile names for the other display columns too. */
const APPLICATION = '<b>App</b> @acme/security | `tick`';
const USER = "svc-'user' @everyone";
const ROLE = 'Role\u202E)1(trela[ | x';

const FIRST_ID = 301;
const idOf = (index: number): string => String(FIRST_ID + index);
const lastUseOf = (index: number): string => `2026-11-${String(1 + (index % 20)).padStart(2, '0')}T0${index % 10}:00:00Z`;

function hostileSeed(): EmulatorSeed {
  const base = fleetSeed(1);
  return {
    ...base,
    integrations: [...base.integrations, { id: '9', name: APPLICATION, consumerKey: 'ck-hostile-000000000000000000000000009', consumerSecret: 'hostile-consumer-secret', state: 'enabled' }],
    entities: [...base.entities, { id: '19', name: USER }],
    roles: [...base.roles, { id: '29', name: ROLE }],
    tokens: [...base.tokens, ...NAMES.map((name, index) => ({ id: idOf(index), name, integration: '9', entity: '19', role: '29', created: '2026-01-15T00:00:00Z' }))],
    loginAudit: [
      ...(base.loginAudit ?? []),
      // Each token's own successful login, and a later failed one that must not count as use.
      ...NAMES.flatMap((name, index) => [
        { date: lastUseOf(index), status: 'Success' as const, application: APPLICATION, token: name, user: '19', role: '29' },
        { date: '2026-11-22T00:00:00Z', status: 'Failure' as const, application: APPLICATION, token: name, user: '19', role: '29' },
      ]),
    ],
  };
}

// C0 controls other than the line feed, C1 controls, bidi overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_OR_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let emulator: RunningEmulator;
let files: Awaited<ReturnType<typeof writeFleetConfig>>;
let env: Record<string, string>;
const run = (args: readonly string[]): Promise<CliRun> => runCli(args, { env, cwd: files.dir, now: () => FLEET_NOW });

beforeAll(async () => {
  emulator = await startEmulator({ seed: hostileSeed(), origins: 'split', now: () => FLEET_NOW });
  files = await writeFleetConfig(1);
  env = fleetEnv(1, emulator.origins);
});

afterAll(async () => {
  await emulator.close();
  await rm(files.dir, { recursive: true, force: true });
});

function expectInertMarkdown(markdown: string): void {
  const live = outsideCodeSpans(markdown);
  for (const forbidden of [...FORBIDDEN_OUTSIDE_CODE, '@everyone', '<b>', '<!--', 'DROP TABLE', 'fake task', '@acme/security']) expect(live, forbidden).not.toContain(forbidden);
  expect(live).not.toMatch(HIDDEN_OR_CONTROL);
  expect(live).not.toMatch(/^#+ heading/m);
  expect(brokenTableRows(markdown)).toEqual([]);
}

describe('hostile names seeded in NetSuite', () => {
  it('plan --format json carries every name exactly as NetSuite holds it', async () => {
    const plan = await run(['plan', '--format', 'json']);
    expect(plan.code, plan.err).toBe(0);
    const parsed = JSON.parse(plan.out) as { findings: { kind: string; subject: { kind: string;  id: string | null; name: string | null; application: string | null; user: string | null; role: string | null } }[] };
    const unmanaged = new Map(parsed.findings.filter((finding) => finding.kind === 'unmanaged').map((finding) => [finding.subject.id, finding.subject]));
    NAMES.forEach((name, index) => {
      expect(unmanaged.get(idOf(index))).toEqual({ kind: 'tba-token', id: idOf(index), name, application: APPLICATION, user: USER, role: ROLE });
    });
  });

  it('plan --format markdown is inert: no mention, link, HTML, heading, control character or broken table', async () => {
    const plan = await run(['plan', '--format', 'markdown']);
    expect(plan.code, plan.err).toBe(0);
    expectInertMarkdown(plan.out);
  });

  it('plan --format text sends no control character or bidi override to the terminal', async () => {
    const plan = await run(['plan']);
    expect(plan.code, plan.err).toBe(0);
    expect(plan.out).not.toMatch(HIDDEN_OR_CONTROL);
    expect(plan.err).toBe('');
  });

  it('apply: the last-use join by name gives each token its own last successful login; reports stay inert, JSON exact', async () => {
    const markdown = await run(['apply', '--format', 'markdown']);
    expect(markdown.code, markdown.err).toBe(0);
    expectInertMarkdown(markdown.out);

    const json = await run(['apply', '--format', 'json']);
    expect(json.code, json.err).toBe(0);
    const names = new Set<unknown>();
    JSON.parse(json.out, (key, value: unknown) => {
      if (key === 'name') names.add(value);
      return value;
    });
    for (const name of NAMES) expect(names).toContain(name);

    const status = parseStatus((await readStatusText(files.statusPath)) ?? '');
    NAMES.forEach((name, index) => {
      const token = status.tokens.find((entry) => entry.id === idOf(index));
      expect(token?.name).toBe(name);
      // Kept at day precision, so same-day logins leave the status file as it was.
      expect(token?.lastUsedAt, name).toBe(lastUseOf(index).slice(0, 10));
    });
    // Names that differ only by case or a trailing space are different tokens with different logins.
    const byName = new Map(status.tokens.map((token) => [token.name, token.lastUsedAt]));
    expect(byName.get('trailing space ')).not.toBe(byName.get('Trailing Space'));
  });

  it('import writes a file that holds the names exactly, validates, and plans no change', async () => {
    const imported = await run(['import', '--account', emulator.accountId, '--operator-token', '201', '--out', 'imported.yaml']);
    expect(imported.code, imported.err).toBe(0);
    const text = await readFile(join(files.dir, 'imported.yaml'), 'utf8');
    // A name with a line break cannot escape its comment or its quotes into YAML structure.
    expect(text).not.toMatch(/^state: revoked/m);
    expect(text).not.toMatch(/^- \[ \] fake task/m);
    const validate = await run(['validate', '--config', 'imported.yaml']);
    expect(validate.code, validate.err).toBe(0);
    const plan = await run(['plan', '--config', 'imported.yaml', '--detailed-exitcode', '--format', 'json']);
    expect(plan.code, plan.err).toBe(0);
    const parsed = JSON.parse(plan.out) as { summary: { tokens: number; managed: number; changes: number }; findings: { kind: string }[] };
    expect(parsed.summary.changes).toBe(0);
    expect(parsed.summary.managed).toBe(parsed.summary.tokens);
    expect(parsed.findings.filter((finding) => finding.kind === 'ambiguous' || finding.kind === 'missing')).toEqual([]);
  });
});
