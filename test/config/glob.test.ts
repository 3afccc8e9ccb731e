import { describe, expect, it } from 'vitest';
import { globToRegExp, ignoreMatcher, isGlob } from '../../src/config/glob.js';

describe('globToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['charters/**/*.yaml', 'charters/a.yaml', true],
    ['charters/**/*.yaml', 'charters/x/y/a.yaml', true],
    ['charters/**/*.yaml', 'other/a.yaml', false],
    ['**/drafts/**', 'a/drafts/b.yaml', true],
    ['**/drafts/**', 'drafts/b.yaml', true],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.yaml', 'x/a.yaml', false],
    ['./team-?.yaml', 'team-a.yaml', true],
    ['team-[ab].yaml', 'team-c.yaml', false],
    ['a+b.yaml', 'a+b.yaml', true],
    ['a.yaml', 'aXyaml', false],
  ];
  for (const [glob, path, want] of cases) {
    it(`${glob} ${want ? 'matches' : 'does not match'} ${path}`, () => expect(globToRegExp(glob).test(path)).toBe(want));
  }

  it('tells globs from paths', () => {
    expect(isGlob('charters/*.yaml')).toBe(true);
    expect(isGlob('charters/csm.yaml')).toBe(false);
  });
});

describe('ignoreMatcher (.gitignore-style)', () => {
  const m = ignoreMatcher(['drafts/', 'archive', '/top.yaml', '*.bak.yaml', '# a comment', '']);
  const cases: Array<[string, boolean]> = [
    ['drafts/a.yaml', true],
    ['x/drafts/a.yaml', true],
    ['drafts.yaml', false],
    ['x/archive/b.yaml', true],
    ['top.yaml', true],
    ['x/top.yaml', false],
    ['x/a.bak.yaml', true],
    ['ok.yaml', false],
    ['./ok.yaml', false],
  ];
  for (const [path, want] of cases) it(`${path}: ${want ? 'ignored' : 'kept'}`, () => expect(m(path)).toBe(want));
});
