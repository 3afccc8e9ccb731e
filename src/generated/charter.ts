/* Generated from schemas/charter.schema.json by scripts/gen-types.mjs (npm run gen:types). Do not edit. */

/**
 * A short kebab-case identifier: lower-case letters and digits, words separated by single hyphens (e.g. 'csm', 'grow-base', 'onboarding-to-csm'). Ids are how charters, metrics, objectives and hand-offs refer to each other, so keep them stable once other teams use them.
 */
export type Id = string;
/**
 * A person's name as free text (e.g. 'Maya Okafor'). Names are matched case-insensitively with extra spaces ignored, so write a person the same way wherever they appear (roles, owners, stakeholders, approvals, signatures).
 */
export type Person = string;
/**
 * A calendar date written as YYYY-MM-DD (ISO 8601), e.g. 2026-10-01. Write it unquoted or quoted; the charter tool reads it as a plain date with no time zone.
 */
export type Date = string;
/**
 * The kind of team: customer-success, onboarding, support, renewals, sales, services (professional services), product, marketing, finance, engineering, cs-operations, enablement or other. Gainsight organises CS into functions per customer need (Client Outcomes, Onboarding, Technical Success, Training & Enablement, CS Operations) and lists what each partner function owes CS.
 */
export type TeamFunction =
  | 'customer-success'
  | 'onboarding'
  | 'support'
  | 'renewals'
  | 'sales'
  | 'services'
  | 'product'
  | 'marketing'
  | 'finance'
  | 'engineering'
  | 'cs-operations'
  | 'enablement'
  | 'other';
/**
 * A charter type: the customer motion this team is chartered to drive. adoption = customers use the product and get value from it (TSIA: 84% of CS orgs; TSIA LAER 'Adopt'); retention = renewals and churn prevention (TSIA: 76%); expansion = upsell and cross-sell, lead generation and low-complexity upsell (TSIA: 47%); onboarding = from signed contract to go-live and first value (Gainsight 'Fast Time-to-Value'); support = reactive problem resolution, 'solutions on demand'; outcomes = turning business objectives into ROI (Gainsight 'Client Outcomes'); advocacy = references, promoters, community; enablement = training and certification; operations = CS Ops: process design, tooling, analytics. TSIA calls retention and expansion the 'commercial charters'.
 */
export type CharterType =
  | 'adoption'
  | 'retention'
  | 'expansion'
  | 'onboarding'
  | 'support'
  | 'outcomes'
  | 'advocacy'
  | 'enablement'
  | 'operations';
/**
 * The unit a metric is measured in; it sets the valid range of baseline and target. percent (0-100), percentage_points (a difference between two percentages), currency (an amount; also set 'currency'), count (>= 0), days, hours, minutes (>= 0), score_0_100, score_0_10, score_1_5, score_1_7 (survey or health scores on that scale), nps (Net Promoter Score, -100 to +100), ratio (0-1).
 */
export type Unit =
  | 'percent'
  | 'percentage_points'
  | 'currency'
  | 'count'
  | 'days'
  | 'hours'
  | 'minutes'
  | 'score_0_100'
  | 'score_0_10'
  | 'score_1_5'
  | 'score_1_7'
  | 'nps'
  | 'ratio';
/**
 * How often something happens or is reported: daily, weekly, biweekly (every two weeks), monthly, quarterly, semiannual (twice a year) or annual.
 */
export type Cadence = 'daily' | 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual';
/**
 * The team's cost metric, which sets its budget and shows its ROI (Gainsight), e.g. CS cost as % of ARR or cost per solved ticket. Either a full metric (id, name, unit and direction required), or {exempt_reason: ...} when no cost metric fits the team (Gainsight: it 'may not fit every team').
 */
