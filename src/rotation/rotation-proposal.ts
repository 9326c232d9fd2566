import { codeSpan, escapeMarkdown } from '../domain/markdown.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import type { ObservedToken } from '../domain/kinds/tba-token/token.js';
import type { OldTokenOutcome, RotationProposal } from './tba-rotation.js';

/** The pull request of SPEC §13 step 6: what was replaced, where the new token went, what is left. Never a secret. */
export function rotationTitle(account: string, proposal: RotationProposal): string {
  return `netsuite-tokens: rotate token ${proposal.oldToken.id} → ${proposal.newToken.id} (${realmOf(account)})`;
}

export function rotationBody(account: string, proposal: RotationProposal, uiOrigin: string, file: string): string {
  const { oldToken, newToken } = proposal;
  const oldLink = `${uiOrigin}/app/setup/accesstoken.nl?id=${encodeURIComponent(oldToken.id)}&e=T`;
  const old = proposal.revokingOld
    ? `- Old token **${oldToken.id}**: this run revokes it with its own credentials (\`rest/revoketoken\`) right after opening this pull request, and comments below whether \`oauthtoken\` then shows it revoked.`
    : `- Old token **${oldToken.id}**: still active. Its revocation is left to an administrator, since its secrets are no longer held: [revoke token ${oldToken.id}](${oldLink}) (--revoke-old was not given).`;
  return [
    `<!-- netsuite-tokens:rotate account=${realmOf(account)} -->`,
    `## Token ${oldToken.id} replaced by ${newToken.id}`,
    '',
    `Account ${codeSpan(realmOf(account))}. Token **${oldToken.id}** (${codeSpan(oldToken.name)}: application ${codeSpan(oldToken.application)}, user ${codeSpan(oldToken.user)}, role ${codeSpan(oldToken.role)}) was replaced through NetSuite's three-step authorization flow, approved by the token's own user and role.`,
    '',
    `- New token **${newToken.id}** (${codeSpan(newToken.name)}): observed in \`oauthtoken\` with the same application, user and role, created ${codeSpan(newToken.createdAt)}.`,
    `- Delivered to: ${proposal.delivered.map((label) => codeSpan(label)).join(', ')}.`,
    old,
    '',
    `This pull request re-keys the entry in ${codeSpan(file)} to **${newToken.id}** and declares **${oldToken.id}** \`revoked\`. Merge it so that plans follow the new token, and show the old one as administrator work until it is revoked.`,
    '',
  ].join('\n');
}

/** The comment that follows the pull request once `--revoke-old` has run: what `oauthtoken` showed, or what is left and where. */
export function revocationComment(oldToken: ObservedToken, outcome: OldTokenOutcome, uiOrigin: string): string {
  if (outcome.kind === 'revoked') return `Token **${oldToken.id}** is revoked: \`rest/revoketoken\` signed with its own credentials, and \`oauthtoken\` then showed it revoked. Its consumers use the new token.`;
  const link = `${uiOrigin}/app/setup/accesstoken.nl?id=${encodeURIComponent(oldToken.id)}&e=T`;
  return `Token **${oldToken.id}** was **not** revoked: ${escapeMarkdown(outcome.reason)}. Its revocation is left to an administrator: [revoke token ${oldToken.id}](${link}).`;
}
