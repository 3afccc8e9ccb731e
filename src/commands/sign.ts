import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';
import { optionalText, parseDateOption, requiredText } from './edit-options.js';
import { SIGNER_ROLES } from './choices.js';
import { withChoices } from './option-choices.js';
import type { SignCommandOptions } from './sign-run.js';

/** Turns commander's raw values into {@link SignCommandOptions}. */
export function normalizeSignOptions(files: readonly string[], raw: Record<string, unknown>): SignCommandOptions {
  if (raw['verify']) {
    const extra = ['name', 'title', 'department', 'role', 'date', 'allowFindings'].filter((k) => raw[k] !== undefined && raw[k] !== false);
    if (extra.length > 0) {
      throw new CharterError(`--verify only checks the signatures; leave out ${extra.map((k) => '--' + k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())).join(', ')}`);
    }
    return { mode: 'verify', files: [...files] };
  }
  if (files.length !== 1) {
    throw new CharterError(`sign one charter at a time: got ${files.length} files (${files.join(', ')}); --verify checks several at once`);
  }
  const file = files[0]!;
  return {
    mode: 'sign',
    file,
    name: requiredText(raw['name'], '--name', "who signs, e.g. --name \"Dana Whitfield\" (or check the signatures with 'charter sign --verify <file>')"),
    title: requiredText(raw['title'], '--title', 'the signer\'s job title, e.g. --title "Chief Revenue Officer"'),
    department: optionalText(raw['department'], '--department'),
    role: raw['role'] as (typeof SIGNER_ROLES)[number] | undefined,
    date: parseDateOption(raw['date']),
    allowFindings: Boolean(raw['allowFindings']),
  };
}

/** `charter sign`: declares the options; the work is loaded only when the command runs. */
export function signCommand(setExitCode: (code: number) => void): Command {
  return new Command('sign')
    .description('sign a charter: record a signature bound to its current version and content (or --verify the signatures)')
    .argument('<files...>', 'the charter to sign (with --verify: one or more charters to check)')
    .option('--name <name>', 'who signs (replaces that person\'s earlier signature; names match case-insensitively)')
    .option('--title <title>', 'the signer\'s job title')
    .option('--department <department>', 'the signer\'s department')
    .addOption(withChoices(new Option('--role <role>', 'the signer\'s role'), SIGNER_ROLES))
    .option('--date <date>', 'date of the signature, YYYY-MM-DD (default: today, UTC)')
    .option('--allow-findings', 'sign even though lint reports errors', false)
    .option('--verify', 'check each signature instead: valid, stale (content changed) or for another version', false)
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
The signature records meta.version and the digest of the charter's content (the SHA-256 of
the charter as canonical JSON, without signatures and approvals, so reformatting does not
change it; the review dates are content). If anyone changes the content
afterwards, 'charter lint' reports the signature as stale (signature-stale). The file is edited
in place: comments, key order, quoting and blank lines are kept.

Examples:
  $ charter sign csm.yaml --name "Dana Whitfield" --title "Chief Revenue Officer" --role stakeholder
  $ charter sign csm.yaml --name "Maya Okafor" --title "Director, CSM" --role owner --date 2026-11-23
  $ charter sign --verify csm.yaml          list each signature as valid, stale or for another version
  $ charter sign --verify examples/*.yaml   check every charter's signatures (CI: exit 1 if any is not valid)

Exit codes: 0 signed (--verify: every signature valid) · 1 lint errors (nothing written; see
--allow-findings) or, with --verify, a signature that is not valid · 2 usage or I/O error`,
    )
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const options = normalizeSignOptions(files, raw);
      const { runSign } = await import('./sign-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runSign(options, processIo()));
    });
}
