import { Command, Option } from 'commander';
import { parseDateFlag } from '../dates.js';
import type { LspCommandOptions } from './lsp-run.js';

/** `charter lsp`: the language server editors start; the server is loaded only when the command runs. */
export function lspCommand(setExitCode: (code: number) => void): Command {
  return new Command('lsp')
    .description('language server for editors: findings as you type, quick fixes, hovers and completions')
    .option('--stdio', 'talk the Language Server Protocol over stdin/stdout (the only transport)', false)
    .option('--as-of <date>', 'reference date for date rules, YYYY-MM-DD (default: today, UTC)')
    .option('-c, --config <file>', 'use this configuration file (default: the one found from each workspace folder upward)')
    // vscode-languageclient adds this for servers it starts; vscode-languageserver reads it itself.
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Editors start this command and talk to it over stdin/stdout; it reports the findings of
'charter lint' as you type (with the configuration file and inline comments), offers quick
fixes, explains rules and catalogue metrics on hover, and completes ids. Set-up for Neovim,
Helix, Zed and VS Code: see the README.

Examples:
  $ charter lsp --stdio                       what an editor runs
  $ charter lsp --stdio --as-of 2026-11-22    pin the date of the date rules`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const options: LspCommandOptions = {
        stdio: Boolean(raw['stdio']),
        ...(raw['asOf'] !== undefined ? { asOf: parseDateFlag(raw['asOf'], '--as-of') } : {}),
        ...(typeof raw['config'] === 'string' ? { config: raw['config'] } : {}),
      };
      const { runLsp } = await import('./lsp-run.js');
      setExitCode(await runLsp(options));
    });
}
