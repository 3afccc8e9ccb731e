#!/usr/bin/env node
/**
 * Writes the large and special cases of the bad-input corpus into a folder:
 *
 *   node scripts/gen-bad-corpus.mjs <out-dir>
 *
 * The small cases are real files in test/fixtures/bad/; these are generated because they are
 * big (20 MB, a 1 MB line), binary, in another encoding, or not plain files (a folder named like
 * a charter, an unreadable file, symbolic links). test/cli/bad-input.e2e.test.ts runs it into a
 * temporary folder. Everything is deterministic (the "random" bytes come from a fixed seed).
 * Prints one line per case: its name and what it is.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TWIN = fileURLToPath(new URL('../test/fixtures/bad/twin.yaml', import.meta.url));

/** Nesting depth of the deep cases. */
export const DEPTH = 5000;

/** A small deterministic generator of bytes (xorshift32). */
function bytes(n, seed = 0x9e3779b9) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** UTF-16 big-endian bytes of `text` (Node has only the little-endian codec). */
function utf16be(text) {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const b = le[i];
    le[i] = le[i + 1];
    le[i + 1] = b;
  }
  return le;
}

/** Whether symbolic links can be made here (not on Windows without the privilege). */
function link(target, path) {
  try {
    symlinkSync(target, path);
    return true;
  } catch {
    return false;
  }
}

