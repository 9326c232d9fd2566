import type { ServerResponse } from 'node:http';
import type { AccountStore } from './account-store.js';
import { CONTROL_PREFIX } from './control-api.js';
import { send, type RequestTarget } from './http-io.js';
import type { EmulatorOrigins } from './origins.js';
import { STATE_PATTERN } from './tba-authorizations.js';

/**
 * Stand-ins for the NetSuite UI pages the operator's checklist links to, so a deep link opened during
 * a demo lands somewhere honest: the token's details, a banner saying this is the emulator, and
 * buttons that call the control endpoint the way an administrator would click in NetSuite.
 */
export const ACCESS_TOKEN_PAGE = '/app/setup/accesstoken.nl';
export const AUTHORIZE_TOKEN_PAGE = '/app/login/secure/authorizetoken.nl';

export function answerUiPage(store: AccountStore, response: ServerResponse, target: RequestTarget, origins: EmulatorOrigins): void {
  if (target.path === '/') {
    send(response, 200, { 'content-type': 'text/plain; charset=UTF-8' }, aboutText(store.account, origins));
    return;
  }
  if (target.path === AUTHORIZE_TOKEN_PAGE) {
    answerConsentPage(store, response, target);
    return;
  }
  if (target.path !== ACCESS_TOKEN_PAGE) {
    send(response, 404, { 'content-type': 'text/html; charset=UTF-8' }, page('Not found', `<p>The emulator has no page at ${escapeHtml(target.path)}.</p>`));
    return;
  }
  const id = target.query?.find(([name]) => name === 'id')?.[1] ?? '';
  const token = /^[1-9][0-9]{0,14}$/.test(id) ? store.token(id) : undefined;
  if (token === undefined) {
    send(response, 404, { 'content-type': 'text/html; charset=UTF-8' }, page('Access token not found', `<p>There is no access token ${escapeHtml(id)}.</p>`));
    return;
  }
  const rows: [string, string][] = [
    ['Internal ID', token.id],
    ['Token Name', token.name],
    ['Application Name', store.displayName('integration', token.integrationId) ?? token.integrationId],
    ['User', store.displayName('entity', token.entityId) ?? token.entityId],
    ['Role', store.displayName('role', token.roleId) ?? token.roleId],
    ['Created', token.created.toISOString()],
    ['Inactive', token.inactive ? 'Yes' : 'No'],
    ['Revoked', token.revoked ? `Yes (${token.revokedAt?.toISOString() ?? ''})` : 'No'],
  ];
  const table = `<table>${rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`;
  // The id is digits only (checked above), so it is safe inside the script.
  const actions = token.revoked
    ? '<p>A revoked token cannot be edited.</p>'
    : `<p><button onclick="act('inactive', {inactive: ${token.inactive ? 'false' : 'true'}})">${token.inactive ? 'Clear Inactive and save' : 'Check Inactive and save'}</button>
<button onclick="if (confirm('Revoke this token? This cannot be undone.')) act('revoke', {})">Revoke</button></p>
<script>function act(what, body) { fetch('${CONTROL_PREFIX}/tokens/${token.id}/' + what, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)}).then(() => location.reload()); }</script>`;
  send(response, 200, { 'content-type': 'text/html; charset=UTF-8' }, page(`Access Token ${token.id}`, `${table}${actions}`));
}

/**
 * Step two of the TBA authorization flow: NetSuite signs the person in (SSO, 2FA) and shows a consent
 * page where they may change role and click Allow or Deny [DOC section_156536698849]. The emulator has
 * no sign-in: the page lets the person choose whom to sign in as and with which role, and posts the
 * choice to the control endpoint, which redirects to the callback as NetSuite would.
 */
function answerConsentPage(store: AccountStore, response: ServerResponse, target: RequestTarget): void {
  const single = (name: string): string | null => {
    const values = (target.query ?? []).filter(([key]) => key === name);
    return values.length === 1 ? (values[0]?.[1] ?? null) : null;
  };
  const token = single('oauth_token') ?? '';
  const state = single('state');
  const html = { 'content-type': 'text/html; charset=UTF-8' };
  if (state !== null && !STATE_PATTERN.test(state)) {
    send(response, 400, html, page('Invalid request', '<p>state must be 1 to 512 letters and digits.</p>'));
    return;
  }
  const request = store.authorizations.visit(token, state);
  if (request === undefined || request.decision !== null) {
    send(response, 400, html, page('Invalid request token', '<p>This request token is unknown, expired, already used or already decided. Start the authorization again.</p>'));
    return;
  }
  const application = store.displayName('integration', request.integrationId) ?? request.integrationId;
  const { entities, roles } = store.entitiesAndRoles();
  const options = (records: readonly { readonly id: string; readonly name: string }[]): string => records.map((record) => `<option value="${escapeHtml(record.id)}">${escapeHtml(record.name)} (${escapeHtml(record.id)})</option>`).join('');
  const form = `<p>The application <strong>${escapeHtml(application)}</strong> asks for an access token. NetSuite would sign you in here; in the emulator, choose who signs in and with which role.</p>
<form method="post" action="${CONTROL_PREFIX}/authorize">
<input type="hidden" name="oauthToken" value="${escapeHtml(token)}">
<p><label>Sign in as <select name="entity">${options(entities)}</select></label></p>
<p><label>Role <select name="role">${options(roles)}</select></label></p>
<p><button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></p>
</form>`;
  send(response, 200, html, page(`Allow ${application}?`, form));
}

function aboutText(account: string, origins: EmulatorOrigins): string {
  return [
    'This is the netsuite-token-gitops EMULATOR, a local stand-in for NetSuite. It is NOT NetSuite.',
    `Account ${account}. Listening on loopback only.`,
    `REST (SuiteQL):   POST ${origins.rest}/services/rest/query/v1/suiteql`,
    `OAuth 2.0 token:  POST ${origins.rest}/services/rest/auth/oauth2/v1/token`,
    `RESTlets:         GET  ${origins.restlets}/rest/revoketoken`,
    `TBA authorization flow: POST ${origins.restlets}/rest/requesttoken, GET ${origins.system}${AUTHORIZE_TOKEN_PAGE}?oauth_token=…&state=…, POST ${origins.restlets}/rest/accesstoken`,
    `M2M certificates: GET/POST ${origins.restlets}/services/rest/auth/oauth2/v1/clients/<clientId>/certificates[/<certificateId>/revoke]`,
    `UI deep links:    ${origins.system}${ACCESS_TOKEN_PAGE}?id=<id>`,
    `Control (not NetSuite, plays the administrator): ${origins.system}${CONTROL_PREFIX}/`,
    '',
  ].join('\n');
}

function page(title: string, content: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} (emulator)</title></head><body>
<p style="background:#fc0;padding:8px"><strong>NetSuite EMULATOR — this is not NetSuite.</strong> Changes here play the administrator in the NetSuite UI.</p>
<h1>${escapeHtml(title)}</h1>${content}</body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
