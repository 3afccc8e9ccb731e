import { resolve } from 'node:path';
import { CharterError } from '../errors.js';

/** Options of `charter lsp`, after parsing. */
export interface LspCommandOptions {
  /** Talk over stdin/stdout (the only transport). */
  stdio: boolean;
  asOf?: string;
  config?: string;
}

/**
 * Starts the language server (vscode-languageserver loads here, only for this command). Resolves
 * once it listens; the process then lives until the client sends `exit` or closes stdin.
 */
export async function runLsp(options: LspCommandOptions): Promise<number> {
  if (!options.stdio && process.stdin.isTTY) {
    throw new CharterError(
      "charter lsp talks to an editor over stdin and stdout: configure your editor to start 'charter lsp --stdio' (see the README)",
    );
  }
  // The server moves to the workspace folder: a --config path given relative to here is resolved first.
  const { startServer } = await import('../lsp/server.js');
  startServer(
    { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), ...(options.config !== undefined ? { configFile: resolve(options.config) } : {}) },
    process.stdin,
    process.stdout,
  );
  return 0;
}
