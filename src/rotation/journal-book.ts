import type { DesiredMapping } from '../domain/desired.js';
import { EMPTY_MAPPING_RECORD, withDeclaredOverlap, type MappingRecord } from '../domain/kinds/m2m-certificate/rotation-journal.js';
import type { StatusFile } from '../domain/status.js';
import { withJournal } from '../domain/status.js';
import type { Clock, StatusRecord } from '../ports.js';

/**
 * The rotation journal of one account's run (SPEC §12.1): every mapping's record as it stands, written
 * through to the status file before the next external call. Writes are serialised, so rotations of
 * several mappings at once never overwrite each other's steps, and each write carries them all. A
 * superseded certificate's `retireAfter` follows the mapping's declared overlap from the start.
 */
export class JournalBook {
  readonly #records: Map<string, MappingRecord>;
  readonly #status: StatusRecord;
  readonly #base: StatusFile | null;
  readonly #account: string;
  readonly #mappings: readonly DesiredMapping[];
  readonly #clock: Clock;
  #writing: Promise<void> = Promise.resolve();
  #written = false;

  constructor(options: {
    readonly base: StatusFile | null;
    readonly records: ReadonlyMap<string, MappingRecord>;
    readonly status: StatusRecord;
    readonly account: string;
    readonly mappings: readonly DesiredMapping[];
    readonly clock: Clock;
  }) {
    this.#base = options.base;
    // Retirements follow the overlap the file declares now (SPEC §12.4), in every step and in the run's own write.
    const overlaps = new Map(options.mappings.map((entry) => [entry.mapping, entry.rotation?.overlapMs ?? null]));
    this.#records = new Map([...options.records].map(([mapping, record]) => [mapping, withDeclaredOverlap(record, overlaps.get(mapping) ?? null)]));
    this.#status = options.status;
    this.#account = options.account;
    this.#mappings = options.mappings;
    this.#clock = options.clock;
  }

  get(mapping: string): MappingRecord {
    return this.#records.get(mapping) ?? EMPTY_MAPPING_RECORD;
  }

  /** Every record as it stands now, for the run's own status write. */
  get records(): ReadonlyMap<string, MappingRecord> {
    return this.#records;
  }

  /** Whether the journal wrote the status file in this run (then the run's own write must follow). */
  get written(): boolean {
    return this.#written;
  }

  /** Records a mapping's new state and returns once the status file holds it. */
  async record(mapping: string, record: MappingRecord): Promise<void> {
    this.#records.set(mapping, record);
    const write = this.#writing.then(() => this.#status.write(withJournal(this.#base, this.#account, this.#mappings, this.#records, this.#clock.now().toISOString())));
    // A failed write must not wedge every later one; the caller of this write sees the failure.
    this.#writing = write.catch(() => undefined);
    await write;
    this.#written = true;
  }
}
