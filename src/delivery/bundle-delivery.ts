import type { DeliveryTarget } from '../domain/desired.js';
import type { BundleDelivery, Clock, Environment } from '../ports.js';
import type { AwsCredentialSource, DeliveryContext, TargetOfKind, TargetStore } from './target-store.js';

export interface BundleDeliveryOptions {
  /** The desired-state file's directory: `file` targets' paths are relative to it. */
  readonly configDirectory: string;
  /**
   * GITHUB_SECRETS_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL (default https://api.github.com), GITHUB_TOKEN
   * (only to recognise it when GitHub refuses it); AWS_REGION, AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID,
   * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL; PATH for git.
   */
  readonly env: Environment;
  /** For the GitHub API (Octokit's `request.fetch`); default the global fetch. */
  readonly fetch?: typeof fetch;
  /** Only used when GitHub's reply carries no Date header; default the system clock. */
  readonly clock?: Clock;
  /** Default `sdk-default`; see AwsCredentialSource. */
  readonly awsCredentials?: AwsCredentialSource;
}

/**
 * The BundleDelivery port's adapter (SPEC §12.2): dispatches on the target's kind and loads that store's
 * module — and with it libsodium or the AWS SDK — with a dynamic import the first time a target of that
 * kind is used, so `validate`, `plan` and an apply that rotates nothing never load them (the bundle
 * keeps each in a chunk of its own).
 */
export function createBundleDelivery(options: BundleDeliveryOptions): BundleDelivery {
  const context: DeliveryContext = {
    configDirectory: options.configDirectory,
    env: options.env,
    fetch: options.fetch ?? globalThis.fetch,
    clock: options.clock ?? { now: () => new Date() },
    awsCredentials: options.awsCredentials ?? 'sdk-default',
  };
  const github = once(async (): Promise<TargetStore<TargetOfKind<'github'>>> => (await import('./github-secret-store.js')).createGitHubSecretStore(context));
  const aws = once(async (): Promise<TargetStore<TargetOfKind<'aws'>>> => (await import('./aws-secret-store.js')).createAwsSecretStore(context));
  const file = once(async (): Promise<TargetStore<TargetOfKind<'file'>>> => (await import('./file-store.js')).createFileStore(context));
  /** Hands the target to its kind's store, loading the store the first time. */
  const withStore = async <R>(target: DeliveryTarget, use: <T extends DeliveryTarget>(store: TargetStore<T>, target: T) => Promise<R>): Promise<R> => {
    switch (target.kind) {
      case 'github':
        return use(await github(), target);
      case 'aws':
        return use(await aws(), target);
      case 'file':
        return use(await file(), target);
    }
  };
  return {
    preflight: (target) => withStore(target, (store, own) => store.preflight(own)),
    // Only a file can be in a repository: GitHub and AWS targets load no store, and no SDK, for this.
    checkNotCommitted: (target) => (target.kind === 'file' ? withStore(target, async (store, own) => { await store.checkNotCommitted?.(own); }) : Promise.resolve()),
    holdsValue: (target) => withStore(target, (store, own) => store.holdsValue(own)),
    deliver: (target, bundle, rotationId) => withStore(target, (store, own) => store.deliver(own, bundle, rotationId)),
  };
}

/** The first call's promise, shared by every later call: a store's module and client are made once. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => (made ??= make());
}
