import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ConfigProblem } from '../support/errors.js';

// Read synchronously (a command reads its file before it does anything else), and node:fs required, not
// imported: an import of it builds its whole namespace, which loads node:fs/promises and, on Node 24,
// readline and the file watchers — more time than reading a small file takes (issue 18).
const { closeSync, fstatSync, openSync, readFileSync } = createRequire(import.meta.url)('node:fs') as typeof Fs;

/** Desired-state files are small; anything larger is refused before it is read, let alone parsed. */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

export type ConfigText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: ConfigProblem };

/**
 * Reads a desired-state file as UTF-8 text. The size is checked on the open file before reading it;
 * binary content (NUL bytes, UTF-16) and invalid UTF-8 are refused with the position of the first bad byte.
 */
export function readConfigText(path: string, file: string): ConfigText {
  const fail = (message: string, line = 1, column = 1): ConfigText => ({ ok: false, problem: { file, line, column, pointer: '', message } });
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    return fail(openFailureMessage(error));
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return fail('This is not a regular file; point --config at a desired-state YAML file or a directory of them.');
    if (stats.size > MAX_CONFIG_BYTES) {
      return fail(`The file is ${megabytes(stats.size)} MB, over the ${megabytes(MAX_CONFIG_BYTES)} MB limit for a desired-state file; point --config at the right file or split it by account.`);
    }
    const bytes = readFileSync(descriptor);
    const refusal = encodingProblem(bytes);
    return refusal === null ? { ok: true, text: decodeUtf8(bytes) } : fail(refusal.message, refusal.line, refusal.column);
  } finally {
    closeSync(descriptor);
  }
}

function openFailureMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'No such file; create it ("netsuite-tokens import" writes one from the live account; examples/netsuite-tokens.yaml in the package shows every setting) or pass --config with the right path.';
  if (code === 'EACCES' || code === 'EPERM') return 'The file cannot be read (permission denied); make it readable for this user.';
  return `The file cannot be opened (${code === '' ? 'unknown error' : code}); check the path given to --config.`;
}

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes * 10) / (1024 * 1024)) / 10).toString();
}

interface EncodingProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

function encodingProblem(bytes: Buffer): EncodingProblem | null {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { message: 'The file is saved as UTF-16; save it as UTF-8.', line: 1, column: 1 };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { message: 'The file contains a NUL byte, so it is binary, not YAML; point --config at the desired-state YAML file.', ...positionOfByte(bytes, nul) };
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== -1) {
    return { message: 'The file is not valid UTF-8 text; save it as UTF-8.', ...positionOfByte(bytes, invalid) };
  }
  return null;
}

function decodeUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes: Buffer): number {
  try {
    decodeUtf8(bytes);
    return -1;
  } catch {
    // Binary search for the longest prefix that decodes cleanly; the byte after it broke the text.
    let valid = 0;
    let invalid = bytes.length;
    while (invalid - valid > 1) {
      const middle = Math.floor((valid + invalid) / 2);
      if (decodesCleanly(bytes.subarray(0, middle))) valid = middle;
      else invalid = middle;
    }
    return openSequenceStart(bytes, valid);
  }
}

/** Where a multi-byte character left unfinished at the end of a prefix starts; the prefix end when none is. */
function openSequenceStart(bytes: Buffer, end: number): number {
  for (let index = end - 1; index >= Math.max(0, end - 3); index -= 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return end - index < needed ? index : end;
    }
  }
  return end;
}

function decodesCleanly(prefix: Buffer): boolean {
  // A prefix may end inside a valid multi-byte character; that is not an error yet (stream mode).
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** 1-based line and column (in characters) of a byte offset, counted over the valid text before it. */
function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
