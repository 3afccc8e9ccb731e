/** Helpers shared by the cross-charter rules. */
import { isRecord, text } from '../../model/read.js';

/** The charter's `team.id`, or undefined. */
export function teamIdOf(data: Record<string, unknown>): string | undefined {
  const team = data['team'];
  return isRecord(team) ? text(team['id']) : undefined;
}

/** The `team` of a `{team, role}` reference, or undefined. */
export function refTeam(v: unknown): string | undefined {
  return isRecord(v) ? text(v['team']) : undefined;
}
