import type { AnyCrossRule, AnyRule } from './types.js';
import adoptionHandoffMissing from '../adoption-handoff-missing.js';
import approvalMissing from '../approval-missing.js';
import charterStatementIncomplete from '../charter-statement-incomplete.js';
import charterTypeWithoutMetric from '../charter-type-without-metric.js';
import crossDependencyUnacknowledged from '../cross-dependency-unacknowledged.js';
import crossDuplicateTeamId from '../cross-duplicate-team-id.js';
import crossHandoffMismatch from '../cross-handoff-mismatch.js';
import crossProcessConflict from '../cross-process-conflict.js';
import costMetricMissing from '../cost-metric-missing.js';
import dependenciesIncomplete from '../dependencies-incomplete.js';
import executiveSignatureMissing from '../executive-signature-missing.js';
import expansionWithoutLeadOwner from '../expansion-without-lead-owner.js';
import expansionWithoutUpsellLimit from '../expansion-without-upsell-limit.js';
import handoffWithoutTrigger from '../handoff-without-trigger.js';
import highRiskUnmitigated from '../high-risk-unmitigated.js';
import metricIncomplete from '../metric-incomplete.js';
import metricOrphaned from '../metric-orphaned.js';
import metricTargetContradictsDirection from '../metric-target-contradicts-direction.js';
import metricValueOutOfRange from '../metric-value-out-of-range.js';
import metricWithoutDataSource from '../metric-without-data-source.js';
import metricWithoutTarget from '../metric-without-target.js';
import missionIsTagline from '../mission-is-tagline.js';
import missionNotCustomerFocused from '../mission-not-customer-focused.js';
import missionTooLong from '../mission-too-long.js';
import nextReviewInvalid from '../next-review-invalid.js';
import objectiveWithoutMetric from '../objective-without-metric.js';
import objectiveWithoutStrategyLink from '../objective-without-strategy-link.js';
import onlyShortTermGoals from '../only-short-term-goals.js';
import operatingPrinciplesMissing from '../operating-principles-missing.js';
import placeholderText from '../placeholder-text.js';
import processOwnerAmbiguous from '../process-owner-ambiguous.js';
import retentionWithoutRenewalOwner from '../retention-without-renewal-owner.js';
import reviewOverdue from '../review-overdue.js';
import riskRegisterIncomplete from '../risk-register-incomplete.js';
import roadmapCommsMissing from '../roadmap-comms-missing.js';
import roleWithoutResponsibilities from '../role-without-responsibilities.js';
import schemaViolation from '../schema-violation.js';
import signatureStale from '../signature-stale.js';
import skillsMissingForCharterType from '../skills-missing-for-charter-type.js';
import teamMemberUnsigned from '../team-member-unsigned.js';

/** Every built-in single-charter rule, in the order of rules.md §5.1 (rules 1–36). */
export const rules: readonly AnyRule[] = [
  schemaViolation,
  placeholderText,
  reviewOverdue,
  nextReviewInvalid,
  approvalMissing,
  missionIsTagline,
  missionNotCustomerFocused,
  missionTooLong,
  charterStatementIncomplete,
  charterTypeWithoutMetric,
  retentionWithoutRenewalOwner,
  expansionWithoutLeadOwner,
  expansionWithoutUpsellLimit,
  adoptionHandoffMissing,
  skillsMissingForCharterType,
  objectiveWithoutMetric,
  objectiveWithoutStrategyLink,
  onlyShortTermGoals,
  metricWithoutTarget,
  metricIncomplete,
  metricWithoutDataSource,
  metricTargetContradictsDirection,
  metricValueOutOfRange,
  metricOrphaned,
  costMetricMissing,
  roleWithoutResponsibilities,
  processOwnerAmbiguous,
  handoffWithoutTrigger,
  dependenciesIncomplete,
  riskRegisterIncomplete,
  highRiskUnmitigated,
  roadmapCommsMissing,
  operatingPrinciplesMissing,
  executiveSignatureMissing,
  signatureStale,
  teamMemberUnsigned,
];

/** Every built-in cross-charter rule, in the order of rules.md §5.1 (rules 37–40). */
export const crossRules: readonly AnyCrossRule[] = [
  crossDependencyUnacknowledged,
  crossProcessConflict,
  crossHandoffMismatch,
  crossDuplicateTeamId,
];
