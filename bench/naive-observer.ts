import type { HttpExchange } from '../src/netsuite/http-exchange.js';
import { createSigner } from '../src/netsuite/signer.js';
import { SUITEQL_PATH } from '../src/netsuite/suiteql.js';
import { lastUseQuery, tokensQuery } from '../src/netsuite/token-directory.js';
import { Secret } from '../src/secrets/secret.js';
import type { TbaCredentials } from '../src/secrets/credentials.js';
import type { SigningToken } from './account.js';

/**
 * The baseline: observation the way a typical script does it — one query after the other, one page
 * in flight, the next offset asked for only when the previous page says `hasMore`. Same queries, same
 * signing and the same emulator as the operator, so the difference is the paging strategy alone.
 */
export interface NaiveObservation {
  readonly tokens: number;
  readonly lastUseRows: number;
  readonly requests: number;
}

const PAGE_SIZE = 1000;

export async function observeNaively(options: { readonly restOrigin: string; readonly account: string; readonly operator: SigningToken; readonly exchange: HttpExchange }): Promise<NaiveObservation> {
  const sign = createSigner({ realm: options.account.toUpperCase().replaceAll('-', '_'), clock: { now: () => new Date() } });
  const credentials: TbaCredentials = {
    kind: 'tba',
    consumerKey: new Secret(options.operator.consumerKey),
    consumerSecret: new Secret(options.operator.consumerSecret),
    tokenId: new Secret(options.operator.tokenId),
    tokenSecret: new Secret(options.operator.tokenSecret),
  };
  let requests = 0;
  const readAll = async (query: string): Promise<number> => {
    let rows = 0;
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const url = `${options.restOrigin}${SUITEQL_PATH}?limit=${PAGE_SIZE}&offset=${offset}`;
      requests += 1;
      const response = await options.exchange({
        url,
        method: 'POST',
        headers: { Authorization: sign('POST', url, credentials), 'Content-Type': 'application/json', Accept: 'application/json', Prefer: 'transient' },
        body: JSON.stringify({ q: query }),
        signal: AbortSignal.timeout(60_000),
        maxResponseBytes: 32 * 1024 * 1024,
      });
      if (response.status !== 200 || response.text === null) throw new Error(`The naive observer got HTTP ${response.status} at offset ${offset}.`);
      const page = JSON.parse(response.text) as { items: unknown[]; hasMore: boolean };
      rows += page.items.length;
      if (!page.hasMore) return rows;
    }
  };
  const tokens = await readAll(tokensQuery(null));
  const lastUseRows = await readAll(lastUseQuery(null));
  return { tokens, lastUseRows, requests };
}
