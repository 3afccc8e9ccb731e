import { describe, expect, it } from 'vitest';
import { notACharter } from '../../src/schema/validate.js';

const keys = (...names: string[]): Record<string, unknown> => Object.fromEntries(names.map((n) => [n, 1]));

describe('notACharter: which files named by the user are refused as no charter', () => {
  it('a file with the charter: key is a charter, whatever else it holds', () => {
    expect(notACharter('a.yaml', keys('charter', 'foo', 'bar', 'baz'))).toBeUndefined();
  });

  it('without it, a file whose keys are at least half the format\'s is a charter with gaps', () => {
    expect(notACharter('a.yaml', keys('meta'))).toBeUndefined();
    expect(notACharter('a.yaml', keys('team', 'x-notes'))).toBeUndefined();
    expect(notACharter('a.yaml', keys('meta', 'team', 'statment'))).toBeUndefined();
    expect(notACharter('a.yaml', {})).toBeUndefined();
  });

  it('a file with none of the format\'s keys is refused, naming its first keys', () => {
    expect(notACharter('ci.yml', keys('name', 'on', 'jobs', 'env'))).toBe(
      "ci.yml: not a charter: its top-level keys (name, on, jobs, ...) include none of a charter's (charter, meta, team, statement, ...); name a charter file, or create one with 'charter init'",
    );
  });

  it('a file where the format\'s keys are a minority is refused, naming them', () => {
    expect(notACharter('package.json', keys('name', 'version', 'dependencies', 'scripts', 'devDependencies'))).toBe(
      "package.json: not a charter: it has no top-level 'charter:' key and only 1 of its 5 top-level keys (dependencies) is a charter section; name a charter file, or create one with 'charter init'",
    );
    expect(notACharter('x.yaml', keys('meta', 'team', 'a', 'b', 'c'))).toMatch(/only 2 of its 5 top-level keys \(meta, team\) are charter sections;/);
  });
});
