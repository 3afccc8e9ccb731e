import { defineCrossRule, type CrossCharter } from './support/types.js';
import { isRecord, list, normName, records, text } from '../model/read.js';

interface Claim {
  charter: CrossCharter;
  index: number;
  process: string;
  team: string;
  /** Normalised segments; empty means every segment. */
  segments: string[];
}

function segmentsOf(v: unknown): string[] {
  const items = typeof v === 'string' ? [v] : list(v);
  return [...new Set(items.map((s) => text(s)).filter((s): s is string => s !== undefined).map(normName))];
}

/** The segments both claims cover (empty: every segment), or undefined when they do not overlap. */
function overlap(a: string[], b: string[]): string[] | undefined {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const common = a.filter((s) => b.includes(s));
  return common.length > 0 ? common : undefined;
}

export default defineCrossRule({
  id: 'cross-process-conflict',
  scope: 'cross',
  meta: {
    description: 'Give each process one accountable team across all charters, for each customer segment.',
    tags: ['cross-charter', 'swim-lanes', 'ownership'],
    severity: 'error',
    sources: ['S4', 'P20'],
    messages: {
      conflict:
        "'{{process}}' is owned by '{{team}}' here and by '{{otherTeam}}' in {{otherFile}}{{segments}}: agree on one accountable team, or split the process by segment",
    },
    defaultOptions: {},
  },
  check({ charters, report }) {
    // Indexed by process, then by segment, then by accountable team, so the work is linear in
    // the number of swim lanes plus the number of conflicts found (no all-pairs comparison).
    interface ByProcess {
      everySegment: Map<string, Claim[]>;
      bySegment: Map<string, Map<string, Claim[]>>;
    }
    const add = (m: Map<string, Claim[]>, key: string, c: Claim) => {
      const l = m.get(key);
      if (l) l.push(c);
      else m.set(key, [c]);
    };
    const processes = new Map<string, ByProcess>();
    let next = 0;
    const ids = new Map<Claim, number>();
    for (const charter of charters) {
      for (const { item, index } of records(charter.data['swim_lanes'])) {
        const process = text(item['process']);
        const acc = item['accountable'];
        const team = isRecord(acc) ? text(acc['team']) : undefined;
        if (process === undefined || team === undefined) continue;
        const claim: Claim = { charter, index, process, team, segments: segmentsOf(item['segment']) };
        ids.set(claim, next++);
        let p = processes.get(process);
        if (!p) processes.set(process, (p = { everySegment: new Map(), bySegment: new Map() }));
        if (claim.segments.length === 0) add(p.everySegment, normName(team), claim);
        else
          for (const s of claim.segments) {
            let teams = p.bySegment.get(s);
            if (!teams) p.bySegment.set(s, (teams = new Map()));
            add(teams, normName(team), claim);
          }
      }
    }
    const seen = new Set<string>();
    const conflict = (a: Claim, b: Claim) => {
      if (a.charter.file === b.charter.file) return;
      const [x0, y0] = ids.get(a)! < ids.get(b)! ? [a, b] : [b, a];
      const key = `${ids.get(x0)}:${ids.get(y0)}`;
      if (seen.has(key)) return;
      seen.add(key);
      const common = overlap(a.segments, b.segments) ?? [];
      const segments = common.length === 0 ? '' : ` (segment ${common.join(', ')})`;
      for (const [x, y] of [
        [x0, y0],
        [y0, x0],
      ] as const) {
        report({
          file: x.charter.file,
          messageId: 'conflict',
          data: { process: x.process, team: x.team, otherTeam: y.team, otherFile: y.charter.file, segments },
          path: ['swim_lanes', x.index],
        });
      }
    };
    /** Every pair of claims of different teams: groups[g] × groups[h], g < h. */
    const acrossTeams = (groups: Claim[][]) => {
      for (let g = 0; g < groups.length; g++)
        for (let h = g + 1; h < groups.length; h++) for (const a of groups[g]!) for (const b of groups[h]!) conflict(a, b);
    };
    for (const p of processes.values()) {
      // Lanes for every segment conflict with each other and with every segment lane of another team.
      if (p.everySegment.size > 1) acrossTeams([...p.everySegment.values()]);
      for (const teams of p.bySegment.values()) {
        if (teams.size > 1) acrossTeams([...teams.values()]);
        for (const [team, every] of p.everySegment)
          for (const [other, claims] of teams) if (other !== team) for (const a of every) for (const b of claims) conflict(a, b);
      }
    }
  },
});
