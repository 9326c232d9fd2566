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
  | { readonly kind: 'm2m-certificate'; readonly mapping: string; readonly from: string | null; readonly to: string | null; readonly what: 'certificate' | 'state' };

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
  for (const row of current.certificates ?? []) {
    const earlier = mappings.get(row.mapping);
    const from = earlier?.current?.certificateId ?? null;
    const to = row.current?.certificateId ?? null;
    if (from !== to) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from, to, what: 'certificate' });
    else if (earlier !== undefined && earlier.state !== row.state) changes.push({ kind: 'm2m-certificate', mapping: row.mapping, from: earlier.state, to: row.state, what: 'state' });
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
      case 'm2m-certificate': {
        const cell = (value: string | null, none: string): string => (value === null ? escapeMarkdown(none) : change.what === 'certificate' ? codeSpan(shortId(value)) : escapeMarkdown(value));
        return [`mapping ${codeSpan(change.mapping)}${change.what === 'certificate' ? ', current certificate' : ''}`, cell(change.from, 'not recorded'), cell(change.to, 'none')];
      }
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

function stateCell(state: string | null, none: string): string {
  return escapeMarkdown(state ?? none);
}
