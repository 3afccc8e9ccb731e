import { Document, isMap, isPair, isScalar, isSeq, visit, type Node, type Pair } from 'yaml';
import type { PathComment } from './build.js';

/**
 * One line above each section of a new charter: what belongs there and why, citing the practice
 * it comes from (sources as in format.md: TSIA, Gainsight, the charter template, RACI, S.M.A.R.T.).
 */
export const SECTION_COMMENTS: Readonly<Record<string, string>> = {
  charter: 'Format version: lets `charter lint` and your editor (schema above) check this file.',
  meta: 'About this document: owner, version, status and review dates (the template\'s title and approval block).',
  team: 'Team composition: roles, people and main responsibilities (template section III).',
  statement: 'Charter statement: one customer-focused sentence, not a tagline (Gainsight, TSIA), then vision and why.',
  charter_types: 'Charter types: the motions you own (TSIA: adoption in 84% of CS orgs, retention 76%, expansion 47%).',
  scope: 'Scope in and out: push back on work outside the charter so the team is no dumping ground (TSIA).',
  objectives: 'Objectives: short- and long-term, each tied to strategy and measured by a metric (S.M.A.R.T.).',
  metrics: 'Metrics: definition, baseline, target, owner, cadence, source (TSIA: only 61% can report them in detail).',
  cost_metric: 'Cost metric: sets the budget and shows ROI (Gainsight); use {exempt_reason: ...} if none fits.',
  key_activities: 'Key activities: the essential recurring work of the team (Gainsight).',
  swim_lanes: 'Swim lanes: exactly one accountable team and role per process (TSIA process ownership, RACI).',
  handoffs: 'Hand-offs: where the previous team stops and yours begins, with a trigger (TSIA).',
  dependencies: 'Dependencies: what you expect other teams to do (Gainsight); ids must match their commitments.',
  commitments: 'Commitments: what you promise other teams, under the ids of their expectations (Gainsight).',
  risks: 'Risks: likelihood, impact, mitigation and owner for each (risk register, PMBOK).',
  roadmap: 'Roadmap: the milestones that put this charter into effect.',
  communications: 'Communications plan: who hears what, through which channel, how often.',
  operating_principles: 'Operating principles: how the team works together (template section V).',
  skills_required: 'Skills per charter type: adoption and commercial charters need different profiles (TSIA).',
  stakeholders: 'Stakeholders: customer-facing executives sign the best charters (TSIA); executive: true must sign.',
  governance: 'Annual review: TSIA and the template call for it; set the cadence, reviewers and amendment rule.',
  approvals: 'Approvals: a dated decision is needed before status becomes approved or active (template section VII).',
  signatures: 'Signatures: owner, executives and team members sign each version (template section VIII).',
};

/** Where editors find the schema: a URL pinned to this version, or a path relative to the charter. */
export function schemaUrl(version: string): string {
  return `https://unpkg.com/charter-cli@${version}/schemas/charter.schema.json`;
}

const FLOW_MAP_KEYS = new Set(['baseline', 'target']);

function isTeamRoleMap(node: unknown): boolean {
  if (!isMap(node) || node.items.length !== 2) return false;
  const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : undefined));
  return keys[0] === 'team' && keys[1] === 'role';
}

/**
 * Turns charter data into YAML text with comments, through the `yaml` Document API: the modeline
 * first, a one-line comment above each section, short lists and {team, role} pairs in flow style.
 */
export function charterToYaml(data: Record<string, unknown>, options: { schemaRef: string; comments?: PathComment[]; header?: string[] }): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  doc.commentBefore = [` yaml-language-server: $schema=${options.schemaRef}`, ...(options.header ?? []).map((l) => ` ${l}`)].join('\n');
  const top = doc.contents;
  if (isMap(top)) {
    for (const pair of top.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      const comment = SECTION_COMMENTS[name];
      if (comment) key.commentBefore = ` ${comment}`;
      key.spaceBefore = name !== 'charter';
    }
  }
  visit(doc, {
    Pair(_, pair: Pair) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      if (FLOW_MAP_KEYS.has(k) && isMap(pair.value)) pair.value.flow = true;
    },
    Map(_, map) {
      if (isTeamRoleMap(map)) map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length === 0) {
        seq.flow = true;
        return;
      }
      if (!seq.items.every((i) => isScalar(i))) return;
      const len = seq.items.reduce((n, i) => n + String((i as { value: unknown }).value).length + 2, 0);
      if (len <= 60) seq.flow = true;
    },
  });
  for (const c of options.comments ?? []) {
    const parentPath = c.path.slice(0, -1);
    const last = c.path[c.path.length - 1];
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as Node | undefined;
      if (item) item.commentBefore = c.comment;
    } else if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key)) pair.key.commentBefore = c.comment;
    }
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}
