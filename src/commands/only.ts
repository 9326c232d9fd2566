import type { LoadedConfigFile } from '../config/loaded-config.js';
import { closestName } from '../config/did-you-mean.js';
import type { Observation } from '../domain/observation.js';
import type { Plan } from '../domain/plan.js';
import { onlySelection } from '../domain/plan-only.js';
import { minuteOf } from '../domain/render-rotations.js';
import type { RunReport } from '../domain/report.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import { UsageError } from '../support/errors.js';

/**
 * `--only` values that name nothing are a mistake to say, not a run that quietly does nothing (exit 3).
 * What the files declare (accounts, token ids, mapping names) is known before any request; a token's
 * internal id or a certificate's id that the files do not declare can only be looked up in what
 * NetSuite shows, so those values wait for the observation (`OnlyLookup`).
 */
export interface OnlyLookup {
  /** Values to find among the tokens and certificates NetSuite shows; the others name something declared. */
  readonly pending: readonly string[];
  /** What the files declare, for the message when a pending value is found nowhere. */
  readonly tokenIds: readonly string[];
  readonly mappings: readonly string[];
  readonly accounts: readonly string[];
}

/** A token's internal id: digits. */
const INTERNAL_ID = /^\d+$/;
/** A certificate id: base64url of a SHA-256 thumbprint, unpadded (SPEC §12.1). */
const CERTIFICATE_ID = /^[A-Za-z0-9_-]{43}$/;
/** How many declared names a message lists before "…". */
const LISTED = 12;

/** Checks every `--only` value against the files, before any request; throws for a value that can name nothing. */
export function checkOnlyValues(only: readonly string[], files: readonly LoadedConfigFile[]): OnlyLookup {
  const accounts = [...new Set(files.map((file) => file.config.account))];
  const tokenIds = [...new Set(files.flatMap((file) => file.config.tokens.flatMap((entry) => (entry.id === undefined ? [] : [entry.id]))))];
  const mappings = [...new Set(files.flatMap((file) => (file.config.certificates ?? []).map((entry) => entry.mapping)))];
  const declared = [...tokenIds, ...mappings];
  const realms = new Set(accounts.map(realmOf));
  const pending: string[] = [];
  for (const raw of only) {
    const value = raw.trim();
    if (realms.has(realmOf(value)) || declared.includes(value)) continue;
    if (INTERNAL_ID.test(value) || CERTIFICATE_ID.test(value)) {
      pending.push(value);
      continue;
    }
    const suggestion = closestName(value, [...accounts, ...declared]);
    throw new UsageError(`--only ${shown(value)} names no account, token or certificate mapping of ${where(files)}${suggestion === null ? '.' : `; did you mean ${suggestion}?`}`, { hint: whatExists(accounts, tokenIds, mappings) });
  }
  return { pending, tokenIds, mappings, accounts };
}

/** The pending values found in none of the observations; throws when there is one. Call it only when every account was observed. */
export function assertOnlyFound(lookup: OnlyLookup, found: ReadonlySet<string>): void {
  const missing = lookup.pending.filter((value) => !found.has(value));
  if (missing.length === 0) return;
  const named = missing.map(shown).join(', ');
  const ids = missing.length === 1 ? 'that id' : 'these ids';
  const nobody = lookup.accounts.length === 1 ? `account ${lookup.accounts[0] ?? ''} has no token or certificate with ${ids}` : `none of the accounts ${lookup.accounts.join(', ')} has a token or certificate with ${ids}`;
  throw new UsageError(`--only ${named}: ${nobody}, and no desired-state file declares ${missing.length === 1 ? 'it' : 'them'}.`, {
    hint: `Check the token's internal id in NetSuite (Setup > Users/Roles > Access Tokens). ${whatExists(lookup.accounts, lookup.tokenIds, lookup.mappings)}`,
  });
}

/** Which pending values an account's planning observation shows (token ids, certificate ids). */
export function foundInObservation(lookup: OnlyLookup, observation: Observation): string[] {
  if (lookup.pending.length === 0) return [];
  const ids = new Set<string>(observation.tokens.map((token) => token.id));
  for (const entry of observation.certificates) {
    if (entry.observation.status === 'observed') for (const certificate of entry.observation.certificates) ids.add(certificate.certificateId);
  }
  return lookup.pending.filter((value) => ids.has(value));
}

