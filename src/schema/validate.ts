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

/** A schema node with its `$ref` followed (directly or as `allOf: [{$ref}]`, the schema's style). */
export function resolveRef(node: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  for (let i = 0; node && i < 8; i++) {
    const allOf = node['allOf'];
    const ref = node['$ref'] ?? (Array.isArray(allOf) && allOf.length === 1 ? (allOf[0] as Record<string, unknown>)['$ref'] : undefined);
    if (typeof ref !== 'string') return node;
    node = schemaAt(ref);
  }
  return node;
}

/**
 * The schema node (its `$ref` followed) that describes the value at a path of the data: found by
 * walking `properties` and `items` from the root, so it does not depend on how the validator
 * reports schema paths (errors inside a referenced definition name it relative to the definition).
 */
export function schemaForPath(path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let node = resolveRef(schema as Record<string, unknown>);
  for (const seg of path) {
    if (!node) return undefined;
    const next = typeof seg === 'number' ? node['items'] : (node['properties'] as Record<string, unknown> | undefined)?.[seg];
    node = resolveRef(next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : undefined);
  }
  return node;
}

/** The top-level keys of the charter format (the schema's), in its order. */
let sections: readonly string[] | undefined;

/**
 * Why a file named by the user is refused as no charter at all, or undefined when it is one. A
 * charter has the top-level `charter:` version key; without it, a file is still taken for a
 * charter with gaps when at least half of its top-level keys are keys of the format (`meta`,
 * `team`, `statement`, ...), so a hand-started charter gets findings. A file where they are the
 * minority is something else: a `package.json` shares only `dependencies`, a workflow none. A
 * file whose top level is not a mapping gets a `yaml-syntax` finding instead.
 */
export function notACharter(file: string, data: Record<string, unknown>): string | undefined {
  sections ??= Object.keys((schemaForPath([])?.['properties'] as object | undefined) ?? {});
  const keys = Object.keys(data);
  if (keys.length === 0 || 'charter' in data) return undefined;
  const known = keys.filter((k) => sections!.includes(k));
  if (known.length * 2 >= keys.length) return undefined;
  const what = 'name a charter file, or create one with \'charter init\'';
  if (known.length === 0) {
    const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ', ...' : '');
    return `${file}: not a charter: its top-level keys (${shown}) include none of a charter's (charter, meta, team, statement, ...); ${what}`;
  }
  return (
    `${file}: not a charter: it has no top-level 'charter:' key and only ${known.length} of its ${keys.length} top-level keys ` +
    `(${known.join(', ')}) ${known.length === 1 ? 'is a charter section' : 'are charter sections'}; ${what}`
  );
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
