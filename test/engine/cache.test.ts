import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lintInputs, type LintInput } from '../../src/engine/run.js';
import { LintCache } from '../../src/engine/cache.js';
import { defaultConfig } from '../../src/config/config.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const AS_OF = '2026-11-22';
const NAMES = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'];
const ORIGINAL = NAMES.map((file) => ({ file, text: readFileSync(join(REFERENCE_DIR, file), 'utf8') }));

/** Edits that change findings of one charter or of the cross-charter rules (team ids, hand-offs, suppressions, syntax). */
const EDITS: ReadonlyArray<(text: string) => string> = [
  (t) => t,
  (t) => t.replace(/^( {2}id: )(\S+)/m, '$1$2-renamed'),
  (t) => t.replace(/^( {2}mission: )/m, '$1TBD '),
  (t) => t.replace(/^( {4}- id: )/m, '    # charter-disable-next-line placeholder-text -- testing\n$1'),
  (t) => t.replace(/^handoffs:/m, 'handoffs_renamed:'),
  (t) => `${t}x-broken: [unclosed\n`,
  (t) => t.replace(/^team:/m, 'team: &t'),
  (t) => `${t}x-note: TBD\n`,
];

/** Comparable findings of a result, per file. */
const findings = (r: Awaited<ReturnType<typeof lintInputs>>) => r.files.map((f) => ({ file: f.file, parsed: f.parsed, findings: f.findings }));

describe('the lint cache (engine/cache.ts)', () => {
  it('gives exactly what a run without it gives, over a random series of edits to the reference charters (property)', async () => {
    const config = defaultConfig(REFERENCE_DIR);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ file: fc.integer({ min: 0, max: NAMES.length - 1 }), edit: fc.integer({ min: 0, max: EDITS.length - 1 }) }), { minLength: 1, maxLength: 5 }), async (steps) => {
        const cache = new LintCache();
        const texts = ORIGINAL.map((o) => o.text);
        for (const step of [undefined, ...steps]) {
          if (step) texts[step.file] = EDITS[step.edit]!(ORIGINAL[step.file]!.text);
          const inputs: LintInput[] = NAMES.map((file, i) => ({ file, text: texts[i]!, explicit: false }));
          const options = { config, asOf: AS_OF, keepData: true, concurrency: 'off' as const };
          const cached = await lintInputs(inputs, { ...options, cache });
          const fresh = await lintInputs(inputs, options);
          expect(findings(cached)).toEqual(findings(fresh));
          expect(cached.files.map((f) => f.data)).toEqual(fresh.files.map((f) => f.data));
        }
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it('is forgotten when the reference date or the configuration changes, and forgets files no longer linted', async () => {
    const cache = new LintCache();
    const inputs: LintInput[] = ORIGINAL.map((o) => ({ ...o, explicit: false }));
    const lint = (asOf: string, config = defaultConfig(REFERENCE_DIR), files = inputs) => lintInputs(files, { config, asOf, concurrency: 'off', cache });
    const config = defaultConfig(REFERENCE_DIR);
    await lint(AS_OF, config);
    // Years later, review dates are overdue: the cached findings must not be reused.
    const later = await lint('2031-01-01', config);
    const fresh = await lintInputs(inputs, { config, asOf: '2031-01-01', concurrency: 'off' });
    expect(findings(later)).toEqual(findings(fresh));
    expect(findings(later)).not.toEqual(findings(await lintInputs(inputs, { config, asOf: AS_OF, concurrency: 'off' })));
    // Another configuration object (a configuration file changed): everything is linted again.
    const off = { ...config, rules: Object.fromEntries(Object.keys(config.rules).map((id) => [id, { ...config.rules[id]!, severity: 'off' as const }])) };
    expect((await lint('2031-01-01', off)).files.flatMap((f) => f.findings)).toEqual([]);
    // One file left: the others' cross-charter findings are gone, as without the cache.
    const alone = await lint(AS_OF, config, inputs.slice(0, 1));
    expect(findings(alone)).toEqual(findings(await lintInputs(inputs.slice(0, 1), { config, asOf: AS_OF, concurrency: 'off' })));
  });
});