function shown(value: string): string {
  return value.slice(0, 60);
}

function where(files: readonly LoadedConfigFile[]): string {
  return files.length === 1 ? (files[0]?.file ?? 'the configuration') : `the ${files.length} desired-state files`;
}

function whatExists(accounts: readonly string[], tokenIds: readonly string[], mappings: readonly string[]): string {
  const listed = (names: readonly string[]): string => (names.length <= LISTED ? names.join(', ') : `${names.slice(0, LISTED).join(', ')}, …`);
  const declared = [tokenIds.length === 0 ? null : `tokens ${listed(tokenIds)}`, mappings.length === 0 ? null : `mappings ${listed(mappings)}`].filter((part) => part !== null);
  return `Use the account id (${accounts.join(', ')}) for all of it, a token's internal id, or a certificate mapping's name${declared.length === 0 ? '' : ` (declared: ${declared.join('; ')})`}.`;
}

/**
 * What a person is told (on stderr, so JSON on stdout stays whole) when `--only` narrowed an account's
 * plan: that the rest was left out, or that nothing in it concerns what they named. Null when the run
 * is not narrowed in this account.
 */
export function onlyNote(plan: Plan, only: readonly string[]): string | null {
  if (onlySelection(only, plan.account) === null) return null;
  const named = only.map((value) => value.trim().slice(0, 60)).join(', ');
  if (plan.changes.length === 0 && plan.findings.length === 0) {
    return `--only ${named}: no change or finding in account ${plan.account} concerns it (a SUBJECT is a token's internal id, a certificate mapping's name, or the account id for all of it).`;
  }
  return `--only ${named}: changes and findings about anything else in account ${plan.account} are left out of this run.`;
}

/**
 * `--rotate MAPPING` that did not rotate the mapping in this account: a person who forces a rotation,
 * after a leaked key say, must learn that it did not happen and why, and the exit code must not say
 * success. 4 when a guard held the rotation back (the certificate limit, a protected mapping: SPEC §7
 * "refused by a safety guard"); 1 when no rotation could be started at all (the mapping's certificates
 * could not be listed or NetSuite refused its sign-in: a runtime failure, as a failed rotation is,
 * SPEC §12.1). Null when the mapping is not this account's, or its rotation ran (a failed one is
 * already a failed change, exit 1). A rotation delivered earlier and waiting for its overlap no
 * longer stops `--rotate` (the new one takes it over), so when one still waits here the mapping could
 * not be rotated in this run at all.
 */
export function rotateOutcome(report: RunReport, mapping: string, declared: boolean): { readonly code: 1 | 4; readonly message: string } | null {
  if (!declared) return null;
  const rotations = report.results.filter((result) => result.change.action === 'rotate' && result.change.subject.kind === 'm2m-certificate' && result.change.subject.name === mapping);
  const blocked = rotations.find((result) => result.outcome === 'blocked');
  if (blocked !== undefined) {
    return { code: 4, message: `--rotate ${mapping}: a guard held the rotation back, so it was not started. ${sentence(blocked.detail ?? blocked.change.message)}` };
  }
  if (rotations.length > 0) return null;
  const findings = report.plan.findings.filter((finding) => finding.subject.kind === 'm2m-certificate' && finding.subject.name === mapping);
  const why = findings.find((finding) => finding.kind === 'unobservable') ?? findings[0];
  const reason = why === undefined ? "The plan has no rotation for it; run plan to see this mapping's state." : sentence(why.message);
  const waiting = (report.rotations ?? []).find((rotation) => rotation.mapping === mapping && rotation.state === 'delivered');
  if (waiting !== undefined) {
    const until = minuteOf(waiting.retireAfter);
    return { code: 1, message: `--rotate ${mapping}: no new rotation was started, so the one delivered earlier still waits for its overlap${until === null ? '' : ` until ${until}`}. ${reason}` };
  }
  return { code: 1, message: `--rotate ${mapping}: no rotation was started. ${reason}` };
}

/** A message as a sentence: capitalised, ending with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
