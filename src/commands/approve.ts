import { Command, Option } from 'commander';
import { optionalText, parseDateOption, requiredText } from './edit-options.js';
import { DECISIONS } from './choices.js';
import { withChoices } from './option-choices.js';
import type { ApproveCommandOptions } from './approve-run.js';

/** Turns commander's raw values into {@link ApproveCommandOptions}. */
export function normalizeApproveOptions(file: string, raw: Record<string, unknown>): ApproveCommandOptions {
  return {
    file,
    name: requiredText(raw['name'], '--name', 'who decides, e.g. --name "Elena Marsh"'),
    decision: raw['decision'] as ApproveCommandOptions['decision'],
    title: optionalText(raw['title'], '--title'),
    department: optionalText(raw['department'], '--department'),
    date: parseDateOption(raw['date']),
  };
}

/** `charter approve`: declares the options; the work is loaded only when the command runs. */
export function approveCommand(setExitCode: (code: number) => void): Command {
  return new Command('approve')
    .description("record an approval decision in the charter's approvals (template section VII)")
    .argument('<file>', 'the charter')
    .requiredOption('--name <name>', "who decides (updates that person's earlier decision; names match case-insensitively)")
    .addOption(withChoices(new Option('--decision <decision>', 'the decision'), DECISIONS).makeOptionMandatory())
    .option('--title <title>', "the approver's job title")
    .option('--department <department>', "the approver's department")
    .option('--date <date>', 'date of the decision, YYYY-MM-DD (default: today, UTC)')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Approvals are not part of the signed content: recording one does not make signatures stale.
The file is edited in place: comments, key order, quoting and blank lines are kept.

Examples:
  $ charter approve csm.yaml --name "Elena Marsh" --title "VP Customer Success" --decision approved
  $ charter approve csm.yaml --name "Elena Marsh" --decision pending --date 2026-11-23

Exit codes: 0 recorded · 2 usage, YAML or I/O error (the file is left untouched)`,
    )
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = normalizeApproveOptions(file, raw);
      const { runApprove } = await import('./approve-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runApprove(options, processIo()));
    });
}
