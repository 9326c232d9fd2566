// Installs the package as a user would and runs it: `npm pack` (the prepack script builds dist/),
// then `npm install --omit=dev` of the tarball into an empty project, then the installed
// `netsuite-tokens`: --version, validate on a shipped example, and the emulator (sql.js is the one
// dependency the bundle loads from node_modules). Prints the tarball size, the install time and the
// --version time; exits 1 with the reason when anything does not work.
//
//   node scripts/check-package.mjs [--tarball FILE]    (needs the npm registry for the install)
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { tarball: { type: 'string' } } });
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const work = await mkdtemp(join(tmpdir(), 'nst-package-'));

function fail(message) {
  console.error(`check-package: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

async function timed(action) {
  const start = performance.now();
  const result = await action();
  return { result, ms: performance.now() - start };
}

try {
  let tarball;
  if (values.tarball === undefined) {
    // npm prints the prepack build's output before the JSON; the JSON is the last thing on stdout.
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const packed = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1))[0];
    tarball = join(work, packed.filename);
  } else {
    tarball = resolve(values.tarball);
  }
  const tarballBytes = (await stat(tarball)).size;

  const project = join(work, 'project');
  await run('mkdir', ['-p', project]);
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'nst-install-check', private: true }, null, 2)}\n`);
  const install = await timed(() => run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: project, maxBuffer: 64 * 1024 * 1024 }));

  const installed = new Set(await readdir(join(project, 'node_modules')));
  const devInstalled = Object.keys(manifest.devDependencies ?? {}).filter((name) => installed.has(name.split('/')[0]));
  if (devInstalled.length > 0) fail(`devDependencies were installed: ${devInstalled.join(', ')}`);

  const bin = join(project, 'node_modules', '.bin', 'netsuite-tokens');
  const versionRuns = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { result, ms } = await timed(() => run(bin, ['--version'], { cwd: project }));
    if (result.stdout.trim() !== manifest.version) fail(`netsuite-tokens --version printed "${result.stdout.trim()}", not ${manifest.version}`);
    versionRuns.push(ms);
  }
  const viaNpx = await timed(() => run('npx', ['--no-install', 'netsuite-tokens', '--version'], { cwd: project }));
  if (viaNpx.result.stdout.trim() !== manifest.version) fail(`npx netsuite-tokens --version printed "${viaNpx.result.stdout.trim()}"`);

  const example = join(project, 'node_modules', manifest.name, 'examples', 'netsuite-tokens.yaml');
  await run(bin, ['validate', '--config', example], { cwd: project }).catch((error) => fail(`validate on the shipped example failed: ${error.stderr ?? error.message}`));

  await checkEmulator(bin, project);

  const median = [...versionRuns].sort((a, b) => a - b)[Math.floor(versionRuns.length / 2)];
  console.log([
    `tarball        ${(tarballBytes / 1024).toFixed(1)} KiB (${tarballBytes} bytes) ${tarball}`,
    `install        ${(install.ms / 1000).toFixed(1)} s  (npm install --omit=dev of the tarball into an empty project; ${installed.size} entries in node_modules)`,
    `--version      ${median.toFixed(0)} ms median of ${versionRuns.length} (node_modules/.bin/netsuite-tokens), ${viaNpx.ms.toFixed(0)} ms through npx`,
    'validate       examples/netsuite-tokens.yaml: ok',
    'emulator       started from the installed package and answered: ok',
  ].join('\n'));
} catch (error) {
  if (process.exitCode !== 1) {
    console.error(`check-package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

/** Starts the installed emulator on a free port, asks its control endpoint for the state, stops it. */
async function checkEmulator(bin, cwd) {
  const child = spawn(bin, ['emulator', '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => { err += chunk; });
  const exited = new Promise((resolveExit) => child.once('close', (code) => resolveExit(code)));
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = /REST\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match !== null) resolveUrl(match[1]);
    });
    void exited.then((code) => reject(new Error(`the emulator exited (${code}) before listening: ${err || out}`)));
  });
  const response = await globalThis.fetch(`${url}/__emulator/state`);
  child.kill('SIGTERM');
  const code = await exited;
  if (response.status !== 200) fail(`the emulator answered ${response.status} on /__emulator/state`);
  if (code !== 0) fail(`the emulator exited with ${code} when stopped: ${err}`);
}
