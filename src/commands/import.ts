import { resolve } from 'node:path';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { parseCommandArgs } from './command-args.js';
import type { Io } from '../support/io.js';
import { UsageError } from '../support/errors.js';
import { compareIds } from '../domain/plan-order.js';
import { visibleText } from '../domain/markdown.js';
import type { ObservedToken } from '../domain/kinds/tba-token/token.js';
import type { TokenObservation } from '../domain/observation.js';
import { loadConfigText } from '../config/load-config.js';
import { DESIRED_STATE_SCHEMA } from '../config/schema.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { connectNetSuite } from '../composition-root.js';
import { progressFor } from '../support/progress.js';

/**
 * `netsuite-tokens import --account ID [--out FILE]`: adopt an existing account. Writes a desired-state
 * file declaring every token in its current state with its id pinned, so the first plan is empty and
 * every later change is a reviewed edit.
 */
export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = parseCommandArgs('import', args, { account: { type: 'string' }, out: { type: 'string' } });
  const account = flags.account;
  if (account === undefined) throw new UsageError('import needs the account id.', { hint: 'Run "netsuite-tokens import --account 1234567_SB1" (the realm form: upper case, underscore).' });
  if (!new RegExp(DESIRED_STATE_SCHEMA.$defs.accountId.pattern).test(account)) {
    throw new UsageError(`"${account.slice(0, 40)}" is not a NetSuite account id.`, { hint: 'Use the realm form, such as 1234567, 1234567_SB1, 1234567_RP or TSTDRV1234567.' });
  }
  const client = connectNetSuite(account, io);
  const observation = await client.directory.observe(progressFor(io));
  const text = desiredStateYaml(observation);

  // What import writes must load: a file it produced that failed validation would be a bug here.
  const check = loadConfigText(text, flags.out ?? '<import>');
  if (!check.ok) throw new Error(`import produced an invalid file: ${check.problems.map((problem) => problem.message).join('; ')}`);

  if (flags.out === undefined) io.stdout.write(text);
  else {
    await writeFileAtomic(resolve(io.cwd, flags.out), text);
    io.stderr.write(`Wrote ${flags.out}: ${observation.tokens.length} token(s) of account ${account}, ids pinned. Review owners and policy, then commit it.\n`);
  }
  return 0;
}

/** The desired-state YAML for what was observed: ids pinned, names and context as comments. */
export function desiredStateYaml(observation: TokenObservation): string {
  const document = new Document({
    version: 1,
    account: observation.account,
    policy: { unmanaged: 'report', maxChangesPerRun: 10 },
    tokens: [...observation.tokens].sort((a, b) => compareIds(a.id, b.id)).map((token) => ({ id: token.id, state: token.state })),
  });
  document.commentBefore = [
    ' yaml-language-server: $schema=https://netsuite-token-gitops.dev/schemas/netsuite-tokens.schema.json',
    ` Imported from NetSuite account ${observation.account} at ${observation.observedAt} by "netsuite-tokens import".`,
    ' Every token is declared in the state NetSuite showed, with its internal id pinned: the first plan is empty.',
    ' Add an owner to each entry, and protect: true to the token the operator itself uses.',
  ].join('\n');
  const tokens = document.get('tokens', true);
  if (isSeq(tokens)) {
    const sorted = [...observation.tokens].sort((a, b) => compareIds(a.id, b.id));
    tokens.items.forEach((item, index) => {
      const token = sorted[index];
      if (token !== undefined && isMap(item)) describe(item, token);
    });
  }
  return document.toString({ lineWidth: 0 });
}

function describe(item: YAMLMap, token: ObservedToken): void {
  // NetSuite strings go into comments only after control characters (a newline would end the comment
  // and inject YAML) are made visible.
  const parts = [token.name, token.application, token.user, token.role].filter((part): part is string => part !== null && part !== '');
  item.commentBefore = ` ${parts.map((part) => visibleText(part)).join(' · ')}`;
}
