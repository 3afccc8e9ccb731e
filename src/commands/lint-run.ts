import { lintCharter, todayUtc } from '../engine/lint.js';
import { rules } from '../rules/index.js';
import { decodeCharter, parseCharter } from '../model/document.js';
import type { FileResult } from '../model/types.js';
import { expandPaths, looksLikeCharter, readBytes } from '../files.js';
import { formatters } from '../formatters/index.js';
import { CharterError } from '../errors.js';
import { useColor, type Io } from './io.js';
import type { LintCommandOptions } from './lint.js';

/** Lints the charters named by `options.paths`; returns the exit code (0 clean, 1 error findings). */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const files = await expandPaths(options.paths);
  const asOf = options.asOf ?? todayUtc();
  // One file at a time: a parsed document (with its positions) is dropped as soon as its
  // findings are known, so memory stays flat however many charters are linted.
  let results: FileResult[] = [];
  for (const f of files) {
    const text = decodeCharter(readBytes(f.path), f.path);
    if (!f.explicit && !looksLikeCharter(text)) continue;
    results.push({ file: f.path, findings: lintCharter(parseCharter(text, f.path), { rules, asOf }) });
  }
  if (results.length === 0) {
    throw new CharterError(
      `no charters found in ${options.paths.join(', ')}: a charter is a .yaml/.yml file whose top level has 'charter: 1' (create one with 'charter init')`,
    );
  }
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const formatter = formatters[options.format];
  if (!formatter) throw new CharterError(`unknown format '${options.format}'`);
  io.stdout(formatter(results, { asOf, color: useColor(io) }));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
