import {
  DescribeSecretCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
  type DescribeSecretCommandOutput,
} from '@aws-sdk/client-secrets-manager';
import { targetLabel } from '../domain/delivery-target.js';
import { bundleSecretParts } from '../secrets/credentials-bundle.js';
import { redact } from '../secrets/redact.js';
import { Secret } from '../secrets/secret.js';
import { UsageError, type OperatorError } from '../support/errors.js';
import { clientRequestToken } from './client-request-token.js';
import { DeliveryError, targetProblem } from './delivery-errors.js';
import type { DeliveryContext, TargetOfKind, TargetStore } from './target-store.js';

type AwsTarget = TargetOfKind<'aws'>;

const CURRENT = 'AWSCURRENT';
const PENDING = 'AWSPENDING';
const PERMISSIONS = 'secretsmanager:DescribeSecret, secretsmanager:PutSecretValue and secretsmanager:UpdateSecretVersionStage';
const CREDENTIALS_HINT =
  'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or in GitHub Actions add aws-actions/configure-aws-credentials with `role-to-assume` (OIDC; the job needs `permissions: id-token: write`) before this step; see step 6 of examples/workflows/SETUP.md.';

/**
 * AWS Secrets Manager (SPEC §12.2): the bundle becomes a new version labelled AWSPENDING, written with a
 * ClientRequestToken derived from the rotation id (a retry is a no-op, never a second version); then
 * AWSCURRENT moves to it (Secrets Manager gives the old version AWSPREVIOUS), AWSPENDING is taken off as
 * AWS's own rotation does at its end, and DescribeSecret confirms AWSCURRENT is on the new version.
 *
 * Everything is read from the injected environment, not the process's: the region, the endpoint
 * (AWS_ENDPOINT_URL_SECRETS_MANAGER, then AWS_ENDPOINT_URL, as the SDK itself would read them from
 * process.env) and static credentials. Without static credentials the SDK's default chain is asked
 * (`sdk-default`), which reads process.env and ~/.aws itself.
 */
