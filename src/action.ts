import { main, processIo } from './cli.js';
import { actionArguments, actionEnvironment } from './github/action-inputs.js';
import { maskValue } from './github/actions-runtime.js';
import { secretValues } from './secrets/secret-variables.js';
import { reportFailure } from './support/report-failure.js';

/**
 * GitHub Action entry point (action.yml → dist/action.js): turns the inputs into CLI arguments and
 * environment and runs the CLI. The commands themselves write the job summary and the outputs; a
 * failure is reported by the same code as the CLI's.
 */

const controller = new AbortController();
process.on('SIGTERM', () => {
  controller.abort();
});

const base = processIo(controller.signal);
// Before anything else can print them: the operator's own credentials and the GitHub token.
for (const value of secretValues(base.env)) maskValue(base.env, value, (text) => { process.stdout.write(text); });

try {
  const args = actionArguments(base.env);
  const env = actionEnvironment(base.env);
  process.exitCode = await main(args, { ...base, env, interactive: false });
} catch (error) {
  process.exitCode = reportFailure(error, base, false);
}
