import type { Finding } from '../../src/model/types.js';

/** A finding for formatter tests: fixed defaults, overridden by `partial`. */
export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'message'>): Finding {
  return {
    messageId: 'm',
    path: ['meta', 'version'],
    range: { start: { line: 3, column: 12 }, end: { line: 3, column: 15 } },
    file: 'charters/csm.yaml',
    ...partial,
  };
}
