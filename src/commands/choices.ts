/** The choices of command options, shared by each command's declaration and its run module. */
import type { RenderFormat } from '../render/render.js';

/** The decisions an approval records (format.md, Approval.decision). */
export const DECISIONS = ['approved', 'rejected', 'pending'] as const;

/** Which part of `meta.version` to increase. */
export const BUMP_LEVELS = ['major', 'minor', 'patch'] as const;

/** The output formats of `charter lint`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;

/** The output formats of `charter render` (every RenderFormat, in the order help lists them). */
export const RENDER_FORMATS = ['md', 'html', 'pdf', 'docx'] as const satisfies readonly RenderFormat[];

/** The roles a signer may have (format.md, Signature.role). */
export const SIGNER_ROLES = ['owner', 'approver', 'stakeholder', 'team-member'] as const;

/** The output formats of `charter diff`. */
export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;

/** The kinds of change `charter diff --fail-on` turns into exit 1 (diff/report.ts counts them). */
export const DIFF_FAIL_KINDS = ['lowered-target', 'ownership-moved', 'signatures-stale', 'new-errors'] as const;
