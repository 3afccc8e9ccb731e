import { defineRule } from './support/types.js';
import { isRecord, num } from '../model/read.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export default defineRule({
  id: 'mission-too-long',
  meta: {
    description: 'Keep the mission to one sentence of at most 40 words.',
    tags: ['statement', 'mission'],
    severity: 'info',
    sources: ['S5'],
    messages: {
      tooLong:
        'keep the mission to one sentence of at most {{maxWords}} words (found {{sentences}}, {{words}}): move the detail to the vision, the why or the objectives',
    },
    defaultOptions: { maxWords: 40 },
    options: {
      maxWords: {
        type: 'integer',
        minimum: 1,
        maximum: 500,
        description: 'the most words a mission may have',
        setting: 'mission.maxWords',
      },
    },
  },
  check({ data, options, report }) {
    const statement = data['statement'];
    const mission = isRecord(statement) ? statement['mission'] : undefined;
    if (typeof mission !== 'string' || mission.trim() === '') return;
    const m = mission.toLowerCase().replace(/\s+/g, ' ').trim();
    const maxWords = num(options.maxWords) ?? 40;
    const sentences = m.split(/[.!?]+(?=\s)/).filter((s) => s.trim() !== '').length;
    const words = (m.match(/[\p{L}\p{N}]+(?:['’-]+[\p{L}\p{N}]+)*/gu) ?? []).length;
    if (sentences > 1 || words > maxWords) {
      report({
        messageId: 'tooLong',
        data: { maxWords, sentences: plural(sentences, 'sentence'), words: plural(words, 'word') },
        path: ['statement', 'mission'],
      });
    }
  },
});
