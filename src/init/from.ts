import { isRecord, list, text } from '../model/read.js';
import type { Answers } from './answers.js';

/** What `--from <other charter>` contributes, once this team's id is known. */
export interface FromResult {
  answers: Pick<Answers, 'commitments' | 'handoffs'>;
  /** The other charter's team id. */
  otherTeam: string | undefined;
  /** Teams the other charter has expectations of (to explain an empty result). */
  expectedTeams: string[];
}

/** The company named by another team's charter. */
export function companyOf(other: Record<string, unknown>): string | undefined {
  const meta = other['meta'];
  return isRecord(meta) ? text(meta['company']) : undefined;
}

/**
 * Turns another team's charter into draft answers for this team (rules.md note 3): its expectations
 * of `teamId` become draft commitments under the same ids (and processes), and its hand-offs to or
 * from `teamId` are copied with the same id, so `cross-dependency-unacknowledged` and
 * `cross-handoff-mismatch` line up by id.
 */
export function fromOtherCharter(other: Record<string, unknown>, teamId: string): FromResult {
  const team = other['team'];
  const otherTeam = isRecord(team) ? text(team['id']) : undefined;
  const commitments: Array<Record<string, unknown>> = [];
  const expectedTeams: string[] = [];
  for (const dep of list(other['dependencies'])) {
    if (!isRecord(dep)) continue;
    const depTeam = text(dep['team']);
    if (depTeam && !expectedTeams.includes(depTeam)) expectedTeams.push(depTeam);
    if (depTeam !== teamId) continue;
    for (const e of list(dep['expectations'])) {
      if (!isRecord(e) || !text(e['id'])) continue;
      const c: Record<string, unknown> = {
        to: otherTeam ?? 'todo-team',
        id: text(e['id']),
        commitment: text(e['expectation']) ?? 'TODO: what you commit to',
      };
      if (text(e['process'])) c['process'] = text(e['process']);
      commitments.push(c);
    }
  }
  const handoffs = list(other['handoffs']).filter((h) => {
    if (!isRecord(h)) return false;
    const from = h['from'];
    const to = h['to'];
    return (isRecord(from) && from['team'] === teamId) || (isRecord(to) && to['team'] === teamId);
  });
  const answers: FromResult['answers'] = {};
  if (commitments.length > 0) answers.commitments = commitments;
  if (handoffs.length > 0) answers.handoffs = structuredClone(handoffs);
  return { answers, otherTeam, expectedTeams };
}
