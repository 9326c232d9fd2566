import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap } from 'yaml';

export interface Rekeying {
  /** The entry's index in `tokens:`. */
  readonly index: number;
  readonly oldId: string;
  readonly newId: string;
  /** The new token's name in NetSuite; written over the entry's `name:` when it has one. */
  readonly newName: string | null;
  /** The old token's name in NetSuite, kept on the entry that declares it revoked. */
  readonly oldName: string | null;
  /** A comment for the new entry of the old token (`#` and spacing are added). */
  readonly note: string;
}

/**
 * SPEC §13 step 6 as a text edit: the entry for the old token now names the new one (id, and name when
 * it pins one), and a new entry right after it declares the old id `revoked` with the same owner. Made
 * with the `yaml` Document API so comments and the rest of the file stay as the person wrote them.
 */
export function rekeyTokenEntry(text: string, change: Rekeying): string {
  const document = parseDocument(text);
  const tokens = document.get('tokens', true);
  if (!isSeq(tokens)) throw new Error('The desired-state file has no tokens: list, though it loaded.');
  const entry = tokens.items[change.index];
  if (!isMap(entry)) throw new Error(`tokens[${change.index}] is not a mapping, though it loaded.`);
  setString(entry, 'id', change.newId);
  if (change.newName !== null && entry.has('name')) setString(entry, 'name', change.newName);

  const retired = new YAMLMap();
  retired.set('id', quoted(change.oldId));
  if (change.oldName !== null && entry.has('name')) retired.set('name', quoted(change.oldName));
  retired.set('state', 'revoked');
  const owner = entry.get('owner', true);
  if (isScalar(owner)) retired.set('owner', new Scalar(owner.value));
  retired.commentBefore = ` ${change.note}`;
  tokens.items.splice(change.index + 1, 0, retired);
  return document.toString();
}

/** Replaces the value of `key`, keeping the scalar's quoting style; a new key is double-quoted. */
function setString(map: YAMLMap, key: string, value: string): void {
  const existing = map.get(key, true);
  if (isScalar(existing)) {
    existing.value = value;
    return;
  }
  map.set(key, quoted(value));
}

function quoted(value: string): Scalar<string> {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}
