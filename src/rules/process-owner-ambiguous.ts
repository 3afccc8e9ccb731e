import { defineRule } from './support/types.js';
import { isRecord, list, normName, records, text } from '../model/read.js';

interface Owner {
  team: string;
  role: string;
}

/** The lane's segments, normalized; an empty list means every segment. */
function segmentsOf(v: unknown): string[] {
  const items = typeof v === 'string' ? [v] : list(v);
  return [
    ...new Set(
      items
        .map((s) => text(s))
        .filter((s): s is string => s !== undefined)
        .map((s) => normName(s)),
    ),
  ];
}

function describeSegments(s: string[]): string {
  return s.length === 0 ? 'all segments' : `segment ${s.join(', ')}`;
}

export default defineRule({
  id: 'process-owner-ambiguous',
  meta: {
    description: 'Give every process exactly one accountable team and role for each customer segment.',
    tags: ['swim-lanes', 'ownership'],
    severity: 'error',
    sources: ['S4', 'P20'],
    messages: {
      noAccountable:
        "process '{{process}}' has no accountable owner: name exactly one accountable team and role (accountable: {team, role})",
      severalAccountable:
        "process '{{process}}' lists {{n}} accountable owners: keep exactly one accountable team and role, and move the others to responsible or consulted",
      incompleteAccountable:
        "process '{{process}}' needs exactly one accountable team and role: the accountable owner names no {{missing}}",
      invalidAccountable:
        "process '{{process}}' needs exactly one accountable team and role, written as accountable: {team, role}",
      duplicateOwner:
        "process '{{process}}' is listed twice with different owners for overlapping segments: {{owner}} here and {{otherOwner}} in swim lane {{other}} ({{overlap}}); give each segment exactly one owner",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const lanes: Array<{ index: number; process: string | undefined; owner: Owner | undefined; segments: string[] }> = [];
    for (const { item, index } of records(data['swim_lanes'])) {
      const process = text(item['process']);
      const name = process ?? `#${index + 1}`;
      const acc = item['accountable'];
      const path = ['swim_lanes', index, 'accountable'];
      let owner: Owner | undefined;
      if (acc === undefined || acc === null) {
        report({ messageId: 'noAccountable', data: { process: name }, path });
      } else if (Array.isArray(acc)) {
        if (acc.length === 0) report({ messageId: 'noAccountable', data: { process: name }, path });
        else report({ messageId: 'severalAccountable', data: { process: name, n: acc.length }, path });
      } else if (!isRecord(acc)) {
        report({ messageId: 'invalidAccountable', data: { process: name }, path });
      } else {
        const team = text(acc['team']);
        const role = text(acc['role']);
        if (team === undefined || role === undefined) {
          const missing = team === undefined && role === undefined ? 'team and no role' : team === undefined ? 'team' : 'role';
          report({ messageId: 'incompleteAccountable', data: { process: name, missing }, path });
        } else {
          owner = { team, role };
        }
      }
      lanes.push({ index, process, owner, segments: segmentsOf(item['segment']) });
    }

    // Same process (ids compared exactly), overlapping segments, different owners.
    for (let j = 0; j < lanes.length; j++) {
      const b = lanes[j]!;
      if (b.process === undefined || b.owner === undefined) continue;
      for (let i = 0; i < j; i++) {
        const a = lanes[i]!;
        if (a.process !== b.process || a.owner === undefined) continue;
        if (normName(a.owner.team) === normName(b.owner.team) && normName(a.owner.role) === normName(b.owner.role)) continue;
        let overlap: string[] | undefined;
        if (a.segments.length === 0) overlap = b.segments;
        else if (b.segments.length === 0) overlap = a.segments;
        else {
          const common = a.segments.filter((s) => b.segments.includes(s));
          if (common.length > 0) overlap = common;
        }
        if (overlap === undefined) continue;
        report({
          messageId: 'duplicateOwner',
          data: {
            process: b.process,
            owner: `${b.owner.team}/${b.owner.role}`,
            otherOwner: `${a.owner.team}/${a.owner.role}`,
            other: a.index + 1,
            overlap: `both cover ${describeSegments(overlap)}`,
          },
          path: ['swim_lanes', b.index],
        });
      }
    }
  },
});
