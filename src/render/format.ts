/**
 * Formatting of values for rendered charters: dates, metric values with their units, levels and
 * enum labels. Pure functions; they are also the Handlebars helpers (see templates.ts), so the
 * Markdown, HTML and PDF outputs all print a value the same way.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-10-01` → `1 Oct 2026` (day-month-year reads the same everywhere). Other text is returned as is. */
export function formatDate(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date && !Number.isNaN(value.getTime())) value = value.toISOString().slice(0, 10);
  const s = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return s;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return s;
  return `${day} ${MONTHS[month - 1]} ${m[1]}`;
}

/** The digits of a finite number's shortest decimal form (what `String` prints), without exponent. */
function plainDigits(abs: number): { int: string; frac: string } {
  const [mantissa, exp] = String(abs).split('e') as [string, string | undefined];
  const [i, f = ''] = mantissa.split('.') as [string, string | undefined];
  if (exp === undefined) return { int: i, frac: f };
  // 1.5e-7, 1e+21: move the point.
  const all = i + f;
  const point = i.length + Number(exp);
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + all };
  if (point >= all.length) return { int: all + '0'.repeat(point - all.length), frac: '' };
  return { int: all.slice(0, point), frac: all.slice(point) };
}

/**
 * A number with thousands separators and at most two decimals: `1234.567` → `1,234.57`. It prints
 * what `new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })` prints (rounding half away
 * from zero on the shortest decimal form, so `1.005` → `1.01`; `-0` stays `-0`); a property test
 * compares the two. Intl is not used because creating the formatter costs 20 ms on Node 20 and
 * 60 ms on Node 24 at start-up, a tenth of a `charter render`.
 */
export function formatNumber(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === null || value === undefined ? '' : String(value);
  const negative = value < 0 || Object.is(value, -0);
  let { int, frac } = plainDigits(Math.abs(value));
  if (frac.length > 2) {
    const up = frac.charCodeAt(2) >= 53; // '5'
    frac = frac.slice(0, 2);
    if (up) {
      // Add one unit in the last kept place, carrying through the fraction into the integer.
      const n = (BigInt(int + frac) + 1n).toString().padStart(int.length + 2, '0');
      int = n.slice(0, -2);
      frac = n.slice(-2);
    }
  }
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
}

/**
 * A metric value with its unit: `88%`, `3 pp`, `USD 1,200,000`, `45 days`, `+31` (NPS), `4.2 / 5`.
 * An empty string when there is no value.
 */
export function formatValue(value: unknown, unit: unknown, currency?: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === null || value === undefined ? '' : String(value);
  const n = formatNumber(value);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'percentage_points':
      return `${n} pp`;
    case 'currency':
      return typeof currency === 'string' && currency.trim() !== '' ? `${currency.trim()} ${n}` : n;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'hours':
      return `${n} ${value === 1 ? 'hour' : 'hours'}`;
    case 'minutes':
      return `${n} min`;
    case 'score_0_100':
      return `${n} / 100`;
    case 'score_0_10':
      return `${n} / 10`;
    case 'score_1_5':
      return `${n} / 5`;
    case 'score_1_7':
      return `${n} / 7`;
    case 'nps':
      return value > 0 ? `+${n}` : n;
    default:
      return n;
  }
}

/** A target: its value, or `min–max` for a band (direction `maintain`). */
export function formatTarget(
  target: { value: number | null; min: number | null; max: number | null } | null,
  unit: unknown,
  currency?: unknown,
): string {
  if (!target) return '';
  if (target.value !== null) return formatValue(target.value, unit, currency);
  if (target.min !== null && target.max !== null) {
    return `${formatValue(target.min, unit, currency)} to ${formatValue(target.max, unit, currency)}`;
  }
  if (target.min !== null) return `at least ${formatValue(target.min, unit, currency)}`;
  if (target.max !== null) return `at most ${formatValue(target.max, unit, currency)}`;
  return '';
}

const UNIT_NAMES: Record<string, string> = {
  percent: 'percent',
  percentage_points: 'percentage points',
  currency: 'currency',
  count: 'count',
  days: 'days',
  hours: 'hours',
  minutes: 'minutes',
  score_0_100: 'score 0–100',
  score_0_10: 'score 0–10',
  score_1_5: 'score 1–5',
  score_1_7: 'score 1–7',
  nps: 'NPS (−100 to +100)',
  ratio: 'ratio',
};

/** The unit as words: `score_1_5` → `score 1–5`. */
export function formatUnit(unit: unknown, currency?: unknown): string {
  if (typeof unit !== 'string') return '';
  if (unit === 'currency' && typeof currency === 'string' && currency.trim() !== '') return currency.trim();
  return UNIT_NAMES[unit] ?? unit;
}

/** An enum value as a label: `in-progress` → `In progress`, `semiannual` → `Semiannual`. */
export function formatLabel(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value).replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Joins a list of sentences or phrases on one line: an item that ends a sentence (`.`, `!`, `?`)
 * is followed by a space, any other by `; ` — `Own renewals. Run QBRs.` and `renewals; QBRs`,
 * never `renewals.; QBRs`.
 */
export function formatSentences(items: unknown): string {
  const texts = Array.isArray(items) ? items.map((i) => (i === null || i === undefined ? '' : String(i).trim())).filter((i) => i !== '') : [];
  if (!Array.isArray(items)) return formatList(items);
  return texts.map((t, i) => (i === texts.length - 1 ? t : /[.!?:;]$/.test(t) ? `${t} ` : `${t}; `)).join('');
}

/** Joins a list: `a, b, c`; an empty string for no items. */
export function formatList(items: unknown, separator = ', '): string {
  if (!Array.isArray(items)) return items === null || items === undefined ? '' : String(items);
  return items
    .map((i) => (i === null || i === undefined ? '' : String(i)))
    .filter((i) => i !== '')
    .join(separator);
}
