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
        { messageId: 'required', path: '', line: 1, column: 1, message: "required field 'charter_types' is missing from the charter" },
        { messageId: 'required', path: '', line: 1, column: 1, message: "required field 'meta' is missing from the charter" },
        { messageId: 'required', path: '', line: 1, column: 1, message: "required field 'metrics' is missing from the charter" },
        { messageId: 'required', path: '', line: 1, column: 1, message: "required field 'objectives' is missing from the charter" },
        { messageId: 'required', path: '', line: 1, column: 1, message: "required field 'team' is missing from the charter" },
        { messageId: 'required', path: '/statement', line: 2, column: 1, message: "required field 'mission' is missing from statement" },
        { messageId: 'unknownKey', path: '/statement/mision', line: 3, column: 3, message: "unknown key 'mision' in statement; did you mean 'mission'?" },
      ],
    },
    {
      name: 'did-you-mean at every nesting level: a metric, a target inside a metric, a role, a team reference (transposed letters too)',
      code: charterWith((c) => {
        c.metrics[0].targt = c.metrics[0].target;
        delete c.metrics[0].target;
        c.metrics[1].target.vlaue = 3;
        c.team.roles[0].responsibilites = ['Own renewals.'];
        c.handoffs[0].from.tem = 'x';
      }),
      errors: [
        { messageId: 'unknownKey', path: '/team/roles/0/responsibilites', line: 36, column: 7, message: "unknown key 'responsibilites' in team.roles[csm]; did you mean 'responsibilities'?" },
        { messageId: 'unknownKey', path: '/metrics/0/targt', line: 87, column: 5, message: "unknown key 'targt' in metrics[grr]; did you mean 'target'?" },
        { messageId: 'unknownKey', path: '/metrics/1/target/vlaue', line: 102, column: 7, message: "unknown key 'vlaue' in metrics[nrr].target; did you mean 'value'?" },
        { messageId: 'unknownKey', path: '/handoffs/0/from/tem', line: 165, column: 7, message: "unknown key 'tem' in handoffs[onboarding-to-csm].from; did you mean 'team'?" },
      ],
    },
    {
      name: 'a scalar where a mapping or a list belongs: the message shows the shape to write, read from the schema',
      code: charterWith((c) => {
        c.meta.owner = 'Maya Okafor';
        c.statement.problems = 'Churn comes as a surprise.';
        c.metrics[0].baseline = 88;
        c.metrics[0].target = 92;
        c.handoffs[0].from = 'csm';
        c.team.roles = 'csm';
      }),
      errors: [
        { messageId: 'type', path: '/meta/owner', line: 9, column: 10, message: "meta.owner must be a mapping, got 'Maya Okafor'; write it as {name: Maya Okafor}" },
        { messageId: 'type', path: '/team/roles', line: 25, column: 10, message: "team.roles must be a list, got 'csm'; write it as a list, one item per line after '- ', each item {id: ..., title: ...}" },
        { messageId: 'type', path: '/statement/problems', line: 30, column: 13, message: "statement.problems must be a list, got 'Churn comes as a surprise.'; write it as a list, one item per line after '- '" },
        { messageId: 'type', path: '/metrics/0/baseline', line: 68, column: 15, message: "metrics[grr].baseline must be a mapping, got the number 88; write it as {value: 88, as_of: YYYY-MM-DD}" },
        { messageId: 'type', path: '/metrics/0/target', line: 69, column: 13, message: "metrics[grr].target must be a mapping, got the number 92; write it as {value: 92, by: YYYY-MM-DD}" },
        { messageId: 'type', path: '/handoffs/0/from', line: 144, column: 11, message: "handoffs[onboarding-to-csm].from must be a mapping, got 'csm'; write it as {team: csm, role: ...}" },
      ],
    },
    {
      name: 'an unknown key far from any real one suggests x-',
      code: charterWith((c) => (c.meta.favourite_colour = 'blue')),
      errors: [
        { messageId: 'unknownKey', path: '/meta/favourite_colour', line: 20, column: 3, message: "unknown key 'favourite_colour' in meta; remove it, or prefix it with 'x-' to keep it as your own extension" },
      ],
    },
    {
      name: 'an unquoted version gets the quoting hint',
      code: baseCharterText().replace('version: "2.0"', 'version: 3.0'),
      errors: [
        { messageId: 'type', path: '/meta/version', line: 6, column: 12, message: 'meta.version must be text, got the number 3; quote the version (version: "3.0"), or YAML reads 3.0 as the number 3' },
      ],
    },
    {
      name: 'an unquoted placeholder read as a list',
      code: baseCharterText().replace('department: Customer Success', 'department: [Your Department]'),
      errors: [
        { messageId: 'type', path: '/meta/department', line: 5, column: 15, message: 'meta.department must be text, got a list; an unquoted [Your Department] is read as a one-item list: quote it ("[Your Department]") or, if it is a placeholder, replace it' },
      ],
    },
    {
      name: 'a missing owner names the key and points at the parent',
      code: charterWith((c) => delete c.meta.owner),
      errors: [
        { messageId: 'required', path: '/meta', line: 2, column: 1, message: "required field 'owner' is missing from meta" },
      ],
    },
    {
      name: 'an enum typo gets a suggestion',
      code: charterWith((c) => (c.meta.status = 'actve')),
      errors: [
        { messageId: 'enum', path: '/meta/status', line: 8, column: 11, message: "meta.status must be one of draft, in-review, approved, active, retired, got 'actve'; did you mean 'active'?" },
      ],
    },
    {
      name: 'an id that is not kebab-case',
      code: charterWith((c) => (c.team.id = 'CSM Team')),
      errors: [
        { messageId: 'pattern', path: '/team/id', line: 21, column: 7, message: "team.id must be a kebab-case id (lower-case letters, digits and single hyphens), e.g. 'csm-team', got 'CSM Team'" },
      ],
    },
    {
      name: 'a date that does not exist',
      code: charterWith((c) => (c.meta.effective_date = '2026-02-30')),
      errors: [
        { messageId: 'format', path: '/meta/effective_date', line: 12, column: 19, message: "meta.effective_date must be a real calendar date (YYYY-MM-DD), got '2026-02-30'" },
      ],
    },
    {
      name: 'another format version',
      code: charterWith((c) => (c.charter = 2)),
      errors: [
        { messageId: 'const', path: '/charter', line: 1, column: 10, message: 'charter must be 1, got the number 2; this version of charter reads format version 1' },
      ],
    },
    {
      name: 'an empty mission and no roles',
      code: charterWith((c) => {
        c.statement.mission = '';
        c.team.roles = [];
      }),
      errors: [
        { messageId: 'tooFew', path: '/team/roles', line: 27, column: 10, message: "'team.roles' needs at least 1 item" },
        { messageId: 'empty', path: '/statement/mission', line: 29, column: 12, message: "'statement.mission' is empty; fill it in" },
      ],
    },
    {
      name: 'an approved decision without a date',
      code: charterWith((c) => delete c.approvals[0].date),
      errors: [
        { messageId: 'required', path: '/approvals/0', line: 214, column: 5, message: "required field 'date' is missing from approvals[Dana Whitfield]" },
      ],
    },
    {
      name: 'a currency metric without its currency',
      code: charterWith((c) => (c.metrics[0].unit = 'currency')),
      errors: [
        { messageId: 'required', path: '/metrics/0', line: 73, column: 5, message: "required field 'currency' is missing from metrics[grr]" },
      ],
    },
    {
      name: 'metrics that is not a list',
      code: charterWith((c) => (c.metrics = 'grr, nrr')),
      errors: [
        { messageId: 'type', path: '/metrics', line: 72, column: 10, message: "metrics must be a list, got 'grr, nrr'; write it as a list, one item per line after '- ', each item {id: ..., name: ..., unit: ..., direction: ...}" },
      ],
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
