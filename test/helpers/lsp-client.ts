/**
 * A real LSP client for end-to-end tests: starts the built bin's `charter lsp --stdio` as a child
 * process and talks to it with vscode-jsonrpc's message connection over the child's stdio.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN, ROOT, tmpEnv } from './cli.js';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: unknown;
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

export interface StartOptions {
  /** The workspace folder (none when absent). */
  folder?: string;
  /** Extra arguments after `lsp --stdio`. */
  args?: string[];
  initializationOptions?: unknown;
  /** Announce dynamic registration of watched files. */
  watchFiles?: boolean;
  /** The `trace` of initialize (the server's $/logTrace messages are kept in `traces`). */
  trace?: 'off' | 'messages' | 'verbose';
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

export class LspClient {
  readonly connection: MessageConnection;
  private readonly latest = new Map<string, Published>();
  private waiters: Array<{ test: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  readonly stderr: string[] = [];
  readonly registrations: unknown[] = [];
  readonly messages: string[] = [];
  readonly traces: string[] = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => this.stderr.push(d));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.latest.set(p.uri, p);
      const ready = this.waiters.filter((w) => w.test(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    this.connection.onNotification('window/showMessage', (p: { message: string }) => void this.messages.push(p.message));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.messages.push(p.message));
    this.connection.onNotification('$/logTrace', (p: { message: string }) => void this.traces.push(p.message));
    this.connection.onRequest('client/registerCapability', (p: unknown) => {
      this.registrations.push(p);
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...(options.args ?? [])], {
      cwd: options.folder ?? ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1' },
    });
    const client = new LspClient(child);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folder ? uriOf(options.folder) : null,
      workspaceFolders: options.folder ? [{ uri: uriOf(options.folder), name: 'test' }] : null,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watchFiles === true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      initializationOptions: options.initializationOptions,
      ...(options.trace ? { trace: options.trace } : {}),
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** The diagnostics last published for a file. */
  last(path: string): Published | undefined {
    return this.latest.get(uriOf(path));
  }

  /** Waits for the next publication for `path` that passes `test` (of the document's current version by default). */
  next(path: string, test: (p: Published) => boolean = () => true): Promise<Published> {
    const uri = uriOf(path);
    const version = this.versions.get(uri);
    return new Promise((resolve) => {
      this.waiters.push({ test: (p) => p.uri === uri && (version === undefined || p.version === undefined || p.version >= version) && test(p), resolve });
    });
  }

  /** Opens a document (its text from disk unless given) and resolves with its first diagnostics. */
  async open(path: string, text?: string): Promise<LspDiagnostic[]> {
    const uri = uriOf(path);
    const content = text ?? readFileSync(path, 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, content);
    const published = this.next(path);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: content } });
    return (await published).diagnostics;
  }

  /** Replaces a document's whole text; resolves with the diagnostics of the new version. */
  async change(path: string, text: string): Promise<LspDiagnostic[]> {
    const uri = uriOf(path);
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    const published = this.next(path);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return (await published).diagnostics;
  }

  text(path: string): string {
    return this.texts.get(uriOf(path)) ?? '';
  }

  async close(path: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown, then exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
