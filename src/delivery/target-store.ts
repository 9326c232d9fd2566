import type { DeliveryTarget } from '../domain/desired.js';
import type { Clock, Environment } from '../ports.js';
import type { Secret } from '../secrets/secret.js';

/** What every store's adapter is given: the injected environment and I/O, never process globals. */
export interface DeliveryContext {
  /** The desired-state file's directory: `file` paths are relative to it (SPEC §12.2). */
  readonly configDirectory: string;
  readonly env: Environment;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly awsCredentials: AwsCredentialSource;
}

/**
 * Where AWS credentials come from when the injected environment has no AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY: `sdk-default` asks the SDK's default chain (profiles, SSO, web identity,
 * container and instance metadata), which reads the process environment; `environment-only` does not,
 * so tests stay offline (the chain's last step asks the EC2 instance metadata service over the network).
 */
export type AwsCredentialSource = 'sdk-default' | 'environment-only';

/** One store's adapter; `bundle-delivery.ts` loads it only when a target of its kind is used. */
export interface TargetStore<T extends DeliveryTarget> {
  preflight(target: T): Promise<void>;
  /** BundleDelivery.checkNotCommitted; absent for a store whose targets are never in a repository. */
  checkNotCommitted?(target: T): Promise<void>;
  holdsValue(target: T): Promise<boolean>;
  deliver(target: T, bundle: Secret, rotationId: string): Promise<void>;
}

export type TargetOfKind<K extends DeliveryTarget['kind']> = Extract<DeliveryTarget, { readonly kind: K }>;
