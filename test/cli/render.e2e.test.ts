import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempTree, ROOT, BIN, tmpEnv } from '../helpers/cli.js';
import { stringify } from 'yaml';
import { baseCharter } from '../helpers/base-charter.js';
import { markdownProblems } from '../render/lint-markdown.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { readPdf } from '../helpers/pdf.js';

const REF = REFERENCE_DIR;
const csm = readFileSync(join(REF, 'csm.yaml'), 'utf8');
const weak = readFileSync(join(REF, 'weak.yaml'), 'utf8');
const AS_OF = ['--as-of', '2026-11-22'];

function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('charter render (built bin)', () => {
  it('writes Markdown next to the charter by default; the file passes markdownlint', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const r = runCli(['render', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Rendered csm.yaml to csm.md\n');
    const md = readFileSync(join(dir, 'csm.md'), 'utf8');
    expect(md).toContain('# Customer Success Management Team Charter');
    expect(markdownProblems(md)).toEqual([]);
  });

  it("writes Markdown or HTML to stdout with '-o -', and nothing else", () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const md = runCli(['render', ...AS_OF, 'csm.yaml', '-o', '-'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^<!-- markdownlint-configure-file/);
    const html = runCli(['render', ...AS_OF, 'csm.yaml', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir)).toEqual(['csm.yaml']);
  });

  it('writes a PDF without any warning on stderr, and says how many pages it has', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const r = runCli(['render', ...AS_OF, 'csm.yaml', '--format', 'pdf'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Rendered csm\.yaml to csm\.pdf \(\d+ pages\)\n$/);
    expect(readFileSync(join(dir, 'csm.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('renders the same PDF bytes twice under SOURCE_DATE_EPOCH (reproducible builds)', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    expect(runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'a.pdf'], { cwd: dir, env }).code).toBe(0);
    expect(runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'b.pdf'], { cwd: dir, env }).code).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  it('writes a DOCX (format from the --out extension too), byte-identical under SOURCE_DATE_EPOCH; --org refuses DOCX with exit 2', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const r = runCli(['render', ...AS_OF, 'csm.yaml', '--format', 'docx'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = readFileSync(join(dir, 'csm.docx'));
    expect(a.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'again.docx'], { cwd: dir, env }).code).toBe(0);
    expect(readFileSync(join(dir, 'again.docx')).equals(a)).toBe(true);
    const org = runCli(['render', ...AS_OF, '--org', '.', '-f', 'docx', '-o', 'org.docx'], { cwd: dir });
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('--org renders Markdown, HTML or PDF, not DOCX');
  });

  it('takes the format from the --out extension and creates missing folders', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const r = runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'out/charter.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out/charter.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('lint gate: a charter with error findings is refused (exit 1) and nothing is written', () => {
    const dir = tempTree({ 'weak.yaml': weak });
    for (const format of ['md', 'html', 'pdf']) {
      const r = runCli(['render', ...AS_OF, 'weak.yaml', '-f', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/error\s+.*mission-is-tagline|placeholder-text/);
      expect(r.stderr).toMatch(/charter: weak\.yaml has 12 error findings; nothing written\. .*--draft/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(['weak.yaml']);
  });

  it('--draft renders anyway, stamped DRAFT, with its open findings', () => {
    const dir = tempTree({ 'weak.yaml': weak });
    const r = runCli(['render', ...AS_OF, 'weak.yaml', '--draft'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Rendered weak.yaml to weak.md (DRAFT, 12 open errors)\n');
    const md = readFileSync(join(dir, 'weak.md'), 'utf8');
    expect(md).toContain('> **DRAFT:** this charter is not final');
    expect(md).toContain('## Open findings');
    expect(md).toMatch(/\| 10:13 \| Error \| placeholder-text \|/);
    expect(md).toMatch(/\| 41:12 \| Warning \| mission-is-tagline \|/);
    expect(markdownProblems(md)).toEqual([]);
    const pdf = runCli(['render', ...AS_OF, 'weak.yaml', '--draft', '-f', 'pdf'], { cwd: dir });
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toBe('');
    expect(existsSync(join(dir, 'weak.pdf'))).toBe(true);
  });

  it('warnings never block', () => {
    const withWarning = csm.replace('    strategy_link: "FY27 operating plan: CS efficiency"\n', '');
    expect(withWarning).not.toBe(csm);
    const dir = tempTree({ 'csm.yaml': withWarning });
    const r = runCli(['render', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Rendered csm.yaml to csm.md (1 warning: run charter lint csm.yaml)\n');
  });

  it('a file that does not parse is refused even with --draft', () => {
    const dir = tempTree({ 'bad.yaml': 'charter: 1\nmeta:\n  id: a\n  id: b\n' });
    const r = runCli(['render', 'bad.yaml', '--draft'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/4:3\s+error\s+.*yaml-syntax/);
    expect(r.stderr).toMatch(/does not parse as YAML.*nothing written/);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });

  it('refuses to write over its own input', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const r = runCli(['render', ...AS_OF, 'csm.yaml', '-o', './csm.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^charter: \.\/csm\.yaml: that is the charter itself; choose another --out$/);
    expect(readFileSync(join(dir, 'csm.yaml'), 'utf8')).toBe(csm);
  });

  it('replaces its own earlier output, but not a file it did not write unless --force', () => {
    const dir = tempTree({ 'csm.yaml': csm, 'notes.md': 'my notes\n' });
    for (const format of ['md', 'html', 'pdf']) {
      expect(runCli(['render', ...AS_OF, 'csm.yaml', '-f', format], { cwd: dir }).code).toBe(0);
      expect(runCli(['render', ...AS_OF, 'csm.yaml', '-f', format], { cwd: dir }).code).toBe(0);
    }
    const r = runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'notes.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^charter: notes\.md: file exists; use --force to overwrite it$/);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('my notes\n');
    expect(runCli(['render', ...AS_OF, 'csm.yaml', '-o', 'notes.md', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toContain('# Customer Success Management Team Charter');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('usage errors: PDF to stdout, a missing file, no file, a bad date (exit 2, one line)', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const pdf = runCli(['render', 'csm.yaml', '-f', 'pdf', '-o', '-'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expectOneLineError(pdf.stderr, /a PDF is not written to stdout/);
    const missing = runCli(['render', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, /^charter: nope\.yaml: cannot read the file: no such file or folder$/);
    const none = runCli(['render'], { cwd: dir });
    expect(none.code).toBe(2);
    expectOneLineError(none.stderr, /missing the charter to render/);
    const date = runCli(['render', 'csm.yaml', '--as-of', '2026-02-30'], { cwd: dir });
    expect(date.code).toBe(2);
    expectOneLineError(date.stderr, /--as-of must be a calendar date/);
  });

  it('--eject copies the templates; --template uses a changed partial; a template typo is a one-line error', () => {
    const dir = tempTree({ 'csm.yaml': csm });
    const ej = runCli(['render', '--eject', 'tpl'], { cwd: dir });
    expect(ej.code).toBe(0);
    expect(ej.stdout).toMatch(/^Copied 69 templates .* to tpl\./);
    expect(readdirSync(join(dir, 'tpl/typst'))).toContain('signatures.hbs');
    expect(readdirSync(join(dir, 'tpl/markdown'))).toContain('metrics.hbs');
    expect(readdirSync(join(dir, 'tpl/html'))).toContain('charter.hbs');
    const again = runCli(['render', '--eject', 'tpl'], { cwd: dir });
    expect(again.code).toBe(2);
    expectOneLineError(again.stderr, /file exists; use --force/);

    writeFileSync(join(dir, 'tpl/markdown/mission.hbs'), '## Our mission\n\n{{mission}} (custom)\n');
    const custom = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', '-'], { cwd: dir });
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('## Our mission');
    expect(custom.stdout).toContain('so they renew and grow with confidence. (custom)');
    expect(custom.stdout).toContain('## Metrics');

    writeFileSync(join(dir, 'tpl/markdown/mission.hbs'), '## Our mission\n\n{{misssion}}\n');
    const typo = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', '-'], { cwd: dir });
    expect(typo.code).toBe(2);
    expectOneLineError(typo.stderr, /^charter: template error in the templates in tpl .*"misssion" not defined/);
    writeFileSync(join(dir, 'tpl/markdown/mission.hbs'), '## Our mission\n\n{{#if mission}}\n');
    const syntax = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', '-'], { cwd: dir });
    expect(syntax.code).toBe(2);
    expectOneLineError(syntax.stderr, /^charter: tpl\/markdown\/mission\.hbs: template error: /);
    expect(syntax.stdout).toBe('');
  });

  it('--template changes the PDF layout too (templates/typst); a Typst template cannot escape its folder', async () => {
    const dir = tempTree({ 'csm.yaml': csm });
    expect(runCli(['render', '--eject', 'tpl'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'tpl/typst/mission.hbs'), '== Our mission\n\n{{mission}} (custom)\n');
    const pdf = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', 'custom.pdf'], { cwd: dir });
    expect(pdf.stderr).toBe('');
    expect(pdf.code).toBe(0);
    const { text } = await readPdf(new Uint8Array(readFileSync(join(dir, 'custom.pdf'))));
    expect(text).toContain('Our mission');
    expect(text).toContain('grow with confidence. (custom)');
    writeFileSync(join(dir, 'tpl/typst/mission.hbs'), '== Our mission\n\n{{{mission}}}\n');
    const raw = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', 'raw.pdf'], { cwd: dir });
    expect(raw.code).toBe(2);
    expectOneLineError(raw.stderr, /^charter: tpl\/typst\/mission\.hbs:3:1: a Typst template may not use \{\{\{\.\.\.\}\}\}/);
    writeFileSync(join(dir, 'tpl/typst/mission.hbs'), '== Our mission\n\n#read("../../csm.yaml")\n');
    const outside = runCli(['render', ...AS_OF, 'csm.yaml', '--template', 'tpl', '-o', 'outside.pdf'], { cwd: dir });
    expect(outside.code).toBe(2);
    expectOneLineError(outside.stderr, /^charter: the Typst templates failed: .*(outside|not found|access)/i);
    expect(existsSync(join(dir, 'outside.pdf'))).toBe(false);
  }, 90_000);

  it('without the Typst engine (no build for the platform), PDF fails in one line and Markdown still works', () => {
    const dir = tempTree({
      'csm.yaml': csm,
      // Stands in for a platform without a native build: resolving the engine fails.
      'no-typst.cjs': "const M = require('module'); const r = M._resolveFilename; M._resolveFilename = function (req, ...a) { if (req.startsWith('@myriaddreamin/')) throw Object.assign(new Error(`Cannot find module '${req}'`), { code: 'MODULE_NOT_FOUND' }); return r.call(this, req, ...a); };\n",
    });
    const nodeArgs = ['--require', join(dir, 'no-typst.cjs')];
    const pdf = runCli(['render', ...AS_OF, 'csm.yaml', '-f', 'pdf'], { cwd: dir, nodeArgs });
    expect(pdf.code).toBe(2);
    expectOneLineError(pdf.stderr, /^charter: PDF output needs the Typst engine .* render --format html or md instead$/);
    expect(existsSync(join(dir, 'csm.pdf'))).toBe(false);
    const md = runCli(['render', ...AS_OF, 'csm.yaml', '-f', 'md'], { cwd: dir, nodeArgs });
    expect(md.code).toBe(0);
  });

  it('--org renders one overview of a folder, with the conflicts between charters, in md, html and pdf', () => {
    const files: Record<string, string> = {};
    for (const f of ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml']) files[`charters/${f}`] = readFileSync(join(REF, f), 'utf8');
    const dir = tempTree(files);
    const r = runCli(['render', ...AS_OF, 'charters', '--org'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Rendered the overview of 4 charters to charters/org-overview.md (14 open errors, 3 between charters)\n');
    const md = readFileSync(join(dir, 'charters/org-overview.md'), 'utf8');
    expect(markdownProblems(md)).toEqual([]);
    expect(md).toContain('| charters/weak.yaml | 56:5 | Error | cross-process-conflict |');
    expect(md).toContain('```mermaid');
    for (const format of ['html', 'pdf']) {
      const o = runCli(['render', ...AS_OF, 'charters', '--org', '-f', format], { cwd: dir });
      expect(o.code).toBe(0);
      expect(o.stderr).toBe('');
      expect(existsSync(join(dir, `charters/org-overview.${format}`))).toBe(true);
    }
    const two = runCli(['render', 'charters/csm.yaml', 'charters/support.yaml'], { cwd: dir });
    expect(two.code).toBe(2);
    expectOneLineError(two.stderr, /render takes one charter, got 2; use --org/);
  });

  it('--help lists the options with examples and exit codes', () => {
    const r = runCli(['render', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--format', '--out', '--draft', '--paper', '--template', '--eject', '--org', 'Examples:', 'Exit codes:']) {
      expect(r.stdout).toContain(s);
    }
  });
});

describe('charter render --watch (built bin)', () => {
  it('renders, then renders again when the charter changes, until interrupted', async () => {
    const dir = tempTree({ 'csm.yaml': stringify(baseCharter()) });
    const child = spawn(process.execPath, [BIN, 'render', '--as-of', '2026-11-22', '--watch', 'csm.yaml'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const waitFor = async (cond: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!cond()) throw new Error(`timed out waiting for ${what}; stdout: ${stdout}; stderr: ${stderr}`);
    };
    try {
      await waitFor(() => stderr.includes('watching csm.yaml'), 'the first render');
      expect(stdout.match(/Rendered csm\.yaml to/g)).toHaveLength(1);
      const charter = baseCharter();
      charter.statement.vision = 'Watched vision text.';
      writeFileSync(join(dir, 'csm.yaml'), stringify(charter));
      await waitFor(() => (stdout.match(/Rendered csm\.yaml to/g) ?? []).length >= 2, 'the second render');
      expect(readFileSync(join(dir, 'csm.md'), 'utf8')).toContain('Watched vision text.');
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
    expect(existsSync(join(dir, 'csm.md'))).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses --watch with --out -', () => {
    const r = runCli(['render', '--watch', '-o', '-', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch renders one charter to a file/);
  });
});
