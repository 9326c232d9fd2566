import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { parseCommandArgs } from './command-args.js';
import { COMMAND_SPECS } from './command-specs.js';
import type { Io } from '../support/io.js';
import { RuntimeFailure, UsageError } from '../support/errors.js';
import { compareIds } from '../domain/plan-order.js';
import { visibleText } from '../domain/markdown.js';
import type { ObservedToken } from '../domain/kinds/tba-token/token.js';
import type { TokenObservation } from '../domain/observation.js';
import { loadConfigText } from '../config/load-config-text.js';
import { DESIRED_STATE_SCHEMA } from '../config/schema.js';
import { writeFileAtomic } from '../support/atomic-write.js';
import { connectNetSuite } from '../composition-root.js';
import { progressFor } from '../support/progress.js';
import { packageRoot } from '../support/package-root.js';
import { isSet } from '../secrets/env-reference.js';
import { realmOf } from '../secrets/credentials-bundle.js';
import { OPERATOR_BUNDLE_VARIABLE, OPERATOR_TBA_VARIABLES, operatorSignIn } from '../secrets/operator-credentials.js';
import { assertWritableFile, withTimeout } from './shared-options.js';

/**
 * `netsuite-tokens import --account ID --operator-token ID [--out FILE [--force]]`: adopt an existing
 * account. Writes a desired-state file declaring every token in its current state with its id pinned,
 * so the first plan has no changes and every later change is a reviewed edit. The file passes
 * `validate` as written: the policy's rotation and unused checks are on with common defaults, the
 * operator's own token is protected and recognised by its credentials, and `$schema` points at the
 * installed package's schema so an editor can check it.
 */

/** What import writes as the policy: the checks on, at the values most teams start with. */
export const IMPORT_POLICY = { unmanaged: 'report', maxAge: '365d', unusedFor: '90d', maxChangesPerRun: 10 } as const;

const SCHEMA_FILE = 'netsuite-tokens.schema.json';

export async function importCommand(args: readonly string[], baseIo: Io): Promise<number> {
  const { flags } = parseCommandArgs(COMMAND_SPECS.import, args);
  const io = withTimeout(baseIo, flags.timeout);
  // The host form (1234567-sb1, as in the account's URLs) is the same account; the file is written in the realm form.
  const account = flags.account === undefined ? undefined : realmOf(flags.account);
  if (account === undefined) throw new UsageError('import needs the account id.', { hint: 'Run "netsuite-tokens import --account 1234567_SB1 --operator-token ID" (the realm form: upper case, underscore).' });
  if (!new RegExp(DESIRED_STATE_SCHEMA.$defs.accountId.pattern).test(account)) {
    throw new UsageError(`"${(flags.account ?? '').slice(0, 40)}" is not a NetSuite account id.`, { hint: 'Use the account id as Setup > Company > Company Information shows it, such as 1234567, 1234567_SB1, 1234567_RP or TSTDRV1234567 (1234567-sb1, as in its URLs, also works).' });
  }
  const operatorId = flags['operator-token'] ?? null;
  // Under M2M sign-in the operator's own mapping is adopted instead; no token needs naming.
  const signsInWithM2m = operatorSignIn(io.env, account).credentials.kind === 'm2m';
  if ((operatorId === null && !signsInWithM2m) || (operatorId !== null && !/^\d+$/.test(operatorId))) {
    throw new UsageError(operatorId === null
      ? 'import needs --operator-token: the internal id of the token netsuite-tokens signs in with, so the file it writes protects that token.'
      : `--operator-token must be a token's internal id (digits), not "${operatorId.slice(0, 20)}".`, {
      hint: `NetSuite lists tokens with their ids under Setup > Users/Roles > User Management > Access Tokens; then run "netsuite-tokens import --account ${account} --operator-token ID".`,
    });
  }
  if (flags.out !== undefined) {
    await assertWritableFile(io, flags.out, '--out');
    if (flags.force !== true && (await stat(resolve(io.cwd, flags.out)).then(() => true, () => false))) {
      throw new UsageError(`${flags.out} exists already, and import does not overwrite a file without --force.`, {
        hint: `Choose another --out, or add --force to replace ${flags.out} (git keeps the old one if it is committed).`,
      });
    }
  }

  const client = connectNetSuite(account, io);
  const observation = await client.directory.observe(progressFor(io));
  const operator = operatorId === null ? undefined : observation.tokens.find((token) => token.id === operatorId);
  if (operatorId !== null && operator?.state !== 'active') {
    throw new UsageError(operator === undefined
      ? `--operator-token ${operatorId}: account ${account} has no token with this id.`
      : `--operator-token ${operatorId}: this token is ${operator.state} in NetSuite, so it is not the token netsuite-tokens signs in with.`, {
      hint: 'Give the internal id of the active token whose credentials are in NETSUITE_TOKEN_ID (Setup > Users/Roles > User Management > Access Tokens lists them). Nothing was written.',
    });
  }
  const outDirectory = flags.out === undefined ? io.cwd : dirname(resolve(io.cwd, flags.out));
  const mapping = await client.operatorMapping();
  if (signsInWithM2m && mapping === null) {
    throw new RuntimeFailure('NetSuite\'s access token does not say which entity and role the operator\'s own mapping signs in as, so import cannot declare it.', {
      hint: 'Declare the mapping by hand under certificates: (mapping, clientId, entity, role), or import with a TBA sign-in. Nothing was written.',
    });
  }
  const text = desiredStateYaml(observation, {
    operatorId,
    operatorMapping: mapping,
    operatorCredentials: isSet(io.env[OPERATOR_BUNDLE_VARIABLE]) ? 'bundle' : 'variables',
    schema: schemaReference(outDirectory, io.cwd),
  });

  // What import writes must load: a file it produced that failed validation would be a bug here.
  const check = loadConfigText(text, flags.out ?? '<import>');
  if (!check.ok) throw new Error(`import produced an invalid file: ${check.problems.map((problem) => problem.message).join('; ')}`);

  if (flags.out === undefined) io.stdout.write(text);
  else {
    await writeFileAtomic(resolve(io.cwd, flags.out), text);
    const own = operatorId !== null ? `token ${operatorId}` : 'the mapping the operator signs in with';
    io.stderr.write(`Wrote ${flags.out}: ${observation.tokens.length} token(s) of account ${account}, ids pinned, ${own} protected as the operator's own. Review owners and policy, then commit it.\n`);
  }
  return 0;
}

