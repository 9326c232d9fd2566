import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * AWS Secrets Manager on 127.0.0.1 for the tests, speaking the JSON 1.1 protocol the SDK uses (POST /,
 * `X-Amz-Target: secretsmanager.<Operation>`, `Content-Type: application/x-amz-json-1.1`, errors as
 * `{"__type", "message"}` with status 400). It keeps versions and staging labels as AWS documents them:
 * a label is on one version at a time; when AWSCURRENT moves, the version it left gets AWSPREVIOUS; a
 * PutSecretValue repeating a ClientRequestToken with the same value changes nothing, with another value
 * it is refused (ResourceExistsException). Every request must carry a SigV4 `Authorization` header for
 * the expected access key, region and service; the header is recorded, the signature is not recomputed.
 */

export interface FakeSecretsManagerOptions {
  /** The access key id requests must be signed with. */
  readonly accessKeyId: string;
  readonly region: string;
  /** Default the system clock. */
  readonly clock?: () => Date;
}

export interface AwsRequest {
  readonly operation: string;
  readonly authorization: string | undefined;
  /** The JSON body as the SDK sent it (PutSecretValue's SecretString is the value AWS stores). */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface FakeVersion {
  readonly id: string;
  readonly value: string;
  readonly createdAt: Date;
  stages: string[];
}

export interface AwsFailure {
  readonly status: number;
  readonly type: string;
  readonly message: string;
}

export interface FakeSecretsManager {
  readonly url: string;
  readonly requests: AwsRequest[];
  /** Requests the real service would reject as malformed or unsigned. */
  readonly violations: string[];
  /** Creates a secret, with a first version labelled AWSCURRENT when a value is given (as CreateSecret does). */
  createSecret(name: string, firstValue?: string): void;
  /** Every version of the secret (labelled or not), oldest first. */
  versions(name: string): readonly FakeVersion[];
  /** Version id → staging labels, for versions that have any (DescribeSecret's VersionIdsToStages). */
  stages(name: string): Readonly<Record<string, readonly string[]>>;
  /** The value labelled AWSCURRENT, or null. */
  currentValue(name: string): string | null;
  /** The next `times` calls of `operation` answer with `failure`. */
  fail(operation: string, failure: AwsFailure, times?: number): void;
  close(): Promise<void>;
}

class AwsError extends Error {
  constructor(readonly type: string, message: string, readonly status = 400) {
    super(message);
  }
}

interface FakeSecret {
  readonly name: string;
  readonly arn: string;
  readonly createdAt: Date;
  lastChangedAt: Date;
  readonly versions: FakeVersion[];
}

const ACCOUNT = '123456789012';
const CURRENT = 'AWSCURRENT';
const PREVIOUS = 'AWSPREVIOUS';

export async function startFakeSecretsManager(options: FakeSecretsManagerOptions): Promise<FakeSecretsManager> {
  const clock = options.clock ?? ((): Date => new Date());
  const secrets = new Map<string, FakeSecret>();
  const requests: AwsRequest[] = [];
  const violations: string[] = [];
  const failures = new Map<string, { failure: AwsFailure; times: number }>();

  const find = (secretId: unknown): FakeSecret => {
    const id = String(secretId);
    const secret = secrets.get(id) ?? [...secrets.values()].find((candidate) => candidate.arn === id);
    if (secret === undefined) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    return secret;
  };
  const holder = (secret: FakeSecret, stage: string): FakeVersion | undefined => secret.versions.find((version) => version.stages.includes(stage));
  const detach = (secret: FakeSecret, stage: string): void => {
    for (const version of secret.versions) version.stages = version.stages.filter((label) => label !== stage);
  };
  /** Puts `stage` on `version` alone; AWSCURRENT leaving a version leaves AWSPREVIOUS behind on it. */
  const attach = (secret: FakeSecret, stage: string, version: FakeVersion): void => {
    const previous = holder(secret, stage);
    if (previous === version) return;
    detach(secret, stage);
    version.stages.push(stage);
    if (stage === CURRENT && previous !== undefined) {
      detach(secret, PREVIOUS);
      previous.stages.push(PREVIOUS);
    }
  };
  const stagesOf = (secret: FakeSecret): Record<string, string[]> =>
    Object.fromEntries(secret.versions.filter((version) => version.stages.length > 0).map((version) => [version.id, [...version.stages]]));
  const epoch = (date: Date): number => date.getTime() / 1000;

  const operations: Record<string, (body: Record<string, unknown>) => object> = {
    PutSecretValue: (body) => {
      const secret = find(body['SecretId']);
      if (typeof body['SecretString'] !== 'string') throw new AwsError('InvalidParameterException', 'You must provide either SecretString or SecretBinary.');
      const value = body['SecretString'];
      const token = typeof body['ClientRequestToken'] === 'string' ? body['ClientRequestToken'] : randomUUID();
      if (token.length < 32 || token.length > 64) throw new AwsError('ValidationException', 'ClientRequestToken must be 32 to 64 characters long.');
      const stages = Array.isArray(body['VersionStages']) ? body['VersionStages'].map(String) : [CURRENT];
      const existing = secret.versions.find((version) => version.id === token);
      if (existing !== undefined) {
        if (existing.value !== value) throw new AwsError('ResourceExistsException', "You can't modify an existing version, you can only create a new version.");
        return { ARN: secret.arn, Name: secret.name, VersionId: existing.id, VersionStages: [...existing.stages] };
      }
      const version: FakeVersion = { id: token, value, createdAt: clock(), stages: [] };
      secret.versions.push(version);
      for (const stage of stages) attach(secret, stage, version);
      secret.lastChangedAt = clock();
      return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: [...version.stages] };
    },
    UpdateSecretVersionStage: (body) => {
      const secret = find(body['SecretId']);
      const stage = String(body['VersionStage']);
      const moveTo = typeof body['MoveToVersionId'] === 'string' ? body['MoveToVersionId'] : undefined;
      const removeFrom = typeof body['RemoveFromVersionId'] === 'string' ? body['RemoveFromVersionId'] : undefined;
      const current = holder(secret, stage);
      if (removeFrom !== undefined && current?.id !== removeFrom) {
        throw new AwsError('InvalidParameterException', `The staging label ${stage} is not attached to version ${removeFrom}.`);
      }
      if (moveTo === undefined) {
        if (stage === CURRENT) throw new AwsError('InvalidParameterException', 'You can only remove AWSCURRENT from a version by moving it to another version.');
        if (removeFrom !== undefined) detach(secret, stage);
      } else {
        const target = secret.versions.find((version) => version.id === moveTo);
        if (target === undefined) throw new AwsError('ResourceNotFoundException', `Secrets Manager can't find the specified secret version: ${moveTo}.`);
        if (current !== undefined && current !== target && removeFrom === undefined) {
          throw new AwsError('InvalidParameterException', `The staging label ${stage} is currently attached to version ${current.id}, so you must explicitly reference that version in RemoveFromVersionId.`);
        }
        attach(secret, stage, target);
      }
      secret.lastChangedAt = clock();
      return { ARN: secret.arn, Name: secret.name };
    },
    DescribeSecret: (body) => {
      const secret = find(body['SecretId']);
      return { ARN: secret.arn, Name: secret.name, CreatedDate: epoch(secret.createdAt), LastChangedDate: epoch(secret.lastChangedAt), VersionIdsToStages: stagesOf(secret) };
    },
    GetSecretValue: (body) => {
      const secret = find(body['SecretId']);
      const versionId = typeof body['VersionId'] === 'string' ? body['VersionId'] : undefined;
      const stage = typeof body['VersionStage'] === 'string' ? body['VersionStage'] : versionId === undefined ? CURRENT : undefined;
      const version = secret.versions.find((candidate) => (versionId === undefined || candidate.id === versionId) && (stage === undefined || candidate.stages.includes(stage)));
      if (version === undefined) throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret value for staging label or version.");
      return { ARN: secret.arn, Name: secret.name, VersionId: version.id, SecretString: version.value, VersionStages: [...version.stages], CreatedDate: epoch(version.createdAt) };
    },
  };

