/** Public API of charter: load, lint and inspect Customer Success team charters. */
export { lint, lintText, type LintRunOptions } from './lint.js';
export { loadCharter, loadCharterText } from './load.js';
export { parseCharter, decodeCharter, type LoadedCharter } from './model/document.js';
export { locate } from './model/locate.js';
export { toPointer, fromPointer } from './model/pointer.js';
export { rules, crossRules } from './rules/support/registry.js';
export { docsUrl } from './rules/support/docs.js';
export { ruleInfos, type RuleInfo } from './rules/support/info.js';
export { formatters, summarize, type Formatter, type FormatContext, type Summary } from './formatters/index.js';
export { KPI_CATALOG, PROCESS_CATALOG, findKpi, type KpiEntry, type ProcessEntry } from './catalog.js';
export { CharterError } from './errors.js';
export { renderCharter, renderOrg, type RenderOptions, type RenderResult, type RenderFormat, type Paper, type OrgRenderOptions } from './render/render.js';
export { charterDigest, canonicalJson } from './digest.js';
export { signatureStatuses, type SignatureStatus, type SignatureState } from './signatures.js';
export { applyEdits, type Edit, type EditPath } from './edit/yaml-edit.js';
export type { Finding, FileResult, Severity, Range, Position, PathSegment } from './model/types.js';
export type { Rule, RuleMeta, RuleContext, ReportDescriptor, CrossRule, CrossRuleContext, CrossReportDescriptor, CrossCharter } from './rules/support/types.js';
export type { Charter } from './generated/charter.js';
