// Generates src/generated/charter.ts from schemas/charter.schema.json, the single source of truth
// for the format. `npm run gen:types` rewrites the file; test/schema/types.test.ts fails when the
// committed file differs from what the schema generates (the types drifted).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TYPES_FILE = join(root, 'src/generated/charter.ts');

/** The TypeScript source the schema generates. */
export async function generateTypes() {
  const { compile } = await import('json-schema-to-typescript');
  const schema = JSON.parse(await readFile(join(root, 'schemas/charter.schema.json'), 'utf8'));
  // The root interface is named Charter rather than after the schema's human title.
  delete schema.title;
  delete schema.$id;
  return compile(schema, 'Charter', {
    bannerComment:
      '/* Generated from schemas/charter.schema.json by scripts/gen-types.mjs (npm run gen:types). Do not edit. */',
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(TYPES_FILE, await generateTypes());
  console.log(`wrote ${TYPES_FILE}`);
}
