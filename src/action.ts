import { main, processIo } from './cli.js';
import { OperatorError } from './support/errors.js';
import { actionArguments, actionEnvironment } from './github/action-inputs.js';
import { maskVariables } from './github/actions-runtime.js';

/**
 * GitHub Action entry point (action.yml → dist/action.js): turns the inputs into CLI arguments and
 * environment and runs the CLI. The commands themselves write the job summary and the outputs.
 */

const controller = new AbortController();
process.on('SIGTERM', () => {
  controller.abort();
});

const base = processIo(controller.signal);
const write = (text: string): void => {
  process.stdout.write(text);
};
// Before anything else can print them: the operator's own credentials and the GitHub token.
maskVariables(base.env, ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'NETSUITE_CONSUMER_KEY', 'NETSUITE_CONSUMER_SECRET', 'NETSUITE_TOKEN_ID', 'NETSUITE_TOKEN_SECRET'], write);

try {
  const args = actionArguments(base.env);
  const env = actionEnvironment(base.env);
  process.exitCode = await main(args, { ...base, env, interactive: false });
} catch (error) {
  if (!(error instanceof OperatorError)) throw error;
  process.stderr.write(`error: ${error.message}${error.hint === null ? '' : `\n  ${error.hint}`}\n`);
  process.exitCode = error.exitCode;
}
