import rule from '../../src/rules/placeholder-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

/** The first lines of the reference weak charter (a pasted template), comments included. */
const WEAK_HEAD = `# Example 4 — a deliberately weak charter, pasted from a web template and never finished.
# Tagline mission, no metrics, no signatures, placeholders left in, review overdue, and it
# collides with onboarding.yaml (claims the onboarding process; expects training Onboarding
# never committed to [Your Name]). TODO: list the expected findings.
charter: 1

meta:
  id: cs-team-charter
  name: Customer Success Team Charter
  company: "[Your Company Name]"
  department: [Your Department]      # unquoted: YAML reads this as a one-item list [Date]
  version: "1.0"
  status: active
  owner:
    name: "[Your Name]"
    title: Team Lead
  effective_date: 2024-01-15
  last_reviewed: 2025-03-01

team:
  id: cs-team
  name: Customer Success Team
  function: customer-success
  roles:
    - id: team-lead
      title: Team Lead
      people: ["[Your Name]"]
      responsibilities:
        - Oversee overall team operations.
`;

const WEAK_ERRORS = [
  { messageId: 'placeholder', path: '/meta/company', line: 10, column: 13, message: "template placeholder '[Your Company Name]' left in meta.company: replace it with the real name, date or text, or delete the line" },
  { messageId: 'placeholder', path: '/meta/department', line: 11, column: 15, message: "template placeholder '[Your Department]' left in meta.department: replace it with the real name, date or text, or delete the line" },
  { messageId: 'placeholder', path: '/meta/owner/name', line: 15, column: 12, message: "template placeholder '[Your Name]' left in meta.owner.name: replace it with the real name, date or text, or delete the line" },
  { messageId: 'placeholder', path: '/team/roles/0/people/0', line: 27, column: 17, message: "template placeholder '[Your Name]' left in team.roles[team-lead].people[0]: replace it with the real name, date or text, or delete the line" },
];

const SIMPLE = (body: string) => `charter: 1\nmeta:\n  id: x\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'the clean base charter', code: baseCharter() },
    {
      name: 'a real flow list with a keyword-free comma list and a placeholder in a comment only',
      fullOnly: '`{{` reads as a collection inside a flow mapping',
      code: SIMPLE('  people: [Jonah Reyes, Aiko Tanaka]   # [Your Name] TODO\n# {{company}} <your name>\n'),
    },
    {
      name: 'a one-item flow list with a comma-separated keyword is not a placeholder (near miss for P1)',
      code: SIMPLE('  titles: [Team Lead, Your Name Here]\n'),
    },
    {
      name: 'keywords inside longer words do not match (todos, tbdx, xx-large)',
      code: SIMPLE("  notes: The todos list, tbdx and xx-large are fine; it's done # TBD later\n"),
    },
    {
      name: 'an apostrophe inside a plain scalar does not hide the comment after it',
      code: SIMPLE("  why: Customers don't churn quietly # [Your Company Name] goes here\n"),
    },
    {
      name: 'wrongly typed data is irrelevant to a raw text scan',
      fullOnly: 'a flow mapping inside a flow sequence',
      code: SIMPLE('  version: 3.0\nteam: 42\nstatement: [1, 2, {a: null}]\nrisks: "none"\n'),
    },
  ],
  invalid: [
    {
      name: 'the weak charter template: quoted, unquoted and flow-list placeholders at exact columns',
      code: WEAK_HEAD,
      errors: WEAK_ERRORS,
    },
    {
      name: 'the weak charter template with CRLF line ends gives the same columns',
      fullOnly: 'carriage returns',
      code: WEAK_HEAD.replace(/\n/g, '\r\n'),
      errors: WEAK_ERRORS,
    },
    {
      name: 'each pattern P1-P4, and overlapping matches reported once',
      fullOnly: '`{{` reads as a collection inside a flow mapping',
      code: SIMPLE(
        [
          '  a: Welcome to <insert company> customers', // P2
          '  b: "Hello {{ customer_name }}"', // P3
          '  c: Owner is TBD, see FIXME', // P4 twice
          '  d: [TBD]', // P1 and P4 overlap: one finding
          '  e: Lorem ipsum dolor, XXXX', // P4 twice
          '  f: Signed on [Date Signed] by [ACCOUNT MANAGER\'S NAME(S)]', // P1 twice
          '',
        ].join('\n'),
      ),
      errors: [
        { messageId: 'placeholder', path: '/meta/a', line: 4, column: 17, message: "template placeholder '<insert company>' left in meta.a: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/b', line: 5, column: 13, message: "template placeholder '{{ customer_name }}' left in meta.b: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/c', line: 6, column: 15, message: "template placeholder 'TBD' left in meta.c: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/c', line: 6, column: 24, message: "template placeholder 'FIXME' left in meta.c: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/d', line: 7, column: 6, message: "template placeholder '[TBD]' left in meta.d: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/e', line: 8, column: 6, message: "template placeholder 'Lorem ipsum' left in meta.e: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/e', line: 8, column: 25, message: "template placeholder 'XXXX' left in meta.e: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/f', line: 9, column: 16, message: "template placeholder '[Date Signed]' left in meta.f: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/f', line: 9, column: 33, message: "template placeholder '[ACCOUNT MANAGER'S NAME(S)]' left in meta.f: replace it with the real name, date or text, or delete the line" },
      ],
    },
    {
      name: 'a # inside double or single quotes is text, not a comment',
      code: SIMPLE('  a: "Ticket #12 [Your Name]"  # ok\n  b: \'It\'\'s #1: TODO\' # [Date]\n'),
      errors: [
        { messageId: 'placeholder', path: '/meta/a', line: 4, column: 18, message: "template placeholder '[Your Name]' left in meta.a: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/b', line: 5, column: 17, message: "template placeholder 'TODO' left in meta.b: replace it with the real name, date or text, or delete the line" },
      ],
    },
    {
      name: 'a # inside a block scalar is text; comments after the block are stripped again',
      code: SIMPLE(
        ['  why: |', '    Priority #1 for [Company] is TBD.', '', '    Line two # TODO', '  vision: Later # TODO', ''].join('\n'),
      ),
      errors: [
        { messageId: 'placeholder', path: '/meta/why', line: 5, column: 21, message: "template placeholder '[Company]' left in meta.why: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/why', line: 5, column: 34, message: "template placeholder 'TBD' left in meta.why: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/meta/why', line: 7, column: 16, message: "template placeholder 'TODO' left in meta.why: replace it with the real name, date or text, or delete the line" },
      ],
    },
    {
      name: 'a folded block scalar in a list item ends at the next key of the item',
      code: [
        'risks:',
        '  - id: renewal-gap',
        '    mitigation: >-',
        '      Escalate #2 to the CRO, TODO',
        '    owner: Sam Lee # TBD',
        '  - |',
        '    # not a comment: TBD',
        '  - done # TBD',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'placeholder', path: '/risks/0/mitigation', line: 4, column: 31, message: "template placeholder 'TODO' left in risks[renewal-gap].mitigation: replace it with the real name, date or text, or delete the line" },
        { messageId: 'placeholder', path: '/risks/1', line: 7, column: 22, message: "template placeholder 'TBD' left in risks[1]: replace it with the real name, date or text, or delete the line" },
      ],
    },
    {
      name: 'a placeholder in the data written out as YAML',
      code: charterWith((c) => (c.meta.company = '[Your Company Name]')),
      errors: [
        { messageId: 'placeholder', path: '/meta/company', line: 5, column: 13, message: "template placeholder '[Your Company Name]' left in meta.company: replace it with the real name, date or text, or delete the line" },
      ],
    },
  ],
});
