import { SIGNING_ALGORITHMS } from './domain/desired.js';
import { misdirectedRevokeDetail, revokedUnasked } from './domain/kinds/tba-token/stray-revocations.js';
import type { DesiredState } from './domain/desired.js';
import { deepLinkFor } from './domain/kinds/registry.js';
import type { Observation, ObservationListener } from './domain/observation.js';
import { planChanges } from './domain/plan-changes.js';
import { onlySelection } from './domain/plan-only.js';
import { compareIds } from './domain/plan-order.js';
import { changeSignature, describeDifferences, planDifferences } from './domain/plan-difference.js';
import { plural } from './domain/plan-wording.js';
import type { Change, History, Plan, PlanOptions } from './domain/plan.js';
import { stateAfter } from './domain/plan.js';
import type { ChangeResult, ConfirmedChange, ObservedSubjects, RunReport } from './domain/report.js';
import { buildStatus, historyFrom, sameRecord } from './domain/status.js';
import { matchDesiredTokens } from './domain/kinds/tba-token/token-matching.js';
import type { ObservedToken } from './domain/kinds/tba-token/token.js';
import { subjectOf } from './domain/kinds/tba-token/token.js';
import { TokenOutcomesAhead } from './domain/kinds/tba-token/token-outcomes-ahead.js';
import type { DesiredToken } from './domain/desired.js';
import { keyOf, subjectKey } from './domain/subject.js';
import type { CertificateDirectory, ChangeExecutor, Clock, MappingToObserve, ProgressSink, PublishOutcome, ResultsPublisher, StatusRecord, TokenDirectory } from './ports.js';
import type { Credentials } from './secrets/credentials.js';
import { certificateState, type ObservedCertificate } from './domain/kinds/m2m-certificate/certificate.js';
import { GuardRefusal, RuntimeFailure } from './support/errors.js';
import type { BundleDelivery, CertificateFactory } from './ports.js';
import type { Secret } from './secrets/secret.js';
import type { DesiredMapping } from './domain/desired.js';
import type { RotationResult } from './domain/report.js';
import { JournalBook } from './rotation/journal-book.js';
import { rotationsFromStatus } from './domain/rotations-from-status.js';
import { rotateCertificate, type RotationOutcome } from './rotation/rotate-certificate.js';
import { prepareOnboarding, type OnboardingOutcome } from './rotation/onboard-certificate.js';

/**
 * The loop: observe → plan → apply → verify → record → publish. Talks to ports only; the composition
 * root wires adapters in, the commands render. Dry-run is simply "plan without apply": `plan` calls
 * observeAndPlan and stops, and nothing here or in an adapter knows about it.
 */

export interface AccountPorts {
  readonly directory: TokenDirectory;
  readonly certificates: CertificateDirectory;
  readonly executor: ChangeExecutor;
  /** Key and certificate generation, and delivery of new bundles: what certificate rotation needs. */
  readonly rotation: RotationAdapters;
  readonly status: StatusRecord;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  /** NetSuite UI origin, for the administrator's deep links. */
  readonly uiOrigin: string;
  readonly progress?: ProgressSink;
}

export interface RotationAdapters {
  readonly factory: CertificateFactory;
  readonly delivery: BundleDelivery;
  /** Told about every new secret (a key, a bundle) before it is used, so GitHub Actions masks it. */
  readonly mask: (secret: Secret) => void;
}

/** One account's desired state and the credentials its entries resolve to, by entry key. */
export interface AccountDesire {
  readonly desired: DesiredState;
  readonly credentials: ReadonlyMap<string, Credentials>;
}

export interface PlannedRun {
  /** When the run began, before NetSuite was observed. */
  readonly startedAt: string;
  readonly desired: DesiredState;
  readonly history: History;
  readonly observation: Observation;
  readonly plan: Plan;
  /** The mappings observed, to observe the same again when verifying. */
  readonly mappings: readonly MappingToObserve[];
}

export interface AppliedRun {
  readonly report: RunReport;
  /** What NetSuite showed after the changes: the truth the status file records. */
  readonly verified: Observation;
}

