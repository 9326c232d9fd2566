import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryTarget } from '../../src/domain/desired.js';
import { createBundleDelivery, type BundleDeliveryOptions } from '../../src/delivery/bundle-delivery.js';
import { clientRequestToken } from '../../src/delivery/client-request-token.js';
import { DeliveryError } from '../../src/delivery/delivery-errors.js';
import { Secret } from '../../src/secrets/secret.js';
import { ConfigError, UsageError } from '../../src/support/errors.js';
import { startFakeSecretsManager, type FakeSecretsManager } from '../support/fake-secrets-manager.js';
import { canaryBundle, expectNoLeak, failure, hintOf, located, shown } from './support/canary.js';

const ACCESS_KEY_ID = 'AKIAFAKEDELIVERYTEST';
const SECRET_ACCESS_KEY = 'fake/secret/access/key/for/the/tests/0123';
const SECRET_ID = 'netsuite/expense-sync';
const target: DeliveryTarget = { kind: 'aws', secretId: SECRET_ID, region: 'eu-west-1', source: null };
const SOURCE = { file: '/repo/netsuite/netsuite-tokens.yaml', line: 20, column: 7, pointer: '/certificates/1' };

describe('delivery to AWS Secrets Manager', () => {
  let aws: FakeSecretsManager;
  const errors: Error[] = [];
  const canary = canaryBundle();

  beforeEach(async () => {
    aws = await startFakeSecretsManager({ accessKeyId: ACCESS_KEY_ID, region: 'eu-west-1' });
    aws.createSecret(SECRET_ID, '{"kind":"netsuite-m2m","previous":true}');
  });
  afterEach(async () => {
    expect(aws.violations).toEqual([]);
    // Canary: the bundle travels only as PutSecretValue's SecretString (the value AWS stores), and no error carries it.
    const logWithoutValues = aws.requests.map((request) => ({ ...request, body: { ...request.body, SecretString: request.operation === 'PutSecretValue' ? '[stored value]' : request.body['SecretString'] } }));
    expectNoLeak(JSON.stringify(logWithoutValues), canary.secrets, 'the fake Secrets Manager request log');
    for (const error of errors.splice(0)) expectNoLeak(shown(error), canary.secrets, `the error "${error.message}"`);
    await aws.close();
  });

  const delivery = (env: Record<string, string> = {}, options: Partial<BundleDeliveryOptions> = {}) => createBundleDelivery({
    configDirectory: '/unused',
    env: { AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url, AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY, ...env },
    awsCredentials: 'environment-only',
    ...options,
  });
  const failed = async (action: () => Promise<unknown>): Promise<Error> => {
    const error = await failure(action);
    errors.push(error);
    return error;
  };

  it('writes AWSPENDING with the rotation\'s request token, moves AWSCURRENT to it and verifies, signed with SigV4', async () => {
    const port = delivery();
    await port.preflight(target);
    const [old] = aws.versions(SECRET_ID);
    await port.deliver(target, canary.bundle, 'rotation-1');
    const token = clientRequestToken('rotation-1');
    expect(aws.currentValue(SECRET_ID)).toBe(canary.text);
    expect(aws.stages(SECRET_ID)).toEqual({ [token]: ['AWSCURRENT'], [old?.id ?? '']: ['AWSPREVIOUS'] });
    expect(aws.requests.map((request) => request.operation)).toEqual([
      'DescribeSecret', 'PutSecretValue', 'DescribeSecret', 'UpdateSecretVersionStage', 'UpdateSecretVersionStage', 'DescribeSecret',
    ]);
    const put = aws.requests.find((request) => request.operation === 'PutSecretValue');
    expect(put?.body).toMatchObject({ SecretId: SECRET_ID, ClientRequestToken: token, VersionStages: ['AWSPENDING'] });
    const move = aws.requests.find((request) => request.operation === 'UpdateSecretVersionStage');
    expect(move?.body).toEqual({ SecretId: SECRET_ID, VersionStage: 'AWSCURRENT', MoveToVersionId: token, RemoveFromVersionId: old?.id });
    for (const request of aws.requests) expect(request.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/\\d{8}/eu-west-1/secretsmanager/aws4_request, ?SignedHeaders=`));
  });

  it('delivering the same rotation again is a no-op: one new version, stages unchanged', async () => {
    const port = delivery();
    await port.deliver(target, canary.bundle, 'rotation-1');
    const stages = aws.stages(SECRET_ID);
    await port.deliver(target, canary.bundle, 'rotation-1');
    expect(aws.versions(SECRET_ID)).toHaveLength(2);
    expect(aws.stages(SECRET_ID)).toEqual(stages);
    expect(aws.requests.slice(-3).map((request) => request.operation)).toEqual(['PutSecretValue', 'DescribeSecret', 'DescribeSecret']);
  });

  it('finishes a delivery that stopped after the write: the repeat moves AWSCURRENT, no second version', async () => {
    const port = delivery();
    // A refusal the SDK does not retry: the first attempt leaves the new version AWSPENDING only.
    aws.fail('UpdateSecretVersionStage', { status: 400, type: 'InvalidRequestException', message: 'injected refusal' }, 1);
    const error = await failed(() => port.deliver(target, canary.bundle, 'rotation-1'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(aws.currentValue(SECRET_ID)).not.toBe(canary.text);
    expect(Object.values(aws.stages(SECRET_ID)).flat().sort()).toEqual(['AWSCURRENT', 'AWSPENDING']);
    await port.deliver(target, canary.bundle, 'rotation-1');
    expect(aws.versions(SECRET_ID)).toHaveLength(2);
    expect(aws.currentValue(SECRET_ID)).toBe(canary.text);
    expect(Object.values(aws.stages(SECRET_ID)).flat().sort()).toEqual(['AWSCURRENT', 'AWSPREVIOUS']);
  });

  it('a second rotation makes the first one AWSPREVIOUS; the oldest loses its labels', async () => {
    const port = delivery();
    await port.deliver(target, canary.bundle, 'rotation-1');
    const next = canaryBundle();
    await port.deliver(target, next.bundle, 'rotation-2');
    expect(aws.currentValue(SECRET_ID)).toBe(next.text);
    expect(aws.stages(SECRET_ID)).toEqual({ [clientRequestToken('rotation-1')]: ['AWSPREVIOUS'], [clientRequestToken('rotation-2')]: ['AWSCURRENT'] });
    expect(aws.versions(SECRET_ID)).toHaveLength(3);
  });

  it('takes AWSPENDING over from a version an earlier, unfinished delivery left it on, and leaves no AWSPENDING behind', async () => {
    const port = delivery();
    const [old] = aws.versions(SECRET_ID);
    aws.fail('UpdateSecretVersionStage', { status: 400, type: 'InvalidRequestException', message: 'injected refusal' }, 1);
    await failed(() => port.deliver(target, canaryBundle().bundle, 'rotation-1'));
    expect(aws.stages(SECRET_ID)[clientRequestToken('rotation-1')]).toEqual(['AWSPENDING']);
    await port.deliver(target, canary.bundle, 'rotation-2');
    expect(aws.currentValue(SECRET_ID)).toBe(canary.text);
    expect(aws.stages(SECRET_ID)).toEqual({ [clientRequestToken('rotation-2')]: ['AWSCURRENT'], [old?.id ?? '']: ['AWSPREVIOUS'] });
  });

  it('tells whether the secret has a current value: a secret made without one holds nothing yet', async () => {
    expect(await delivery().holdsValue(target)).toBe(true);
    aws.createSecret('netsuite/empty');
    expect(await delivery().holdsValue({ ...target, secretId: 'netsuite/empty' })).toBe(false);
  });

  it('delivers into a secret that has no version yet', async () => {
    aws.createSecret('netsuite/empty');
    await delivery().deliver({ ...target, secretId: 'netsuite/empty' }, canary.bundle, 'rotation-1');
    expect(aws.stages('netsuite/empty')).toEqual({ [clientRequestToken('rotation-1')]: ['AWSCURRENT'] });
  });

  it('refuses another bundle under the same rotation id, and says so without the value', async () => {
    const port = delivery();
    await port.deliver(target, canary.bundle, 'rotation-1');
    const error = await failed(() => port.deliver(target, new Secret('{"other":"bundle"}'), 'rotation-1'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toBe(`AWS already holds a different value for rotation rotation-1 in aws:${SECRET_ID}@eu-west-1 (version ${clientRequestToken('rotation-1')}), so the bundle was not written.`);
    expect(aws.currentValue(SECRET_ID)).toBe(canary.text);
  });

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION, and the endpoint from AWS_ENDPOINT_URL', async () => {
    const regionless: DeliveryTarget = { kind: 'aws', secretId: SECRET_ID, region: null, source: null };
    await delivery({ AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL_SECRETS_MANAGER: '', AWS_ENDPOINT_URL: aws.url }).deliver(regionless, canary.bundle, 'rotation-1');
    await delivery({ AWS_DEFAULT_REGION: 'eu-west-1' }).preflight(regionless);
    expect(aws.currentValue(SECRET_ID)).toBe(canary.text);
  });

  it('preflight: no region anywhere is one sentence at the target\'s place in the file', async () => {
    const error = await failed(() => delivery({}).preflight({ kind: 'aws', secretId: SECRET_ID, region: null, source: SOURCE }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(located(error)).toEqual([{ ...SOURCE, message: `The AWS target aws:${SECRET_ID} has no region: it names none and neither AWS_REGION nor AWS_DEFAULT_REGION is set.` }]);
    expect(aws.requests).toEqual([]);
  });

  it('preflight: missing credentials are one sentence naming the variables and the OIDC step', async () => {
    const error = await failed(() => delivery({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }).preflight(target));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`AWS credentials are missing for aws:${SECRET_ID}@eu-west-1: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.`);
    expect(hintOf(error)).toMatch(/aws-actions\/configure-aws-credentials with `role-to-assume` \(OIDC; the job needs `permissions: id-token: write`\)/);
    const half = await failed(() => delivery({ AWS_SECRET_ACCESS_KEY: '' }).preflight(target));
    expect(half.message).toBe(`AWS credentials are incomplete for aws:${SECRET_ID}@eu-west-1: AWS_SECRET_ACCESS_KEY is not set while AWS_ACCESS_KEY_ID is.`);
    expect(aws.requests).toEqual([]);
  });

  it('preflight: a secret that does not exist, and credentials AWS does not know', async () => {
    const missing = await failed(() => delivery({}).preflight({ ...target, secretId: 'netsuite/nowhere', source: SOURCE }));
    expect(missing).toBeInstanceOf(ConfigError);
    expect(located(missing)[0]?.message).toBe('The AWS secret "netsuite/nowhere" of aws:netsuite/nowhere@eu-west-1 does not exist in eu-west-1 (ResourceNotFoundException 400: Secrets Manager can\'t find the specified secret.).');
    const unknown = await failed(() => delivery({ AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN' }).preflight(target));
    expect(unknown).toBeInstanceOf(DeliveryError);
    expect(unknown.message).toMatch(/^AWS rejected the credentials when calling DescribeSecret on aws:netsuite\/expense-sync@eu-west-1 \(UnrecognizedClientException 400: /);
    aws.violations.splice(0);
  });

  it('an AWS error that quotes the bundle or the secret access key back is told without them', async () => {
    const [keyLine] = canary.secrets.slice(1);
    aws.fail('PutSecretValue', { status: 400, type: 'ValidationException', message: `1 validation error detected: Value '${canary.text}' at 'secretString' failed to satisfy constraint` });
    const echoed = await failed(() => delivery().deliver(target, canary.bundle, 'rotation-1'));
    expect(echoed.message).toBe(`AWS Secrets Manager refused PutSecretValue on aws:${SECRET_ID}@eu-west-1 (ValidationException 400: 1 validation error detected: Value '[redacted]' at 'secretString' failed to satisfy constraint).`);
    aws.fail('PutSecretValue', { status: 400, type: 'InvalidParameterException', message: `The key line ${keyLine ?? ''} is not allowed` });
    const partial = await failed(() => delivery().deliver(target, canary.bundle, 'rotation-1'));
    expect(partial.message).toBe(`AWS Secrets Manager refused PutSecretValue on aws:${SECRET_ID}@eu-west-1 (InvalidParameterException 400: The key line [redacted] is not allowed).`);
    aws.fail('DescribeSecret', { status: 400, type: 'InvalidSignatureException', message: `Signature computed with ${SECRET_ACCESS_KEY} does not match` });
    const signature = await failed(() => delivery().preflight(target));
    expect(signature.message).toBe(`AWS rejected the credentials when calling DescribeSecret on aws:${SECRET_ID}@eu-west-1 (InvalidSignatureException 400: Signature computed with [redacted] does not match).`);
    expect(aws.currentValue(SECRET_ID)).not.toBe(canary.text);
  });

  it('a refusal names the operation, AWS\'s error and the permissions to grant', async () => {
    aws.fail('PutSecretValue', { status: 400, type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/netsuite-tokens is not authorized to perform: secretsmanager:PutSecretValue' });
    const error = await failed(() => delivery().deliver(target, canary.bundle, 'rotation-1'));
    expect(error.message).toBe(`AWS refused PutSecretValue on aws:${SECRET_ID}@eu-west-1 (AccessDeniedException 400: User: arn:aws:sts::123456789012:assumed-role/netsuite-tokens is not authorized to perform: secretsmanager:PutSecretValue).`);
    expect(hintOf(error)).toBe('Allow secretsmanager:DescribeSecret, secretsmanager:PutSecretValue and secretsmanager:UpdateSecretVersionStage on this secret to the role or user the operator runs as.');
  });
});
