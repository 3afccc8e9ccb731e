/*
 * `charter lsp --stdio`: a language server over stdin/stdout. Diagnostics come from the one lint
 * engine through {@link Workspace}; this module wires the protocol: documents, scheduling,
 * watched files and settings.
 */
import { basename, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from '../config/config.js';
import { parseDateFlag } from '../dates.js';
import { toDiagnostic } from './diagnostics.js';
import { quickFixes } from './actions.js';
import { hoverAt } from './hover.js';
import { completionsAt } from './complete.js';
import { setNameBase, Workspace, type WorkspaceSettings } from './workspace.js';

/** Options of the server (from the command line). */
export interface ServerOptions extends WorkspaceSettings {
  /**
   * Milliseconds to wait after a change before linting (default 0: edits that arrive while a lint
   * runs, or together, are linted once). `initializationOptions.debounceMs` overrides it.
   */
  debounceMs?: number;
}

/** The path the engine knows a document by: its file for `file:` URIs, else the URI itself. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

function isConfigFile(path: string): boolean {
  return (CONFIG_NAMES as readonly string[]).includes(basename(path));
}

/** The settings a client may send (initializationOptions, or `charter` in workspace/didChangeConfiguration). */
function readSettings(raw: unknown): { asOf?: string | null; debounceMs?: number } {
  const out: { asOf?: string | null; debounceMs?: number } = {};
  if (raw === null || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r['asOf'] === 'string') out.asOf = r['asOf'] === '' ? null : parseDateFlag(r['asOf'], 'asOf');
  else if (r['asOf'] === null) out.asOf = null;
  if (typeof r['debounceMs'] === 'number' && r['debounceMs'] >= 0) out.debounceMs = r['debounceMs'];
  return out;
}

/** Starts the server on the given streams; it runs until the client sends `exit` (or closes the input). */
export function startServer(options: ServerOptions, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  let workspace: Workspace | undefined;
  let debounceMs = options.debounceMs ?? 0;
  let watchDynamically = false;
  /** The --as-of of the command line wins over settings sent by the client. */
  const cliAsOf = options.asOf;

  /** The diagnostics last published for each document, for hovers. */
  const published = new Map<string, Diagnostic[]>();
  /** What was last sent for each document (its version and diagnostics as JSON): unchanged ones are not sent again. */
  const sent = new Map<string, { version: number; json: string }>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;

  function schedule(paths: Iterable<string>): void {
    for (const p of paths) pending.add(p);
    if (timer === undefined && !running && !stopped && pending.size > 0) timer = setTimeout(() => void lintPending(), debounceMs);
  }

  function openDocuments(): Map<string, TextDocument> {
    const out = new Map<string, TextDocument>();
    for (const d of documents.all()) out.set(uriToPath(d.uri), d);
    return out;
  }

  async function lintPending(): Promise<void> {
    timer = undefined;
    if (!workspace || pending.size === 0) return;
    running = true;
    const changed = [...pending];
    pending.clear();
    const open = openDocuments();
    const texts = new Map([...open].map(([p, d]) => [p, d.getText()]));
    try {
      const started = performance.now();
      const verdicts = await workspace.lint(texts, changed);
      // For clients that turn tracing on (initialize's `trace`, $/setTrace; bench/lsp.mjs reads it).
      connection.tracer.log(`charter: linted for ${changed.length} changed document(s) in ${(performance.now() - started).toFixed(1)} ms`);
      // The changed documents first (the one being typed in is waited for), then the others of
      // their folders whose findings changed (a cross-charter finding came or went).
      const typed = new Set(changed);
      const order = [...changed.filter((p) => verdicts.has(p)), ...[...verdicts.keys()].filter((p) => !typed.has(p))];
      for (const path of order) {
        const doc = open.get(path);
        if (!doc || documents.get(doc.uri) === undefined) continue;
        const diagnostics = verdicts.get(path)!.findings.map(toDiagnostic);
        const json = JSON.stringify(diagnostics);
        const last = sent.get(doc.uri);
        if (!typed.has(path) && last?.version === doc.version && last.json === json) continue;
        sent.set(doc.uri, { version: doc.version, json });
        published.set(doc.uri, diagnostics);
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      }
    } catch (err) {
      // A bug or a refusal (an oversized text): say so in the log and on the changed documents,
      // so that the editor's view never silently keeps stale findings.
      const message = err instanceof Error ? err.message : String(err);
      connection.console.error(`charter: ${err instanceof Error && err.stack ? err.stack : message}`);
      for (const path of changed) {
        const doc = open.get(path);
        if (!doc) continue;
        const diagnostics: Diagnostic[] = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'charter', message: `charter could not lint this file: ${message}` }];
        published.set(doc.uri, diagnostics);
        sent.delete(doc.uri);
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      }
    } finally {
      running = false;
      schedule([]);
    }
  }

  /** Every open document again (the configuration or the reference date changed). */
  function relintAll(): void {
    schedule(openDocuments().keys());
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (folders.length === 0 && params.rootUri) folders.push(uriToPath(params.rootUri));
    // File names in messages read as `charter lint` run in the (first) workspace folder prints them.
    if (folders[0] !== undefined && isAbsolute(folders[0])) {
      try {
        process.chdir(folders[0]);
        setNameBase(folders[0]);
      } catch {
        // A folder that cannot be entered: names stay relative to where the editor started us.
      }
    }
    let init: ReturnType<typeof readSettings> = {};
    try {
      init = readSettings(params.initializationOptions);
    } catch (err) {
      void connection.window.showErrorMessage(`charter: initializationOptions: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (init.debounceMs !== undefined) debounceMs = init.debounceMs;
    const asOf = cliAsOf ?? init.asOf ?? undefined;
    workspace = new Workspace(folders, { ...(asOf ? { asOf } : {}), ...(options.configFile ? { configFile: options.configFile } : {}) }, (message) => {
      void connection.window.showErrorMessage(`charter: ${message}`);
    });
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','] },
      },
      serverInfo: { name: 'charter' },
    };
  });

  connection.onInitialized(() => {
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_NAMES.join(',')}}` }, { globPattern: '**/*.{yaml,yml}' }],
      });
    }
  });

  documents.onDidChangeContent((e) => schedule([uriToPath(e.document.uri)]));
  documents.onDidClose((e) => {
    published.delete(e.document.uri);
    sent.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // The others of its folder now see the file as saved on disk.
    schedule([uriToPath(e.document.uri)]);
  });
  documents.onDidSave((e) => {
    const path = uriToPath(e.document.uri);
    if (isConfigFile(path)) {
      workspace?.configChanged();
      relintAll();
      return;
    }
    workspace?.filesChanged();
    schedule([path]);
  });

  connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    const paths: string[] = [];
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (isConfigFile(path)) config = true;
      else {
        if (change.type !== FileChangeType.Changed) workspace?.filesChanged();
        paths.push(path);
      }
    }
    if (config) {
      workspace?.configChanged();
      workspace?.filesChanged();
      relintAll();
    } else schedule(paths);
  });

  connection.onDidChangeConfiguration((params) => {
    const settings = (params.settings as Record<string, unknown> | null | undefined)?.['charter'];
    try {
      const s = readSettings(settings);
      if (s.debounceMs !== undefined) debounceMs = s.debounceMs;
      if (workspace && cliAsOf === undefined && s.asOf !== undefined) {
        if (s.asOf === null) delete workspace.settings.asOf;
        else workspace.settings.asOf = s.asOf;
        relintAll();
      }
    } catch (err) {
      void connection.window.showErrorMessage(`charter: ${err instanceof Error ? err.message : String(err)}`);
    }
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !workspace) return [];
    if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) return [];
    const ws = workspace;
    const path = uriToPath(doc.uri);
    const texts = new Map([...openDocuments()].map(([p, d]) => [p, d.getText()]));
    return quickFixes(doc, params.context.diagnostics, params.range.start, async (text) => {
      texts.set(path, text);
      const verdict = (await ws.lint(texts, [path])).get(path);
      return verdict ?? { parsed: false, findings: [] };
    });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const at = params.position;
    const inside = (published.get(doc.uri) ?? []).filter((d) => {
      const { start, end } = d.range;
      const afterStart = at.line > start.line || (at.line === start.line && at.character >= start.character);
      const beforeEnd = at.line < end.line || (at.line === end.line && at.character <= end.character);
      return afterStart && beforeEnd;
    });
    return hoverAt(doc.getText(), doc.offsetAt(at), inside);
  });

  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !workspace) return [];
    return completionsAt(doc.getText(), doc.offsetAt(params.position), params.position.line, workspace.teams(), uriToPath(doc.uri));
  });

  connection.onShutdown(() => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
