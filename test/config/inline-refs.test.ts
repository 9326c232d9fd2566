import { describe, expect, it } from 'vitest';
import schema from '../../schemas/netsuite-tokens.schema.json' with { type: 'json' };
import { inlineLocalRefs } from '../../scripts/inline-local-refs.js';

describe('inlineLocalRefs', () => {
  it('leaves no $ref or $defs in the schema the validator compiles', () => {
    const text = JSON.stringify(inlineLocalRefs(schema));
    expect(text).not.toContain('"$ref"');
    expect(text).not.toContain('"$defs"');
  });

  it('copies the definition and lets the keywords beside the $ref win', () => {
    const inlined = inlineLocalRefs({
      $defs: { duration: { description: 'generic', type: 'string', pattern: '^x$' } },
      properties: { maxAge: { description: 'specific', $ref: '#/$defs/duration' } },
    });
    expect(inlined).toEqual({ properties: { maxAge: { description: 'specific', type: 'string', pattern: '^x$' } } });
  });

  it('refuses a reference to a definition that does not exist', () => {
    expect(() => inlineLocalRefs({ properties: { a: { $ref: '#/$defs/missing' } } })).toThrow('The schema refers to #/$defs/missing, which it does not define.');
  });
});
