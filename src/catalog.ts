import kpiData from '../data/kpi-catalog.json' with { type: 'json' };
import processData from '../data/processes.json' with { type: 'json' };
import skillsData from '../data/skills.json' with { type: 'json' };

/** A metric of the built-in KPI catalogue (format.md §4). */
export interface KpiEntry {
  id: string;
  aliases: string[];
  name: string;
  definition: string;
  /** Allowed units; the first is the default. */
  units: string[];
  /** Range for the default unit; null = unbounded. */
  range: { min: number | null; max: number | null };
  direction: 'increase' | 'decrease' | null;
  charterTypes: string[];
  cadence: string;
  kind: string;
  source: string;
}

/** A process of the catalogue (format.md §3.5). */
export interface ProcessEntry {
  id: string;
  aliases: string[];
  description: string;
  source: string;
}

export const KPI_CATALOG: readonly KpiEntry[] = (kpiData as { metrics: KpiEntry[] }).metrics;
export const PROCESS_CATALOG: readonly ProcessEntry[] = (processData as { processes: ProcessEntry[] }).processes;
export const SKILLS: Readonly<Record<string, string[]>> = (skillsData as { skills: Record<string, string[]> }).skills;

const kpiIndex = new Map<string, KpiEntry>();
for (const k of KPI_CATALOG) for (const id of [k.id, ...k.aliases]) kpiIndex.set(id, k);

/** The catalogue entry for an id or alias. */
export function findKpi(id: unknown): KpiEntry | undefined {
  return typeof id === 'string' ? kpiIndex.get(id) : undefined;
}

/** The range of values a unit allows (rules.md rule 23); null = unbounded. */
export const UNIT_RANGES: Readonly<Record<string, { min: number | null; max: number | null }>> = {
  percent: { min: 0, max: 100 },
  percentage_points: { min: null, max: null },
  nps: { min: -100, max: 100 },
  score_0_100: { min: 0, max: 100 },
  score_0_10: { min: 0, max: 10 },
  score_1_5: { min: 1, max: 5 },
  score_1_7: { min: 1, max: 7 },
  ratio: { min: 0, max: 1 },
  count: { min: 0, max: null },
  days: { min: 0, max: null },
  hours: { min: 0, max: null },
  minutes: { min: 0, max: null },
  currency: { min: 0, max: null },
};
