import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { CharterError } from '../errors.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { loadCharter } from '../load.js';
import { todayUtc } from '../engine/run-rules.js';
import { lintOne } from '../engine/run.js';
import { summarize } from '../formatters/types.js';
import type { Answers } from '../init/answers.js';
import { readAnswersFile } from '../init/answers.js';
import { buildCharter } from '../init/build.js';
import { slug } from '../model/read.js';
import { charterToYaml, schemaUrl } from '../init/document.js';
import { companyOf, fromOtherCharter } from '../init/from.js';
import { PRESETS, type PresetName } from '../init/presets.js';
import type { Io } from '../terminal/io.js';

/** Options of `charter init`, after parsing and normalising. */
export interface InitCommandOptions {
  file: string;
  yes: boolean;
  preset?: PresetName;
  answers?: string;
  from?: string;
  company?: string;
  team?: string;
  teamId?: string;
  types?: string[];
  owner?: string;
  force: boolean;
  /** `url`: the schema URL pinned to this version; `local`: a path to the installed package's schema. */
  schema: 'url' | 'local';
}

/** What `runInit` knows of its environment: the streams, and whether it may ask questions. */
export interface InitIo extends Io {
  stdinIsTTY: boolean;
}

/** Test seams: a fixed date, and the interview (the real one loads the prompts lazily). */
export interface InitHooks {
  today?: string;
  interview?: typeof import('../init/interview.js').runInterview;
}

/** The package's own folder (where `schemas/` is), found from this module's location in src/ or dist/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        if ((JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === pkg.name) return dir;
      } catch {
        // not ours; keep looking
      }
    }
    dir = dirname(dir);
  }
  throw new CharterError('cannot find the installed schema (schemas/charter.schema.json); use --schema url');
}

/** The schema reference of the modeline: the versioned URL, or the installed schema relative to the charter. */
export function schemaRef(kind: 'url' | 'local', file: string): string {
  if (kind === 'url') return schemaUrl(pkg.version);
  const schema = join(packageRoot(), 'schemas', 'charter.schema.json');
  const rel = relative(dirname(resolve(file)), schema).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function applyFlags(answers: Answers, options: InitCommandOptions): Answers {
  const a = { ...answers };
  if (options.company) a.company = options.company;
  if (options.team) {
    a.team = options.team;
    if (!answers.team_id) a.team_id = slug(options.team, 4);
  }
  if (options.teamId) a.team_id = options.teamId;
  if (options.types) a.charter_types = options.types;
  if (options.owner) a.owner = options.owner;
  return a;
}

/**
 * Writes a new charter: gathers answers (interview, answers file, flags, another charter), builds
 * the charter, writes it atomically (never over an existing file without --force), lints it and
 * prints the summary and the next steps. Returns the exit code (0).
 */
export async function runInit(options: InitCommandOptions, io: InitIo, hooks: InitHooks = {}): Promise<number> {
  const file = options.file;
  if (!options.force && existsSync(file)) {
    throw new CharterError(`${file}: file exists; use --force to overwrite it (or name another file)`);
  }
  const interactive = !options.yes && !options.answers;
  if (interactive && !io.stdinIsTTY) {
    throw new CharterError(
      'init: no terminal to ask questions on; use --yes (defaults, e.g. --yes --preset csm) or --answers <file>',
    );
  }
  const today = hooks.today ?? todayUtc();

  let answers: Answers = options.answers ? readAnswersFile(options.answers) : {};
  let other: Record<string, unknown> | undefined;
  if (options.from) {
    const loaded = loadCharter(options.from);
    if (loaded.fatal.length > 0) {
      const f = loaded.fatal[0]!;
      throw new CharterError(`${options.from}:${f.range.start.line}:${f.range.start.column}: ${f.message}`);
    }
    other = loaded.data;
    if (answers.company === undefined && companyOf(other)) answers.company = companyOf(other);
  }
  answers = applyFlags(answers, options);

  let preset = options.preset;
  if (interactive) {
    const interview = hooks.interview ?? (await import('../init/interview.js')).runInterview;
    const result = await interview(answers, { preset, today, io });
    answers = result.answers;
    preset = result.preset ?? preset;
  }

  if (other) {
    const teamId = answers.team_id ?? (answers.team ? slug(answers.team, 4) : PRESETS[preset ?? 'csm'].teamId);
    const from = fromOtherCharter(other, teamId);
    if (from.answers.commitments) answers.commitments = [...(answers.commitments ?? []), ...from.answers.commitments];
    if (from.answers.handoffs) {
      const have = new Set((answers.handoffs ?? []).map((h) => (h as { id?: unknown }).id));
      answers.handoffs = [...(answers.handoffs ?? []), ...from.answers.handoffs.filter((h) => !have.has((h as { id?: unknown }).id))];
    }
    if (!from.answers.commitments) {
      io.stderr(
        `charter: note: ${options.from} expects nothing of team '${teamId}'` +
          (from.expectedTeams.length > 0 ? ` (it has expectations of: ${from.expectedTeams.join(', ')}); use --team to name this team\n` : '\n'),
      );
    }
  }

  const built = buildCharter(answers, { preset, today });
  const text = charterToYaml(built.data, { schemaRef: schemaRef(options.schema, file), comments: built.comments });
  writeFileAtomic(file, text, { overwrite: options.force });

  // The same lint as `charter lint` (the configuration found from here applies).
  const linted = await lintOne({ file, text }, { asOf: today });
  const s = summarize([{ file, findings: linted.findings }]);
  const total = s.errors + s.warnings + s.infos;
  const lines = [
    `Wrote ${file}${options.answers ? ` from ${options.answers}` : ` (${built.preset.name} preset)`}`,
    total === 0
      ? 'lint: no problems'
      : `lint: ${total} problem${total === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info${s.infos === 1 ? '' : 's'})` +
        (s.errors > 0 ? ': fill in the TODO markers and empty sections' : ''),
    '',
    // The README's quick start takes the same steps (test/cli/quickstart.e2e.test.ts runs it).
    'Next steps:',
    ...(s.errors > 0
      ? [
          `  npx charter lint ${file}                  every gap, with its line and what to do`,
          `  npx charter render ${file} --draft        a document stamped DRAFT, listing what is open`,
          'When lint reports no errors:',
        ]
      : [`  npx charter lint ${file}                  ${total === 0 ? 'check it again after each edit' : 'what is left, with its line and what to do'}`]),
    `  npx charter render ${file} --format pdf   the charter to share and sign`,
    `  npx charter sign ${file} --name "…" --title "…"   each signer, bound to this content`,
    '',
  ];
  io.stdout(lines.join('\n'));
  return 0;
}
