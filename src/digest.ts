import { nodeCrypto } from './lazy.js';

/** A digest as a signature records it: `sha256:` and 64 hex digits (any case). */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/i;

/** Top-level keys left out of the signed content: they record the signing itself. */
const UNSIGNED_KEYS: ReadonlySet<string> = new Set(['signatures', 'approvals']);

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Serialises a value as `JSON.stringify` does, with no spaces, but with the keys of every object
 * sorted by UTF-16 code units. The keys are written by hand because `JSON.stringify` always puts
 * integer-like keys ("2", "10") first, whatever order the object was built in. Throws a TypeError
 * on cycles and BigInt values, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, new Set()) ?? 'null';
}

/** The serialised value, or undefined for what `JSON.stringify` leaves out (undefined, functions, symbols). */
function serialise(input: unknown, ancestors: Set<object>): string | undefined {
  let value = input;
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = (toJSON as (key: string) => unknown).call(value, '');
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: BigInt values cannot be serialised');
  if (typeof value !== 'object') return undefined;
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return JSON.stringify(value.valueOf());
  }
  if (ancestors.has(value)) throw new TypeError('canonicalJson: the value contains a cycle');
  ancestors.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[' + value.map((item: unknown) => serialise(item, ancestors) ?? 'null').join(',') + ']';
  } else {
    const obj = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(obj).sort(compareCodeUnits)) {
      const s = serialise(obj[key], ancestors);
      if (s !== undefined) parts.push(JSON.stringify(key) + ':' + s);
    }
    out = '{' + parts.join(',') + '}';
  }
  ancestors.delete(value);
  return out;
}

/**
 * The digest a signature binds to (format.md §0): `sha256:<hex>` of the canonical JSON of the
 * parsed charter without its top-level `signatures` and `approvals`.
 */
export function charterDigest(data: Record<string, unknown>): string {
  // Object.fromEntries defines own properties, so even a `__proto__` key stays part of the content.
  const content = Object.fromEntries(Object.entries(data).filter(([key]) => !UNSIGNED_KEYS.has(key)));
  return 'sha256:' + nodeCrypto().createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
