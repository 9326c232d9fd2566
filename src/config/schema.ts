import schemaJson from '../../schemas/netsuite-tokens.schema.json' with { type: 'json' };

/** schemas/netsuite-tokens.schema.json, bundled with the code so the CLI needs no file lookup at run time. */
export const DESIRED_STATE_SCHEMA = schemaJson;
