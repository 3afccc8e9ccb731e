import { lint } from '../api.js';
import { decodeCharter, parseCharter, type LoadedCharter } from '../model/document.js';
import { expandPaths, looksLikeCharter, readBytes } from '../files.js';
import { todayUtc } from '../engine/lint.js';
import { formatters } from '../formatters/index.js';
import { CharterError } from '../errors.js';
import { useColor, type Io } from './io.js';
import type { LintCommandOptions } from './lint.js';

/** Lints the charters named by `options.paths`; returns the exit code (0 clean, 1 error findings). */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const files = await expandPaths(options.paths);
  const charters: LoadedCharter[] = [];
  for (const f of files) {
    const text = decodeCharter(readBytes(f.path), f.path);
    if (!f.explicit && !looksLikeCharter(text)) continue;
    charters.push(parseCharter(text, f.path));
  }
  if (charters.length === 0) {
    throw new CharterError(
      `no charters found in ${options.paths.join(', ')}: a charter is a .yaml/.yml file whose top level has 'charter: 1' (create one with 'charter init')`,
    );
  }
  const asOf = options.asOf ?? todayUtc();
  let results = lint(charters, { asOf });
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const formatter = formatters[options.format];
  if (!formatter) throw new CharterError(`unknown format '${options.format}'`);
  io.stdout(formatter(results, { asOf, color: useColor(io) }));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
