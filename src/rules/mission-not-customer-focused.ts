import { defineRule } from './support/types.js';
import { COMPANY_RES, CUSTOMER_RE } from './support/lexicon.js';
import { isRecord } from '../model/read.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default defineRule({
  id: 'mission-not-customer-focused',
  meta: {
    description: "Write the mission around the customer's need, not the company's targets.",
    tags: ['statement', 'mission'],
    severity: 'warning',
    sources: ['S5', 'P30'],
    messages: {
      noCustomer:
        "mission names no customer: say whose need the team serves and what changes for them (e.g. 'Help every customer ...')",
      companyCentric:
        "mission speaks for the company, not the customer ({{customers}}; company-centric wording: {{phrases}}): state the customer's need and the outcome the team delivers for them",
    },
    defaultOptions: { customerTerms: [] as string[] },
    options: {
      customerTerms: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          "words that name your customers besides the built-in ones (customer, client, user, member, ...), e.g. 'clinician' or 'merchant'",
        setting: 'mission.customerTerms',
      },
    },
  },
  check({ data, options, report }) {
    const statement = data['statement'];
    const mission = isRecord(statement) ? statement['mission'] : undefined;
    if (typeof mission !== 'string' || mission.trim() === '') return;
    const m = mission.replace(/\s+/g, ' ').trim();
    const extra = options.customerTerms.map((t) => t.trim()).filter((t) => t !== '');
    const extraRe = extra.length > 0 ? new RegExp(`\\b(${extra.map(escapeRe).join('|')})\\b`, 'gi') : undefined;
    const cust = [...m.matchAll(CUSTOMER_RE)].length + (extraRe ? [...m.matchAll(extraRe)].length : 0);
    const company = COMPANY_RES.flatMap((re) => [...m.matchAll(re)]).sort((a, b) => a.index - b.index);
    if (cust > 0 && company.length <= cust) return;
    const path = ['statement', 'mission'];
    if (company.length === 0) {
      report({ messageId: 'noCustomer', path });
      return;
    }
    // Every match counts, but overlapping ones ('grow our ARR' and 'our ARR') are named once.
    const spans: Array<{ start: number; end: number }> = [];
    for (const c of company) {
      const last = spans[spans.length - 1];
      const end = c.index + c[0].length;
      if (last && c.index < last.end) last.end = Math.max(last.end, end);
      else spans.push({ start: c.index, end });
    }
    const phrases = [...new Set(spans.map((sp) => m.slice(sp.start, sp.end)))].map((p) => `'${p}'`).join(', ');
    const customers =
      cust === 0
        ? 'no customer reference'
        : `${cust} customer reference${cust === 1 ? '' : 's'} against ${company.length} company-centric phrase${company.length === 1 ? '' : 's'}`;
    report({ messageId: 'companyCentric', data: { customers, phrases }, path });
  },
});
