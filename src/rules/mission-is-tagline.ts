import { defineRule } from './support/types.js';
import { VERBS } from './support/lexicon.js';

export default defineRule({
  id: 'mission-is-tagline',
  meta: {
    description: 'State the mission as one full sentence: what the team does, for which customers, to what outcome.',
    tags: ['statement', 'mission'],
    severity: 'warning',
    sources: ['S4', 'S5', 'P30'],
    messages: {
      tagline:
        'mission reads like a tagline ({{n}} words, {{why}}): state what the team does, for which customers, and to what outcome, in one sentence',
    },
    defaultOptions: { minWords: 8, verbs: [] as string[] },
    options: {
      minWords: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        description: 'a mission with fewer words reads like a tagline',
        setting: 'mission.minWords',
      },
      verbs: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          "verbs to accept besides the built-in list (help, enable, deliver, ...), e.g. your own wording such as 'shepherd'; -s and -ing forms must be listed too",
        setting: 'mission.verbs',
      },
    },
  },
  check({ data, options, report }) {
    const statement = data['statement'];
    const mission = statement && typeof statement === 'object' ? (statement as Record<string, unknown>)['mission'] : undefined;
    if (typeof mission !== 'string' || mission.trim() === '') return;
    const m = mission.toLowerCase().replace(/\s+/g, ' ').trim();
    const words = m.match(/[a-z0-9'’-]+/g) ?? [];
    const reasons: string[] = [];
    if (words.length < options.minWords) reasons.push(`fewer than ${options.minWords}`);
    const extra = new Set(options.verbs.map((v) => v.toLowerCase().trim()));
    const isVerb = (w: string) => VERBS.has(w) || extra.has(w);
    if (!words.some(isVerb) && !/\b(to|we)\s+[a-z]+/.test(m)) reasons.push('no verb saying what the team does');
    if (m.endsWith('!')) reasons.push('ends with "!"');
    const fragments = m
      .split(/[.!?]+/)
      .map((f) => f.trim())
      .filter((f) => f !== '');
    if (fragments.length >= 2 && fragments.every((f) => (f.match(/[a-z0-9'’-]+/g) ?? []).length < 4)) {
      reasons.push('a string of short fragments');
    }
    if (reasons.length > 0) {
      report({ messageId: 'tagline', data: { n: words.length, why: reasons.join('; ') }, path: ['statement', 'mission'] });
    }
  },
});
