/** Joins many small pieces of text into pieces of about `size` characters, for fewer, larger writes. */
export function* batched(pieces: Iterable<string>, size = 65_536): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= size) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}