export interface ReconcileOptions extends PlanOptions {
  /** `apply --plan FILE`: the reviewed plan, applied only while it still describes what would happen now. */
  readonly savedPlan: Plan | null;
  /** The CI run's URL, recorded with the run. */
  readonly runUrl: string | null;
  /** In order: each receives the report after the status file is written. */
  readonly publishers: readonly ResultsPublisher[];
  /** Sees what NetSuite showed before anything is changed (apply checks its --only values here); throwing stops the run with nothing changed. */
  readonly observed?: (observation: Observation) => void;
  /** Sees the fresh plan before anything is changed (apply asks a person here); throwing stops the run with nothing changed. */
  readonly approve?: (plan: Plan) => Promise<void>;
}

export interface ReconcileResult {
  readonly report: RunReport;
  /** Whether the status file was rewritten (false when nothing a reviewer cares about changed). */
  readonly recorded: boolean;
  readonly published: PublishOutcome;
}

/** `apply`: the whole loop for one account. */
export async function reconcile(ports: AccountPorts, desire: AccountDesire, options: ReconcileOptions): Promise<ReconcileResult> {
  const previous = await ports.status.read();
  const run = await observeAndPlan(ports, desire, historyFrom(previous), options);
  options.observed?.(run.observation);
  if (options.savedPlan !== null) assertSavedPlanStillHolds(options.savedPlan, run.plan);
  if (run.plan.refusal === null) await options.approve?.(run.plan);
  const journal = new JournalBook({
    base: previous,
    records: new Map([...run.history.certificates].map(([mapping, known]) => [mapping, known.record])),
    status: ports.status,
    account: desire.desired.account,
    mappings: desire.desired.certificates,
    clock: ports.clock,
  });
  const applied = await applyPlan(ports, run, desire.credentials, options.runUrl, journal);
  const { verified } = applied;

  const status = buildStatus(applied.report, verified, entriesByTokenId(desire.desired.tokens, verified), run.history, new Date(verified.observedAt), desire.desired.certificates, journal.records);
  // Rotations an earlier run delivered stay in front of reviewers until their old certificate is retired.
  const listed = certificatesByKey(verified);
  const carried = new Set((applied.report.rotations ?? []).map((rotation) => rotation.mapping));
  const signing = new Map(desire.desired.certificates.flatMap((entry) => (entry.rotation === null ? [] : [[entry.mapping, SIGNING_ALGORITHMS[entry.rotation.algorithm]] as const])));
  const earlier = rotationsFromStatus(previous?.certificates ?? [], status.certificates ?? [], carried, (mapping, id) => listed.get(`${mapping}/${id}`) ?? null, (mapping) => signing.get(mapping) ?? null);
  const narrowed = onlySelection(options.only ?? [], desire.desired.account) !== null;
  const report: RunReport = {
    ...applied.report,
    ...(earlier.length === 0 ? {} : { rotations: [...(applied.report.rotations ?? []), ...earlier] }),
    ...(narrowed ? { narrowed } : {}),
  };
  const recorded = journal.written || !sameRecord(previous, status);
  if (recorded) await ports.status.write(status);

  let published: PublishOutcome = { pullRequestUrl: null, dashboardIssueUrl: null };
  for (const publisher of options.publishers) {
    const outcome = await publisher.publish(report, ports.status.location);
    published = {
      pullRequestUrl: outcome.pullRequestUrl ?? published.pullRequestUrl,
      dashboardIssueUrl: outcome.dashboardIssueUrl ?? published.dashboardIssueUrl,
    };
  }
  return { report, recorded, published };
}

/** `plan`: observe and plan; reads the status file for history and changes nothing. */
export async function planAccount(ports: AccountPorts, desire: AccountDesire, options: PlanOptions): Promise<PlannedRun> {
  return observeAndPlan(ports, desire, historyFrom(await ports.status.read()), options);
}

type ObservingPorts = Pick<AccountPorts, 'directory' | 'certificates' | 'clock' | 'progress'>;

/**
 * The plan judges ages as of when the observation began, the moment its `observedAt` names, so the
 * tokens planned while their pages arrived and those planned at the end are judged alike.
 */
export async function observeAndPlan(ports: ObservingPorts, desire: AccountDesire, history: History, options: PlanOptions): Promise<PlannedRun> {
  const now = ports.clock.now();
  const mappings = mappingsToObserve(desire, history);
  const ahead = new TokenOutcomesAhead(desire.desired, history, now);
  const observation = await observe(ports, mappings, ahead);
  const plan = planChanges(desire.desired, observation, history, now, options, ahead);
  return { startedAt: now.toISOString(), desired: desire.desired, history, observation, plan, mappings };
}

