import type { ServerResponse } from 'node:http';
import type { AccountStore } from './account-store.js';
import { CONTROL_PREFIX } from './control-api.js';
import { send, type RequestTarget } from './http-io.js';
import type { EmulatorOrigins } from './origins.js';

/**
 * Stand-ins for the NetSuite UI pages the operator's checklist links to, so a deep link opened during
 * a demo lands somewhere honest: the token's details, a banner saying this is the emulator, and
 * buttons that call the control endpoint the way an administrator would click in NetSuite.
 */
export const ACCESS_TOKEN_PAGE = '/app/setup/accesstoken.nl';

export function answerUiPage(store: AccountStore, response: ServerResponse, target: RequestTarget, origins: EmulatorOrigins): void {
  if (target.path === '/') {
    send(response, 200, { 'content-type': 'text/plain; charset=UTF-8' }, aboutText(store.account, origins));
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

function aboutText(account: string, origins: EmulatorOrigins): string {
  return [
    'This is the netsuite-token-gitops EMULATOR, a local stand-in for NetSuite. It is NOT NetSuite.',
    `Account ${account}. Listening on loopback only.`,
    `REST (SuiteQL):   POST ${origins.rest}/services/rest/query/v1/suiteql`,
    `OAuth 2.0 token:  POST ${origins.rest}/services/rest/auth/oauth2/v1/token`,
    `RESTlets:         GET  ${origins.restlets}/rest/revoketoken`,
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
