// Generates, from each rule's `meta` (the single source: id, severity, tags, description, docs URL,
// options and their schema), (a) the `rules` and `settings` sections of
// schemas/charter-config.schema.json, which validates configurations, and (b) the header of each
// docs/rules/<id>.md: the table and description between the `generated` markers (the prose after
// the end marker is kept). test/meta/gen-rules.test.ts fails when a file is stale.
// Usage: node scripts/gen-rules.mjs [--check]   (npm run gen:rules)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = 'schemas/charter-config.schema.json';
/** The module that reads every rule's meta (src/rules/support/info.ts). */
const INFO_MODULE = 'src/rules/support/info.ts';

export const BEGIN =
  "<!-- generated: begin. scripts/gen-rules.mjs writes this part from the rule's meta; edit the meta, then run npm run gen:rules -->";
export const END = '<!-- generated: end -->';

/** `ruleInfos()` and `settingAliases()`, from the TypeScript sources (bundled in memory with esbuild). */
export async function loadMeta() {
  const esbuild = await import('esbuild');
  // Bundled to a file under node_modules/.cache, with packages left external, so they resolve.
  const outfile = join(root, 'node_modules/.cache/gen-rules/info.mjs');
  await mkdir(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, INFO_MODULE)],
    bundle: true,
    outfile,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  const mod = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  const infos = mod.ruleInfos();
  return { infos, settings: mod.settingAliases(infos) };
}

/** An option's schema as the configuration schema shows it: the meta's schema and its default. */
function optionSchema(option, describe) {
  const { setting: _setting, default: def, description, ...schema } = option;
  return { ...schema, default: def, description: describe(description) };
}

const showDefault = (v) => (Array.isArray(v) && v.length === 0 ? 'none' : JSON.stringify(v));

/** The configuration schema with its `rules` and `settings` sections generated from the meta. */
export async function generateSchema({ infos, settings }) {
  const schema = JSON.parse(await readFile(join(root, SCHEMA_FILE), 'utf8'));
  const rules = {};
  for (const r of infos.filter((i) => i.configurable)) {
    const names = Object.keys(r.options);
    if (names.length === 0) {
      rules[r.id] = { description: r.description, $ref: '#/definitions/ruleSetting' };
      continue;
    }
    const properties = Object.fromEntries(
      names.map((n) => {
        const o = r.options[n];
        const also = o.setting ? `; also settings.${o.setting}` : '';
        return [n, optionSchema(o, (d) => `${d} (default ${showDefault(o.default)}${also})`)];
      }),
    );
    rules[r.id] = {
      description: r.description,
      anyOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            severity: { $ref: '#/definitions/severity' },
            options: { type: 'object', additionalProperties: false, properties },
          },
        },
      ],
    };
  }
  const groups = {};
  for (const s of settings) {
    const [group, key] = s.path;
    groups[group] ??= { type: 'object', additionalProperties: false, properties: {} };
    groups[group].properties[key] = optionSchema(s.schema, (d) => `${s.rules.join(' and ')}: ${d} (default ${showDefault(s.schema.default)})`);
  }
  schema.properties.rules.properties = rules;
  schema.properties.settings.properties = groups;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The generated header of a rule's doc: the table, the description and the options. */
export function docHeader(r) {
  const names = Object.keys(r.options);
  const cell = names.length === 0 ? 'none' : names.map((n) => `\`${n}\` (default ${showDefault(r.options[n].default)})`).join(', ');
  const lines = [BEGIN, '', '| Default severity | Tags | Options |', '| --- | --- | --- |', `| ${r.severity} | ${r.tags.join(', ')} | ${cell} |`, '', r.description, ''];
  if (names.length > 0) {
    lines.push(`Options (in the configuration: \`rules: { ${r.id}: { severity, options } }\`, or the \`settings:\` key named):`, '');
    for (const n of names) {
      const o = r.options[n];
      const range = o.type === 'array' ? 'a list of words' : [o.type, o.minimum !== undefined && o.maximum !== undefined ? `${o.minimum}–${o.maximum}` : ''].filter(Boolean).join(' ');
      lines.push(`- \`${n}\` (${range}, default ${showDefault(o.default)}${o.setting ? `; \`settings.${o.setting}\`` : ''}): ${o.description}.`);
    }
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

/** A rule doc with its header regenerated; the text after the end marker is kept. */
export function generateDoc(r, current) {
  const end = current.indexOf(END);
  if (!current.startsWith(`# ${r.id}\n`) || current.indexOf(BEGIN) < 0 || end < 0) {
    throw new Error(`docs/rules/${r.id}.md must start with '# ${r.id}' followed by the generated markers`);
  }
  return `# ${r.id}\n\n${docHeader(r)}${current.slice(end + END.length)}`;
}

/** Every generated file: path (relative to the root) → content. */
export async function generateAll() {
  const meta = await loadMeta();
  const files = new Map([[SCHEMA_FILE, await generateSchema(meta)]]);
  for (const r of meta.infos) {
    const path = `docs/rules/${r.id}.md`;
    files.set(path, generateDoc(r, await readFile(join(root, path), 'utf8')));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, content] of await generateAll()) {
    const current = await readFile(join(root, path), 'utf8').catch(() => '');
    if (current === content) continue;
    if (check) stale.push(path);
    else await writeFile(join(root, path), content);
  }
  if (check && stale.length > 0) {
    console.error(`stale (run npm run gen:rules): ${stale.join(', ')}`);
    process.exitCode = 1;
  }
}