export function createAwsSecretStore(context: DeliveryContext): TargetStore<AwsTarget> {
  const clients = new Map<string, SecretsManagerClient>();

  const regionOf = (target: AwsTarget): string => {
    const region = [target.region, context.env['AWS_REGION'], context.env['AWS_DEFAULT_REGION']].find((value) => value !== null && value !== undefined && value.trim() !== '');
    if (region === undefined || region === null) {
      throw targetProblem(target, `The AWS target ${targetLabel(target)} has no region: it names none and neither AWS_REGION nor AWS_DEFAULT_REGION is set.`, 'Add `region:` to the target, or set AWS_REGION (aws-actions/configure-aws-credentials sets it from `aws-region`).');
    }
    return region;
  };

  const clientFor = (target: AwsTarget): { client: SecretsManagerClient; region: string } => {
    const region = regionOf(target);
    const credentials = staticCredentials(context, target);
    let client = clients.get(region);
    if (client === undefined) {
      const endpoint = endpointOf(context.env);
      client = new SecretsManagerClient({
        region,
        ...(endpoint === null ? {} : { endpoint }),
        ...(credentials === null ? {} : { credentials }),
      });
      clients.set(region, client);
    }
    return { client, region };
  };

  /**
   * AWS's words go into messages, but never a secret they may quote back: the bundle being written (an
   * echoing endpoint, a validation error quoting the value) or the credentials the requests are signed with.
   */
  const scrubber = (bundle: Secret | null): Scrub => {
    const secrets = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']
      .map((name) => context.env[name] ?? '')
      .filter((value) => value !== '')
      .map((value) => new Secret(value));
    if (bundle !== null) secrets.push(...bundleSecretParts(bundle));
    return (text) => redact(text, secrets);
  };

  /** Resolves the credentials now, so that missing ones are one sentence before anything is written. */
  const requireCredentials = async (client: SecretsManagerClient, target: AwsTarget, scrub: Scrub): Promise<void> => {
    try {
      await client.config.credentials();
    } catch (error) {
      throw new UsageError(`AWS credentials are missing for ${targetLabel(target)}${error instanceof Error && error.message !== '' ? ` (the SDK's default chain found none: ${scrub(firstLine(error.message))})` : ''}.`, { hint: CREDENTIALS_HINT });
    }
  };

  const describe = async (client: SecretsManagerClient, target: AwsTarget, region: string, scrub: Scrub): Promise<DescribeSecretCommandOutput> => {
    try {
      return await client.send(new DescribeSecretCommand({ SecretId: target.secretId }));
    } catch (error) {
      throw awsFailure(error, 'DescribeSecret', target, region, context, scrub);
    }
  };

  return {
    async preflight(target) {
      const { client, region } = clientFor(target);
      const scrub = scrubber(null);
      await requireCredentials(client, target, scrub);
      await describe(client, target, region, scrub);
    },

    async holdsValue(target) {
      const { client, region } = clientFor(target);
      const scrub = scrubber(null);
      await requireCredentials(client, target, scrub);
      return versionWith(await describe(client, target, region, scrub), CURRENT) !== null;
    },

    async deliver(target, bundle, rotationId) {
      const { client, region } = clientFor(target);
      const scrub = scrubber(bundle);
      await requireCredentials(client, target, scrub);
      const token = clientRequestToken(rotationId);
      let versionId: string;
      try {
        const put = await client.send(new PutSecretValueCommand({ SecretId: target.secretId, SecretString: bundle.reveal(), ClientRequestToken: token, VersionStages: [PENDING] }));
        versionId = put.VersionId ?? token;
      } catch (error) {
        if (errorName(error) === 'ResourceExistsException') {
          throw new DeliveryError(`AWS already holds a different value for rotation ${rotationId} in ${targetLabel(target)} (version ${token}), so the bundle was not written.`, {
            hint: 'A rotation that makes a new key must have a new rotation id; this is a bug in netsuite-tokens if it repeats.',
          });
        }
        throw awsFailure(error, 'PutSecretValue', target, region, context, scrub);
      }
      const before = await describe(client, target, region, scrub);
      const current = versionWith(before, CURRENT);
      try {
        if (current !== versionId) {
          await client.send(new UpdateSecretVersionStageCommand({
            SecretId: target.secretId,
            VersionStage: CURRENT,
            MoveToVersionId: versionId,
            ...(current === null ? {} : { RemoveFromVersionId: current }),
          }));
        }
        if (versionWith(before, PENDING) === versionId) {
          await client.send(new UpdateSecretVersionStageCommand({ SecretId: target.secretId, VersionStage: PENDING, RemoveFromVersionId: versionId }));
        }
      } catch (error) {
        throw awsFailure(error, 'UpdateSecretVersionStage', target, region, context, scrub);
      }
      const after = await describe(client, target, region, scrub);
      if (versionWith(after, CURRENT) !== versionId) {
        throw new DeliveryError(`AWS wrote version ${versionId} of ${targetLabel(target)}, but AWSCURRENT is on ${versionWith(after, CURRENT) ?? 'no version'} afterwards.`, {
          hint: 'Something else moved the label at the same time (another rotation?); run apply again.',
        });
      }
    },
  };
}

/** AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY of the injected environment, or null to let the SDK's default chain look. */
function staticCredentials(context: DeliveryContext, target: AwsTarget): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | null {
  const accessKeyId = context.env['AWS_ACCESS_KEY_ID'] ?? '';
  const secretAccessKey = context.env['AWS_SECRET_ACCESS_KEY'] ?? '';
  const sessionToken = context.env['AWS_SESSION_TOKEN'] ?? '';
  if (accessKeyId !== '' && secretAccessKey !== '') return { accessKeyId, secretAccessKey, ...(sessionToken === '' ? {} : { sessionToken }) };
  if (accessKeyId !== '' || secretAccessKey !== '') {
    const missing = accessKeyId === '' ? 'AWS_ACCESS_KEY_ID' : 'AWS_SECRET_ACCESS_KEY';
    throw new UsageError(`AWS credentials are incomplete for ${targetLabel(target)}: ${missing} is not set while ${missing === 'AWS_ACCESS_KEY_ID' ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID'} is.`, { hint: CREDENTIALS_HINT });
  }
  if (context.awsCredentials === 'environment-only') {
    throw new UsageError(`AWS credentials are missing for ${targetLabel(target)}: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.`, { hint: CREDENTIALS_HINT });
  }
  return null;
}

/** The endpoint the SDK would take from the environment, read from the injected one instead (same order). */
function endpointOf(env: DeliveryContext['env']): string | null {
  if ((env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '').toLowerCase() === 'true') return null;
  for (const name of ['AWS_ENDPOINT_URL_SECRETS_MANAGER', 'AWS_ENDPOINT_URL']) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return null;
}

function versionWith(description: DescribeSecretCommandOutput, stage: string): string | null {
  const entry = Object.entries(description.VersionIdsToStages ?? {}).find(([, stages]) => stages.includes(stage));
  return entry?.[0] ?? null;
}

function errorName(error: unknown): string | null {
  return error instanceof Error ? error.name : null;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

/** Takes every secret out of a piece of AWS's text. */
type Scrub = (text: string) => string;

/**
 * A failed Secrets Manager call as one sentence and what to do, with AWS's error name and message (AWS
 * names the secret and the principal; whatever else an endpoint quotes back is scrubbed).
 */
function awsFailure(error: unknown, operation: string, target: AwsTarget, region: string, context: DeliveryContext, scrub: Scrub): OperatorError {
  const name = scrub(errorName(error) ?? 'Error');
  const message = scrub(error instanceof Error ? firstLine(error.message) : String(error));
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  const said = `${name}${status === undefined ? '' : ` ${status}`}: ${message}`;
  switch (name) {
    case 'ResourceNotFoundException':
      return targetProblem(target, `The AWS secret "${target.secretId}" of ${targetLabel(target)} does not exist in ${region} (${said}).`, 'Create it first (aws secretsmanager create-secret --name …), or correct `secretId:` or `region:` in the target.');
    case 'AccessDeniedException':
      return new DeliveryError(`AWS refused ${operation} on ${targetLabel(target)} (${said}).`, { hint: `Allow ${PERMISSIONS} on this secret to the role or user the operator runs as.` });
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
    case 'InvalidClientTokenId':
      return new DeliveryError(`AWS rejected the credentials when calling ${operation} on ${targetLabel(target)} (${said}).`, { hint: CREDENTIALS_HINT });
    case 'CredentialsProviderError':
      return new UsageError(`AWS credentials are missing for ${targetLabel(target)} (${message}).`, { hint: CREDENTIALS_HINT });
    default:
      if (status === undefined) {
        return new DeliveryError(`Could not reach AWS Secrets Manager in ${region} for ${operation} on ${targetLabel(target)} (${said}).`, { hint: 'Check the network and AWS_ENDPOINT_URL_SECRETS_MANAGER / AWS_ENDPOINT_URL if set, then run apply again.' });
      }
      return new DeliveryError(`AWS Secrets Manager refused ${operation} on ${targetLabel(target)} (${said}).`, {
        hint: status >= 500 ? 'AWS had a problem; run apply again in a few minutes.' : 'Check the secret (is it scheduled for deletion?) and the target, then run apply again.',
      });
  }
}
