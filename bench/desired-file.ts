import type { EmulatorSeed } from '../src/emulator/index.js';

export interface DesiredFileOptions {
  /** Every how many entries one carries env: credential references; null for none. */
  readonly credentialsEvery: number | null;
  /** Declare only the first this many tokens (the rest are unmanaged); all of them by default. */
  readonly declared?: number;
}

/**
 * A desired-state file for `seed`'s account as `netsuite-tokens import` writes it (id, name,
 * application, user, role, state, owner), with the example file's policies and a few maxAge entries.
 */
export function desiredStateFile(seed: EmulatorSeed, options: DesiredFileOptions): string {
  const names = (records: readonly { id: string; name: string }[]): Map<string, string> => new Map(records.map((record) => [record.id, record.name]));
  const applications = names(seed.integrations);
  const users = names(seed.entities);
  const roles = names(seed.roles);
  const lines = ['version: 1', `account: "${seed.account}"`, 'policy:', '  unmanaged: report', '  maxAge: 365d', '  unusedFor: 90d', '  maxChangesPerRun: 10', 'tokens:'];
  for (const [index, token] of seed.tokens.slice(0, options.declared ?? seed.tokens.length).entries()) {
    lines.push(
      `  - id: "${token.id}"`,
      `    name: ${JSON.stringify(token.name)}`,
      `    application: ${JSON.stringify(applications.get(token.integration) ?? '')}`,
      `    user: ${JSON.stringify(users.get(token.entity) ?? '')}`,
      `    role: ${JSON.stringify(roles.get(token.role) ?? '')}`,
      `    state: ${token.revoked === true ? 'revoked' : token.inactive === true ? 'inactive' : 'active'}`,
      `    owner: "@acme/team-${index % 20}"`,
    );
    if (index % 25 === 0) lines.push('    maxAge: 180d');
    if (options.credentialsEvery !== null && index % options.credentialsEvery === 0) {
      const prefix = `TOKEN_${token.id}`;
      lines.push('    credentials:', `      consumerKey: env:${prefix}_CONSUMER_KEY`, `      consumerSecret: env:${prefix}_CONSUMER_SECRET`, `      tokenId: env:${prefix}_TOKEN_ID`, `      tokenSecret: env:${prefix}_TOKEN_SECRET`);
    }
  }
  return `${lines.join('\n')}\n`;
}
