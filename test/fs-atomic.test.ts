import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/fs-atomic.js';
import { CharterError } from '../src/errors.js';
import { tempTree } from './helpers/cli.js';

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', () => {
    const dir = tempTree({});
    writeFileAtomic(join(dir, 'a.yaml'), 'charter: 1\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('charter: 1\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses to replace an existing file without overwrite, leaving it byte-identical', () => {
    const dir = tempTree({ 'a.yaml': 'original\n' });
    expect(() => writeFileAtomic(join(dir, 'a.yaml'), 'new\n')).toThrow(CharterError);
    expect(() => writeFileAtomic(join(dir, 'a.yaml'), 'new\n')).toThrow(/--force/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('original\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('replaces a file with overwrite', () => {
    const dir = tempTree({ 'a.yaml': 'original\n' });
    writeFileAtomic(join(dir, 'a.yaml'), 'new\n', { overwrite: true });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('reports a folder that does not exist as a one-line CharterError', () => {
    const dir = tempTree({});
    expect(() => writeFileAtomic(join(dir, 'no/such/a.yaml'), 'x')).toThrow(/cannot write the file \(ENOENT\)/);
    writeFileSync(join(dir, 'keep'), '');
    expect(readdirSync(dir)).toEqual(['keep']);
  });
});