  const signatureProblem = (authorization: string | undefined): string | null => {
    if (authorization === undefined) return 'no Authorization header';
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
    if (match === null) return 'the Authorization header is not AWS Signature Version 4';
    const [, keyId, , region, service, signed] = match;
    if (keyId !== options.accessKeyId) return `signed with the access key ${keyId ?? ''}, not ${options.accessKeyId}`;
    if (region !== options.region || service !== 'secretsmanager') return `signed for ${region ?? ''}/${service ?? ''}, not ${options.region}/secretsmanager`;
    if (!(signed ?? '').split(';').includes('x-amz-target')) return 'X-Amz-Target is not among the signed headers';
    return null;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const reply = (status: number, body: object): void => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
      response.end(JSON.stringify(body));
    };
    const fault = (error: AwsError): void => {
      response.writeHead(error.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), 'x-amzn-errortype': error.type });
      response.end(JSON.stringify({ __type: error.type, message: error.message }));
    };
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('secretsmanager.') ? target.slice('secretsmanager.'.length) : '';
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      violations.push(`${operation}: the body is not JSON`);
    }
    requests.push({ operation, authorization: request.headers.authorization, body });
    const malformed = request.method !== 'POST' || request.url !== '/' ? `${request.method ?? ''} ${request.url ?? ''} is not POST /`
      : request.headers['content-type'] !== 'application/x-amz-json-1.1' ? `Content-Type is ${String(request.headers['content-type'])}`
      : operations[operation] === undefined ? `unknown X-Amz-Target "${target}"` : null;
    if (malformed !== null) {
      violations.push(malformed);
      fault(new AwsError('UnknownOperationException', malformed));
      return;
    }
    const unsigned = signatureProblem(request.headers.authorization);
    if (unsigned !== null) {
      violations.push(`${operation}: ${unsigned}`);
      fault(new AwsError(request.headers.authorization === undefined ? 'MissingAuthenticationTokenException' : 'UnrecognizedClientException', 'The security token included in the request is invalid.'));
      return;
    }
    const failure = failures.get(operation);
    if (failure !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) failures.delete(operation);
      fault(new AwsError(failure.failure.type, failure.failure.message, failure.failure.status));
      return;
    }
    try {
      reply(200, (operations[operation] ?? (() => ({})))(body));
    } catch (error) {
      if (error instanceof AwsError) fault(error);
      else throw error;
    }
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`fake Secrets Manager crashed: ${String(error)}`);
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const secretNamed = (name: string): FakeSecret => {
    const secret = secrets.get(name);
    if (secret === undefined) throw new Error(`the fake has no secret named ${name}`);
    return secret;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    createSecret: (name, firstValue) => {
      const now = clock();
      const versions: FakeVersion[] = firstValue === undefined ? [] : [{ id: randomUUID(), value: firstValue, createdAt: now, stages: [CURRENT] }];
      secrets.set(name, { name, arn: `arn:aws:secretsmanager:${options.region}:${ACCOUNT}:secret:${name}-AbCdEf`, createdAt: now, lastChangedAt: now, versions });
    },
    versions: (name) => secretNamed(name).versions,
    stages: (name) => stagesOf(secretNamed(name)),
    currentValue: (name) => holder(secretNamed(name), CURRENT)?.value ?? null,
    fail: (operation, failure, times = 1) => failures.set(operation, { failure, times }),
    close: () => new Promise<void>((resolve, reject) => {
      http.closeAllConnections();
      http.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    }),
  };
}
