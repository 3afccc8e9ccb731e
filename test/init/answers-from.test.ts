import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readAnswersFile } from '../../src/init/answers.js';
import { companyOf, fromOtherCharter } from '../../src/init/from.js';
import { CharterError } from '../../src/errors.js';
import { tempTree } from '../helpers/cli.js';
import { baseCharter } from '../helpers/base-charter.js';

function readErr(content: string, name = 'a.yaml'): CharterError {
  const dir = tempTree({ [name]: content });
  try {
    readAnswersFile(join(dir, name));
  } catch (err) {
    if (err instanceof CharterError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

describe('readAnswersFile', () => {
  it('reads YAML and JSON answers, dropping empty ones', () => {
    const dir = tempTree({
      'a.yaml': 'company: Acme\nteam: Support\nmission:\ncharter_types: [support]\n',
      'a.json': '{"company": "Acme", "owner": {"name": "Rui Costa"}, "metrics": ["csat"]}',
    });
    expect(readAnswersFile(join(dir, 'a.yaml'))).toEqual({ company: 'Acme', team: 'Support', charter_types: ['support'] });
    expect(readAnswersFile(join(dir, 'a.json'))).toEqual({ company: 'Acme', owner: { name: 'Rui Costa' }, metrics: ['csat'] });
  });

  it('names file:line:col of an unknown answer', () => {
    const e = readErr('company: Acme\nmision: Help customers\n');
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/a\.yaml:2:1: unknown answer 'mision'; did you mean 'mission'\?$/);
  });

  it('suggests the answer key a typo is closest to, or points at the list when none is close', () => {
    expect(readErr('charter_type: [retention]\n').message).toMatch(/:1:1: unknown answer 'charter_type'; did you mean 'charter_types'\?$/);
    expect(readErr('company: Acme\n  \nfavourite_colour: blue\n').message).toMatch(
      /:3:1: unknown answer 'favourite_colour'; run 'charter init --help' for the answer keys$/,
    );
  });

  it('names file:line:col of an answer of the wrong kind', () => {
    const e = readErr('company: Acme\ncharter_types: retention\n');
    expect(e.message).toMatch(/a\.yaml:2:1: answer 'charter_types' must be array, got string/);
  });

  it('names file:line:col of a syntax error, and refuses a non-mapping', () => {
    expect(readErr('company: [Acme\n').message).toMatch(/a\.yaml:\d+:\d+: .*fix the answers file/);
    expect(readErr('- a\n- b\n').message).toMatch(/a\.yaml:1:1: an answers file is a mapping/);
  });

  it('fails with exit 2 on a missing file', () => {
    expect(() => readAnswersFile('/nonexistent/answers.yaml')).toThrow(/cannot read the file/);
  });
});

describe('fromOtherCharter', () => {
  const other = baseCharter(); // team csm, expects onboarding to hand over a success plan
  other['dependencies'].push({
    team: 'onboarding',
    expectations: [{ id: 'go-live-45-days', expectation: 'Go live within 45 days.', process: 'onboarding' }],
  });

  it("turns the other team's expectations of this team into draft commitments under the same ids", () => {
    const r = fromOtherCharter(other, 'onboarding');
    expect(r.otherTeam).toBe('csm');
    expect(r.answers.commitments).toEqual([
      { to: 'csm', id: 'success-plan-at-handoff', commitment: 'Hand over a success plan at go-live.' },
      { to: 'csm', id: 'go-live-45-days', commitment: 'Go live within 45 days.', process: 'onboarding' },
    ]);
  });

  it('copies the hand-offs between the two teams, same id', () => {
    const r = fromOtherCharter(other, 'onboarding');
    expect(r.answers.handoffs).toEqual([other['handoffs'][0]]);
    expect(r.answers.handoffs![0]).not.toBe(other['handoffs'][0]);
  });

  it('returns nothing for a team the other charter does not mention, and says whom it expects things of', () => {
    const r = fromOtherCharter(other, 'finance');
    expect(r.answers).toEqual({});
    expect(r.expectedTeams).toEqual(['onboarding']);
  });

  it('reads the company', () => {
    expect(companyOf(other)).toBe('Acme Cloud');
    expect(companyOf({})).toBeUndefined();
  });
});
