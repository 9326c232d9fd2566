import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { rotationsFromStatus, type CertificateDetails } from '../../src/domain/rotations-from-status.js';
import type { StatusFile } from '../../src/domain/status.js';
import { loadSeedFile, startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { netsuiteUrls } from '../support/account.js';
import { captureIo } from '../support/io.js';
import { demoBundle, demoCertificatesConfig } from '../support/m2m-demo.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { createRepos, type Repos } from './support/git-repos.js';

/**
 * SPEC §12.4 end to end: `apply --pull-request` in GitHub Actions rotates a certificate into a file
 * target, and the Rotations section reaches the terminal, the job summary and the results pull request
 * — with ids, dates and labels only: no line of the delivered key anywhere GitHub or a reviewer sees.
 */

const TOKEN = 'ghs_CANARY_rotation_0123456789abcdefAB';
const DAY_MS = 86_400_000;

let emulator: RunningEmulator;
let repos: Repos;
let github: FakeGitHub;
const clock = { at: Date.now(), now: (): Date => new Date(clock.at) };

beforeEach(async () => {
  clock.at = Date.now();
  emulator = await startEmulator({ seed: await loadSeedFile(join(packageRoot(), 'examples', 'demo-seed.yaml')), origins: 'split', now: clock.now });
  repos = await createRepos();
  github = await startFakeGitHub({ token: TOKEN, owner: 'acme', repo: 'config', branchTip: (branch) => repos.tip(branch), collaborators: [], teams: [] });
  // The file target is inside the working copy: git must ignore it, or the operator refuses to write a key there.
  await writeFile(join(repos.work, '.gitignore'), 'secrets/\n');
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
  await emulator.close();
  await repos.cleanup();
});

async function configure(overlap: string): Promise<void> {
  await writeFile(join(repos.work, 'netsuite-tokens.yaml'), `${demoCertificatesConfig(emulator, 'active')}    rotation: { validity: 365d, overlap: ${overlap} }
    deliver:
      - file: { path: secrets/expense-sync.json }
`);
}

async function apply(args: readonly string[]): Promise<{ code: number; out: string; err: string; summary: string }> {
  const summaryFile = join(repos.root, `summary-${String(clock.at)}.md`);
  const io = captureIo({
    cwd: repos.work,
    now: clock.now,
    env: {
      ...netsuiteUrls(emulator.origins),
      NETSUITE_CREDENTIALS: demoBundle(emulator, 'token-gitops'),
      EXPENSE_SYNC_M2M: demoBundle(emulator, 'expense-sync'),
      ...repos.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '91',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: join(repos.root, 'output'),
    },
  });
  const code = await main(['apply', ...args], io);
  return { code, out: io.out(), err: io.err(), summary: await readFile(summaryFile, 'utf8').catch(() => '') };
}

/** Every line of the delivered key's PEM (the base64 body lines, and the body joined), and the bundle's key field. */
async function keyCanaries(): Promise<{ lines: string[]; bundle: Record<string, string> }> {
  const bundle = JSON.parse(await readFile(join(repos.work, 'secrets', 'expense-sync.json'), 'utf8')) as Record<string, string>;
  const pem = bundle['privateKey'] ?? '';
  const body = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  expect(body.length).toBeGreaterThan(0);
  return { lines: [...body, body.join(''), JSON.stringify(pem).slice(1, 60)], bundle };
}

/** What Actions shows and GitHub holds; `::add-mask::` lines exist to hide secrets and are left out. */
function expectNoKey(canaries: readonly string[], ...texts: string[]): void {
  for (const text of texts.map((each) => each.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'))) {
    for (const line of canaries) expect(text).not.toContain(line);
  }
}

function everythingGitHubHolds(): string {
  return JSON.stringify([github.pulls, github.issues, github.comments, github.requests.map((request) => request.body)]);
}

describe('the Rotations section of apply --pull-request', () => {
  it('shows a delivered rotation waiting for its overlap in the terminal, job summary and pull request, and no line of the key', async () => {
    await configure('7d');
    const started = clock.at;
    const run = await apply(['--pull-request']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const { lines, bundle } = await keyCanaries();
    const newId = bundle['certificateId'] ?? '';
    const until = new Date(started + 7 * DAY_MS).toISOString().slice(0, 10);

    expect(run.out).toContain('Rotations (1)');
    expect(run.out).toMatch(new RegExp(`^ {2}expense-sync +\\S+… → ${newId.slice(0, 12)}… +ES256 +\\d{4}-\\d{2}-\\d{2} +file:secrets/expense-sync\\.json +delivered$`, 'm'));
    expect(run.out).toContain(`Waiting for the overlap until ${until}`);
    const body = github.pulls[0]?.body ?? '';
    for (const markdown of [body, run.summary]) {
      expect(markdown).toContain('#### Rotations (1)');
      expect(markdown).toMatch(new RegExp(`^\\| \`expense-sync\` \\| \`\\S+…\` → \`${newId.slice(0, 12)}…\` \\| \`ES256\` \\| \\d{4}-\\d{2}-\\d{2} \\| \`file:secrets/expense-sync\\.json\` \\| delivered: Waiting for the overlap until ${until} `, 'm'));
    }

    // The canary can fail: the key's own text trips it.
    expect(() => { expectNoKey(lines, bundle['privateKey'] ?? ''); }).toThrow();
    expectNoKey(lines, run.out, run.err, run.summary, everythingGitHubHolds(), repos.git(repos.origin, ['log', '--all', '-p']));

    // The status file carries the rotation until it is retired: a run that rotates nothing can show it from there.
    const status = parse(await readFile(join(repos.work, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile;
    const rows = status.certificates ?? [];
    expect(rotationsFromStatus([], rows, new Set(['expense-sync']))).toEqual([]);
    // The status file calls the delivered certificate current, though the operator's variable still names
    // the old one, which waits under previous: a certificate is never both.
    const row = rows.find((item) => item.mapping === 'expense-sync');
    expect(row?.current?.certificateId).toBe(newId);
    expect(row?.previous.length).toBe(1);
    expect(row?.previous.map((item) => item.certificateId)).not.toContain(row?.current?.certificateId);
    // NetSuite lists EC; the status file keeps what NetSuite lists.
    expect(row?.current?.algorithm).toBe('EC');
    expect(rotationsFromStatus([], rows, new Set())[0]).toMatchObject({ certificateId: newId, algorithm: 'EC', validUntil: row?.current?.validUntil });
    const listed: CertificateDetails = (mapping, id) => {
      const found = emulator.state().certificates.find((certificate) => certificate.certificateId === id);
      return mapping === 'expense-sync' && found !== undefined ? { algorithm: found.keyAlgorithm, validUntil: found.validUntil } : null;
    };
    const newListed = listed('expense-sync', newId);
    expect(Date.parse(newListed?.validUntil ?? '')).toBe(Date.parse(bundle['validUntil'] ?? ''));
    // With what the mapping signs with, as this run's own Rotations row named it: the JWS name.
    const signing = (mapping: string): string | null => (mapping === 'expense-sync' ? 'ES256' : null);
    expect(rotationsFromStatus([], rows, new Set(), listed, signing)).toEqual([{
      mapping: 'expense-sync',
      replaces: [expect.any(String)],
      certificateId: newId,
      algorithm: 'ES256',
      validUntil: newListed?.validUntil,
      delivered: ['file:secrets/expense-sync.json'],
      state: 'delivered',
      retireAfter: new Date(started + 7 * DAY_MS).toISOString(),
      detail: null,
      failure: null,
      fromEarlierRun: true,
    }]);

    // Without a declared rotation, what NetSuite lists.
    expect(rotationsFromStatus([], rows, new Set(), listed)[0]?.algorithm).toBe(newListed?.algorithm);

    // After the overlap, a later apply retires the old certificate: the rotation shows as retired from the status files.
    clock.at = started + 8 * DAY_MS;
    const laterIo = captureIo({ cwd: repos.work, now: clock.now, env: { ...netsuiteUrls(emulator.origins), NETSUITE_CREDENTIALS: demoBundle(emulator, 'token-gitops'), EXPENSE_SYNC_M2M: JSON.stringify(bundle), ...repos.env } });
    expect(await main(['apply', '--yes'], laterIo)).toBe(0);
    expect(laterIo.out()).toContain('retire (active → revoked)');
    expectNoKey(lines, laterIo.out(), laterIo.err(), await readFile(join(repos.work, 'netsuite-tokens.status.yaml'), 'utf8'));
    const after = (parse(await readFile(join(repos.work, 'netsuite-tokens.status.yaml'), 'utf8')) as StatusFile).certificates ?? [];
    expect(rotationsFromStatus(rows, after, new Set())).toEqual([expect.objectContaining({ mapping: 'expense-sync', certificateId: newId, state: 'retired', retireAfter: null, fromEarlierRun: true })]);
    // The later run shows the rotation it completed with the JWS name, as the run that delivered it did.
    expect(laterIo.out()).toMatch(/^ {2}expense-sync +\S+… → \S+… +ES256 +\d{4}-\d{2}-\d{2} +file:secrets\/expense-sync\.json +retired$/m);
  });

  it('shows a rotation retired in the same run (overlap 0d) in the JSON form, and no line of the key', async () => {
    await configure('0d');
    const run = await apply(['--yes', '--format', 'json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const { lines, bundle } = await keyCanaries();
    const document = JSON.parse(run.out.split('\n').filter((line) => !line.startsWith('::')).join('\n')) as { rotations: Record<string, unknown>[] };
    expect(document.rotations).toEqual([expect.objectContaining({
      mapping: 'expense-sync', certificateId: bundle['certificateId'], algorithm: 'ES256', delivered: ['file:secrets/expense-sync.json'], state: 'retired', retireAfter: null, fromEarlierRun: false,
    })]);
    expect(run.summary).toMatch(/^\| `expense-sync` \| .* \| retired: Complete: the certificate it replaces is revoked\. \|$/m);
    expectNoKey(lines, run.out, run.err, run.summary);
  });
});
