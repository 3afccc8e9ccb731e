import rule from '../../src/rules/schema-violation.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the clean base charter', code: baseCharter() },
    {
      name: 'x- extension keys at any level',
      code: charterWith((c) => {
        c['x-crm-id'] = 'A-17';
        c.meta['x-notes'] = { anything: [1, 2] };
        c.metrics[0]['x-dashboard'] = 'https://bi.example/grr';
      }),
    },
    { name: 'an empty metrics list', code: charterWith((c) => (c.metrics = [])) },
    { name: 'an exempt cost metric', code: charterWith((c) => (c.cost_metric = { exempt_reason: 'CS Ops is an upfront investment.' })) },
    { name: 'a numeric risk level', code: charterWith((c) => (c.risks[0].likelihood = 4)) },
    { name: 'a commitment to every team', code: charterWith((c) => (c.commitments[0].to = '*')) },
  ],
  invalid: [
    {
      name: 'a misspelt key gets a did-you-mean hint at the key',
      code: 'charter: 1\nstatement:\n  mision: Help customers.\n',
      errors: [
        { messageId: 'required', path: '', message: "'charter_types'" },
        { messageId: 'required', path: '', message: "'meta'" },
        { messageId: 'required', path: '', message: "'metrics'" },
        { messageId: 'required', path: '', message: "'objectives'" },
        { messageId: 'required', path: '', message: "'team'" },
        { messageId: 'required', path: '/statement', line: 2, message: "'mission'" },
        { messageId: 'unknownKey', path: '/statement/mision', line: 3, column: 3, message: "did you mean 'mission'?" },
      ],
    },
    {
      name: 'an unknown key far from any real one suggests x-',
      code: charterWith((c) => (c.meta.favourite_colour = 'blue')),
      errors: [{ messageId: 'unknownKey', path: '/meta/favourite_colour', message: "prefix it with 'x-'" }],
    },
    {
      name: 'an unquoted version gets the quoting hint',
      code: baseCharterText().replace('version: "2.0"', 'version: 3.0'),
      errors: [{ messageId: 'type', path: '/meta/version', message: 'quote the version (version: "3.0")' }],
    },
    {
      name: 'an unquoted placeholder read as a list',
      code: baseCharterText().replace('department: Customer Success', 'department: [Your Department]'),
      errors: [{ messageId: 'type', path: '/meta/department', message: 'read as a one-item list' }],
    },
    {
      name: 'a missing owner names the key and points at the parent',
      code: charterWith((c) => delete c.meta.owner),
      errors: [{ messageId: 'required', path: '/meta', message: "required field 'owner' is missing from meta" }],
    },
    {
      name: 'an enum typo gets a suggestion',
      code: charterWith((c) => (c.meta.status = 'actve')),
      errors: [{ messageId: 'enum', path: '/meta/status', message: "did you mean 'active'?" }],
    },
    {
      name: 'an id that is not kebab-case',
      code: charterWith((c) => (c.team.id = 'CSM Team')),
      errors: [{ messageId: 'pattern', path: '/team/id', message: "e.g. 'csm-team'" }],
    },
    {
      name: 'a date that does not exist',
      code: charterWith((c) => (c.meta.effective_date = '2026-02-30')),
      errors: [{ messageId: 'format', path: '/meta/effective_date' }],
    },
    {
      name: 'another format version',
      code: charterWith((c) => (c.charter = 2)),
      errors: [{ messageId: 'const', path: '/charter', message: 'format version 1' }],
    },
    {
      name: 'an empty mission and no roles',
      code: charterWith((c) => {
        c.statement.mission = '';
        c.team.roles = [];
      }),
      errors: [
        { messageId: 'tooFew', path: '/team/roles' },
        { messageId: 'empty', path: '/statement/mission' },
      ],
    },
    {
      name: 'an approved decision without a date',
      code: charterWith((c) => delete c.approvals[0].date),
      errors: [{ messageId: 'required', path: '/approvals/0', message: "'date'" }],
    },
    {
      name: 'a currency metric without its currency',
      code: charterWith((c) => (c.metrics[0].unit = 'currency')),
      errors: [{ messageId: 'required', path: '/metrics/0', message: "'currency'" }],
    },
    {
      name: 'metrics that is not a list',
      code: charterWith((c) => (c.metrics = 'grr, nrr')),
      errors: [{ messageId: 'type', path: '/metrics', message: 'must be a list' }],
    },
  ],
});

function baseCharterText(): string {
  // Written by hand so the quoting of the version is under the test's control.
  return `charter: 1
meta:
  id: csm-charter
  name: CSM Charter
  department: Customer Success
  version: "2.0"
  status: active
  owner: {name: Maya Okafor}
  effective_date: 2026-07-01
team:
  id: csm
  name: CSM
  roles:
    - {id: csm, title: Customer Success Manager}
statement:
  mission: Help every customer translate their objectives into measurable outcomes.
charter_types: [retention]
objectives:
  - {id: protect-base, statement: Raise retention.}
metrics: []
`;
}