/**
 * Tokens through SuiteQL and each mapping's certificates through its own token, at once (the transport
 * bounds requests in flight). If the certificates cannot be listed, the token reading is stopped, so
 * nothing keeps asking NetSuite behind the failure.
 */
async function observe(ports: ObservingPorts, mappings: readonly MappingToObserve[], listener?: ObservationListener): Promise<Observation> {
  const stop = new AbortController();
  const reading = ports.directory.observe(ports.progress, listener, stop.signal);
  // Awaited below; a failure before then must not count as unhandled.
  reading.catch(() => undefined);
  try {
    const [tokens, certificates] = await Promise.all([reading, ports.certificates.observe(mappings)]);
    return { ...tokens, certificates };
  } catch (error) {
    stop.abort();
    await reading.catch(() => undefined);
    throw error;
  }
}

/** Which mappings to observe, with whose credentials (SPEC §11: only a mapping's own token may list its certificates). */
function mappingsToObserve(desire: AccountDesire, history: History): MappingToObserve[] {
  return desire.desired.certificates.map((entry) => {
    const credentials = desire.credentials.get(entry.key);
    return {
      mapping: entry.mapping,
      clientId: entry.clientId,
      credentials: credentials?.kind === 'm2m' ? credentials : null,
      missing: entry.credentials.status === 'unresolved' ? entry.credentials.missing : [],
      retired: entry.state === 'revoked' && history.certificates.get(entry.mapping)?.allRevoked === true,
    };
  });
}

/**
 * Executes the plan's `via: api` changes (the transport bounds requests in flight), then observes
 * again and judges every change by what NetSuite now shows. Administrator changes stay `pending`
 * until a later run observes them done.
 */
