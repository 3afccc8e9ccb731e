import { lint } from 'markdownlint/sync';

/** markdownlint (the engine of markdownlint-cli2 0.22.1) with its default rules; one line per problem. */
export function markdownProblems(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown } });
  return (results['doc'] ?? []).map(
    (e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` [${e.errorDetail}]` : ''}${e.errorContext ? ` {${e.errorContext}}` : ''}`,
  );
}
