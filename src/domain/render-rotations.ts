import { codeSpan, escapeMarkdown } from './markdown.js';
import { plural } from './plan-wording.js';
import { markdownTable, maxRows } from './render-markdown.js';
import type { MarkdownRenderOptions } from './render-markdown.js';
import { proseLines, shortId } from './render-text.js';
import type { TextRenderOptions } from './render-text.js';
import type { RotationResult } from './report.js';
import { alignRows, paint, terminalText } from './text-layout.js';
import type { Cell, Tone } from './text-layout.js';

/**
 * SPEC §12.4 the Rotations section of a run's results: per mapping, the old and new certificate,
 * algorithm, expiry, the targets that hold the new bundle, and where the rotation stands. Only ids,
 * dates and labels exist here; a rotation result carries no key material to begin with.
 */

/** Text of a rotation state, the same in every rendering. */
function stateLabel(rotation: RotationResult): string {
  return rotation.state;
}

function stateTone(rotation: RotationResult): Tone {
  switch (rotation.state) {
    case 'delivered':
      return 'yellow';
    case 'retired':
      return 'green';
    case 'failed':
      return 'red';
  }
}

/** The calendar date (UTC) of an instant, rebuilt from the parsed value so no recorded text passes through. */
export function dateOf(instant: string | null): string | null {
  const at = instant === null ? Number.NaN : Date.parse(instant);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}

/** An instant to the minute, in UTC: an overlap ends at a time of day, and the next scheduled run may be the same day. */
export function minuteOf(instant: string | null): string | null {
  const at = instant === null ? Number.NaN : Date.parse(instant);
  return Number.isNaN(at) ? null : `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What happens next, in one or two sentences: the operator's own words, with dates rebuilt from parsed instants. */
function stateSentence(rotation: RotationResult): string {
  switch (rotation.state) {
    case 'delivered': {
      if (rotation.onboarding === true) return 'Delivered; waiting for an administrator to upload the certificate (the checklist shows it): the run that lists it active completes the onboarding.';
      const until = minuteOf(rotation.retireAfter);
      const earlier = rotation.fromEarlierRun === true ? 'Delivered by an earlier run; ' : '';
      const waiting = until === null ? 'waiting for the overlap' : `waiting for the overlap until ${until}`;
      // A rotation that took over a delivered one (--rotate) replaces several, all retired when its overlap ends.
      const replaced = rotation.replaces.length > 1 ? `the ${plural(rotation.replaces.length, 'certificate')} it replaces` : 'the certificate it replaces';
      const sentence = `${earlier}${waiting}: a later apply revokes ${replaced}.`;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    }
    case 'retired':
      if (rotation.replaces.length === 0) return 'Complete: nothing to retire.';
      return rotation.replaces.length === 1 ? 'Complete: the certificate it replaces is revoked.' : `Complete: the ${plural(rotation.replaces.length, 'certificate')} it replaces are revoked.`;
    case 'failed':
      if (rotation.failure === 'capacity') return "The integration record is at NetSuite's limit of 5 active certificates; the next apply tries again.";
      if (rotation.failure === 'interrupted') return 'Interrupted before delivery finished; the next apply resumes it.';
      return 'Failed before delivery finished; the next apply tries again.';
  }
}

/** `old → new`, each id in `format` (shortened for tables); several old ones when a resumed rotation replaces them all. */
function certificates(rotation: RotationResult, format: (id: string | null) => string): string {
  const old = rotation.replaces.length === 0 ? format(null) : rotation.replaces.map((id) => format(id)).join(', ');
  return `${old} → ${format(rotation.certificateId)}`;
}

export function rotationsText(rotations: readonly RotationResult[] | undefined, options: Pick<TextRenderOptions, 'color' | 'width'>): string[] {
  if (rotations === undefined || rotations.length === 0) return [];
  const header: Cell[] = ['MAPPING', 'CERTIFICATE (OLD → NEW)', 'ALGORITHM', 'VALID UNTIL', 'DELIVERED TO', 'STATE'].map((text) => ({ text, tone: 'dim' }));
  const rows: Cell[][] = rotations.map((rotation) => [
    { text: terminalText(rotation.mapping), tone: 'bold', shrink: true },
    { text: certificates(rotation, (id) => (id === null ? '—' : terminalText(shortId(id), 24))) },
    { text: terminalText(rotation.algorithm, 16), optional: 2 },
    { text: dateOf(rotation.validUntil) ?? '—', optional: 1 },
    { text: rotation.delivered.length === 0 ? '—' : rotation.delivered.map((target) => terminalText(target, 80)).join(', '), shrink: true },
    { text: stateLabel(rotation), tone: stateTone(rotation) },
  ]);
  const aligned = alignRows([header, ...rows], options.color, '  ', options.width ?? null);
  const lines = ['', paint(`Rotations (${rotations.length})`, 'cyan', options.color), aligned[0] ?? ''];
  rotations.forEach((rotation, index) => {
    lines.push(aligned[index + 1] ?? '');
    lines.push(...proseLines(stateSentence(rotation), rotation.state === 'failed' ? 'red' : 'dim', options, '      '));
    const detail = detailOf(rotation);
    if (detail !== null) lines.push(...proseLines(terminalText(detail, 1000), 'dim', options, '      '));
  });
  return lines;
}

/** The engine's detail, unless the state's sentence already says it all (an interruption). */
function detailOf(rotation: RotationResult): string | null {
  return rotation.failure === 'interrupted' ? null : rotation.detail;
}

/**
 * The state cell: the state, what happens next, and the engine's detail — in a code span, since it may
 * quote NetSuite or a secret store (an error message), which is never trusted as markdown.
 */
function stateMarkdown(rotation: RotationResult): string {
  const shown = detailOf(rotation);
  const detail = shown === null ? '' : ` ${codeSpan(shown)}`;
  const label = rotation.state === 'failed' ? `**${stateLabel(rotation)}**` : stateLabel(rotation);
  return `${label}: ${escapeMarkdown(stateSentence(rotation))}${detail}`;
}

export function rotationsMarkdown(rotations: readonly RotationResult[] | undefined, options: MarkdownRenderOptions): string[] {
  if (rotations === undefined || rotations.length === 0) return [];
  const rows = rotations.map((rotation) => [
    codeSpan(rotation.mapping),
    certificates(rotation, (id) => codeSpan(id === null ? null : shortId(id))),
    codeSpan(rotation.algorithm),
    escapeMarkdown(dateOf(rotation.validUntil) ?? '—'),
    rotation.delivered.length === 0 ? '—' : rotation.delivered.map((target) => codeSpan(target)).join(', '),
    stateMarkdown(rotation),
  ]);
  return ['', `#### Rotations (${rotations.length})`, '', ...markdownTable(['Mapping', 'Certificate (old → new)', 'Algorithm', 'Valid until', 'Delivered to', 'State'], rows, maxRows(options))];
}

/** The JSON form: full ids and instants as recorded, for programs. */
export function rotationJson(rotation: RotationResult): object {
  return {
    mapping: rotation.mapping,
    replaces: [...rotation.replaces],
    certificateId: rotation.certificateId,
    algorithm: rotation.algorithm,
    validUntil: rotation.validUntil,
    delivered: [...rotation.delivered],
    state: rotation.state,
    retireAfter: rotation.retireAfter,
    detail: rotation.detail,
    failure: rotation.failure,
    fromEarlierRun: rotation.fromEarlierRun === true,
  };
}