export async function applyPlan(
  ports: Pick<AccountPorts, 'directory' | 'certificates' | 'executor' | 'clock' | 'signal' | 'uiOrigin' | 'progress'> & Partial<Pick<AccountPorts, 'rotation'>>,
  run: PlannedRun,
  credentials: ReadonlyMap<string, Credentials>,
  runUrl: string | null,
  journal: JournalBook | null = null,
): Promise<AppliedRun> {
  if (run.plan.refusal !== null) throw new GuardRefusal(run.plan.refusal.message, { hint: refusalHint(run.plan) });

  const executable = run.plan.changes.filter((change) => change.blocked === null && change.via === 'api');
  const sendFailures = new Map<Change, string>();
  const rotations = new Map<Change, RotationOutcome>();
  const context: ExecutionContext = { ports, run, credentials, journal, rotations, rotationChains: new Map() };
  const onboardings = new Map<Change, OnboardingOutcome>();
  await Promise.all([
    ...executable.map(async (change) => {
      const failure = await execute(context, change);
      if (failure !== null) sendFailures.set(change, failure);
    }),
    ...run.plan.changes.filter((change) => change.blocked === null && change.via === 'admin' && change.action === 'rotate' && change.reason === 'missing').map(async (change) => {
      const outcome = await onboard(context, change);
      if (outcome !== null) onboardings.set(change, outcome);
    }),
  ]);

  // A rotated mapping is listed again with its new certificate's token (its old one may be retired now).
  const fresh = new Map([...rotations].flatMap(([change, outcome]) => (outcome.credentials === null ? [] : [[change.subject.name ?? '', outcome.credentials] as const])));
  const mappings = run.mappings.map((mapping) => {
    const renewed = fresh.get(mapping.mapping);
    return renewed === undefined ? mapping : { ...mapping, credentials: renewed };
  });
  // Nothing was sent: the observation we planned from is still the truth, and re-reading it would
  // only spend requests from the account's shared concurrency.
  const { verified, unverifiable } = executable.length === 0 ? { verified: run.observation, unverifiable: null } : await verify(ports, run.observation, mappings);
  const after = observedByKey(verified);
  const stray = revokedUnasked(observedByKey(run.observation), after, run.plan.changes);
  const afterCertificates = certificatesByKey(verified);
  const checkedAt = ports.clock.now();
  // Revokes NetSuite accepted whose token is still live: with stray revocations, each may be the cause.
  const liveAfterRevoke = stray.length === 0 ? 0 : executable.filter((change) => {
    const key = keyOf(change.subject);
    const now = change.subject.kind === 'tba-token' && key !== null ? after.get(key) : undefined;
    return change.action === 'revoke' && !sendFailures.has(change) && now !== undefined && now.state !== 'revoked';
  }).length;
  const results = run.plan.changes.map((change): ChangeResult => {
    const deepLink = deepLinkFor(ports.uiOrigin, change.subject);
    if (change.blocked !== null) return { change, outcome: 'blocked', detail: change.message, deepLink };
    if (change.subject.kind === 'm2m-certificate') {
      const onboarded = onboardings.get(change);
      if (onboarded !== undefined) {
        return onboarded.failure !== null || onboarded.certificatePem === null
          ? { change, outcome: 'failed', detail: `${onboarded.failure ?? 'The first certificate could not be made.'} The next apply tries again.`, deepLink: null }
          : { change, outcome: 'pending', detail: 'The bundle was delivered; waiting for an administrator to upload the certificate in OAuth 2.0 Client Credentials (M2M) Setup. A later run verifies it.', deepLink: null, certificatePem: onboarded.certificatePem };
      }
      return certificateResult(change, afterCertificates, sendFailures.get(change) ?? null, unverifiable, checkedAt, rotations.get(change));
    }
    const key = keyOf(change.subject);
    const now = key === null ? undefined : after.get(key);
    if (now === undefined) {
      return change.to === 'revoked' || change.to === 'inactive'
        ? { change, outcome: 'done', detail: 'The token no longer exists in NetSuite (its user was deleted), so it cannot sign in.', deepLink: null }
        : { change, outcome: 'failed', detail: 'The token no longer exists in NetSuite; it cannot be activated.', deepLink: null };
    }
    if (now.state === change.to) return { change, outcome: 'done', detail: null, deepLink };
    if (change.via === 'admin') return { change, outcome: 'pending', detail: `Waiting for an administrator: NetSuite still shows it ${now.state}.`, deepLink };
    const failure = sendFailures.get(change);
    const unsure = unverifiable === null ? null : `NetSuite accepted the revoke request, but the result could not be verified: ${unverifiable} The next run observes it again.`;
    const misdirected = stray.length === 0 ? null : misdirectedRevokeDetail(now, stray, liveAfterRevoke);
    return {
      change,
      outcome: 'failed',
      detail: failure ?? unsure ?? misdirected ?? `NetSuite accepted the revoke request but still shows the token ${now.state}; the next run tries again.`,
      deepLink,
    };
  });

  return {
    report: {
      plan: run.plan,
      results,
      confirmed: confirmedSinceLastRun(run.history, after),
      verifiedAt: verified.observedAt,
      observed: observedSubjects(after, verified, run.desired.certificates, checkedAt),
      run: { startedAt: run.startedAt, finishedAt: ports.clock.now().toISOString(), url: runUrl },
      ...(rotations.size === 0 ? {} : { rotations: rotationResults(rotations, afterCertificates, journal, checkedAt) }),
    },
    verified,
  };
}

/**
 * Carries out one `via: api` change through the executor port, choosing the call by the change's kind
 * and action. Returns why it failed, or null; never throws, so the others complete.
 */
interface ExecutionContext {
  readonly ports: Pick<AccountPorts, 'certificates' | 'executor' | 'clock' | 'signal'> & Partial<Pick<AccountPorts, 'rotation'>>;
  readonly run: PlannedRun;
  readonly credentials: ReadonlyMap<string, Credentials>;
  readonly journal: JournalBook | null;
  /** Filled in as rotations finish. */
  readonly rotations: Map<Change, RotationOutcome>;
  /**
   * The last rotation started on each integration record (client id): the next one waits for it, so a
   * record never holds more than one certificate beyond what the plan counted (NetSuite allows five).
   */
  readonly rotationChains: Map<string, Promise<unknown>>;
}

