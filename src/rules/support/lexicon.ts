/** Word lists and patterns of rules.md §5.3 (reference values). */

const BASE_VERBS = [
  'help', 'enable', 'ensure', 'deliver', 'drive', 'translate', 'guide', 'accelerate', 'achieve', 'realize',
  'realise', 'resolve', 'support', 'empower', 'partner', 'grow', 'build', 'make', 'turn', 'lead', 'provide',
  'equip', 'teach', 'train', 'onboard', 'adopt', 'solve', 'remove', 'unblock', 'advocate', 'retain', 'protect',
  'reduce', 'increase', 'improve', 'maximize', 'maximise', 'create', 'connect', 'serve', 'bring', 'get', 'keep',
  'transform', 'simplify', 'prove', 'demonstrate',
];

function inflections(verb: string): string[] {
  const forms = new Set([verb]);
  // -s form
  if (/(s|sh|ch|x|z)$/.test(verb)) forms.add(verb + 'es');
  else if (/[^aeiou]y$/.test(verb)) forms.add(verb.slice(0, -1) + 'ies');
  else forms.add(verb + 's');
  // -ing form
  if (/ie$/.test(verb)) forms.add(verb.slice(0, -2) + 'ying');
  else if (/[^aeiou]e$/.test(verb) || /ue$/.test(verb)) forms.add(verb.slice(0, -1) + 'ing');
  else forms.add(verb + 'ing');
  // doubled final consonant: get → getting, lead stays leading
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) forms.add(verb + verb.slice(-1) + 'ing');
  return [...forms];
}

/** Mission verbs with their -s and -ing forms. */
export const VERBS: ReadonlySet<string> = new Set(BASE_VERBS.flatMap(inflections));

export const CUSTOMER_RE = /\b(customers?|clients?|users?|members?|partners?|buyers?|admins?|champions?|their)\b/gi;

export const COMPANY_RES: readonly RegExp[] = [
  /\b(quotas?|bookings|market share|shareholders?|profits?|bottom line)\b/gi,
  /\bour\s+(?:[\w-]+\s+){0,3}(revenue|growth|numbers|targets?|arr|mrr|sales|business|company)\b/gi,
  /\b(maximi[sz]e|grow|increase|drive|boost)\s+(?:[\w-]+\s+){0,2}(revenue|arr|mrr|sales|profits?|bookings|upsells?)\b/gi,
];

export const EXEC_RE =
  /\b(chief|ceo|cfo|coo|cro|cto|cco|cpo|cmo|ciso|president|vp|svp|evp|vice[- ]president|head of|general manager)\b/i;

export const RENEWAL_ALIASES: ReadonlySet<string> = new Set(['renewal', 'renewals', 'contract-renewal', 'renewal-management']);
export const LEADGEN_ALIASES: ReadonlySet<string> = new Set([
  'expansion-lead-generation', 'lead-generation', 'expansion-leads', 'csql',
]);
export const UPSELL_ALIASES: ReadonlySet<string> = new Set([
  'upsell', 'low-complexity-upsell', 'cross-sell', 'expansion', 'complex-expansion',
]);
