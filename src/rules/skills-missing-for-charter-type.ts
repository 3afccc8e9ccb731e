import { defineRule } from './support/types.js';
import { SKILLS } from '../catalog.js';
import { isBlank, isRecord, list, text } from '../model/read.js';

export default defineRule({
  id: 'skills-missing-for-charter-type',
  meta: {
    description: 'List the skills each declared charter type needs.',
    tags: ['charter-types', 'skills', 'team'],
    severity: 'info',
    sources: ['S4', 'S5'],
    messages: {
      noSkills:
        "no skills listed for the '{{type}}' charter; adoption and commercial charters need different profiles, so add skills_required.{{type}}{{examples}}",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const skills = isRecord(data['skills_required']) ? data['skills_required'] : {};
    const seen = new Set<string>();
    for (const raw of list(data['charter_types'])) {
      const t = typeof raw === 'string' ? text(raw) : undefined;
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      const v = Object.prototype.hasOwnProperty.call(skills, t) ? skills[t] : undefined;
      const empty = Array.isArray(v) ? !v.some((s) => text(s) !== undefined) : isBlank(v);
      if (!empty) continue;
      const suggested = Object.prototype.hasOwnProperty.call(SKILLS, t) ? (SKILLS[t] ?? []) : [];
      const examples = suggested.length > 0 ? ` (e.g. ${suggested.slice(0, 3).join(', ')})` : '';
      report({ messageId: 'noSkills', data: { type: t, examples }, path: ['skills_required', t] });
    }
  },
});
