import type { TbaTokenSubject } from '../../subject.js';
import type { CredentialKindRules } from '../credential-kind.js';
import { planTokens } from './plan-tokens.js';

/** TBA access tokens (SPEC §2–§4) behind the kind interface. */
export const TBA_TOKEN_KIND: CredentialKindRules<TbaTokenSubject> = {
  kind: 'tba-token',
  plan: planTokens,
  // The token's edit page: the Inactive checkbox and the Revoke button.
  deepLink: (uiOrigin, subject) => (subject.id === null ? null : `${uiOrigin}/app/setup/accesstoken.nl?id=${encodeURIComponent(subject.id)}&e=T`),
  uiPath: 'Setup > Users/Roles > User Management > Access Tokens',
};
