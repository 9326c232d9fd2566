/**
 * A PEM certificate, and nothing else: base64 lines between one BEGIN/END CERTIFICATE pair. Anything
 * else (a private key passed by mistake, a fence that could close a markdown block early) is not shown.
 */
const CERTIFICATE_PEM = /^-----BEGIN CERTIFICATE-----\n(?:[A-Za-z0-9+/=]{1,76}\n)+-----END CERTIFICATE-----$/;

/** The lines of a public certificate to show an administrator who uploads it; null for anything that is not only one. */
export function publicCertificateLines(pem: string | undefined): string[] | null {
  const text = pem?.replace(/\r\n/g, '\n').trim();
  return text === undefined || !CERTIFICATE_PEM.test(text) ? null : text.split('\n');
}

/** The onboarding certificate as an indented fenced block, to go under a markdown task item; none when it is not one. */
export function certificateMarkdownBlock(pem: string | undefined): string[] {
  const lines = publicCertificateLines(pem);
  return lines === null ? [] : ['', `  ${CERTIFICATE_HEADING}`, '', '  ```', ...lines.map((line) => `  ${line}`), '  ```'];
}

/** What the administrator is told above the certificate, in every output. */
export const CERTIFICATE_HEADING = 'Certificate to upload (public; paste it in the certificate field):';
