import { defineRule } from './support/types.js';
import { isBlank } from '../model/read.js';

/** Absent, empty, or a list of blank entries only. */
function isEmpty(v: unknown): boolean {
  return isBlank(v) || (Array.isArray(v) && v.every(isBlank));
}

export default defineRule({
  id: 'roadmap-comms-missing',
  meta: {
    description: 'Add an implementation roadmap and a communications plan.',
    tags: ['planning', 'communication'],
    severity: 'info',
    sources: ['S3', 'P23'],
    messages: {
      missing: 'missing: {{list}}. {{advice}}',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const noRoadmap = isEmpty(data['roadmap']);
    const noComms = isEmpty(data['communications']);
    if (!noRoadmap && !noComms) return;
    const list = [noRoadmap ? 'roadmap' : '', noComms ? 'communications' : ''].filter(Boolean).join(', ');
    const advice = [
      noRoadmap ? 'List the milestones that put the charter in place, each with a due date and an owner.' : '',
      noComms ? 'Say who hears what about the charter, through which channel and how often.' : '',
    ]
      .filter(Boolean)
      .join(' ');
    report({ messageId: 'missing', data: { list, advice }, path: [noRoadmap ? 'roadmap' : 'communications'] });
  },
});
