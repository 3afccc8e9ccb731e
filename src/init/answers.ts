import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { CharterError } from '../errors.js';
import { readBytes } from '../files.js';
import { decodeCharter } from '../model/document.js';
import { closest } from '../rules/support/suggest.js';

/** A team and role, written either as `{team, role}` or as the short form `team/role`. */
export type TeamRoleAnswer = string | { team: string; role: string };

/** A metric answer: a catalogue id, or an object whose missing fields are filled from the catalogue. */
export type MetricAnswer =
  | string
  | ({
      catalog?: string;
      id?: string;
      name?: string;
      /** A number (measured today) or `{value, as_of}`. */
      baseline?: number | { value: number; as_of?: string };
      /** A number (reached in 12 months) or `{value, by}` (or `{min, max, by}` for `maintain`). */
      target?: number | { value?: number; min?: number; max?: number; by?: string };
    } & Record<string, unknown>);

/**
 * Every answer `charter init` can take, from the interview, from `--answers <file>` or from flags.
 * Keys left out are gaps: the charter gets a `TODO` marker (or an empty section) that `lint` reports.
 * Section keys (objectives, roles, swim_lanes, handoffs, risks, ...) take the charter's own shape.
 */
export interface Answers {
  company?: string;
  department?: string;
  /** The team's name, e.g. "Customer Success Management". */
  team?: string;
  team_id?: string;
  function?: string;
  reports_to?: string;
  segments?: string[];
  charter_types?: string[];
  owner?: string | { name: string; title?: string; email?: string };
  charter_id?: string;
  charter_name?: string;
  version?: string;
  status?: string;
  effective_date?: string;
  last_reviewed?: string;
  next_review?: string;
  parent_charter?: string;
  revision_history?: unknown[];
  mission?: string;
  vision?: string;
  why?: string;
  problems?: string[];
  opportunities?: string[];
  consequences_of_inaction?: string[];
  scope?: { in?: string[]; out?: string[] };
  objectives?: Array<Record<string, unknown>>;
  metrics?: MetricAnswer[];
  cost_metric?: MetricAnswer | { exempt_reason: string };
  key_activities?: unknown[];
  roles?: Array<Record<string, unknown>>;
  /** Who owns renewals (retention charters), e.g. `csm/csm` or `sales/account-executive`. */
  renewal_owner?: TeamRoleAnswer;
  /** Who owns expansion lead generation (expansion charters). */
  lead_owner?: TeamRoleAnswer;
  /** Who closes upsell within the limit (expansion charters). */
  upsell_owner?: TeamRoleAnswer;
  /** How far this team goes on upsell before handing to Sales. */
  upsell_limit?: string;
  swim_lanes?: unknown[];
  handoffs?: unknown[];
  dependencies?: unknown[];
  commitments?: unknown[];
  risks?: unknown[];
  roadmap?: unknown[];
  communications?: unknown[];
  operating_principles?: unknown[];
  skills_required?: Record<string, string[]>;
  /** Executives and other stakeholders; an executive must sign once the charter is past draft. */
  stakeholders?: Array<Record<string, unknown>>;
  review_cadence?: string;
  reviewers?: string[];
  amendment_procedure?: string;
  reporting?: { audience?: string; cadence?: string };
  approvals?: unknown[];
  signatures?: unknown[];
}

/** Expected JS type of each answer, for a one-line error naming the bad key. */
const KINDS: Record<keyof Answers, 'string' | 'array' | 'object' | 'string|object'> = {
  company: 'string',
  department: 'string',
  team: 'string',
  team_id: 'string',
  function: 'string',
  reports_to: 'string',
  segments: 'array',
  charter_types: 'array',
  owner: 'string|object',
  charter_id: 'string',
  charter_name: 'string',
  version: 'string',
  status: 'string',
  effective_date: 'string',
  last_reviewed: 'string',
  next_review: 'string',
  parent_charter: 'string',
  revision_history: 'array',
  mission: 'string',
  vision: 'string',
  why: 'string',
  problems: 'array',
  opportunities: 'array',
  consequences_of_inaction: 'array',
  scope: 'object',
  objectives: 'array',
  metrics: 'array',
  cost_metric: 'string|object',
  key_activities: 'array',
  roles: 'array',
  renewal_owner: 'string|object',
  lead_owner: 'string|object',
  upsell_owner: 'string|object',
  upsell_limit: 'string',
  swim_lanes: 'array',
  handoffs: 'array',
  dependencies: 'array',
  commitments: 'array',
  risks: 'array',
  roadmap: 'array',
  communications: 'array',
  operating_principles: 'array',
  skills_required: 'object',
  stakeholders: 'array',
  review_cadence: 'string',
  reviewers: 'array',
  amendment_procedure: 'string',
  reporting: 'object',
  approvals: 'array',
  signatures: 'array',
};

/** The keys an answers file may hold. */
export const ANSWER_KEYS = Object.keys(KINDS) as Array<keyof Answers>;

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/**
 * Reads an answers file (YAML or JSON: JSON is YAML). Throws a CharterError (exit 2) naming
 * `file:line:col` for a syntax error, an unknown key or a value of the wrong kind.
 */
export function readAnswersFile(path: string): Answers {
  const text = decodeCharter(readBytes(path), path);
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const where = (offset: number): string => {
    const p = lc.linePos(offset);
    return `${path}:${p.line}:${p.col}`;
  };
  const err = doc.errors[0];
  if (err) throw new CharterError(`${where(err.pos[0])}: ${err.message.split('\n')[0]}; fix the answers file`);
  if (!isMap(doc.contents)) {
    throw new CharterError(`${where(doc.contents?.range?.[0] ?? 0)}: an answers file is a mapping of answers (company: ..., team: ...)`);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    const kind = (KINDS as Record<string, string>)[key];
    if (kind === undefined) {
      const hint = closest(key, Object.keys(KINDS));
      throw new CharterError(
        `${where(at)}: unknown answer '${key}'; ${hint ? `did you mean '${hint}'?` : "run 'charter init --help' for the answer keys"}`,
      );
    }
    const actual = kindOf(data[key]);
    if (actual === 'null') {
      delete data[key];
      continue;
    }
    if (!kind.split('|').includes(actual)) {
      throw new CharterError(`${where(at)}: answer '${key}' must be ${kind.replace('|', ' or ')}, got ${actual}`);
    }
  }
  return data as Answers;
}