export interface ImportOptions {
  /** The internal id of the operator's own token: written protected, with the operator's credentials; null under M2M sign-in. */
  readonly operatorId: string | null;
  /** Under M2M sign-in, the operator's own mapping: adopted as a protected `certificates:` entry. */
  readonly operatorMapping?: { readonly clientId: string; readonly entity: string; readonly role: string } | null;
  /** Whether the operator signs in with NETSUITE_CREDENTIALS (a bundle) or the four NETSUITE_* variables. */
  readonly operatorCredentials: 'bundle' | 'variables';
  /** The `$schema` reference, relative to the file. */
  readonly schema: { readonly path: string; readonly outsideProject: boolean };
}

/** The desired-state YAML for what was observed: ids pinned, names and context as comments. */
export function desiredStateYaml(observation: TokenObservation, options: ImportOptions): string {
  const sorted = [...observation.tokens].sort((a, b) => compareIds(a.id, b.id));
  const document = new Document({
    version: 1,
    account: observation.account,
    policy: { ...IMPORT_POLICY },
    tokens: sorted.map((token) => (token.id === options.operatorId ? operatorEntry(token, options) : { id: token.id, state: token.state })),
    ...(options.operatorMapping == null ? {} : { certificates: [operatorMappingEntry(options.operatorMapping, options)] }),
  });
  document.commentBefore = [
    ` yaml-language-server: $schema=${options.schema.path}`,
    ...(options.schema.outsideProject
      ? [' ($schema points at this machine\'s netsuite-token-gitops; with it in devDependencies, use node_modules/netsuite-token-gitops/schemas/netsuite-tokens.schema.json.)']
      : []),
    ` Imported from NetSuite account ${observation.account} at ${observation.observedAt} by "netsuite-tokens import".`,
    ' Every token is declared in the state NetSuite showed, with its internal id pinned: the first plan has no',
    ' changes (it may have findings: tokens past maxAge, or unused for longer than unusedFor).',
    ' Add an owner to each entry; protect: true keeps a token out of reach of any later edit.',
  ].join('\n');
  const policy = document.get('policy', true);
  if (isMap(policy)) {
    policy.commentBefore = ' Rotation is due a year after a token was created, and tokens without a successful login for 90 days are flagged.';
  }
  const tokens = document.get('tokens', true);
  if (isSeq(tokens)) {
    tokens.items.forEach((item, index) => {
      const token = sorted[index];
      if (token !== undefined && isMap(item)) describe(item, token, options.operatorId);
    });
  }
  return document.toString({ lineWidth: 0 });
}

/**
 * The operator's own M2M mapping: protected (its certificate is never revoked by a plan), observed with
 * the operator's bundle when it signs in with one (without a bundle it cannot be observed, and says so).
 */
function operatorMappingEntry(mapping: { readonly clientId: string; readonly entity: string; readonly role: string }, options: ImportOptions): object {
  return {
    mapping: 'netsuite-tokens-operator',
    clientId: mapping.clientId,
    entity: mapping.entity,
    role: mapping.role,
    state: 'active',
    protect: true,
    ...(options.operatorCredentials === 'bundle' ? { credentials: `env:${OPERATOR_BUNDLE_VARIABLE}` } : {}),
  };
}

/** The operator's own token: protected, and its credentials name the operator's, so the plan blocks it as `self` too. */
function operatorEntry(token: ObservedToken, options: ImportOptions): object {
  const credentials = options.operatorCredentials === 'bundle'
    ? `env:${OPERATOR_BUNDLE_VARIABLE}`
    : Object.fromEntries(Object.entries(OPERATOR_TBA_VARIABLES).map(([field, variable]) => [field, `env:${variable}`]));
  return { id: token.id, state: token.state, protect: true, credentials };
}

function describe(item: YAMLMap, token: ObservedToken, operatorId: string | null): void {
  // NetSuite strings go into comments only after control characters (a newline would end the comment
  // and inject YAML) are made visible.
  const parts = [token.name, token.application, token.user, token.role].filter((part): part is string => part !== null && part !== '');
  const own = token.id === operatorId ? '\n The token netsuite-tokens signs in with: protected, and recognised as the operator\'s own by its credentials.' : '';
  item.commentBefore = ` ${parts.map((part) => visibleText(part)).join(' · ')}${own}`;
}

/**
 * Where the file's `$schema` points: the installed package's copy, as a path relative to the file, so
 * an editor opens it without a network. `outsideProject` when that copy is not under the working
 * directory (a global install, npx): then it resolves on this machine only, and the file says so.
 */
export function schemaReference(fileDirectory: string, projectDirectory: string): { path: string; outsideProject: boolean } {
  const target = join(packageRoot(), 'schemas', SCHEMA_FILE);
  const fromProject = relative(projectDirectory, target);
  const path = relative(fileDirectory, target).split(sep).join('/');
  return { path: path.startsWith('.') ? path : `./${path}`, outsideProject: fromProject.startsWith('..') };
}