/** Generates the corpus into `out`; returns `{ name: description }` of what was written. */
export function generate(out) {
  mkdirSync(out, { recursive: true });
  const twin = readFileSync(TWIN, 'utf8');
  const made = {};
  const write = (name, content, what) => {
    writeFileSync(join(out, name), content);
    made[name] = what;
  };

  // The twin itself, as the target of the links below.
  write('twin.yaml', twin, 'the clean twin (a copy of test/fixtures/bad/twin.yaml)');

  // 20 MB: the twin followed by 20 MB of plain list items under an x- key (well-formed YAML).
  const item = `  - ${'filler text '.repeat(8)}\n`;
  write('big-20mb.yaml', twin + 'x-filler:\n' + item.repeat(Math.ceil((20 * 1024 * 1024) / item.length)), '20 MB of valid YAML');

  // A 1 MB line: the twin with a mission of about 1 MB on one line (line 40 of the twin).
  const sentence =
    'Help every customer translate their business objectives into measurable outcomes, so they renew and grow with confidence. ';
  const mission = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length)).trimEnd();
  const longLine = twin.replace(/^ {2}mission: .*\n {4}.*\n/m, `  mission: ${mission}\n`);
  if (longLine === twin) throw new Error('gen-bad-corpus: the twin has no two-line mission to replace');
  write('long-line-1mb.yaml', longLine, 'a mission of 1 MB on one line');

  // 512 KiB of tiny nodes: the twin (so the file has findings) and a flow list of about 260,000
  // numbers. Far below the size limit, but each node costs the parser hundreds of bytes.
  const dense = twin + 'x-filler: [' + '1, '.repeat(Math.floor((512 * 1024 - twin.length) / 3)) + '1]\n';
  write('dense-512k.yaml', dense, '512 KiB of YAML in about 170,000 nodes');

  // 5,000 levels of nesting: flow lists, flow mappings, and block lists (`- - - … x`).
  write('deep-flow-list.yaml', `charter: 1\nx-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`, `${DEPTH} nested flow lists`);
  write('deep-flow-map.yaml', `charter: 1\nmeta: ${'{a: '.repeat(DEPTH)}x${'}'.repeat(DEPTH)}\n`, `${DEPTH} nested flow mappings`);
  write('deep-block-list.yaml', `charter: 1\nteam:\n  roles:\n    ${'- '.repeat(DEPTH)}x\n`, `${DEPTH} nested block lists`);

  // Billion laughs: nine levels of nine aliases each (9^9 strings if expanded).
  const bomb = ['charter: 1', 'x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 0; i < 8; i++) {
    const prev = String.fromCharCode(97 + i);
    const name = String.fromCharCode(98 + i);
    bomb.push(`x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  write('alias-bomb.yaml', bomb.join('\n') + '\n', 'an alias bomb (billion laughs)');

  // Binary: a PNG signature and IHDR start, then seeded random bytes.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  write('binary.yaml', Buffer.concat([png, bytes(4096)]), 'a PNG header and random bytes');

  // Invalid UTF-8: the twin with a Latin-1 é (a lone 0xE9 byte) in "Acme Cloud" (line 7, column 19).
  const at = twin.indexOf('Acme Cloud') + 'Acme Cl'.length;
  write(
    'invalid-utf8.yaml',
    Buffer.concat([Buffer.from(twin.slice(0, at)), Buffer.from([0xe9]), Buffer.from(twin.slice(at))]),
    'a Latin-1 byte in a UTF-8 file (line 7, column 19)',
  );

  // UTF-16 with a byte order mark, little- and big-endian.
  write('utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(twin, 'utf16le')]), 'the twin in UTF-16 LE with BOM');
  write('utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(twin)]), 'the twin in UTF-16 BE with BOM');

  mkdirSync(join(out, 'with-utf16'), { recursive: true });
  writeFileSync(join(out, 'with-utf16/twin.yaml'), twin);
  writeFileSync(join(out, 'with-utf16/utf16le.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(twin, 'utf16le')]));
  made['with-utf16/'] = 'a folder holding the twin and the twin in UTF-16 LE';

  // UTF-8 byte order mark and CRLF line ends: must lint exactly like the twin.
  write('bom-crlf.yaml', '\uFEFF' + twin.replace(/\n/g, '\r\n'), 'the twin with a UTF-8 BOM and CRLF line ends');

  // A folder named like a charter: given alone, and inside a linted folder beside a charter.
  mkdirSync(join(out, 'x.yaml'), { recursive: true });
  made['x.yaml/'] = 'an empty folder named x.yaml';
  mkdirSync(join(out, 'with-folder/x.yaml'), { recursive: true });
  writeFileSync(join(out, 'with-folder/x.yaml/notes.txt'), 'not a charter\n');
  writeFileSync(join(out, 'with-folder/twin.yaml'), twin);
  made['with-folder/'] = 'a folder holding the twin and a folder named x.yaml';

  // A file without read permission (root reads it anyway).
  write('unreadable.yaml', twin, 'the twin, mode 000');
  chmodSync(join(out, 'unreadable.yaml'), 0o000);
  mkdirSync(join(out, 'with-unreadable'), { recursive: true });
  writeFileSync(join(out, 'with-unreadable/twin.yaml'), twin);
  writeFileSync(join(out, 'with-unreadable/secret.yaml'), twin);
  chmodSync(join(out, 'with-unreadable/secret.yaml'), 0o000);
  made['with-unreadable/'] = 'a folder holding the twin and an unreadable copy';

  // Symbolic links: loops inside a linted folder, a dangling link, and links to a charter.
  const loops = join(out, 'symlink-loops');
  mkdirSync(loops, { recursive: true });
  writeFileSync(join(loops, 'twin.yaml'), twin);
  if (
    link('.', join(loops, 'self')) &&
    link('b.yaml', join(loops, 'a.yaml')) &&
    link('a.yaml', join(loops, 'b.yaml')) &&
    link('missing.yaml', join(loops, 'dangling.yaml')) &&
    link('twin.yaml', join(loops, 'same-twin.yaml'))
  ) {
    made['symlink-loops/'] = 'the twin; self -> .; a.yaml -> b.yaml -> a.yaml; dangling.yaml -> missing.yaml; same-twin.yaml -> twin.yaml';
  }
  if (link('twin.yaml', join(out, 'link-to-twin.yaml'))) made['link-to-twin.yaml'] = 'a symbolic link to the twin';
  mkdirSync(join(out, 'linked'), { recursive: true });
  if (link('../twin.yaml', join(out, 'linked/charter.yaml'))) made['linked/'] = 'a folder whose only charter is a link to ../twin.yaml';
  return made;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node scripts/gen-bad-corpus.mjs <out-dir>\n');
    process.exit(2);
  }
  for (const [name, what] of Object.entries(generate(out))) process.stdout.write(`${name}\t${what}\n`);
}
