import type { EmulatorOrigins, EmulatorSeed } from '../src/emulator/index.js';
import type { Environment } from '../src/ports.js';

/** A seed token that can sign requests: active, with its own key and secret. */
export interface SigningToken {
  readonly id: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

/** Active seed tokens with credentials, in id order; the first is the operator's own. */
export function signingTokens(seed: EmulatorSeed): SigningToken[] {
  const integrations = new Map(seed.integrations.map((integration) => [integration.id, integration]));
  const tokens: SigningToken[] = [];
  for (const token of seed.tokens) {
    const integration = integrations.get(token.integration);
    if (token.revoked === true || token.inactive === true || integration === undefined || token.tokenId === undefined || token.tokenSecret === undefined) continue;
    tokens.push({ id: token.id, consumerKey: integration.consumerKey, consumerSecret: integration.consumerSecret, tokenId: token.tokenId, tokenSecret: token.tokenSecret });
  }
  return tokens;
}

/** The environment the operator runs with against an emulator at `origins`, signing as `operator`. */
export function operatorEnv(origins: EmulatorOrigins, operator: SigningToken, concurrency: number): Environment {
  return {
    NETSUITE_REST_URL: origins.rest,
    NETSUITE_RESTLETS_URL: origins.restlets,
    NETSUITE_UI_URL: origins.system,
    NETSUITE_CONSUMER_KEY: operator.consumerKey,
    NETSUITE_CONSUMER_SECRET: operator.consumerSecret,
    NETSUITE_TOKEN_ID: operator.tokenId,
    NETSUITE_TOKEN_SECRET: operator.tokenSecret,
    NETSUITE_CONCURRENCY: String(concurrency),
  };
}

export function operatorOf(seed: EmulatorSeed): SigningToken {
  const operator = signingTokens(seed)[0];
  if (operator === undefined) throw new Error('The generated seed has no active token with credentials to sign in with.');
  return operator;
}
