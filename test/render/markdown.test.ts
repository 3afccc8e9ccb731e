import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCharter } from '../../src/load.js';
import { buildView } from '../../src/render/view.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { markdownProblems } from './lint-markdown.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REF = REFERENCE_DIR;
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'examples', f));
const references = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'].map((f) => join(REF, f));

describe('Markdown rendering (golden files)', () => {
  for (const file of [...examples, ...references]) {
    const name = `${file.includes('/reference/') ? 'reference-' : ''}${basename(file, '.yaml')}`;
    it(`${name} renders to its committed Markdown, which passes markdownlint`, async () => {
      const md = await renderMarkdown(buildView(loadCharter(file).data));
      expect(markdownProblems(md)).toEqual([]);
      await expect(md).toMatchFileSnapshot(`__output__/${name}.md`);
    });
  }
});
