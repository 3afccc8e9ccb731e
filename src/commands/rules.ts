import { withChoices } from './option-choices.js';
import { Command, Option } from 'commander';

/** `charter rules`: lists every rule (the work is loaded only when the command runs). */
export function rulesCommand(setExitCode: (code: number) => void): Command {
  return new Command('rules')
    .description('list every lint rule: id, default severity, tags and what it checks')
    .addOption(withChoices(new Option('-f, --format <name>', 'output format'), ['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  $ charter rules                      the rules as a table
  $ charter rules --format json        for tools (id, scope, severity, tags, description, docs, options)
  $ charter explain mission-is-tagline read one rule's documentation`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const { runRules } = await import('./rules-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(runRules({ format: raw['format'] === 'json' ? 'json' : 'text' }, processIo()));
    });
}

/** `charter explain <rule-id>`: prints a rule's documentation in the terminal. */
export function explainCommand(setExitCode: (code: number) => void): Command {
  return new Command('explain')
    .description("print a rule's documentation: why it exists, failing and passing examples, how to fix")
    .argument('<rule-id>', "a rule id, as shown in lint's output (e.g. mission-is-tagline)")
    .addHelpText(
      'after',
      `
Examples:
  $ charter explain cross-process-conflict
  $ charter explain placeholder-text | less`,
    )
    .action(async (ruleId: string) => {
      const { runExplain } = await import('./rules-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(runExplain(ruleId, processIo()));
    });
}
