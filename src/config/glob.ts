/**
 * Glob matching for configuration (`overrides[].files`, `ignores`) with picomatch, the matcher
 * tinyglobby itself uses: `*`, `**`, `?`, `[abc]`, `{a,b}`. Paths use forward slashes and are
 * relative to the configuration's folder.
 */
import picomatch from 'picomatch';

const OPTIONS = { dot: true };

/** A matcher for one glob over relative paths with forward slashes. */
export function globToRegExp(glob: string): RegExp {
  return picomatch.makeRe(glob.replace(/^\.\//, ''), OPTIONS);
}

/** Whether a string holds glob syntax (so it is expanded rather than opened as a path). */
export function isGlob(s: string): boolean {
  return picomatch.scan(s).isGlob;
}

/**
 * A `.gitignore`-style matcher: a pattern without a slash (other than a trailing one) matches at
 * any depth; a leading `/` anchors it to the base folder; a trailing `/` matches folders only
 * (everything below them); a pattern that matches a folder ignores everything below it. Negated
 * patterns (`!`) are not supported.
 */
export function ignoreMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const globs: string[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '' || p.startsWith('#')) continue;
    const dirOnly = p.endsWith('/');
    if (dirOnly) p = p.slice(0, -1);
    const anchored = p.startsWith('/') || p.includes('/');
    p = p.replace(/^\//, '').replace(/^\.\//, '');
    const base = anchored ? p : `**/${p}`;
    globs.push(`${base}/**`);
    if (!dirOnly) globs.push(base);
  }
  if (globs.length === 0) return () => false;
  const isMatch = picomatch(globs, OPTIONS);
  return (relPath) => isMatch(relPath.replace(/\\/g, '/').replace(/^\.\//, ''));
}
