import validateCharter, { schema, type SchemaError } from '../generated/validate-charter.js';

export type { SchemaError };

/** Validates data against schemas/charter.schema.json (compiled ahead of time); returns every violation. */
export function schemaErrors(data: unknown): SchemaError[] {
  return validateCharter(data) ? [] : [...(validateCharter.errors ?? [])];
}

/** The schema node at a JSON Pointer fragment such as `#/definitions/meta`, or undefined. */
export function schemaAt(ref: string): Record<string, unknown> | undefined {
  let node: unknown = schema;
  for (const raw of ref.replace(/^#\/?/, '').split('/').filter((s) => s !== '')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** The value at a path in the data, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return cur;
}
