import type { PathSegment, Severity } from '../../model/types.js';

/** Values a message template can interpolate. */
export type MessageData = Record<string, string | number>;

/** What a rule reports: where (a path, or a raw line/column for text rules) and what (a messageId). */
export interface ReportDescriptor {
  messageId: string;
  data?: MessageData;
  /** Keys and indices from the document root. */
  path?: PathSegment[];
  /** Point at the key of the last path segment instead of its value (unknown keys, misplaced entries). */
  at?: 'key' | 'value';
  /** For rules that scan the raw text: a 1-based position and length on one line. */
  loc?: { line: number; column: number; length: number };
}

/** What a rule's `check` receives. */
export interface RuleContext<O> {
  /** The parsed charter (the top level is always a mapping; anything below may have any shape). */
  data: Record<string, unknown>;
  /** The resolved options (defaults merged with configuration). */
  options: O;
  /** The reference date for date rules, `YYYY-MM-DD`. */
  asOf: string;
  /** The raw text of the file (without a byte order mark). */
  text: string;
  report(descriptor: ReportDescriptor): void;
}

/**
 * The JSON Schema of one rule option. The configuration schema (`schemas/charter-config.schema.json`),
 * the header of the rule's doc and `charter rules` are generated from it (scripts/gen-rules.mjs);
 * the default is the rule's `defaultOptions` entry.
 */
export interface OptionSchema {
  type: 'integer' | 'number' | 'string' | 'boolean' | 'array';
  /** What the option does, as the configuration schema describes it. */
  description: string;
  minimum?: number;
  maximum?: number;
  items?: { type: 'string'; minLength?: number };
  /**
   * The key under `settings:` in the configuration that also sets this option (`review.maxAgeMonths`);
   * rules sharing a setting must declare the same schema for it.
   */
  setting?: string;
}

/** The schema of each option of a rule. */
export type OptionSchemas<O> = { [K in keyof O]-?: OptionSchema };

/** Declared facts about a rule: the single source of `charter rules`, the configuration schema and the doc headers. */
export interface RuleMeta<O> {
  /** One imperative sentence. */
  description: string;
  tags: string[];
  severity: Severity;
  /** The sources the rule comes from (S1–S5, P1–P33, §-references). */
  sources: string[];
  /** messageId → template with `{{placeholders}}`. */
  messages: Record<string, string>;
  /** Options and their defaults (thresholds the spec calls configurable). */
  defaultOptions: O;
  /** The schema of each option in `defaultOptions` (required when the rule has options). */
  options?: OptionSchemas<O>;
}

/** A lint rule: metadata plus a pure check over the parsed charter. */
export interface Rule<O = Record<string, never>> {
  id: string;
  meta: RuleMeta<O>;
  check(context: RuleContext<O>): void;
}

/** Any rule, whatever its options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Helps rule files declare a rule with its option type inferred. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

/**
 * A loaded charter as cross-charter rules see it: its file and its plain data, without positions.
 * The CLI passes only the keys cross-charter rules read (`team.id`, `swim_lanes`, `handoffs`,
 * `dependencies`, `commitments`; see `crossView` in engine/run-rules.ts), to keep memory low.
 */
export interface CrossCharter {
  file: string;
  data: Record<string, unknown>;
}

/** What a cross-charter rule reports: the file concerned, a path in it and a messageId. */
export interface CrossReportDescriptor {
  /** The file of the charter the finding belongs to (one of `charters[].file`). */
  file: string;
  messageId: string;
  data?: MessageData;
  path: PathSegment[];
  at?: 'key' | 'value';
  /**
   * The finding is about a reference to a team whose charter is not loaded. The engine drops it,
   * or keeps it as an `info` finding when references are strict (`--strict-refs`).
   */
  unresolved?: boolean;
}

/** What a cross-charter rule's `check` receives. */
export interface CrossRuleContext<O> {
  /** Every loaded charter that could be parsed, sorted by file path. */
  charters: readonly CrossCharter[];
  /** `team.id` → the first charter (in sorted path order) declaring it. */
  teams: ReadonlyMap<string, CrossCharter>;
  options: O;
  asOf: string;
  report(descriptor: CrossReportDescriptor): void;
}

/** A rule that looks at several charters together (rules 37–40). */
export interface CrossRule<O = Record<string, never>> {
  id: string;
  /** Marks the rule as cross-charter: it runs once over all loaded charters. */
  scope: 'cross';
  meta: RuleMeta<O>;
  check(context: CrossRuleContext<O>): void;
}

/** Any cross-charter rule, whatever its options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCrossRule = CrossRule<any>;

/** Helps rule files declare a cross-charter rule with its option type inferred. */
export function defineCrossRule<O>(rule: CrossRule<O>): CrossRule<O> {
  return rule;
}
