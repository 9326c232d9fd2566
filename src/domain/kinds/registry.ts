import type { Subject, SubjectKind } from '../subject.js';
import type { CredentialKindRules } from './credential-kind.js';
import { TBA_TOKEN_KIND } from './tba-token/tba-token-kind.js';
import { M2M_CERTIFICATE_KIND } from './m2m-certificate/m2m-certificate-kind.js';

/** Every credential kind, by its name; a kind that is not here does not compile. */
export const CREDENTIAL_KINDS: { readonly [K in SubjectKind]: CredentialKindRules<Extract<Subject, { kind: K }>> } = {
  'tba-token': TBA_TOKEN_KIND,
  'm2m-certificate': M2M_CERTIFICATE_KIND,
};

/** The NetSuite UI page where an administrator acts on a subject; null when it cannot be linked. */
export function deepLinkFor(uiOrigin: string, subject: Subject): string | null {
  switch (subject.kind) {
    case 'tba-token':
      return CREDENTIAL_KINDS['tba-token'].deepLink(uiOrigin, subject);
    case 'm2m-certificate':
      return CREDENTIAL_KINDS['m2m-certificate'].deepLink(uiOrigin, subject);
  }
}
