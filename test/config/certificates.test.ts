import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDesiredState } from '../../src/config/desired-state.js';
import { loadConfigText } from '../../src/config/load-config-text.js';

/** SPEC §11: `certificates:` entries validated like tokens, every problem at once with its position. */

const HEADER = 'version: 1\naccount: "1234567"\ntokens: []\ncertificates:\n';

function problems(body: string): string[] {
  const result = loadConfigText(`${HEADER}${body}`, 'netsuite-tokens.yaml');
  if (result.ok) throw new Error('the file was accepted');
  return result.problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`);
}

const VALID = `  - mapping: expense-sync
    clientId: "0f3c51aa0f3c51aa"
    entity: "1651"
    role: "1073"
    state: active
    owner: "@acme/finance-systems"
    credentials: env:EXPENSE_SYNC_M2M
    rotation:
      algorithm: ec-p384
      validity: 180d
      overlap: 0d
    deliver:
      - github: { repository: acme/expense-sync, environment: production, secret: NETSUITE_M2M }
      - aws: { secretId: netsuite/expense-sync, region: eu-west-1 }
      - file: { path: secrets/expense-sync.json }
`;

describe('certificate mappings in the desired-state file', () => {
  it('loads a full entry and applies the rotation defaults', () => {
    const result = loadConfigText(`${HEADER}${VALID}`, 'netsuite-tokens.yaml');
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const bundle = JSON.stringify({ kind: 'netsuite-m2m', version: 1, accountId: '1234567', clientId: '0f3c51aa0f3c51aa', certificateId: 'cert-A', algorithm: 'ES256', privateKey: key, validUntil: '2027-01-01T00:00:00Z' });
    const { state, credentials } = buildDesiredState(result.loaded, { EXPENSE_SYNC_M2M: bundle });
    expect(state.certificates).toMatchObject([{
      key: '/certificates/0',
      mapping: 'expense-sync',
      credentials: { status: 'resolved' },
      bundleCertificateId: 'cert-A',
      bundleValidUntil: '2027-01-01T00:00:00Z',
      rotation: { algorithm: 'ec-p384', validityMs: 180 * 86_400_000, renewBeforeMs: 60 * 86_400_000, overlapMs: 0 },
      deliver: [
        { kind: 'github', repository: 'acme/expense-sync', environment: 'production', secret: 'NETSUITE_M2M' },
        { kind: 'aws', secretId: 'netsuite/expense-sync', region: 'eu-west-1' },
        { kind: 'file', path: 'secrets/expense-sync.json' },
      ],
      source: { line: 5, column: 5 },
    }]);
    expect(credentials.get('/certificates/0')?.kind).toBe('m2m');
    expect(JSON.stringify(state)).not.toContain('PRIVATE KEY');
  });

  it('refuses rotation without credentials or deliver targets, a validity NetSuite would shorten and an overlap as long as the validity', () => {
    expect(problems(`  - mapping: a
    clientId: "0f3c51aa0f3c51aa"
    entity: "1"
    role: "2"
    state: active
    rotation: { validity: 800d, overlap: 800d }
`)).toEqual([
      "10:5: rotation needs credentials: the operator uploads the new certificate with the mapping's own token; add credentials: env:NAME (the mapping's bundle).",
      '10:5: rotation needs at least one deliver target: a new key that reaches no consumer is useless; add deliver: with a github, aws or file target.',
      '10:27: validity "800d" is longer than NetSuite keeps (730d, two years); use 730d or less.',
      '10:42: overlap "800d" is not shorter than the certificate\'s validity (800d); the old certificate must be retired while the new one is valid.',
    ]);
  });

  it('refuses a mapping name or a client, entity and role declared twice, and a deliver target listed twice', () => {
    const entry = (name: string): string => `  - mapping: ${name}\n    clientId: "0f3c51aa0f3c51aa"\n    entity: "1"\n    role: "2"\n    state: active\n    credentials: env:M2M\n    deliver: [{ file: { path: a.json } }, { file: { path: a.json } }]\n`;
    expect(problems(`${entry('same')}${entry('same')}`)).toEqual([
      '11:59: This deliver target is already listed at line 11, column 31; list each target once.',
      '12:14: mapping "same" is already declared at line 5; give each mapping its own name.',
      '13:15: This clientId, entity and role are already declared by the mapping at line 5; one certificate serves one integration, entity and role, so merge the two entries.',
      '18:31: This deliver target is already a deliver target of mapping "same" at line 11, column 31; two credentials delivered to one place overwrite each other\'s bundle, so give this one a path of its own.',
      '18:59: This deliver target is already a deliver target of mapping "same" at line 11, column 31; two credentials delivered to one place overwrite each other\'s bundle, so give this one a path of its own.',
    ]);
  });

  it('names what would be valid for a bad name, state, secret, target or literal credentials, never repeating a value that may be a secret', () => {
    const found = problems(`  - mapping: "has space"
    clientId: "0f3c51aa0f3c51aa"
    entity: "1"
    role: "2"
    state: inactive
    credentials: "-----BEGIN PRIVATE KEY-----"
    deliver:
      - github: { secret: GITHUB_TOKEN }
      - { file: { path: a.json }, aws: { secretId: x } }
`);
    expect(found).toContainEqual('5:14: mapping "has space" is not a mapping name; use letters, digits, dots, hyphens and underscores, such as expense-sync.');
    expect(found).toContainEqual('9:12: state "inactive" is not a mapping state (did you mean "active"?); use one of active or revoked.');
    expect(found).toContainEqual('12:27: secret "GITHUB_TOKEN" is not a name GitHub accepts for a secret; use letters, digits and underscores, not starting with a digit or GITHUB_.');
    expect(found.some((line) => line.startsWith('10:18: credentials holds a literal value'))).toBe(true);
    expect(found.join('\n')).not.toContain('BEGIN PRIVATE KEY');
    expect(found).toContainEqual('13:9: A deliver target names exactly one of github, aws or file; give each target its own "- " item.');
  });

  it('asks for what a mapping and a target lack in their own terms: a mapping\'s states, a target\'s keys', () => {
    expect(problems(`  - mapping: a
    role: "2"
    deliver:
      - github: { repository: acme/x }
      - aws: {}
      - file: {}
`)).toEqual([
      "5:5: A certificate mapping has no clientId; add clientId: with the integration record's client ID.",
      '5:5: A certificate mapping has no entity; add entity: with the internal id of the user the mapping signs in as, such as entity: "1651".',
      '5:5: A certificate mapping has no state; add state: active or revoked.',
      '8:17: github has no secret; add secret: with the name of the Actions secret, such as secret: NETSUITE_M2M.',
      '9:14: aws has no secretId; add secretId: with the name or ARN of the AWS secret.',
      '10:15: file has no path; add path: with the file to write, relative to this desired-state file.',
    ]);
  });

  it('says a zero or sub-day duration is below the minimum, not that it is no duration: only overlap may be 0d', () => {
    expect(problems(`  - mapping: a
    clientId: "0f3c51aa0f3c51aa"
    entity: "1"
    role: "2"
    state: active
    credentials: env:M2M
    rotation: { renewBefore: 0d, validity: 0d, overlap: 0d }
    deliver: [{ file: { path: a.json } }]
  - mapping: b
    clientId: "0f3c51aa0f3c51bb"
    entity: "1"
    role: "2"
    state: active
    credentials: env:M2M_B
    rotation: { validity: 12h, renewBefore: 1h }
    deliver: [{ file: { path: b.json } }]
`)).toEqual([
      '11:30: renewBefore "0d" is zero, but only overlap may be 0d; give renewBefore at least 1h, such as 90d, or remove it for the default.',
      '11:44: validity "0d" is zero, but a certificate is valid for at least 1d; use 1d to 730d, such as 365d.',
      '19:27: validity "12h" is shorter than a day, but a certificate is valid for at least 1d; use 1d to 730d, such as 365d.',
    ]);
  });
});
