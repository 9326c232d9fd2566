import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourcePosition } from '../domain/desired.js';
import type { ConfigProblem } from '../support/errors.js';
import type { DocumentProblem } from './document-problem.js';
import { toJsonPointer, type DocumentPath } from './json-pointer.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed YAML file that can say where any path in it is written. */
export class YamlSource {
  /** Pairs of each mapping by key, built on first lookup: a file with many problems must not cost n² lookups. */
  private readonly pairsByKey = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

  constructor(
    readonly file: string,
    readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  positionOfOffset(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** Where a path is written; a path that does not exist points at its closest existing ancestor. */
  positionOf(path: DocumentPath, at: 'key' | 'value' = 'value'): Position {
    const node = this.nodeAt(path, at);
    const offset = node?.range?.[0] ?? this.document.contents?.range[0] ?? 0;
    return this.positionOfOffset(offset);
  }

  /** File, line, column and JSON pointer of a path. */
  sourceOf(path: DocumentPath, at: 'key' | 'value' = 'value'): SourcePosition {
    return { file: this.file, ...this.positionOf(path, at), pointer: toJsonPointer(path) };
  }

  locate(problem: DocumentProblem): ConfigProblem {
    return { ...this.sourceOf(problem.path, problem.at), message: problem.message };
  }

  private nodeAt(path: DocumentPath, at: 'key' | 'value'): Node | null {
    let node: Node | null = this.document.contents;
    for (const [index, segment] of path.entries()) {
      const resolved = this.resolveAlias(node);
      const pair = isMap(resolved) ? this.pairOf(resolved, segment) : null;
      const next: Node | null = pair !== null
        ? (index === path.length - 1 && at === 'key' ? asNode(pair.key) : asNode(pair.value) ?? asNode(pair.key))
        : isSeq(resolved) && typeof segment === 'number' ? asNode(resolved.items[segment]) : null;
      if (next === null) return node;
      node = next;
    }
    return node;
  }

  private pairOf(map: YAMLMap, segment: string | number): Pair | null {
    let pairs = this.pairsByKey.get(map);
    if (pairs === undefined) {
      // Keys are unique (duplicates are reported before any lookup), so the map loses nothing.
      pairs = new Map(map.items.flatMap((pair) => (isScalar(pair.key) ? [[String(pair.key.value), pair] as const] : [])));
      this.pairsByKey.set(map, pairs);
    }
    return pairs.get(String(segment)) ?? null;
  }

  private resolveAlias(node: Node | null): Node | null {
    return isAlias(node) ? (node.resolve(this.document) ?? null) : node;
  }
}

function asNode(value: unknown): Node | null {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value) ? value : null;
}