async function execute(context: ExecutionContext, change: Change): Promise<string | null> {
  const { ports } = context;
  if (ports.signal.aborted) return 'Not sent: the run was interrupted.';
  const own = change.entry === null ? undefined : context.credentials.get(change.entry);
  try {
    switch (change.subject.kind) {
      case 'tba-token':
        switch (change.action) {
          case 'revoke':
            if (own?.kind !== 'tba') return 'Not sent: the credentials of this token did not resolve.';
            await ports.executor.revokeToken(own);
            return null;
          case 'inactivate':
          case 'activate':
            return 'Not sent: NetSuite has no API for the Inactive flag; an administrator changes it in the UI.';
          case 'rotate':
          case 'retire':
            return 'Not sent: a TBA token is rotated by a person with netsuite-tokens rotate.';
        }
      // eslint-disable-next-line no-fallthrough -- every inner case returns
      case 'm2m-certificate':
        switch (change.action) {
          case 'revoke':
          case 'retire':
            if (own?.kind !== 'm2m' || change.subject.id === null) return 'Not sent: the credentials of this mapping did not resolve.';
            await ports.executor.revokeCertificate(own, change.subject.id);
            return null;
          case 'rotate': {
            const entry = context.run.desired.certificates.find((mapping) => mapping.key === change.entry);
            if (own?.kind !== 'm2m' || entry === undefined || entry.rotation === null) return 'Not sent: the credentials of this mapping did not resolve.';
            if (context.journal === null || ports.rotation === undefined) return 'Not sent: this run cannot rotate certificates (no journal or delivery).';
            const rotationPorts = { ...ports.rotation, certificates: ports.certificates, executor: ports.executor, journal: context.journal, clock: ports.clock, signal: ports.signal };
            const request = { account: context.run.desired.account, entry: { ...entry, rotation: entry.rotation }, credentials: own, replaces: replacedBy(entry, context.run) };
            const before = context.rotationChains.get(entry.clientId) ?? Promise.resolve();
            const rotated = before.then(() => rotateCertificate(rotationPorts, request));
            context.rotationChains.set(entry.clientId, rotated.catch(() => undefined));
            const outcome = await rotated;
            context.rotations.set(change, outcome);
            return outcome.failure;
          }
          case 'inactivate':
          case 'activate':
            return 'Not sent: an administrator makes this change in the NetSuite UI.';
        }
    }
  } catch (error) {
    return error instanceof Error ? error.message : 'The request failed.';
  }
}

/** SPEC §11 onboarding of a mapping with no certificate: the operator's part (key, certificate, delivery); null when it has none to do. */
async function onboard(context: ExecutionContext, change: Change): Promise<OnboardingOutcome | null> {
  const entry = context.run.desired.certificates.find((mapping) => mapping.key === change.entry);
  const { ports } = context;
  if (entry === undefined || entry.rotation === null || entry.deliver.length === 0 || context.journal === null || ports.rotation === undefined) return null;
  return prepareOnboarding({ ...ports.rotation, journal: context.journal, clock: ports.clock, signal: ports.signal }, { account: context.run.desired.account, entry: { ...entry, rotation: entry.rotation } });
}

/** A certificate change judged by listing the mapping's certificates again. */
function certificateResult(change: Change, after: ReadonlyMap<string, ObservedCertificate>, failure: string | null, unverifiable: string | null, now: Date, rotation: RotationOutcome | undefined): ChangeResult {
  if (rotation !== undefined) {
    const made = rotation.certificate === null ? undefined : after.get(`${change.subject.name}/${rotation.certificate.certificateId}`);
    if (rotation.failure !== null) {
      // An interruption's sentence already says the next apply resumes it.
      const next = rotation.failureKind === 'interrupted' ? '' : ' The next apply tries again.';
      return { change, outcome: 'failed', detail: `${rotation.failure}${next}`, deepLink: null, failure: rotation.failureKind ?? 'error' };
    }
    if (made !== undefined && certificateState(made, now) === 'active') return { change, outcome: 'done', detail: rotation.note, deepLink: null };
    return { change, outcome: 'failed', detail: unverifiable === null ? 'The new certificate was delivered, but NetSuite does not list it active; the next run looks again.' : `The new certificate was delivered, but the result could not be verified: ${unverifiable}`, deepLink: null };
  }
  const certificate = change.subject.id === null ? undefined : after.get(`${change.subject.name}/${change.subject.id}`);
  const state = certificate === undefined ? null : certificateState(certificate, now);
  if ((change.action === 'revoke' || change.action === 'retire') && (state === 'revoked' || state === 'expired')) return { change, outcome: 'done', detail: null, deepLink: null };
  if (change.via === 'admin') return { change, outcome: 'pending', detail: 'Waiting for an administrator in OAuth 2.0 Client Credentials (M2M) Setup; a later run verifies it.', deepLink: null };
  const unsure = unverifiable === null ? null : `NetSuite accepted the revoke request, but the result could not be verified: ${unverifiable} The next run observes it again.`;
  return { change, outcome: 'failed', detail: failure ?? unsure ?? `NetSuite accepted the revoke request but still lists the certificate ${state ?? 'as unknown'}; the next run tries again.`, deepLink: null };
}

