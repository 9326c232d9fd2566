import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house's boundaries (docs/architecture.md), checked on the import graph of src/: no cycles
 * (static, dynamic or type-only), the domain imports only the domain, NetSuite's client and the
 * emulator never import each other, and the src/ root holds only entry points, reconcile, ports and
 * the composition root.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? '').filter((spec) => spec.endsWith('.js'));
  return [relative(SRC, file), targets.map((spec) => relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))))];
}));

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(member);
        }
      } while (member !== undefined && member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const importsOf = (prefix: string): [string, string][] =>
  [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, targets]) => targets.map((target): [string, string] => [file, target]));

describe('the architecture', () => {
  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the domain pure: it imports only the domain', () => {
    expect(importsOf('domain/').filter(([, target]) => !target.startsWith('domain/'))).toEqual([]);
  });

  it('keeps the NetSuite client and the emulator apart', () => {
    expect(importsOf('netsuite/').filter(([, target]) => target.startsWith('emulator/'))).toEqual([]);
    expect(importsOf('emulator/').filter(([, target]) => target.startsWith('netsuite/'))).toEqual([]);
  });

  it('keeps only entry points, reconcile, ports and the composition root at the src/ root', () => {
    const root = files.map((file) => relative(SRC, file)).filter((file) => !file.includes('/')).sort();
    expect(root).toEqual(['action.ts', 'bin.ts', 'cli.ts', 'composition-root.ts', 'ports.ts', 'reconcile.ts']);
  });

  it('loads each delivery store only by bundle-delivery.ts\'s dynamic import, so its SDK loads only when used', () => {
    const STATIC = /(?:import|export)\s(?!type\b)[^'"]*?from\s+'(\.[^']+)'/g;
    const stores = ['delivery/github-secret-store.ts', 'delivery/aws-secret-store.ts', 'delivery/file-store.ts'];
    const staticImporters = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(STATIC)]
        .map((match) => relative(SRC, resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'))))
        .filter((target) => stores.includes(target))
        .map((target) => `${relative(SRC, file)} → ${target}`);
    });
    expect(staticImporters).toEqual([]);
    expect(stores.every((store) => graph.get('delivery/bundle-delivery.ts')?.includes(store))).toBe(true);
  });

  it('finds the imports it checks (the graph is not empty by mistake)', () => {
    expect(graph.get('reconcile.ts')).toContain('domain/plan-changes.ts');
    expect(graph.get('cli.ts')).toContain('commands/plan.ts');
  });
});
