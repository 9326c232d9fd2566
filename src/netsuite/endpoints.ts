import { UsageError } from '../support/errors.js';
import type { Environment } from '../ports.js';

/** Where one NetSuite account answers, and the realm its requests are signed for. */
export interface NetSuiteEndpoints {
  /** OAuth realm: the account id upper-case with an underscore (`1234567_SB1`). */
  readonly realm: string;
  /** SuiteTalk REST origin (SuiteQL): `https://1234567-sb1.suitetalk.api.netsuite.com`. */
  readonly rest: string;
  /** RESTlet origin (rest/revoketoken): `https://1234567-sb1.restlets.api.netsuite.com`. */
  readonly restlets: string;
  /** UI origin (deep links for administrators): `https://1234567-sb1.app.netsuite.com`. */
  readonly ui: string;
}

const ACCOUNT_ID = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;

type OriginVariable = 'NETSUITE_REST_URL' | 'NETSUITE_RESTLETS_URL' | 'NETSUITE_UI_URL';

/**
 * Derives the account's endpoints (SPEC §2: realm upper-case with `_`, hosts lower-case with `-`), each
 * overridable by an origin in the environment (the emulator, a proxy, or the account's own Company URLs,
 * which Oracle says are authoritative).
 */
/** Origins a desired-state file gives for its account (`operator.endpoints`); each overrides that one only. */
export interface EndpointOverrides {
  readonly rest?: string;
  readonly restlets?: string;
  readonly ui?: string;
}

export function resolveEndpoints(account: string, env: Environment, overrides: EndpointOverrides = {}): NetSuiteEndpoints {
  if (!ACCOUNT_ID.test(account)) {
    throw new UsageError(`The NetSuite account id "${account}" is not valid.`, {
      hint: 'Use the account id from Setup > Company > Company Information, such as 1234567 or 1234567_SB1.',
    });
  }
  const realm = account.toUpperCase().replaceAll('-', '_');
  const host = account.toLowerCase().replaceAll('_', '-');
  return {
    realm,
    rest: originOf(overrides.rest) ?? originFromEnv(env, 'NETSUITE_REST_URL') ?? `https://${host}.suitetalk.api.netsuite.com`,
    restlets: originOf(overrides.restlets) ?? originFromEnv(env, 'NETSUITE_RESTLETS_URL') ?? `https://${host}.restlets.api.netsuite.com`,
    ui: originOf(overrides.ui) ?? originFromEnv(env, 'NETSUITE_UI_URL') ?? `https://${host}.app.netsuite.com`,
  };
}

/** An origin from the desired-state file (its schema checked the form); normalised as URL does. */
function originOf(value: string | undefined): string | null {
  return value === undefined ? null : new URL(value).origin;
}

/** Reads an origin override; the value is never echoed, since a URL can carry a password. */
function originFromEnv(env: Environment, name: OriginVariable): string | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  const hint = `Set ${name} to an origin only, such as http://127.0.0.1:8080 or https://1234567.suitetalk.api.netsuite.com, or unset it to use the derived host.`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`${name} is not a URL.`, { hint });
  }
  const problem = originProblem(url, raw.trim());
  if (problem !== null) throw new UsageError(`${name} ${problem}.`, { hint });
  return url.origin;
}

function originProblem(url: URL, raw: string): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use http or https';
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  if (url.pathname !== '/') return 'must not contain a path';
  if (raw.includes('?')) return 'must not contain a query';
  if (raw.includes('#')) return 'must not contain a fragment';
  return null;
}
