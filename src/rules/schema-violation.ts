import { defineRule } from './support/types.js';
import { fromPointer } from '../model/pointer.js';
import { resolveRef, schemaForPath, schemaErrors, valueAt, type SchemaError } from '../schema/validate.js';
import { closest } from './support/suggest.js';
import type { PathSegment } from '../model/types.js';
import { fieldPath } from '../model/keys.js';

/** `meta.owner.name`, `team.roles[1].id`: how a path reads in a message. */
export function dotted(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? seg : `.${seg}`;
  return s === '' ? 'the charter' : s;
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return `'${String(v)}'`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function typeName(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_NAMES[String(x)] ?? String(x)).join(' or ');
}

/** The keys the schema allows in the mapping at `path`. */
function allowedKeys(path: readonly PathSegment[]): string[] {
  const props = schemaForPath(path)?.['properties'];
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

type SchemaNode = Record<string, unknown>;

const resolved = resolveRef;

const isDate = (n: SchemaNode | undefined): boolean => typeof n?.['pattern'] === 'string' && n['pattern'].includes('\\d{4}-\\d{2}-\\d{2}');

/** A sample value for a field of the shape: the user's own value where it fits the field's type. */
function sample(n: SchemaNode | undefined, value: unknown, used: { value: boolean }): string {
  if (isDate(n)) return 'YYYY-MM-DD';
  const type = n?.['type'];
  const fits = (typeof value === 'number' && (type === 'number' || type === 'integer')) || (typeof value === 'string' && type === 'string');
  if (fits && !used.value) {
    used.value = true;
    return String(value);
  }
  if (type === 'object') return '{...}';
  if (type === 'array') return '[...]';
  return '...';
}

/**
 * A mapping's shape read from the schema: its required keys (or its first key when none is
 * required) and its date keys, the user's value in the first that takes it.
 */
function mappingShape(n: SchemaNode, value: unknown): string | undefined {
  const props = n['properties'] as Record<string, SchemaNode>;
  const required = Array.isArray(n['required']) ? (n['required'] as string[]) : [];
  const shown = Object.keys(props).filter((k, i) => required.includes(k) || (required.length === 0 && i === 0) || isDate(resolved(props[k])));
  if (shown.length === 0) return undefined;
  const used = { value: false };
  return `{${shown.map((k) => `${k}: ${sample(resolved(props[k]), value, used)}`).join(', ')}}`;
}

/**
 * What to write where a mapping or a list was expected, read from the schema: `baseline: 88`
 * gives `write it as {value: 88, as_of: YYYY-MM-DD}`.
 */
function shapeHint(node: SchemaNode | undefined, value: unknown): string {
  const n = resolved(node);
  if (!n) return '';
  if (n['type'] === 'object' && n['properties'] && typeof n['properties'] === 'object' && !Array.isArray(value)) {
    const shape = mappingShape(n, value);
    return shape ? `; write it as ${shape}` : '';
  }
  if (n['type'] === 'array') {
    const items = resolved(n['items'] as SchemaNode | undefined);
    const item = items?.['type'] === 'object' && items['properties'] ? mappingShape(items, undefined) : undefined;
    return `; write it as a list, one item per line after '- '${item ? `, each item ${item}` : ''}`;
  }
  return '';
}

function patternHint(pattern: string, value: unknown): string {
  if (pattern.includes('[a-z0-9]+(-[a-z0-9]+)*')) {
    const suggestion =
      typeof value === 'string'
        ? value
            .trim()
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
        : '';
    return `must be a kebab-case id (lower-case letters, digits and single hyphens)${suggestion ? `, e.g. '${suggestion}'` : ''}`;
  }
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return 'must be a date written YYYY-MM-DD';
  if (pattern.startsWith('^sha256:')) return "must be 'sha256:' followed by 64 lower-case hex digits (written by `charter sign`)";
  if (pattern === '^[A-Z]{3}$') return 'must be an ISO 4217 currency code such as USD or EUR';
  return `must match ${pattern}`;
}

export default defineRule({
  id: 'schema-violation',
  meta: {
    description: 'Fix fields that are missing, empty, of the wrong type, unknown, or outside their allowed values.',
    tags: ['schema'],
    severity: 'error',
    sources: ['S2 (sections)', 'format.md §3'],
    messages: {
      required: "required field '{{field}}' is missing from {{parent}}",
      empty: "'{{path}}' is empty; fill it in",
      tooFew: "'{{path}}' needs at least {{min}} {{items}}",
      type: '{{path}} must be {{expected}}, got {{actual}}{{hint}}',
      unknownKey: "unknown key '{{key}}' in {{parent}}{{hint}}",
      enum: "{{path}} must be one of {{allowed}}, got {{actual}}{{hint}}",
      const: '{{path}} must be {{expected}}, got {{actual}}{{hint}}',
      pattern: "{{path}} {{rule}}, got {{actual}}",
      format: "{{path}} must be a real {{format}}, got {{actual}}",
      range: '{{path}} {{detail}}, got {{actual}}',
      other: '{{path}} {{detail}}',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const errors = schemaErrors(data);
    // A failed `if` only says which branch applied; the branch's own errors say what is wrong.
    const relevant = errors.filter((e) => !['if', 'anyOf', 'oneOf', 'allOf', 'not'].includes(e.keyword));
    for (const e of relevant.length > 0 ? relevant : errors) reportError(e);

    function reportError(e: SchemaError): void {
      const path = fromPointer(e.instancePath);
      // List items by their key where they have one: `metrics[grr].baseline`, not `metrics[2].baseline`.
      const where = fieldPath(data, path);
      const value = valueAt(data, path);
      const actual = kindOf(value);
      switch (e.keyword) {
        case 'required': {
          const field = String(e.params['missingProperty']);
          report({ messageId: 'required', data: { field, parent: where }, path, at: 'key' });
          return;
        }
        case 'additionalProperties': {
          const key = String(e.params['additionalProperty']);
          const suggestion = closest(key, allowedKeys(path));
          const hint = suggestion
            ? `; did you mean '${suggestion}'?`
            : "; remove it, or prefix it with 'x-' to keep it as your own extension";
          report({ messageId: 'unknownKey', data: { key, parent: where, hint }, path: [...path, key], at: 'key' });
          return;
        }
        case 'minLength':
          report({ messageId: 'empty', data: { path: where }, path });
          return;
        case 'minItems': {
          const min = Number(e.params['limit']);
          report({ messageId: 'tooFew', data: { path: where, min, items: min === 1 ? 'item' : 'items' }, path });
          return;
        }
        case 'type': {
          const expected = typeName(e.params['type']);
          let hint = '';
          if (where === 'meta.version' && typeof value === 'number') {
            hint = `; quote the version (version: "${Number.isInteger(value) ? `${value}.0` : value}"), or YAML reads 3.0 as the number 3`;
          } else if (
            String(e.params['type']).includes('string') &&
            Array.isArray(value) &&
            value.length === 1 &&
            typeof value[0] === 'string'
          ) {
            hint = `; an unquoted [${value[0]}] is read as a one-item list: quote it ("[${value[0]}]") or, if it is a placeholder, replace it`;
          } else if (value === null) {
            hint = '; fill it in or remove the key';
          } else {
            hint = shapeHint(schemaForPath(path), value);
          }
          report({ messageId: 'type', data: { path: where, expected, actual, hint }, path });
          return;
        }
        case 'enum': {
          const values = (e.params['allowedValues'] as unknown[]) ?? [];
          const suggestion =
            typeof value === 'string' ? closest(value, values.filter((v): v is string => typeof v === 'string')) : undefined;
          report({
            messageId: 'enum',
            data: {
              path: where,
              allowed: values.map((v) => String(v)).join(', '),
              actual,
              hint: suggestion ? `; did you mean '${suggestion}'?` : '',
            },
            path,
          });
          return;
        }
        case 'const': {
          const expected = JSON.stringify(e.params['allowedValue']);
          const hint = where === 'charter' ? `; this version of charter reads format version ${expected}` : '';
          report({ messageId: 'const', data: { path: where, expected, actual, hint }, path });
          return;
        }
        case 'pattern':
          report({
            messageId: 'pattern',
            data: { path: where, rule: patternHint(String(e.params['pattern']), value), actual },
            path,
          });
          return;
        case 'format':
          report({
            messageId: 'format',
            data: { path: where, format: e.params['format'] === 'date' ? 'calendar date (YYYY-MM-DD)' : String(e.params['format']), actual },
            path,
          });
          return;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
          report({ messageId: 'range', data: { path: where, detail: e.message ?? 'is out of range', actual }, path });
          return;
        default:
          report({ messageId: 'other', data: { path: where, detail: e.message ?? `fails '${e.keyword}'` }, path });
      }
    }
  },
});