/** Every listed certificate by `mapping/certificateId`. */
function certificatesByKey(observation: Observation): Map<string, ObservedCertificate> {
  const byKey = new Map<string, ObservedCertificate>();
  for (const entry of observation.certificates) {
    if (entry.observation.status !== 'observed') continue;
    for (const certificate of entry.observation.certificates) byKey.set(`${entry.mapping}/${certificate.certificateId}`, certificate);
  }
  return byKey;
}

/**
 * Observes again after changes were sent. When NetSuite cannot be observed now, what was sent may
 * still have happened, so the run must not end without a record: it falls back to the observation it
 * planned from and says why the changes are unverified.
 */
async function verify(ports: ObservingPorts, before: Observation, mappings: readonly MappingToObserve[]): Promise<{ verified: Observation; unverifiable: string | null }> {
  try {
    return { verified: await observe(ports, mappings), unverifiable: null };
  } catch (error) {
    if (!(error instanceof RuntimeFailure)) throw error;
    return { verified: before, unverifiable: error.message };
  }
}

/**
 * What the report says NetSuite showed of each subject: the tokens as keyed for verifying, and each
 * declared mapping's own certificates (of its entity and role; others on its integration record are
 * not its) with their states.
 */
function observedSubjects(tokens: ReadonlyMap<string, ObservedToken>, verified: Observation, mappings: readonly DesiredMapping[], now: Date): ObservedSubjects {
  const seen = new Map(verified.certificates.map((entry) => [entry.mapping, entry.observation]));
  return {
    tokens,
    mappings: new Map(mappings.map((entry) => {
      const observation = seen.get(entry.mapping);
      if (observation?.status !== 'observed') return [entry.mapping, null];
      const mine = observation.certificates.filter((certificate) => certificate.entity === entry.entity && certificate.role === entry.role);
      return [entry.mapping, new Map(mine.map((certificate) => [certificate.certificateId, certificateState(certificate, now)]))];
    })),
  };
}

function observedByKey(observation: Observation): Map<string, ObservedToken> {
  return new Map(observation.tokens.map((token) => [subjectKey('tba-token', token.id), token]));
}

/**
 * Administrator changes the last run left pending that NetSuite now shows done. A token that is gone
 * (deleted with its user) cannot sign in, but nobody was seen doing the change: it is not counted.
 */
function confirmedSinceLastRun(history: History, now: ReadonlyMap<string, ObservedToken>): ConfirmedChange[] {
  const confirmed: ConfirmedChange[] = [];
  for (const [key, actions] of history.pending) {
    const token = now.get(key);
    if (token === undefined) continue;
    for (const action of actions) {
      if (token.state === stateAfter(action)) confirmed.push({ subject: subjectOf(token), action });
    }
  }
  return confirmed.sort((a, b) => compareIds(a.subject.id, b.subject.id));
}

/** Which desired entry declares each observed token, by the plan's own identity rules. */
function entriesByTokenId(entries: readonly DesiredToken[], observed: Observation): Map<string, DesiredToken> {
  const { matches } = matchDesiredTokens(entries, observed.tokens);
  const byId = new Map<string, DesiredToken>();
  matches.forEach((match, index) => {
    const entry = entries[index];
    if (match.kind === 'matched' && entry !== undefined) byId.set(match.token.id, entry);
  });
  return byId;
}

