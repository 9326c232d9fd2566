import { inspect } from 'node:util';

const REDACTED = '[redacted]';

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

  [inspect.custom](): string {
    return REDACTED;
  }
}
