import { defineRule } from './support/types.js';
import { isRecord, label, list, text } from '../model/read.js';

/** An expectation counts when it says something: a record with an `expectation` text (or a bare string). */
function hasExpectation(v: unknown): boolean {
  return list(v).some((e) => (isRecord(e) ? text(e['expectation']) !== undefined : typeof e === 'string' && text(e) !== undefined));
}

export default defineRule({
  id: 'dependencies-incomplete',
  meta: {
    description: 'Write down what the team expects of the other teams it depends on.',
    tags: ['dependencies'],
    severity: 'warning',
    sources: ['S5', 'P27'],
    messages: {
      noDependencies:
        'no dependencies on other teams: what do you expect Sales, Support, Product and Finance to do? Add them under dependencies with one expectation each',
      noExpectation:
        "dependency on '{{team}}' lists no expectation: write what you expect '{{team}}' to do for this team, each with an id '{{team}}' can commit to",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const deps = list(data['dependencies']);
    if (deps.length === 0) {
      report({ messageId: 'noDependencies', path: ['dependencies'] });
      return;
    }
    deps.forEach((dep, index) => {
      if (!isRecord(dep)) return;
      if (hasExpectation(dep['expectations'])) return;
      report({ messageId: 'noExpectation', data: { team: label(dep, index, 'team') }, path: ['dependencies', index] });
    });
  },
});
