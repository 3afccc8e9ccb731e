import { defineRule } from './support/types.js';
import { isRecord, isoDate, records, text } from '../model/read.js';

const NEEDS_APPROVAL: ReadonlySet<string> = new Set(['approved', 'active']);

export default defineRule({
  id: 'approval-missing',
  meta: {
    description: 'Record a dated approval before marking the charter approved or active.',
    tags: ['governance', 'approval'],
    severity: 'error',
    sources: ['S2 VII', 'P33'],
    messages: {
      noApproval:
        "status is '{{status}}' but no dated approval is recorded{{detail}}: add an approval with the approver's name, decision: approved and the date, or set the status back to in-review",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const meta = data['meta'];
    const status = isRecord(meta) ? text(meta['status']) : undefined;
    if (status === undefined || !NEEDS_APPROVAL.has(status)) return;
    const approvals = records(data['approvals']);
    const ok = approvals.some(
      ({ item }) =>
        text(item['decision'])?.toLowerCase() === 'approved' && text(item['name']) !== undefined && isoDate(item['date']) !== undefined,
    );
    if (ok) return;
    const detail =
      approvals.length === 0
        ? ''
        : ` (${approvals.length === 1 ? 'the approval listed is not' : `none of the ${approvals.length} approvals listed is`} decision: approved with a name and a date)`;
    report({
      messageId: 'noApproval',
      data: { status, detail },
      path: Object.prototype.hasOwnProperty.call(data, 'approvals') ? ['approvals'] : ['meta', 'status'],
    });
  },
});
