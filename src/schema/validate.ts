import validateCharter, { type SchemaError } from '../generated/validate-charter.js';

export type { SchemaError };

/** Validates data against schemas/charter.schema.json (compiled ahead of time); returns every violation. */
export function schemaErrors(data: unknown): SchemaError[] {
  return validateCharter(data) ? [] : [...(validateCharter.errors ?? [])];
}
