/*
 * Data flows one way: cli → commands → engine/render/init → rules → model (with the shared leaves:
 * dates, digest, signatures, errors). No module imports from a layer above its own; in particular
 * terminal I/O lives in src/terminal/, not in commands/, and the rules' helpers never reach back
 * into the engine. Checked on the relative imports of every module in src/ (dynamic ones included).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');

/** Per top-level folder (or root module) of src/: the ones it must not import from. */
const FORBIDDEN: Record<string, readonly string[]> = {
  model: ['rules', 'engine', 'render', 'init', 'commands', 'terminal', 'formatters', 'config', 'edit', 'signatures'],
  dates: ['model', 'rules', 'engine', 'render', 'init', 'commands', 'terminal'],
  digest: ['rules', 'engine', 'render', 'init', 'commands', 'terminal'],
  signatures: ['rules', 'engine', 'render', 'init', 'commands', 'terminal'],
  rules: ['engine', 'render', 'init', 'commands', 'terminal', 'formatters', 'config'],
  formatters: ['engine', 'render', 'init', 'commands'],
  engine: ['render', 'init', 'commands', 'terminal'],
  render: ['init', 'commands', 'terminal', 'diff'],
  diff: ['init', 'commands', 'terminal'],
  init: ['commands', 'render'],
  terminal: ['commands'],
};

function modules(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== 'generated') modules(p, out);
    } else if (e.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** `rules` for src/rules/x.ts, `dates` for src/dates.ts. */
function layerOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.[jt]s$/, '') : parts[0]!;
}

describe('import structure', () => {
  it('no module of src/ imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const file of modules(SRC)) {
      const from = layerOf(file);
      const forbidden = FORBIDDEN[from] ?? [];
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const to = layerOf(resolve(dirname(file), m[1]!));
        if (forbidden.includes(to)) upward.push(`${relative(ROOT, file)} → ${m[1]}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('only the error boundary (main.ts) imports the commands', () => {
    const importers = modules(SRC)
      .filter((f) => layerOf(f) !== 'commands')
      .filter((f) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].some((m) => layerOf(resolve(dirname(f), m[1]!)) === 'commands'))
      .map((f) => relative(SRC, f));
    expect(importers).toEqual(['main.ts']);
  });
});