export type CostMetric = {
  [k: string]: unknown | undefined;
} & {
  /**
   * The metric's id, referenced from objectives[].metrics, e.g. 'grr'.
   */
  id?: Id;
  /**
   * The metric name as people say it, e.g. "Gross revenue retention".
   */
  name?: string;
  /**
   * The id of the standard metric this is (charter's metric catalogue), e.g. grr, nrr, logo-churn-rate, renewal-rate, expansion-arr, csql-count, time-to-first-value, onboarding-completion-rate, product-adoption-rate, license-utilization, customer-health-score, csat, nps, ces, first-response-time, time-to-resolution, first-contact-resolution, arr-per-csm, cs-cost-ratio, cost-per-ticket. Setting it enables range and direction checks (e.g. GRR cannot exceed 100%) and tells the linter which charter types the metric measures. Leave it out for a custom metric.
   */
  catalog?: string;
  /**
   * What kind of metric this is: lagging (outcomes such as churn, renewal, expansion), leading (indicators such as adoption, advocates, leads identified, NPS/CSAT, health score), activity (operational work such as risks resolved, trainings, EBRs held) or cost. Gainsight: operational metric -> leading indicator -> lagging outcome.
   */
  kind?: 'leading' | 'lagging' | 'activity' | 'cost';
  /**
   * How the metric is calculated, in words: numerator, denominator, which customers (cohort) and over what window. Gainsight: you can only measure what you can define.
   */
  definition?: string;
  /**
   * The formula in symbols, if you want it in addition to the definition, e.g. "(E - N) / S x 100".
   */
  formula?: string;
  /**
   * The unit the metric is measured in.
   */
  unit?: Unit;
  /**
   * The ISO 4217 currency code, required when unit is currency, e.g. USD, EUR, GBP.
   */
  currency?: string;
  /**
   * The survey scale used, e.g. "1-7 agreement" or "1-5 satisfaction". Recommended for CES and CSAT, whose formulas vary between vendors.
   */
  scale?: string;
  /**
   * Which way is better: increase (e.g. retention), decrease (e.g. churn, response time) or maintain (keep within a band; give target.min/max). Contradicting the catalogue's direction is an error.
   */
  direction?: 'increase' | 'decrease' | 'maintain';
  /**
   * The current value and when it was measured.
   */
  baseline?: Baseline;
  /**
   * The value to reach, and by when. A metric without a target is an error (metric-without-target).
   */
  target?: Target;
  /**
   * Who is accountable for this metric (TSIA: accountability; S.M.A.R.T.: assignable).
   */
  owner?: Person;
  /**
   * How often the metric is measured and reviewed.
   */
  cadence?: Cadence;
  /**
   * The system of record the number comes from, e.g. 'Salesforce ARR snapshots'. TSIA: only 61% of CS orgs can report metrics on their charter in granular detail.
   */
  data_source?: string;
  /**
   * The charter types this metric measures. If absent, they are taken from the catalogue entry named in 'catalog'. Every declared charter type needs at least one metric (charter-type-without-metric).
   */
  charter_types?: CharterType[];
  /**
   * The customer segments the metric covers; absent means all segments.
   */
  segment?: string[];
  /**
   * Why this team has no cost metric, instead of the metric fields, e.g. 'CS Ops is an upfront investment like engineering hiring'.
   */
  exempt_reason?: string;
  /**
   * This interface was referenced by `undefined`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
};
/**
 * A process id (kebab-case). Prefer the standard ids, which the lint rules recognise together with their aliases: sales-handoff, onboarding, implementation, training, adoption-management, health-scoring, business-reviews, support-case-resolution, escalation-management, defect-triage, renewal, renewal-forecasting, expansion-lead-generation, upsell, churn-save, voice-of-customer, advocacy, collections. Custom ids are allowed.
 */
export type ProcessId = string;
/**
 * A rating on a five-point scale, as a word (very-low, low, medium, high, very-high) or as an integer 1-5 (1 = very low, 5 = very high). For risks, likelihood x impact scores 1-25; a score of 12 or more without a mitigation is reported as high-risk-unmitigated (PMBOK probability and impact matrix).
 */
export type Level = 'very-low' | 'low' | 'medium' | 'high' | 'very-high' | 1 | 2 | 3 | 4 | 5;

/**
 * A Customer Success team charter: the agreement on a team's mission, goals, roles, responsibilities and metrics (TSIA), written in YAML and checked by `charter lint`. Unknown keys are errors, except keys starting with 'x-', which are free for your own extensions. Dates are YYYY-MM-DD; versions are quoted strings.
 */
export interface Charter {
  /**
   * The version of the charter file format. Always 1 for this format.
   */
  charter: 1;
  /**
   * About the document: id, title, version, status, owner and review dates.
   */
  meta: Meta;
  /**
   * The team this charter is for, with its roles.
   */
  team: Team;
  /**
   * The charter statement: mission (required), vision, why, problems, opportunities, consequences of inaction.
   */
  statement: Statement;
  /**
   * The customer motions this team is chartered for; at least one. TSIA: adoption (84% of CS orgs), retention (76%) and expansion (47%); Gainsight adds per-function charters such as onboarding, support and outcomes. Each declared type needs a metric, skills, and for retention and expansion named owners of renewal and lead generation.
   *
   * @minItems 1
   */
  charter_types: [CharterType, ...CharterType[]];
  /**
   * What is in and out of this charter.
   */
  scope?: Scope;
  /**
   * The team's goals; at least one. Mix short- and long-term goals and tie each to the business strategy and to a metric.
   *
   * @minItems 1
   */
  objectives: [Objective, ...Objective[]];
  /**
   * The operating metrics; the key is required, the list may be empty while drafting (objectives then fail objective-without-metric).
   */
  metrics: Metric[];
  /**
   * The cost metric that sets the budget and ROI, or {exempt_reason: ...} when none fits (Gainsight).
   */
  cost_metric?: CostMetric;
  /**
   * The essential recurring activities of the team (Gainsight).
   */
  key_activities?: KeyActivity[];
  /**
   * Who owns each process, in RACI form (TSIA: swim lanes). Retention charters need a renewal lane and expansion charters a lead-generation lane, each naming a team and role.
   */
  swim_lanes?: SwimLane[];
  /**
   * Transfers between teams, with their triggers (TSIA: where Sales stops and CS begins). Adoption and onboarding charters need an inbound hand-off.
   */
  handoffs?: Handoff[];
  /**
   * What this team expects of other teams (Gainsight: "What do you expect other teams to do?").
   */
  dependencies?: Dependency[];
  /**
   * What this team promises other teams: the other side of their dependencies.
   */
  commitments?: Commitment[];
  /**
   * The risk register: what can go wrong, how likely, how bad, the mitigation and the owner.
   */
  risks?: Risk[];
  /**
   * The implementation roadmap: milestones to put the charter into effect.
   */
  roadmap?: RoadmapItem[];
  /**
   * The communications plan: who hears what, how and how often.
   */
  communications?: CommItem[];
  /**
   * How the team works (template section V).
   */
  operating_principles?: Principle[];
  /**
   * The skills needed per charter type (TSIA: skills depend on the charter).
   */
  skills_required?: SkillsRequired;
  /**
   * People with a stake in the charter, especially executives of partner functions who should sign it.
   */
  stakeholders?: Stakeholder[];
  /**
   * Review cycle and reporting.
   */
  governance?: Governance;
  /**
   * Formal approval decisions (template section VII).
   */
  approvals?: Approval[];
  /**
   * Signatures of the owner, approvers, executive stakeholders and team members (template section VIII).
   */
  signatures?: Signature[];
  /**
   * This interface was referenced by `Charter`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * About the document itself: its id, title, version, lifecycle status, owner and review dates. Source: team charter template (title, approval, dates); TSIA (revisit the charter annually, a living document).
 */
export interface Meta {
  /**
   * A unique id for this charter document, e.g. 'csm-charter'.
   */
  id: Id;
  /**
   * The charter title as it should appear on the rendered document.
   */
  name: string;
  /**
   * The company's name. Replace template placeholders such as '[Your Company Name]'.
   */
  company?: string;
  /**
   * The department the team belongs to, e.g. 'Customer Success'. Must be text: an unquoted template placeholder such as [Your Department] is read by YAML as a list, so quote it or replace it.
   */
  department?: string;
  /**
   * The charter version, as a string. Quote it: an unquoted 3.0 is read by YAML as the number 3. Bump it on every amendment and record the change in revision_history.
   */
  version: string;
  /**
   * Where the charter is in its lifecycle: draft (being written), in-review (circulating for feedback and approval), approved (approved, not yet in effect), active (in effect) or retired (no longer used). 'approved' and 'active' need a dated approval (approval-missing).
   */
  status: 'draft' | 'in-review' | 'approved' | 'active' | 'retired';
  /**
   * The person accountable for this charter (template: the Team Leader who approves it).
   */
  owner: Owner;
  /**
   * The date the charter takes effect (the template's "Date Signed"). Also used as the last review date when last_reviewed is absent.
   */
  effective_date: Date;
  /**
   * When the charter was last reviewed. More than 12 months ago is reported as review-overdue: the template says "reviewed annually" and TSIA says to revisit the charter annually.
   */
  last_reviewed?: Date;
  /**
   * When the next review is scheduled. Must be after the last review and no more than 12 months after it (next-review-invalid); a passed date is reported as review-overdue.
   */
  next_review?: Date;
  /**
   * The id of the umbrella CS-organisation charter this team charter belongs under (Gainsight: define the organisation's charter first, then one per function), e.g. 'cs-org-charter'.
   */
  parent_charter?: Id;
  /**
   * The change log, oldest first. Each amendment gets a version, a date, an author and a summary.
   */
  revision_history?: Revision[];
  /**
   * This interface was referenced by `Meta`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The person accountable for this charter: keeps it current, runs its reviews and answers for it. The template's 'Team Leader' approves the charter; S.M.A.R.T. (Doran) asks that goals be assignable to someone.
 */
export interface Owner {
  /**
   * The charter owner's name.
   */
  name: Person;
  /**
   * The owner's job title, e.g. 'Director, Customer Success Management'.
   */
  title?: string;
  /**
   * The owner's e-mail address, for questions about the charter.
   */
  email?: string;
  /**
   * This interface was referenced by `Owner`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * One entry of the change log: which version changed when, by whom and why. Signatures dated before the latest revision are reported as stale (signature-stale). Source: team charter template section VI (amendments); TSIA: the charter is a living document.
 */
export interface Revision {
  /**
   * The charter version this entry introduced, as a quoted string (e.g. "3.0").
   */
  version: string;
  /**
   * The date this version was made.
   */
  date: Date;
  /**
   * Who made the change.
   */
  author?: Person;
  /**
   * What changed and why, in a sentence or two.
   */
  summary?: string;
  /**
   * This interface was referenced by `Revision`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The team this charter is for: its id, function, reporting line, segments and roles. Source: template section III (Team Composition); ServiceSource/Cisco: name the key executive and team players.
 */
export interface Team {
  /**
   * The team's id, unique across all charters you lint together. Other charters refer to this team by it (swim lanes, hand-offs, dependencies, commitments), e.g. 'csm'.
   */
  id: Id;
  /**
   * The team's name, e.g. 'Customer Success Management'.
   */
  name: string;
  /**
   * What kind of team this is.
   */
  function?: TeamFunction;
  /**
   * Who the team reports to, as a title or name, e.g. 'VP Customer Success'.
   */
  reports_to?: string;
  /**
   * The customer segments the team covers, e.g. smb, mid-market, enterprise. Gainsight: the hiring profile depends on segment (small vs large customers).
   */
  segments?: string[];
  /**
   * The roles in the team; at least one.
   *
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  /**
   * This interface was referenced by `Team`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A role in the team, with its people and responsibilities. Source: team charter template section III, Team Composition (Name / Role / Main Responsibilities).
 */
export interface Role {
  /**
   * The role's id, used by swim lanes, hand-offs and key activities, e.g. 'csm'.
   */
  id: Id;
  /**
   * The job title, e.g. "Customer Success Manager".
   */
  title: string;
  /**
   * How many people hold this role (planned or current), used to judge coverage (e.g. accounts or ARR per CSM).
   */
  headcount?: number;
  /**
   * The names of the people in this role. Everyone listed here is expected to sign the charter once it is in effect (team-member-unsigned).
   */
  people?: string[];
  /**
   * What this role is responsible for, one item per line. A role with none is reported (role-without-responsibilities).
   */
  responsibilities?: string[];
  /**
   * The skills this role needs. TSIA: the skills to hire for depend on the charter.
   */
  skills?: string[];
  /**
   * This interface was referenced by `Role`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The charter statement: why the team exists. ServiceSource/Cisco: mission, vision, why CS is important, the problems it solves, the opportunities, and the consequences of doing nothing.
 */
export interface Statement {
  /**
   * One sentence saying what the team does, for which customers, and to what outcome. Gainsight: keep it to one sentence and address the customer's need, not your company's. TSIA: a charter that is only a marketing tagline is a common error. At least 8 words, no more than 40.
   */
  mission: string;
  /**
   * What success looks like for customers once the mission is achieved.
   */
  vision?: string;
  /**
   * Why Customer Success matters to the organisation (ServiceSource/Cisco: "why CS is important").
   */
  why?: string;
  /**
   * The problems this team solves today.
   */
  problems?: string[];
  /**
   * The opportunities the team will pursue.
   */
  opportunities?: string[];
  /**
   * What happens if the company does nothing (ServiceSource/Cisco: the consequences of doing nothing).
   */
  consequences_of_inaction?: string[];
  /**
   * This interface was referenced by `Statement`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * What is in and out of this team's charter. TSIA warns that CS becomes a 'dumping ground' without it: push work outside the charter back to its owner. GitLab's CS vision lists scope and out-of-scope.
 */
export interface Scope {
  /**
   * Work this team does.
   */
  in?: string[];
  /**
   * Work this team does not do, ideally naming who does it (e.g. 'Technical break/fix support (Support team)').
   */
  out?: string[];
  /**
   * This interface was referenced by `Scope`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A goal of the team. Good objectives are measurable (linked to metrics), assigned to an owner, time-bound, and tied to the business strategy (S.M.A.R.T.; csmpractice.com: balance short- and long-term goals aligned with the business strategy).
 */
export interface Objective {
  /**
   * The objective's id, e.g. 'protect-base'.
   */
  id: Id;
  /**
   * The objective in one sentence, ideally with a number and a date.
   */
  statement: string;
  /**
   * The time horizon: short (within 12 months), medium (within 24 months) or long (more than 24 months). If absent it is derived from due minus meta.effective_date. A charter with only short-term goals is reported (only-short-term-goals).
   */
  horizon?: 'short' | 'medium' | 'long';
  /**
   * When the objective should be achieved.
   */
  due?: Date;
  /**
   * The company goal or OKR this objective supports, e.g. 'FY27 company goal 2: durable recurring revenue'. Objectives with none are reported (objective-without-strategy-link).
   */
  strategy_link?: string;
  /**
   * Who is accountable for this objective.
   */
  owner?: Person;
  /**
   * The ids of the metrics (from this charter's metrics list) that measure progress on this objective. An objective with no metric, or with an unknown metric id, is an error (objective-without-metric).
   */
  metrics?: Id[];
  /**
   * This interface was referenced by `Objective`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An operating metric of the team: what is measured, how, in which unit, which way is better, where it stands (baseline) and where it should go (target). Gainsight: operating metrics should drive financial outcomes, measure daily activities and matter to the CEO. ServiceSource/Cisco: goals with benchmarks or metrics.
 */
export interface Metric {
  /**
   * The metric's id, referenced from objectives[].metrics, e.g. 'grr'.
   */
  id: Id;
  /**
   * The metric name as people say it, e.g. "Gross revenue retention".
   */
  name: string;
  /**
   * The id of the standard metric this is (charter's metric catalogue), e.g. grr, nrr, logo-churn-rate, renewal-rate, expansion-arr, csql-count, time-to-first-value, onboarding-completion-rate, product-adoption-rate, license-utilization, customer-health-score, csat, nps, ces, first-response-time, time-to-resolution, first-contact-resolution, arr-per-csm, cs-cost-ratio, cost-per-ticket. Setting it enables range and direction checks (e.g. GRR cannot exceed 100%) and tells the linter which charter types the metric measures. Leave it out for a custom metric.
   */
  catalog?: string;
  /**
   * What kind of metric this is: lagging (outcomes such as churn, renewal, expansion), leading (indicators such as adoption, advocates, leads identified, NPS/CSAT, health score), activity (operational work such as risks resolved, trainings, EBRs held) or cost. Gainsight: operational metric -> leading indicator -> lagging outcome.
   */
  kind?: 'leading' | 'lagging' | 'activity' | 'cost';
  /**
   * How the metric is calculated, in words: numerator, denominator, which customers (cohort) and over what window. Gainsight: you can only measure what you can define.
   */
  definition?: string;
  /**
   * The formula in symbols, if you want it in addition to the definition, e.g. "(E - N) / S x 100".
   */
  formula?: string;
  /**
   * The unit the metric is measured in.
   */
  unit: Unit;
  /**
   * The ISO 4217 currency code, required when unit is currency, e.g. USD, EUR, GBP.
   */
  currency?: string;
  /**
   * The survey scale used, e.g. "1-7 agreement" or "1-5 satisfaction". Recommended for CES and CSAT, whose formulas vary between vendors.
   */
  scale?: string;
  /**
   * Which way is better: increase (e.g. retention), decrease (e.g. churn, response time) or maintain (keep within a band; give target.min/max). Contradicting the catalogue's direction is an error.
   */
  direction: 'increase' | 'decrease' | 'maintain';
  /**
   * The current value and when it was measured.
   */
  baseline?: Baseline;
  /**
   * The value to reach, and by when. A metric without a target is an error (metric-without-target).
   */
  target?: Target;
  /**
   * Who is accountable for this metric (TSIA: accountability; S.M.A.R.T.: assignable).
   */
  owner?: Person;
  /**
   * How often the metric is measured and reviewed.
   */
  cadence?: Cadence;
  /**
   * The system of record the number comes from, e.g. 'Salesforce ARR snapshots'. TSIA: only 61% of CS orgs can report metrics on their charter in granular detail.
   */
  data_source?: string;
  /**
   * The charter types this metric measures. If absent, they are taken from the catalogue entry named in 'catalog'. Every declared charter type needs at least one metric (charter-type-without-metric).
   */
  charter_types?: CharterType[];
  /**
   * The customer segments the metric covers; absent means all segments.
   */
  segment?: string[];
  /**
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * Where the metric stands today: the starting point that targets are compared with (ServiceSource/Cisco: benchmarks).
 */
export interface Baseline {
  /**
   * The measured value, in the metric's unit (e.g. 88 for 88%).
   */
  value: number;
  /**
   * The date the baseline was measured.
   */
  as_of?: Date;
  /**
   * This interface was referenced by `Baseline`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The goal for the metric: a value to reach by a date, or for a 'maintain' metric a band (min and/or max). A target must move in the metric's direction from the baseline and stay within the unit's range.
 */
export interface Target {
  /**
   * The target value, in the metric's unit.
   */
  value?: number;
  /**
   * Lowest acceptable value, for metrics whose direction is 'maintain'.
   */
  min?: number;
  /**
   * Highest acceptable value, for metrics whose direction is 'maintain'.
   */
  max?: number;
  /**
   * When the target should be reached.
   */
  by?: Date;
  /**
   * This interface was referenced by `Target`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An essential recurring activity of the team. Gainsight: list the essential activities (and analyse where time goes). Template section IV (Responsibilities).
 */
export interface KeyActivity {
  /**
   * What is done, in one sentence.
   */
  activity: string;
  /**
   * The charter type this activity serves.
   */
  charter_type?: CharterType;
  /**
   * The id of the role in this team that does it (a team.roles[].id), e.g. 'csm'.
   */
  owner_role?: Id;
  /**
   * How often it happens.
   */
  frequency?: Cadence;
  /**
   * This interface was referenced by `KeyActivity`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * Who owns a process, in RACI form. TSIA: process ownership must be clearly articulated (who owns the renewal: CSM, renewal specialist or sales rep? who owns lead generation?). RACI: there must be only one accountable per task. Lanes may name other teams as owners.
 */
export interface SwimLane {
  /**
   * The process, e.g. 'renewal', 'expansion-lead-generation', 'upsell'.
   */
  process: ProcessId;
  /**
   * The customer segments this lane applies to; absent means all segments. Use segments to split ownership legitimately (e.g. CSM owns mid-market renewals, the Account Executive owns enterprise renewals).
   */
  segment?: string[];
  /**
   * The one team and role that is accountable for the process. Exactly one; a list is not allowed (process-owner-ambiguous).
   */
  accountable: TeamRole;
  /**
   * The teams and roles that do the work.
   */
  responsible?: TeamRole[];
  /**
   * The teams and roles consulted before decisions.
   */
  consulted?: TeamRole[];
  /**
   * The teams and roles kept informed.
   */
  informed?: TeamRole[];
  /**
   * How far this team goes before handing the work to another team: deal size, SKU, discount or complexity. TSIA: say 'how far they can go before the activity is transitioned'. Expected on upsell lanes of expansion charters (expansion-without-upsell-limit).
   */
  limit?: string;
  /**
   * Anything else worth knowing about this lane.
   */
  notes?: string;
  /**
   * This interface was referenced by `SwimLane`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A role in a team: which team (by its team.id) and which role in it (the role's id or title), e.g. {team: csm, role: csm}. Naming both the team and the role is what makes ownership explicit (TSIA: CSM vs renewal specialist vs sales rep).
 */
export interface TeamRole {
  /**
   * The team's id (its team.id), e.g. 'csm', 'sales', 'onboarding'. The team does not need a charter of its own.
   */
  team: Id;
  /**
   * The role within that team: a role id from that team's charter or a job title, e.g. 'account-executive' or 'Renewal Specialist'.
   */
  role: string;
  /**
   * This interface was referenced by `TeamRole`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A transfer of a customer or a piece of work between two teams: where one team's work stops and the next one's begins (TSIA). Use the same id in both teams' charters so the linter can check they agree (cross-handoff-mismatch). Gainsight: Sales should 'ensure solid handoff'.
 */
export interface Handoff {
  /**
   * The hand-off's id, identical in both teams' charters, e.g. 'onboarding-to-csm'.
   */
  id: Id;
  /**
   * The process the hand-off belongs to.
   */
  process?: ProcessId;
  /**
   * The team and role handing over.
   */
  from: TeamRole;
  /**
   * The team and role receiving.
   */
  to: TeamRole;
  /**
   * The event or criteria that start the transfer, e.g. "Customer confirms the first value milestone and go-live is complete". A hand-off without one is reported (handoff-without-trigger).
   */
  trigger?: string;
  /**
   * What is handed over, e.g. success plan, stakeholder map, open-risk list (GitLab: hand-off before the kickoff call).
   */
  artifacts?: string[];
  /**
   * How fast the receiving team accepts or acts, e.g. 'CSM accepts within 2 business days' (SBI: documented interlocks).
   */
  sla?: string;
  /**
   * For expansion hand-offs: the threshold above which the work moves to the receiving team (deal size, new SKU, discount).
   */
  limit?: string;
  /**
   * This interface was referenced by `Handoff`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * What this team expects of another team. Gainsight: 'What do you expect other teams to do?'; the classic failure is 'Team A expects Team B to accomplish tasks that Team B doesn't think is their job'. SBI: key interlocks between functions documented.
 */
export interface Dependency {
  /**
   * The id of the team you depend on (its team.id), e.g. 'sales'.
   */
  team: Id;
  /**
   * What kind of team it is.
   */
  function?: TeamFunction;
  /**
   * What you expect of that team. A dependency with no expectation is reported (dependencies-incomplete).
   */
  expectations?: Expectation[];
  /**
   * This interface was referenced by `Dependency`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * One thing this team expects the other team to do. Give it an id the other team can repeat in its commitments; cross-dependency-unacknowledged reports expectations the other team's charter does not commit to.
 */
export interface Expectation {
  /**
   * The expectation's id; the other team's matching commitment must use the same id, e.g. 'go-live-within-45-days'.
   */
  id: Id;
  /**
   * What you expect the other team to do, in one sentence.
   */
  expectation: string;
  /**
   * The process this expectation belongs to.
   */
  process?: ProcessId;
  /**
   * The time or quality standard expected, e.g. "within 1 business hour".
   */
  sla?: string;
  /**
   * This interface was referenced by `Expectation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * Something this team promises another team: the other side of a dependency (Gainsight). Use the id of the other team's expectation so the two charters match.
 */
export interface Commitment {
  /**
   * The id of the team you commit to, or "*" for every team.
   */
  to: string;
  /**
   * The commitment's id; equal to the other team's expectation id, e.g. 'accept-handoff-2-days'.
   */
  id: Id;
  /**
   * What you promise, in one sentence.
   */
  commitment: string;
  /**
   * The process this commitment belongs to.
   */
  process?: ProcessId;
  /**
   * This interface was referenced by `Commitment`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * Something that could go wrong, with its assessment, corrective action and owner. ServiceSource/Cisco: risk analysis and recommendations for corrective actions; Gainsight: write down all the things that can go wrong; every risk category has an executive owner.
 */
export interface Risk {
  /**
   * The risk's id, e.g. 'enterprise-renewal-gap'.
   */
  id: Id;
  /**
   * What could go wrong and what it would cause.
   */
  risk: string;
  /**
   * How likely the risk is (very-low to very-high, or 1-5).
   */
  likelihood?: Level;
  /**
   * How bad it would be (very-low to very-high, or 1-5).
   */
  impact?: Level;
  /**
   * The corrective or preventive action. Required in practice for risks scoring 12 or more (high-risk-unmitigated).
   */
  mitigation?: string;
  /**
   * Who owns the risk and its mitigation.
   */
  owner?: Person;
  /**
   * Where the risk stands: open, mitigating (action under way), accepted (consciously tolerated) or closed.
   */
  status?: 'open' | 'mitigating' | 'accepted' | 'closed';
  /**
   * This interface was referenced by `Risk`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A milestone of the implementation roadmap (ServiceSource/Cisco: implementation roadmap of events and activities; GitLab: capabilities roadmap).
 */
export interface RoadmapItem {
  /**
   * What will be in place.
   */
  milestone: string;
  /**
   * When it is due.
   */
  due?: Date;
  /**
   * Who delivers it.
   */
  owner?: Person;
  /**
   * Progress: planned, in-progress, done or blocked.
   */
  status?: 'planned' | 'in-progress' | 'done' | 'blocked';
  /**
   * This interface was referenced by `RoadmapItem`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * One line of the communications plan: who hears what, through which channel, how often, from whom (ServiceSource/Cisco: communications plans; communication plan fields: audience, topic, channel, frequency, owner).
 */
export interface CommItem {
  /**
   * Who receives the message, e.g. 'Sales leadership'.
   */
  audience: string;
  /**
   * What is communicated.
   */
  message: string;
  /**
   * How, e.g. 'Monthly revenue review' or 'CS newsletter'.
   */
  channel?: string;
  /**
   * How often.
   */
  cadence?: Cadence;
  /**
   * Who sends it.
   */
  owner?: Person;
  /**
   * This interface was referenced by `CommItem`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * An operating principle: how the team works (template section V: customer-centricity, transparency, accountability, innovation).
 */
export interface Principle {
  /**
   * The principle in a few words.
   */
  name: string;
  /**
   * What it means in practice.
   */
  description?: string;
  /**
   * This interface was referenced by `Principle`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * The skills needed per charter type; keys are charter types (adoption, retention, ...). TSIA: 'If you are hiring for a resource to help with adoption, that skill is different than if you are hiring a resource to support motions of commercial charters.' A declared charter type with no entry is reported (skills-missing-for-charter-type).
 */
export interface SkillsRequired {
  /**
   * The skills needed for the adoption charter.
   */
  adoption?: string[];
  /**
   * The skills needed for the retention charter.
   */
  retention?: string[];
  /**
   * The skills needed for the expansion charter.
   */
  expansion?: string[];
  /**
   * The skills needed for the onboarding charter.
   */
  onboarding?: string[];
  /**
   * The skills needed for the support charter.
   */
  support?: string[];
  /**
   * The skills needed for the outcomes charter.
   */
  outcomes?: string[];
  /**
   * The skills needed for the advocacy charter.
   */
  advocacy?: string[];
  /**
   * The skills needed for the enablement charter.
   */
  enablement?: string[];
  /**
   * The skills needed for the operations charter.
   */
  operations?: string[];
  /**
   * This interface was referenced by `SkillsRequired`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A person with a stake in the charter, typically executives of partner functions. TSIA: the best charters carry signatures from all customer-facing executives; executive stakeholders must sign once the charter is past draft (executive-signature-missing).
 */
export interface Stakeholder {
  /**
   * The stakeholder's name.
   */
  name: Person;
  /**
   * The stakeholder's job title, e.g. 'Chief Revenue Officer'.
   */
  title: string;
  /**
   * The stakeholder's department.
   */
  department?: string;
  /**
   * Whether this stakeholder is an executive who must sign. If absent, it is derived from the title (Chief..., VP, SVP, EVP, Head of, President, General Manager, CxO).
   */
  executive?: boolean;
  /**
   * What the stakeholder cares about in this charter.
   */
  interest?: string;
  /**
   * This interface was referenced by `Stakeholder`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * How the charter is kept alive: its review cycle and how results are reported.
 */
export interface Governance {
  /**
   * The review and amendment procedure.
   */
  review?: Review;
  /**
   * Regular reporting on the charter.
   */
  reporting?: Reporting;
  /**
   * This interface was referenced by `Governance`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * How the charter is reviewed and amended (template section VI: reviewed annually; TSIA: revisit annually; SBI: refresh the plan quarterly).
 */
export interface Review {
  /**
   * How often the charter is reviewed: annual, semiannual or quarterly.
   */
  cadence?: 'annual' | 'semiannual' | 'quarterly';
  /**
   * Who takes part in the review.
   */
  reviewers?: string[];
  /**
   * How changes are proposed and approved, e.g. who must sign off on a change to swim lanes.
   */
  amendment_procedure?: string;
  /**
   * This interface was referenced by `Review`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * How results against the charter are reported (template section IV: regular reporting).
 */
export interface Reporting {
  /**
   * Who receives the report, e.g. 'Executive team'.
   */
  audience?: string;
  /**
   * How often it is reported.
   */
  cadence?: Cadence;
  /**
   * This interface was referenced by `Reporting`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A formal approval decision on the charter (template section VII: name, title, date signed). A charter that is 'approved' or 'active' needs at least one approval with decision 'approved' and a date (approval-missing). An unsigned charter is 'worthless' (project charter practice).
 */
export interface Approval {
  /**
   * The approver's name.
   */
  name: Person;
  /**
   * The approver's job title.
   */
  title?: string;
  /**
   * The approver's department.
   */
  department?: string;
  /**
   * The decision: approved, rejected or pending. A date is required when approved.
   */
  decision: 'approved' | 'rejected' | 'pending';
  /**
   * When the decision was made. Required when the decision is approved.
   */
  date?: Date;
  /**
   * This interface was referenced by `Approval`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
/**
 * A signature on the charter: who signed which version, when (template section VIII; TSIA: signatures from all customer-facing executives; csmpractice.com: buy-in). `charter sign` writes it. A signature for another version, dated before the latest revision, or whose digest no longer matches the content, is stale (signature-stale).
 */
export interface Signature {
  /**
   * The signer's name, written as in stakeholders and roles.
   */
  name: Person;
  /**
   * The signer's job title.
   */
  title?: string;
  /**
   * The signer's department.
   */
  department?: string;
  /**
   * In what capacity they signed: owner (the charter owner), approver, stakeholder or team-member.
   */
  role?: 'owner' | 'approver' | 'stakeholder' | 'team-member';
  /**
   * When they signed.
   */
  date: Date;
  /**
   * The charter version they signed, as a quoted string; should equal meta.version.
   */
  version?: string;
  /**
   * The hash of the charter's content at signing time, 'sha256:' followed by 64 lower-case hex digits, written by `charter sign`. The content hashed is the parsed charter without signatures and approvals, keys sorted, serialised as compact JSON. If the charter changes afterwards, the signature is reported as stale.
   */
  digest?: string;
  /**
   * This interface was referenced by `Signature`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
