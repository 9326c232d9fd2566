import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What can be checked about the supply chain without the network (`npm audit` needs the registry's
 * advisory endpoint; see SECURITY.md): the lockfile pins every package by integrity hash from the
 * public registry, no runtime dependency runs an install script, and SECURITY.md explains every
 * runtime dependency — no more, no fewer.
 */

interface LockedPackage {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly dev?: boolean;
  readonly link?: boolean;
  readonly hasInstallScript?: boolean;
}

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

describe('supply chain', () => {
  it('the lockfile pins every package by a sha512 integrity hash; any resolved URL is the public registry over https', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(installed.length).toBeGreaterThan(0);
    for (const [path, entry] of installed) {
      if (entry.link === true) continue;
      expect(entry.integrity, path).toMatch(/^sha512-[A-Za-z0-9+/]+=*$/);
      // npm leaves `resolved` out where the configured registry is meant; where it is written, it is the public one.
      if (entry.resolved !== undefined) expect(entry.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    }
  });

  it('the lockfile agrees with package.json', () => {
    const root = lock.packages[''] as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it('no runtime dependency runs an install script', () => {
    const runtimeScripts = installed.filter(([, entry]) => entry.hasInstallScript === true && entry.dev !== true).map(([path]) => path);
    expect(runtimeScripts).toEqual([]);
  });

  it('installing the published package runs no script of ours (prepack builds before packing, never on a user\'s machine)', () => {
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare', 'dependencies'];
    expect(Object.keys(manifest.scripts).filter((name) => lifecycle.includes(name))).toEqual([]);
  });

  it('SECURITY.md explains exactly the runtime dependencies', () => {
    const security = read('SECURITY.md');
    const section = security.slice(security.indexOf('Runtime dependencies'));
    const listed = [...section.matchAll(/^\| `([^`]+)` \| \S/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });
});
