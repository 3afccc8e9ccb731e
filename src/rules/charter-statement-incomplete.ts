import { defineRule } from './support/types.js';
import { isBlank, isRecord } from '../model/read.js';

const FIELDS = ['vision', 'why', 'problems', 'opportunities', 'consequences_of_inaction'] as const;

/** Absent, empty, or a list of blank entries only. */
function isEmpty(v: unknown): boolean {
  return isBlank(v) || (Array.isArray(v) && v.every(isBlank));
}

export default defineRule({
  id: 'charter-statement-incomplete',
  meta: {
    description: 'Complete the charter statement: vision, why CS matters, problems, opportunities and consequences of inaction.',
    tags: ['statement'],
    severity: 'warning',
    sources: ['S3'],
    messages: {
      incomplete:
        'charter statement lacks: {{list}}. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const statement = data['statement'];
    const s: Record<string, unknown> = isRecord(statement) ? statement : {};
    const missing = FIELDS.filter((f) => isEmpty(s[f]));
    if (missing.length > 0) report({ messageId: 'incomplete', data: { list: missing.join(', ') }, path: ['statement'] });
  },
});
