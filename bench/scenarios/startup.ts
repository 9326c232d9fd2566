import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateSeed } from '../../src/emulator/index.js';
import { packageRoot } from '../../src/support/package-root.js';
import { count, type BenchContext } from '../context.js';
import { desiredStateFile } from '../desired-file.js';
import type { BenchRow } from '../result.js';
import { formatMs } from '../format.js';
import { median, roundTo } from '../stats.js';

const VERSION_TARGET_MS = 300;
const VALIDATE_TARGET_MS = 1000;
/** `validate` of a small file may cost this much more than `--version` (issue 18): the command's own work. */
const SMALL_VALIDATE_TARGET_RATIO = 1.3;
const SMALL_EXAMPLE = 'examples/netsuite-tokens.yaml';
/** A small file the plain reader leaves to the yaml library (a flow mapping): what validate costs on that path. */
const YAML_PATH_EXAMPLE = 'examples/certificate-rotation.yaml';

/**
 * Scenario 5: the built CLI as a user starts it — `--version`, `validate` on a 5,000-token file, and
 * `validate` on the small example beside `--version` (what the command itself adds to starting the CLI;
 * the example is plain YAML, read without the yaml library), with a small file that needs the yaml
 * library beside it for information — each beside bare `node -e 0` timed in the same repetitions, which
 * is the floor no CLI gets under.
 */
export async function startupScenario(context: BenchContext): Promise<BenchRow[]> {
  const { startup } = context.profile;
  const smallCase = `validate, ${SMALL_EXAMPLE} ÷ --version`;
  const yamlCase = `validate, ${YAML_PATH_EXAMPLE} ÷ --version`;
  if (context.script === null) return [skipped('--version'), skipped(`validate, ${count(startup.validateTokens)} tokens`), skipped(smallCase), skipped(yamlCase)];
  const cli = join(dirname(context.script), 'cli.js');
  const directory = await mkdtemp(join(tmpdir(), 'nst-bench-'));
  try {
    const config = join(directory, 'netsuite-tokens.yaml');
    const file = desiredStateFileOfSize(startup.validateTokens);
    await writeFile(config, file);
    const example = join(packageRoot(), SMALL_EXAMPLE);
    const exampleText = await readFile(example, 'utf8');
    const yamlExample = join(packageRoot(), YAML_PATH_EXAMPLE);
    const node: number[] = [];
    const version: number[] = [];
    const validate: number[] = [];
    const validateSmall: number[] = [];
    const validateYamlPath: number[] = [];
    // Interleaved, so a busy moment on the shared machine slows every command alike.
    for (let run = 0; run < Math.max(startup.runs, startup.validateRuns); run += 1) {
      node.push(await timeProcess(['-e', '0'], directory));
      if (run < startup.runs) version.push(await timeProcess([cli, '--version'], directory));
      if (run < startup.runs) validateSmall.push(await timeProcess([cli, 'validate', '--config', example], directory));
      if (run < startup.runs) validateYamlPath.push(await timeProcess([cli, 'validate', '--config', yamlExample], directory));
      if (run < startup.validateRuns) validate.push(await timeProcess([cli, 'validate', '--config', config], directory));
    }
    context.log('start-up: done');
    const nodeMs = median(node);
    return [
      startupRow('--version', version, nodeMs, VERSION_TARGET_MS, { bareNodeRuns: node.length }),
      startupRow(`validate, ${count(startup.validateTokens)} tokens`, validate, nodeMs, VALIDATE_TARGET_MS, { bareNodeRuns: node.length, fileBytes: Buffer.byteLength(file) }),
      overVersionRow(smallCase, validateSmall, median(version), { tokens: exampleText.match(/^ {2}- /gm)?.length ?? 0, fileBytes: Buffer.byteLength(exampleText) }),
      { ...overVersionRow(yamlCase, validateYamlPath, median(version), {}), target: '', verdict: 'info', breakdown: `${formatMs(median(validateYamlPath) - median(version))} more than --version: the plain reader leaves a flow mapping to the yaml library, which is loaded and parses the file, and the validator that words problems is loaded` },
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A command beside `--version` timed in the same repetitions: what the command adds to starting the CLI. */
function overVersionRow(label: string, samples: readonly number[], versionMs: number, extra: Record<string, number>): BenchRow {
  const wall = median(samples);
  const ratio = wall / versionMs;
  return {
    scenario: 'startup',
    case: label,
    runs: samples.length,
    medianMs: wall,
    reference: { label: '--version', ms: versionMs },
    ratio,
    ratioLabel: '× --version',
    requests: null,
    requestLimit: null,
    target: `≤ ${SMALL_VALIDATE_TARGET_RATIO} × --version`,
    verdict: ratio <= SMALL_VALIDATE_TARGET_RATIO ? 'met' : 'missed',
    breakdown: `${formatMs(wall - versionMs)} more than --version: loading the config code and the precompiled desired-state check, then reading the file without the yaml library (it is plain YAML) and checking it`,
    details: { overVersionMs: roundTo(wall - versionMs, 1), ...extra },
  };
}

function startupRow(label: string, samples: readonly number[], nodeMs: number, targetMs: number, extra: Record<string, number>): BenchRow {
  const wall = median(samples);
  return {
    scenario: 'startup',
    case: label,
    runs: samples.length,
    medianMs: wall,
    reference: { label: 'node -e 0', ms: nodeMs },
    ratio: wall / nodeMs,
    ratioLabel: '× bare node start',
    requests: null,
    requestLimit: null,
    target: `< ${targetMs} ms`,
    verdict: wall < targetMs ? 'met' : 'missed',
    breakdown: `${formatMs(wall - nodeMs)} more than starting node itself`,
    details: { overBareNodeMs: roundTo(wall - nodeMs, 1), ...extra },
  };
}

function skipped(label: string): BenchRow {
  return {
    scenario: 'startup',
    case: label,
    runs: 0,
    medianMs: null,
    reference: null,
    ratio: null,
    ratioLabel: '× bare node start',
    requests: null,
    requestLimit: null,
    target: 'needs the built CLI (dist/cli.js); skipped in the in-process quick run',
    verdict: 'skipped',
    breakdown: '',
    details: {},
  };
}

/** Wall time from spawn to exit; a non-zero exit is a failure of the benchmark, not a figure. */
function timeProcess(args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env['PATH'] ?? '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.once('error', reject);
    child.once('close', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolve(elapsed);
      else reject(new Error(`node ${args.join(' ')} exited with ${String(code)}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

/** A desired-state file with `size` entries, a tenth of them with env: credential references. */
export function desiredStateFileOfSize(size: number): string {
  return desiredStateFile(generateSeed({ tokens: size, loginRows: 0, seed: 5 }), { credentialsEvery: 10 });
}
