import { codeSpan, escapeMarkdown } from './markdown.js';
import { plural } from './plan-wording.js';
import { markdownTable } from './render-markdown.js';
import { shortId } from './render-text.js';
import type { StatusFile } from './status.js';

/**
 * What merging a status file records, against the one on the default branch: each token whose state
 * changed and each mapping whose current certificate or state changed. The results pull request is
 * rewritten by every run, and a run that finds nothing to do still carries what earlier, unmerged runs
 * did (a token they revoked, a certificate they rotated): this is how its reviewer learns of it.
 */
export type RecordedChange =
  | { readonly kind: 'tba-token'; readonly id: string; readonly name: string; readonly from: string | null; readonly to: string | null }
  | { readonly kind: 'm2m-certificate'; readonly mapping: string; readonly from: string | null; readonly to: string | null; readonly what: MappingChange };

/**
 * `certificate`: the current certificate moved (from → to ids); `state`: the mapping's state moved;
 * `retired`: a superseded certificate (`from`) left the list of those waiting, revoked after its overlap;
 * `removed`: the default branch records the mapping and this file does not (its journal and memory go).
 */
export type MappingChange = 'certificate' | 'state' | 'retired' | 'removed';

export function recordedChanges(base: StatusFile, current: StatusFile): RecordedChange[] {
  const changes: RecordedChange[] = [];
  const before = new Map(base.tokens.map((token) => [token.id, token]));
  const seen = new Set<string>();
  for (const token of current.tokens) {
    seen.add(token.id);
    const earlier = before.get(token.id);
    if (earlier?.state !== token.state) changes.push({ kind: 'tba-token', id: token.id, name: token.name, from: earlier?.state ?? null, to: token.state });
  }
  // A token the default branch records and this file does not is gone from NetSuite (deleted with its user).
  for (const token of base.tokens) if (!seen.has(token.id)) changes.push({ kind: 'tba-token', id: token.id, name: token.name, from: token.state, to: null });
  const mappings = new Map((base.certificates ?? []).map((row) => [row.mapping, row]));
  const kept = new Set<string>();
  for (const row of current.certificates ?? []) {
    kept.add(row.mapping);
    const earlier = mappings.get(row.mapping);
    const from = earlier?.current?.certificateId ?? null;
    const to = row.current?.certificateId ?? null;
    if (from !== to) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from, to, what: 'certificate' });
    else if (earlier !== undefined && earlier.state !== row.state) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from: earlier.state, to: row.state, what: 'state' });
    const waiting = new Set(row.previous.map((item) => item.certificateId));
    for (const item of earlier?.previous ?? []) {
      if (!waiting.has(item.certificateId) && item.certificateId !== to) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from: item.certificateId, to: null, what: 'retired' });
    }
  }
  for (const row of base.certificates ?? []) {
    if (!kept.has(row.mapping)) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from: row.state, to: null, what: 'removed' });
  }
  return changes;
}

/** The pull request's section: every string from NetSuite or the file in a code span, never as markdown. */
export function recordedChangesMarkdown(changes: readonly RecordedChange[], baseBranch: string): string[] {
  if (changes.length === 0) return [];
  const rows = changes.map((change) => {
    switch (change.kind) {
      case 'tba-token':
        return [`token ${codeSpan(change.id)} ${codeSpan(change.name)}`, stateCell(change.from, 'not recorded'), stateCell(change.to, 'gone from NetSuite')];
      case 'm2m-certificate':
        return mappingRow(change.mapping, change.what, change.from, change.to);
    }
  });
  return [
    `#### Recorded by merging (${changes.length})`,
    '',
    `Against the status file on ${codeSpan(baseBranch)}, merging records ${plural(changes.length, 'change')}, those of earlier runs of this branch included:`,
    '',
    ...markdownTable(['Subject', `On ${codeSpan(baseBranch)}`, 'Now'], rows, Number.MAX_SAFE_INTEGER),
  ];
}

function mappingRow(mapping: string, what: MappingChange, from: string | null, to: string | null): string[] {
  const name = `mapping ${codeSpan(mapping)}`;
  const certificate = (id: string | null, none: string): string => (id === null ? escapeMarkdown(none) : codeSpan(shortId(id)));
  switch (what) {
    case 'certificate':
      return [`${name}, current certificate`, certificate(from, 'not recorded'), certificate(to, 'none')];
    case 'state':
      return [name, stateCell(from, 'not recorded'), stateCell(to, 'none')];
    case 'retired':
      return [`${name}, certificate ${certificate(from, '')}`, 'waiting for its overlap', 'retired'];
    case 'removed':
      return [name, stateCell(from, 'not recorded'), 'no longer declared'];
  }
}

function stateCell(state: string | null, none: string): string {
  return escapeMarkdown(state ?? none);
}
