import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/support/atomic-write.js';
import { packageRoot } from '../src/support/package-root.js';
import { EMULATOR_CHILD_FLAG, serveEmulatorChild } from './emulator-host.js';
import { FULL_PROFILE, QUICK_PROFILE } from './profile.js';
import { renderMarkdown, renderTable } from './report.js';
import { SCENARIOS, type ScenarioId } from './result.js';
import { runBenchmarks } from './run.js';
import { PLANNING_CHILD_FLAG, runPlanningChild } from './scenarios/planning.js';

/**
 * `npm run bench [-- --quick]`: runs the suite, prints the table, writes bench/results/<date>.json and
 * (full runs only) BENCHMARKS.md. The same bundle also serves as the emulator and planning children.
 */
async function main(args: readonly string[]): Promise<number> {
  if (args.includes(EMULATOR_CHILD_FLAG)) {
    serveEmulatorChild();
    return 0;
  }
  if (args.includes(PLANNING_CHILD_FLAG)) {
    runPlanningChild(args);
    return 0;
  }
  const parsed = parseBenchArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`error: ${parsed}; the benchmark takes --quick and --only SCENARIO (${SCENARIOS.join(', ')}).\n`);
    return 3;
  }
  const { quick, only } = parsed;
  const script = process.argv[1];
  if (script === undefined) throw new Error('Cannot tell where the benchmark bundle is.');
  const report = await runBenchmarks({
    profile: quick ? QUICK_PROFILE : FULL_PROFILE,
    script,
    log: (line) => { process.stderr.write(`bench: ${line}\n`); },
    ...(only === null ? {} : { only: [only] }),
  });
  process.stdout.write(`\n${renderTable(report)}`);

  const root = packageRoot();
  const resultsDirectory = join(root, 'bench', 'results');
  await mkdir(resultsDirectory, { recursive: true });
  const jsonPath = join(resultsDirectory, `${report.date.replaceAll(':', '-')}${quick ? '-quick' : ''}${only === null ? '' : `-${only}`}.json`);
  await writeFileAtomic(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Results: ${jsonPath}\n`);
  // BENCHMARKS.md reports a whole run; a quick or partial one would replace it with less.
  if (!quick && only === null) {
    await writeFileAtomic(join(root, 'BENCHMARKS.md'), renderMarkdown(report));
    process.stdout.write(`Summary: ${join(root, 'BENCHMARKS.md')}\n`);
  }
  return 0;
}

/** `--quick` and `--only SCENARIO`, or what is wrong with the arguments. */
function parseBenchArgs(args: readonly string[]): { quick: boolean; only: ScenarioId | null } | string {
  let quick = false;
  let only: ScenarioId | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--quick') {
      quick = true;
    } else if (arg === '--only') {
      const scenario = SCENARIOS.find((name) => name === args[index + 1]);
      if (scenario === undefined) return `--only needs a scenario name, not ${JSON.stringify(args[index + 1] ?? '')}`;
      only = scenario;
      index += 1;
    } else {
      return `unknown argument ${String(arg)}`;
    }
  }
  return { quick, only };
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
