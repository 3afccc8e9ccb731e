import { didYouMean, withChoices } from './option-choices.js';
import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';
import { isId, text } from '../model/read.js';
import { CHARTER_TYPES, PRESET_NAMES, type PresetName } from '../init/presets.js';
import type { InitCommandOptions } from './init-run.js';

function teamIdOption(v: unknown): string | undefined {
  const id = text(v);
  if (id !== undefined && !isId(id)) {
    throw new CharterError(`--team-id: '${id}' is not an id; use lower-case words joined by hyphens, e.g. customer-success`);
  }
  return id;
}

/** Turns commander's raw values into {@link InitCommandOptions}. */
export function normalizeInitOptions(file: string | undefined, raw: Record<string, unknown>): InitCommandOptions {
  let types: string[] | undefined;
  if (typeof raw['type'] === 'string') {
    types = raw['type']
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const bad = types.filter((t) => !(CHARTER_TYPES as readonly string[]).includes(t));
    if (bad.length > 0 || types.length === 0) {
      throw new CharterError(
        `--type: unknown charter type '${bad[0] ?? ''}'; use a comma-separated list of ${CHARTER_TYPES.join(', ')}${didYouMean(bad[0] ?? '', CHARTER_TYPES)}`,
      );
    }
  }
  return {
    file: text(file) ?? 'charter.yaml',
    yes: Boolean(raw['yes']),
    preset: raw['preset'] as PresetName | undefined,
    answers: text(raw['answers']),
    from: text(raw['from']),
    company: text(raw['company']),
    team: text(raw['team']),
    teamId: teamIdOption(raw['teamId']),
    types,
    owner: text(raw['owner']),
    force: Boolean(raw['force']),
    schema: raw['schema'] === 'local' ? 'local' : 'url',
  };
}

/** `charter init`: declares the options; the work (and the prompts) load only when the command runs. */
export function initCommand(setExitCode: (code: number) => void): Command {
  return new Command('init')
    .description('scaffold a charter by interview, from a preset, or from an answers file')
    .argument('[file]', 'the charter to write', 'charter.yaml')
    .option('-y, --yes', 'ask nothing: use the defaults (and --preset, --answers, flags)', false)
    .addOption(withChoices(new Option('-p, --preset <name>', 'start from the charter of a CS function'), [...PRESET_NAMES]))
    .option('-a, --answers <file>', 'take every answer from a YAML or JSON file (no prompts)')
    .option('--from <charter>', "copy the company, and another team's expectations of this team as draft commitments")
    .option('--company <name>', 'company name')
    .option('--team <name>', 'team name (its id is derived: "Customer Success" → customer-success)')
    .option('--team-id <id>', 'team id, as other charters refer to this team (default: derived from the name)')
    .option('--type <types>', `charter types, comma-separated (${CHARTER_TYPES.join(', ')})`)
    .option('--owner <name>', 'the charter owner')
    .addOption(withChoices(new Option('--schema <where>', 'schema reference on the first line'), ['url', 'local']).default('url'))
    .option('--force', 'overwrite an existing file (no short flag: -f is --format in lint and render)', false)
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Examples:
  $ charter init                                    interview (needs a terminal); writes charter.yaml
  $ charter init --preset support                   interview with the Support preset's defaults
  $ charter init --yes --preset csm                 no questions: the CSM starting charter, gaps as TODO
  $ charter init -y --company "Acme" --team "Customer Success" --type retention,expansion --owner "Maya Okafor"
  $ charter init --answers answers.yaml csm.yaml    every answer from a file (YAML or JSON)
  $ charter init -y --preset csm --from onboarding.yaml csm.yaml
                                                    draft commitments for what onboarding.yaml expects of 'csm'
  $ charter init -y --schema local charter.yaml     point editors at the installed schema (offline)

Presets: csm (adoption, retention, expansion), onboarding (onboarding, adoption), support,
renewals (retention, expansion), cs-ops (operations). TSIA: 84% of CS organisations have an
adoption charter, 76% retention, 47% expansion.

Answer keys (--answers): company, department, team, team_id, function, reports_to, segments,
charter_types, owner, mission, vision, why, problems, opportunities, consequences_of_inaction,
scope, objectives, metrics (catalogue ids or metric objects), cost_metric, roles, renewal_owner,
lead_owner, upsell_owner, upsell_limit, swim_lanes, handoffs, dependencies, commitments, risks,
roadmap, communications, operating_principles, skills_required, stakeholders, review_cadence,
reviewers, and the meta fields (version, status, effective_date, ...).

An existing file is never overwritten without --force. Without a terminal, pass --yes or --answers.
Exit codes: 0 written · 2 usage error, file exists, or no terminal to ask on · 130 cancelled (Ctrl-C)`,
    )
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const options = normalizeInitOptions(file, raw);
      const { runInit } = await import('./init-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runInit(options, { ...processIo(), stdinIsTTY: Boolean(process.stdin.isTTY) }));
    });
}
