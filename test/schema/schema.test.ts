import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';
// @ts-expect-error -- plain ESM script without type declarations
import { generateTypes, TYPES_FILE } from '../../scripts/gen-types.mjs';

// CommonJS packages: under NodeNext the default import is module.exports.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
const schema = JSON.parse(readFileSync(new URL('../../schemas/charter.schema.json', import.meta.url), 'utf8'));

/** Every property schema below `node`, with its JSON Pointer. */
function properties(node: unknown, pointer = '#'): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  if (node === null || typeof node !== 'object') return out;
  const obj = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    if ((k === 'properties' || k === 'definitions') && v && typeof v === 'object') {
      for (const [name, sub] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'properties') out.push([`${pointer}/${k}/${name}`, sub as Record<string, unknown>]);
        out.push(...properties(sub, `${pointer}/${k}/${name}`));
      }
    } else if (v && typeof v === 'object') {
      out.push(...properties(v, `${pointer}/${k}`));
    }
  }
  return out;
}

function describes(s: Record<string, unknown>): boolean {
  if (typeof s['description'] === 'string' && s['description'].length > 10) return true;
  const ref = s['$ref'] ?? (Array.isArray(s['allOf']) ? (s['allOf'][0] as Record<string, unknown>)?.['$ref'] : undefined);
  if (typeof ref === 'string') {
    const target = ref.replace('#/definitions/', '');
    return typeof schema.definitions[target]?.description === 'string';
  }
  return false;
}

describe('schemas/charter.schema.json', () => {
  it('compiles in ajv strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('describes every property (editors show it on hover)', () => {
    const props = properties(schema);
    expect(props.length).toBeGreaterThan(100);
    const undocumented = props.filter(([, s]) => !describes(s)).map(([p]) => p);
    expect(undocumented).toEqual([]);
  });

  it('rejects unknown keys and allows x- keys in every object', () => {
    const objects: string[] = [];
    const walk = (n: unknown, p: string) => {
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o['type'] === 'object' && o['properties']) {
        if (o['additionalProperties'] !== false || !(o['patternProperties'] as Record<string, unknown>)?.['^x-'])
          objects.push(p);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${p}/${k}`);
    };
    walk(schema, '#');
    expect(objects).toEqual([]);
  });

  it('matches the committed TypeScript types (run `npm run gen:types` after changing the schema)', async () => {
    const generated = await generateTypes();
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(generated);
  });
});