function refusalHint(plan: Plan): string {
  const refusal = plan.refusal;
  if (refusal === null) return '';
  switch (refusal.guard) {
    // The refusal's own sentence says what to do; the hint adds what it does not.
    case 'over-limit':
      return '`netsuite-tokens plan` lists the changes. --allow-over-limit lets this run through; a higher policy.maxChangesPerRun, every run.';
    case 'empty-desired':
      return `\`netsuite-tokens import --account ${plan.account} --out FILE\` writes a file declaring every live token as it is now; signed in with a TBA token, add --operator-token and that token's internal id, so that its entry is protected.`;
  }
}

/**
 * `apply --plan FILE`: the saved plan is applied only while it still describes what would happen now.
 * Compared on what matters — which subject, which action, by whom, and whether it is blocked.
 */
export function assertSavedPlanStillHolds(saved: Plan, fresh: Plan): void {
  if (saved.account !== fresh.account) {
    throw new GuardRefusal(`The saved plan is for account ${saved.account}, but the configuration is for ${fresh.account}.`, { hint: 'Plan again with this configuration.' });
  }
  const differences = planDifferences(saved.changes, fresh.changes);
  const savedKeys = saved.changes.map(changeSignature).sort();
  const freshKeys = fresh.changes.map(changeSignature).sort();
  if (differences.length > 0 || savedKeys.length !== freshKeys.length || savedKeys.some((value, index) => value !== freshKeys[index])) {
    // Two saved changes with the same subject and action (a hand-edited file) differ only in number.
    const what = differences.length > 0 ? describeDifferences(differences) : `it now has ${plural(fresh.changes.length, 'change')}, the saved plan ${saved.changes.length}`;
    // Either side may have moved: the account since it was observed, or the desired-state file since it was read.
    throw new GuardRefusal(`The saved plan no longer holds: NetSuite or the desired-state file changed since it was made (NetSuite observed ${saved.observedAt}), and ${what}.`, {
      hint: 'Run "netsuite-tokens plan --format json --out plan.json" again with the same --config (and --only, if any), review it, and apply the new plan.',
    });
  }
}

/**
 * The certificates a rotation replaces: the mapping's active ones that the operator knows (its bundle's,
 * the status file's), never an unknown one, nor one already waiting to be retired.
 */
function replacedBy(entry: DesiredMapping, run: PlannedRun): string[] {
  const seen = run.observation.certificates.find((observed) => observed.mapping === entry.mapping)?.observation;
  if (seen?.status !== 'observed') return [];
  const history = run.history.certificates.get(entry.mapping);
  const known = history?.known ?? new Set<string>();
  const waiting = new Set(history?.record.previous.map((item) => item.certificateId) ?? []);
  const inFlight = history?.record.rotation?.certificateId;
  const now = new Date(run.observation.observedAt);
  return seen.certificates
    .filter((certificate) => certificate.entity === entry.entity && certificate.role === entry.role && certificateState(certificate, now) === 'active')
    .map((certificate) => certificate.certificateId)
    .filter((id) => (id === entry.bundleCertificateId || known.has(id)) && !waiting.has(id) && id !== inFlight);
}

/** The Rotations section of the results (SPEC §12.4), from what each rotation did and what NetSuite lists now. */
function rotationResults(rotations: ReadonlyMap<Change, RotationOutcome>, after: ReadonlyMap<string, ObservedCertificate>, journal: JournalBook | null, now: Date): RotationResult[] {
  return [...rotations].map(([change, outcome]): RotationResult => {
    const mapping = change.subject.name ?? '';
    const replaces = journal?.get(mapping).rotation?.replaces ?? [];
    const retireAfter = journal?.get(mapping).previous.find((item) => replaces.includes(item.certificateId))?.retireAfter ?? null;
    const stillActive = replaces.some((id) => {
      const certificate = after.get(`${mapping}/${id}`);
      return certificate !== undefined && certificateState(certificate, now) === 'active';
    });
    return {
      mapping,
      replaces,
      certificateId: outcome.certificate?.certificateId ?? null,
      algorithm: outcome.certificate?.algorithm ?? null,
      validUntil: outcome.certificate?.validUntil ?? null,
      delivered: outcome.delivered,
      state: outcome.failure !== null ? 'failed' : stillActive ? 'delivered' : 'retired',
      retireAfter: outcome.failure === null && stillActive ? retireAfter : null,
      detail: outcome.failure ?? outcome.note,
      failure: outcome.failureKind,
    };
  }).sort((a, b) => compareIds(a.mapping, b.mapping));
}
