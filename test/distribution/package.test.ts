import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli } from '../support/built-cli.js';

/**
 * The npm package as `npm pack` makes it, offline: what is in it, and that the packed CLI runs from an
 * extracted tarball. Installing it from the registry with --omit=dev is checked by
 * scripts/check-package.mjs in CI and in the release workflow; here the extracted package gets a
 * node_modules holding only sql.js (linked from this repository's), the one module a scan of the
 * bundle finds it loading from node_modules.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  license: string;
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  engines: Record<string, string>;
  dependencies: Record<string, string>;
};
// No update check or audit: npm pack of a local directory needs no network, and the tests run offline.
const NPM_ENV = { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

function npmPack(args: readonly string[]): PackResult {
  // --ignore-scripts: prepack would rebuild dist/ under the other test files using it (npm test built it).
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], { cwd: ROOT, env: NPM_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const [result] = JSON.parse(output) as PackResult[];
  if (result === undefined) throw new Error(`npm pack printed no result: ${output}`);
  return result;
}

/**
 * The module specifiers a bundled file loads, in the forms esbuild writes: static imports and
 * re-exports, dynamic imports, and `__require` (its wrapper for require calls in CommonJS dependencies).
 * Code that only appears inside strings (ajv's standalone templates) does not match these.
 */
function specifiers(source: string): string[] {
  const patterns = [/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";?$/gm, /^import\s*"([^"]+)";?$/gm, /\bimport\("([^"]+)"\)/g, /\b__require\("([^"]+)"\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** Loaded inside try/catch by the `debug` package (under simple-git) to colour its output; absent is fine. */
const OPTIONAL_EXTERNALS = ['supports-color'];

describe('the npm package', () => {
  beforeAll(() => {
    requireBuiltCli();
  });

  const packed = npmPack(['--dry-run']);
  const paths = packed.files.map((file) => file.path).sort();

  it('ships the bundle, the schemas, the examples, the README and the licence, and no tests, TypeScript sources or source maps', () => {
    expect(paths).toEqual(expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'dist/cli.js',
      'dist/action.js',
      'schemas/netsuite-tokens.schema.json',
      'schemas/plan.schema.json',
      'schemas/emulator-seed.schema.json',
      'examples/netsuite-tokens.yaml',
      'examples/demo-seed.yaml',
      'examples/multi-account/production.yaml',
      'examples/workflows/SETUP.md',
    ]));
    // The licence text is the one the manifest names.
    expect(manifest.license).toBe('Apache-2.0');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004\s/);
    const unwanted = paths.filter((path) => /\.(ts|mts|cts|map)$/.test(path) || /^(src|test|bench|scripts|node_modules|\.github)\//.test(path) || path === 'dist/bench.js');
    expect(unwanted).toEqual([]);
  });

  it('holds every module the shipped bundle loads, and loads nothing from node_modules but its runtime dependencies', () => {
    const external = new Set<string>();
    for (const path of paths.filter((candidate) => candidate.startsWith('dist/'))) {
      for (const specifier of specifiers(readFileSync(join(ROOT, path), 'utf8'))) {
        if (specifier.startsWith('./')) expect(paths, `${path} loads ${specifier}`).toContain(`dist/${specifier.slice(2)}`);
        else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) external.add(specifier);
      }
    }
    // sql.js stays outside the bundle (its WebAssembly loads from node_modules); everything else is inlined.
    expect([...external].filter((name) => !OPTIONAL_EXTERNALS.includes(name))).toEqual(['sql.js']);
    expect(Object.keys(manifest.dependencies)).toContain('sql.js');
  });

  it('gives require() to the bundled files that use it and to no other, as each one costs a module its start-up time', () => {
    const BANNER = "import { createRequire as __nstCreateRequire } from 'node:module'; const require = __nstCreateRequire(import.meta.url);";
    const bundled = paths.filter((path) => path.startsWith('dist/') && path.endsWith('.js'));
    const withRequire = bundled.filter((path) => readFileSync(join(ROOT, path), 'utf8').includes(BANNER));
    for (const path of bundled) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      expect(text.includes(BANNER), path).toBe(/\brequire\b/.test(text.replace(BANNER, '')));
    }
    // esbuild's runtime helpers (its require shim for CommonJS dependencies) keep one; most files need none.
    expect(withRequire.length).toBeGreaterThan(0);
    expect(withRequire.length).toBeLessThan(bundled.length / 4);
  });

  it('puts netsuite-tokens on PATH, builds before packing, and says which Node it needs', () => {
    expect(manifest.bin).toEqual({ 'netsuite-tokens': 'dist/cli.js' });
    expect(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(manifest.scripts['prepack']).toMatch(/^npm run build\b/);
    expect(manifest.engines['node']).toBe('>=20');
  });

  it('is documented: the README opens with the quick start and shows npx and a global install', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(/```sh\n([^`]*)```/.exec(readme)?.[1]).toBe('npm install && npm start\nnpm test\n');
    expect(readme.indexOf('## Quick start')).toBeLessThan(readme.indexOf('## Install'));
    expect(readme).toContain(`npx ${manifest.name} `);
    expect(readme).toContain(`npm install -g ${manifest.name}`);
  });

  describe('extracted from the packed tarball', () => {
    let work = '';
    let cli = '';

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'nst-packed-'));
      const tarball = npmPack(['--pack-destination', work]);
      execFileSync('tar', ['-xzf', join(work, tarball.filename), '-C', work]);
      // Only what the bundle loads from node_modules, as an install would put it next to the package:
      // no devDependency, and none of the dependencies esbuild inlined.
      mkdirSync(join(work, 'node_modules'));
      symlinkSync(join(ROOT, 'node_modules', 'sql.js'), join(work, 'node_modules', 'sql.js'), 'dir');
      cli = join(work, 'package', manifest.bin['netsuite-tokens'] ?? '');
    });

    afterAll(() => {
      rmSync(work, { recursive: true, force: true });
    });

    function runPacked(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
      try {
        return { status: 0, stdout: execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } }), stderr: '' };
      } catch (error) {
        const failed = error as { status: number | null; stdout: string; stderr: string };
        return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
      }
    }

    it('prints its version', () => {
      expect(runPacked(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    });

    it('validates the shipped example', () => {
      const result = runPacked(['validate', '--config', join(work, 'package', 'examples', 'netsuite-tokens.yaml')]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });

    it('starts the emulator with the shipped demo seed, which answers, and stops it cleanly', async () => {
      const child = spawn(process.execPath, [cli, 'emulator', '--port', '0'], { cwd: work, env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
      const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          // The control endpoint is on the system origin (REST, RESTlets and the UI have origins of their own).
          const match = /control\s+(http:\/\/127\.0\.0\.1:\d+)\/__emulator\//.exec(out);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        void exited.then((code) => { reject(new Error(`the emulator exited (${String(code)}) before listening: ${err}`)); });
      });
      expect(out).toContain(join(work, 'package', 'examples', 'demo-seed.yaml'));
      const state = await fetch(`${url}/__emulator/state`);
      expect(state.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(err).toBe('');
    });
  });
});
