import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { CharterError } from './errors.js';
import { lintCommand } from './commands/lint.js';

/**
 * Builds the program. This module is the only error boundary and the only place that sets the
 * exit code: 0 clean · 1 error findings · 2 usage, configuration or I/O error.
 */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('charter')
    .description('Customer Success team charters as code: lint and render charters written in YAML')
    .version(pkg.version, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addCommand(lintCommand(setExitCode).exitOverride());
  program.addHelpText(
    'after',
    `
Examples:
  $ charter lint charters/                  lint every charter in a folder
  $ charter lint --format json csm.yaml     machine-readable findings

Docs: https://github.com/charter-cli/charter#readme`,
  );
  return program;
}

/** Runs the CLI with `argv` (process.argv form); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      return 2;
    }
    if (err instanceof CharterError) {
      process.stderr.write(`charter: ${err.message}\n`);
      if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`charter: internal error: ${message}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('This is a bug in charter. Run again with --debug and report the output.\n');
    return 2;
  }
}
