import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../github/support/fake-github.js';
import { startFakeSecretsManager } from '../support/fake-secrets-manager.js';

/**
 * libsodium and the AWS SDK load only when a target of their kind is delivered to (issue #18): bundled
 * as scripts/build.mjs bundles (esm, splitting), the CLI and the delivery adapter's own module reach
 * neither through static imports; each sits in chunks reached only by the dynamic import of its store,
 * and the two stores share no SDK chunk. Read from esbuild's metafile, which records every import's kind.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SODIUM = /node_modules\/libsodium/;
const AWS = /node_modules\/@(aws-sdk|smithy|aws-crypto)\//;

describe('the bundle keeps each store\'s SDK out of the commands that do not deliver', () => {
  let outdir: string;
  let metafile: Metafile;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'nst-chunks-'));
    // scripts/build.mjs's options, with the delivery adapter as an entry of its own as well.
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { cli: 'src/bin.ts', delivery: 'src/delivery/bundle-delivery.ts' },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['sql.js'],
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      define: { __PACKAGE_VERSION__: '"0.0.0-test"' },
      banner: { js: "import { createRequire as __nstCreateRequire } from 'node:module'; const require = __nstCreateRequire(import.meta.url);" },
      metafile: true,
      logLevel: 'silent',
    });
    metafile = result.metafile;
  }, 60_000);
  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  const outputNamed = (entry: string): string => {
    const found = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry);
    if (found === undefined) throw new Error(`no output for ${entry}`);
    return found[0];
  };
  /** The outputs loaded when `start` is loaded: its static imports, transitively. */
  const staticClosure = (start: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const next of metafile.outputs[path]?.imports ?? []) if (next.kind === 'import-statement' && next.external !== true) visit(next.path);
    };
    visit(start);
    return seen;
  };
  const relativeOutput = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
  const inputsOf = (outputs: Iterable<string>): string[] => [...outputs].flatMap((path) => Object.keys(metafile.outputs[path]?.inputs ?? {}));
  const dynamicTargets = (path: string): string[] => (metafile.outputs[path]?.imports ?? []).filter((next) => next.kind === 'dynamic-import').map((next) => next.path);

  it('the CLI and the delivery module load neither libsodium nor the AWS SDK by themselves', () => {
    for (const entry of ['src/bin.ts', 'src/delivery/bundle-delivery.ts']) {
      const loaded = inputsOf(staticClosure(outputNamed(entry)));
      expect(loaded.filter((input) => SODIUM.test(input) || AWS.test(input)), entry).toEqual([]);
    }
  });

  it('each store\'s dynamic import brings its own SDK and not the other\'s', () => {
    // The chunk holding the adapter's code (the CLI imports it too, so the entry may only re-export it).
    const delivery = Object.entries(metafile.outputs).find(([, output]) => 'src/delivery/bundle-delivery.ts' in output.inputs)?.[0] ?? '';
    const stores = new Map(dynamicTargets(delivery).map((chunk) => [metafile.outputs[chunk]?.entryPoint ?? chunk, inputsOf(staticClosure(chunk))]));
    expect([...stores.keys()].sort()).toEqual(['src/delivery/aws-secret-store.ts', 'src/delivery/file-store.ts', 'src/delivery/github-secret-store.ts']);
    const github = stores.get('src/delivery/github-secret-store.ts') ?? [];
    const aws = stores.get('src/delivery/aws-secret-store.ts') ?? [];
    const file = stores.get('src/delivery/file-store.ts') ?? [];
    expect(github.some((input) => SODIUM.test(input))).toBe(true);
    expect(github.some((input) => AWS.test(input))).toBe(false);
    expect(aws.some((input) => AWS.test(input))).toBe(true);
    expect(aws.some((input) => SODIUM.test(input))).toBe(false);
    expect(file.filter((input) => SODIUM.test(input) || AWS.test(input))).toEqual([]);
  });

  it('the bundled stores work: sealed with the bundled libsodium, signed by the bundled SDK, nothing loaded from node_modules', async () => {
    const externals = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((next) => next.external === true && !next.path.startsWith('node:')).map((next) => next.path));
    expect([...new Set(externals)].filter((name) => !['sql.js', 'supports-color'].includes(name) && !builtinModules.includes(name))).toEqual([]);
    const github = await startFakeGitHub({ token: 'ghs_bundled', owner: 'acme', repo: 'config', branchTip: () => null });
    const aws = await startFakeSecretsManager({ accessKeyId: 'AKIABUNDLED', region: 'eu-west-1' });
    aws.createSecret('bundled');
    try {
      const delivery = join(outdir, relativeOutput(outputNamed('src/delivery/bundle-delivery.ts')));
      const script = `
        const { createBundleDelivery } = await import(${JSON.stringify(delivery)});
        const env = { GITHUB_API_URL: ${JSON.stringify(github.url)}, GITHUB_SECRETS_TOKEN: 'ghs_bundled', AWS_ENDPOINT_URL: ${JSON.stringify(aws.url)}, AWS_ACCESS_KEY_ID: 'AKIABUNDLED', AWS_SECRET_ACCESS_KEY: 'x', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
        const port = createBundleDelivery({ configDirectory: '/', env, awsCredentials: 'environment-only' });
        const bundle = { reveal: () => '{"bundled":true}' };
        let start = performance.now();
        await port.deliver({ kind: 'github', repository: 'acme/config', environment: null, secret: 'BUNDLED' }, bundle, 'r1');
        const github = performance.now() - start;
        start = performance.now();
        await port.deliver({ kind: 'aws', secretId: 'bundled', region: 'eu-west-1' }, bundle, 'r1');
        console.log('first delivery, loading its store: github ' + github.toFixed(0) + ' ms, aws ' + (performance.now() - start).toFixed(0) + ' ms');`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env['PATH'] ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        console.log(chunk.toString().trim());
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(github.secretValue('BUNDLED')).toBe('{"bundled":true}');
      expect(aws.currentValue('bundled')).toBe('{"bundled":true}');
    } finally {
      await github.close();
      await aws.close();
    }
  });

  it('measures what the stores add, for the record', () => {
    const bytes = (pattern: RegExp): number => Object.values(metafile.outputs).reduce((sum, output) => sum + Object.entries(output.inputs).filter(([input]) => pattern.test(input)).reduce((part, [, used]) => part + used.bytesInOutput, 0), 0);
    const cli = [...staticClosure(outputNamed('src/bin.ts'))].reduce((sum, path) => sum + (metafile.outputs[path]?.bytes ?? 0), 0);
    // Printed, not asserted: sizes move with dependency updates; the assertions above are what matters.
    console.log(`the CLI entry's static imports ${(cli / 1024).toFixed(0)} KiB; libsodium ${(bytes(SODIUM) / 1024).toFixed(0)} KiB and the AWS SDK ${(bytes(AWS) / 1024).toFixed(0)} KiB load only on delivery`);
    expect(cli).toBeGreaterThan(0);
  });
});
