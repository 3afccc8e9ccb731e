/**
 * Small glob matching for configuration (`overrides[].files`, `ignores`): `*` (within a path
 * segment), `**` (any number of segments), `?`, `[abc]`, `{a,b}`. Paths use forward slashes and
 * are relative to the configuration's folder.
 */

function escape(c: string): string {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Converts a glob to a regular expression source (anchored by the caller). */
function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole segments; a final `**` matches everything below.
          if (i + 2 === glob.length) out += '.*';
          else out += '(?:[^/]*/)*';
          i += glob[i + 2] === '/' ? 2 : 1;
          continue;
        }
        i++;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else if (c === '{') {
      const close = glob.indexOf('}', i + 1);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob
        .slice(i + 1, close)
        .split(',')
        .map(globSource)
        .join('|')})`;
      i = close;
    } else {
      out += escape(c);
    }
  }
  return out;
}

/** A matcher for one glob over relative paths with forward slashes. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob.replace(/^\.\//, ''))}$`);
}

/** Whether a string holds glob syntax (so it is expanded rather than opened as a path). */
export function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

/**
 * A `.gitignore`-style matcher: a pattern without a slash (other than a trailing one) matches at
 * any depth; a leading `/` anchors it to the base folder; a trailing `/` matches folders only
 * (everything below them); a pattern that matches a folder ignores everything below it. Negated
 * patterns (`!`) are not supported.
 */
export function ignoreMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const res: RegExp[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '' || p.startsWith('#')) continue;
    const dirOnly = p.endsWith('/');
    if (dirOnly) p = p.slice(0, -1);
    const anchored = p.startsWith('/') || p.includes('/');
    p = p.replace(/^\//, '').replace(/^\.\//, '');
    const base = anchored ? globSource(p) : `(?:[^/]*/)*${globSource(p)}`;
    res.push(new RegExp(`^${base}${dirOnly ? '/.*' : '(?:/.*)?'}$`));
  }
  return (relPath) => {
    const path = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
    return res.some((r) => r.test(path));
  };
}
