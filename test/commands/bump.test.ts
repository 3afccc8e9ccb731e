import { describe, expect, it } from 'vitest';
import { bumpVersion } from '../../src/commands/bump-run.js';

describe('bumpVersion', () => {
  it.each([
    ['3.0', 'major', '4.0'],
    ['3.0', 'minor', '3.1'],
    ['3.0', 'patch', '3.0.1'],
    ['3', 'major', '4'],
    ['3', 'minor', '3.1'],
    ['3', 'patch', '3.0.1'],
    ['3.9.9', 'major', '4.0.0'],
    ['3.9.9', 'minor', '3.10.0'],
    ['3.9.9', 'patch', '3.9.10'],
    ['0.9', 'minor', '0.10'],
  ] as const)('%s %s → %s', (from, level, to) => {
    expect(bumpVersion(from, level)).toBe(to);
  });

  it.each(['v3', '3.0-beta', '3.0.0.1', '03.1', '', '2026-Q4'])('refuses %j', (v) => {
    expect(bumpVersion(v, 'minor')).toBeUndefined();
  });
});
