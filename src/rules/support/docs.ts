/** Where rule docs are published; the URL of a rule's doc is derived from its id, never typed. */
export const DOCS_BASE = 'https://github.com/charter-cli/charter/blob/main/docs/rules/';

/** The URL of a rule's documentation. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
