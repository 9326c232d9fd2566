import type { Observation } from './domain/token.js';
import type { RunReport } from './domain/report.js';
import type { TokenCredentials } from './secrets/secret.js';

/**
 * The ports reconcile talks to. Adapters implement them with a technology (SuiteQL over HTTP, the file
 * system, git and the GitHub API); tests plug in the same adapters against loopback counterparts.
 */

/** Reads every token of the account and when each was last used. */
export interface TokenDirectory {
  observe(progress?: ProgressSink): Promise<Observation>;
}

/** Revokes a token by signing `rest/revoketoken` with that token's own credentials (NetSuite's only revoke API). */
export interface SelfRevoker {
  revoke(credentials: TokenCredentials): Promise<void>;
}

/** Receives progress of long work (pages fetched); a terminal shows it, CI prints plain lines. */
export interface ProgressSink {
  update(done: number, total: number, what: string): void;
}

/** Publishes the results of a run for review (the results pull request and the dashboard issue). */
export interface ResultsPublisher {
  publish(report: RunReport, statusFile: string): Promise<PublishOutcome>;
}

export interface PublishOutcome {
  readonly pullRequestUrl: string | null;
  readonly dashboardIssueUrl: string | null;
}

/** The process environment as a plain value, injected so tests need no global patching. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface Clock {
  now(): Date;
}
