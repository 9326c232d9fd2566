const REDACTED = '[redacted]';

/** util.inspect.custom by the name Node registers it under, so this module needs no node:util. */
const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/**
 * A secret value that cannot leak by accident: printing, logging, JSON-encoding or interpolating it
 * yields `[redacted]`. The only way to the value is `reveal()`, called where it is signed into a request.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [INSPECT_CUSTOM](): string {
    return REDACTED;
  }
}
