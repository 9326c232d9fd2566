import type { M2mCertificateSubject } from '../../subject.js';
import type { CredentialKindRules } from '../credential-kind.js';
import { M2M_UI_PATH, planCertificates } from './plan-certificates.js';

/**
 * OAuth 2.0 client-credentials certificate mappings (SPEC §11) behind the kind interface. NetSuite
 * documents no URL for a mapping's page, so checklist items name the UI path in their message instead.
 */
export const M2M_CERTIFICATE_KIND: CredentialKindRules<M2mCertificateSubject> = {
  kind: 'm2m-certificate',
  plan: planCertificates,
  deepLink: () => null,
  uiPath: M2M_UI_PATH,
};
