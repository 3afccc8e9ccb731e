// The language server's benchmark cases (issue 16): `charter lsp --stdio` driven by a real client
// (vscode-jsonrpc) over the child's stdio, as an editor drives it.
//
// 1. Diagnostics after didChange, 18 KiB charter: the reference charters (csm.yaml, 18 KiB, with
//    onboarding, support and weak in the same workspace folder, so the cross-charter rules run)
//    are opened; after a warm-up, each edit of csm.yaml is sent as an incremental didChange and
//    timed until the publishDiagnostics of that version arrives. Reported with the server's
//    default debounce (0 ms) and with a 50 ms debounce (the figure then includes the wait), and
//    the engine's own time per lint, which the server reports in its verbose trace ($/logTrace).
// 2. Resident memory with 50 charters open: 50 copies of csm.yaml with distinct ids, all opened
//    and linted; then the server (started with --expose-gc and bench/lsp-rss-hook.mjs) collects
//    garbage and reports process.memoryUsage().rss, in MiB (2^20 bytes), and its peak.
//
// Run from bench/run.mjs (`node bench/run.mjs --only lsp` runs only these cases, on the built bin).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Another build or checkout, and profiling: CHARTER_BENCH_BIN=.profile-dist/cli.js
// CHARTER_BENCH_NODE_ARGS=--cpu-prof node bench/run.mjs --only lsp
const bin = process.env['CHARTER_BENCH_BIN'] ? resolve(root, process.env['CHARTER_BENCH_BIN']) : join(root, 'bin/charter.js');
const extraNodeArgs = (process.env['CHARTER_BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const sharedRef = join(root, '../shared/spec/reference');
const asOf = '2026-11-22';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** A server and a client connected to it. */
async function startServer(folder, { debounceMs = 0, nodeArgs = [], env = {} } = {}) {
  const child = spawn(process.execPath, [...extraNodeArgs, ...nodeArgs, bin, 'lsp', '--stdio', '--as-of', asOf], {
    cwd: folder,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  const traces = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const now = performance.now();
    for (const w of waiters.splice(0)) {
      if (w.uri === p.uri && p.version >= w.version) w.resolve({ at: now, count: p.diagnostics.length });
      else waiters.push(w);
    }
  });
  connection.onNotification('$/logTrace', (p) => traces.push(p.message));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/showMessage', (p) => process.stderr.write(`server: ${p.message}\n`));
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  const uri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs },
    trace: 'messages',
  });
  await connection.sendNotification('initialized', {});
  const versions = new Map();
  const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }));
  return {
    child,
    connection,
    traces,
    async open(file) {
      const u = pathToFileURL(file).href;
      versions.set(u, 1);
      const done = published(u, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
      return done;
    },
    /** Sends one incremental change; resolves with the milliseconds until its diagnostics arrived. */
    async change(file, range, text) {
      const u = pathToFileURL(file).href;
      const version = versions.get(u) + 1;
      versions.set(u, version);
      const done = published(u, version);
      const t0 = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ range, text }] });
      const { at, count } = await done;
      return { ms: at - t0, count };
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
      connection.dispose();
    },
  };
}

/** A folder with the reference charters (csm.yaml is the 18 KiB one). */
function referenceFolder(work) {
  const dir = join(work, 'lsp-reference');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'];
  const from = existsSync(join(sharedRef, 'csm.yaml')) ? sharedRef : join(root, 'examples');
  for (const n of names) if (existsSync(join(from, n))) copyFileSync(join(from, n), join(dir, n));
  return dir;
}

/**
 * The edits typed into csm.yaml: a word appended to the first line of the mission's text and
 * removed again, so the text alternates between two states that both lint clean, as typing prose
 * in a charter does (every lint then does the same work).
 */
function missionEdit(text) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^ {2}mission:/.test(l));
  // The mission's first line of text: on the key's line, or the next one for a block scalar.
  const line = /^ {2}mission: *[>|][-+]?$/.test(lines[at]) ? at + 1 : at;
  const character = lines[line].length;
  return {
    add: { range: { start: { line, character }, end: { line, character } }, text: ' x' },
    remove: { range: { start: { line, character }, end: { line, character: character + 2 } }, text: '' },
  };
}

/** Milliseconds from didChange to publishDiagnostics for csm.yaml, after `warmup` edits. */
export async function measureDidChange(work, { edits = 60, warmup = 30, debounceMs = 0 } = {}) {
  const dir = referenceFolder(work);
  const server = await startServer(dir, { debounceMs });
  const csm = join(dir, 'csm.yaml');
  for (const n of ['onboarding.yaml', 'support.yaml', 'weak.yaml']) if (existsSync(join(dir, n))) await server.open(join(dir, n));
  await server.open(csm);
  const { add, remove } = missionEdit(readFileSync(csm, 'utf8'));
  const times = [];
  for (let i = 0; i < warmup + edits; i++) {
    const { ms } = await server.change(csm, ...(i % 2 === 0 ? [add.range, add.text] : [remove.range, remove.text]));
    if (i >= warmup) times.push(ms);
  }
  // The engine's time of each measured lint, from the server's trace ("… in 12.3 ms").
  const engine = server.traces
    .map((t) => /in ([\d.]+) ms/.exec(t))
    .filter(Boolean)
    .map((m) => Number(m[1]))
    .slice(-edits);
  await server.stop();
  return { ms: median(times), p90: quantile(times, 0.9), engineMs: engine.length > 0 ? median(engine) : NaN, edits, debounceMs, bytes: readFileSync(csm).length };
}

/** Resident memory of the server with `n` charters open, after garbage collection, in MiB. */
export async function measureOpenCharters(work, n = 50) {
  const dir = join(work, `lsp-open-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const from = existsSync(join(sharedRef, 'csm.yaml')) ? join(sharedRef, 'csm.yaml') : join(root, 'examples/digital-cs.yaml');
  const template = readFileSync(from, 'utf8');
  const files = [];
  for (let i = 0; i < n; i++) {
    const text = template.replace(/^(team:\n(?:.*\n)*?  id: )([a-z0-9-]+)/m, `$1$2-${i}`).replace(/^(  id: )([a-z0-9-]+)/m, `$1$2-${i}`);
    const file = join(dir, `charter-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  const report = join(work, 'lsp-rss.txt');
  rmSync(report, { force: true });
  const server = await startServer(dir, {
    nodeArgs: ['--expose-gc', '--import', pathToFileURL(join(root, 'bench/lsp-rss-hook.mjs')).href],
    env: { CHARTER_BENCH_RSS_FILE: report },
  });
  for (const f of files) await server.open(f);
  // A few edits, as in use.
  const { add, remove } = missionEdit(template);
  for (let i = 0; i < 10; i++) await server.change(files[i % files.length], ...(i % 2 === 0 ? [add.range, add.text] : [remove.range, remove.text]));
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(report); i++) await new Promise((r) => setTimeout(r, 50));
  const [rss, peak] = readFileSync(report, 'utf8').trim().split(' ').map(Number);
  await server.stop();
  return { n, mib: rss / 2 ** 20, peakMib: peak / 1024 };
}
