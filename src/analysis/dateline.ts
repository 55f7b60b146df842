import type { Dateline } from './types';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * The dateline forms News Lens reads at the start of an article. Each allows a BOM and leading
 * whitespace, and the article text may follow on the same line. The first form is the one VS Code's
 * `firstLine` pattern in package.json also recognises (keep them in step: see test/unit/dateline.test.ts).
 */
const FORMS: { form: string; re: RegExp; read: (m: RegExpExecArray) => [number | null, number, number] }[] = [
  // " date 2020-02-17 Syrian government forces ..." / "Date: 2020-02-17"
  { form: 'date', re: /^[\uFEFF\s]*(?:date|dated|published|posted)\s*[:=]?\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/i,
    read: (m) => [+m[1], +m[2], +m[3]] },
  // "ANKARA, Feb 17 (Reuters) -", "BEIRUT, March 3, 2024 (AP) —"
  { form: 'agency', re: new RegExp(`^[\\uFEFF\\s]*[\\p{Lu}][\\p{Lu}\\p{M} .'/-]+(?:,\\s*[\\p{L} .]+)?,\\s+${MONTH_RE}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[-–—]+`, 'u'),
    read: (m) => [m[3] ? +m[3] : null, MONTHS[m[1].slice(0, 3).toLowerCase()] ?? 0, +m[2]] },
  // "12 March 2024 -", "12 March 2024" alone on the first line
  { form: 'day-month-year', re: new RegExp(`^[\\uFEFF\\s]*(\\d{1,2})\\s+${MONTH_RE},?\\s+(\\d{4})\\s*(?:[-–—:|]+|\\n|$)`, 'u'),
    read: (m) => [+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()] ?? 0, +m[1]] },
  // "March 12, 2024 -"
  { form: 'month-day-year', re: new RegExp(`^[\\uFEFF\\s]*${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:[-–—:|]+|\\n|$)`, 'u'),
    read: (m) => [+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()] ?? 0, +m[2]] },
  // Wire copy: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06" on its own line, first or after a one-line headline
  { form: 'place-date', re: /^[\uFEFF\s]*(?:[^\n]{1,160}\n[ \t]*)?(\p{Lu}[\p{Lu}\p{M} .'/-]*\p{Lu})(?:,[ \t]*\p{Lu}[\p{L} .'-]{1,40})?[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*(?=\r?\n|$)/u,
    read: (m) => [+m[2], +m[3], +m[4]] },
  // "2024-03-12" or "2024-03-12 -" at the very start
  { form: 'iso', re: /^[\uFEFF\s]*(\d{4})-(\d{2})-(\d{2})(?:\s*[-–—:|]+|\s*\n|\s*$|\s+(?=\p{Lu}))/u,
    read: (m) => [+m[1], +m[2], +m[3]] },
];

export function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isValidIsoDate(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isoDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) === s;
}

const DATE_IN_DATELINE = new RegExp(`\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s+${MONTH_RE},?\\s+\\d{4}|${MONTH_RE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?`, 'u');

/** Where the date is written inside a dateline ("Feb 17" in "ANKARA, Feb 17 (Reuters) -"), as offsets in the text. */
export function datelineDateSpan(d: Dateline): { start: number; end: number } | null {
  const m = DATE_IN_DATELINE.exec(d.text);
  return m ? { start: d.start + m.index, end: d.start + m.index + m[0].length } : null;
}

/**
 * Finds the dateline at the start of `text`. The returned span covers the dateline itself (not the
 * leading whitespace and not the article text that may follow it on the same line).
 * `fallbackYear` completes agency datelines that give no year ("ANKARA, Feb 17 (Reuters) -").
 */
export function detectDateline(text: string, fallbackYear?: number): Dateline | null {
  // (a dateline after a headline: only in the 'place-date' form, whose place must be all capitals)
  const head = text.slice(0, 400);
  for (const { form, re, read } of FORMS) {
    const m = re.exec(head);
    if (!m) continue;
    // the dateline starts at its place name when a headline line comes first
    const lead = form === 'place-date' ? m[0].lastIndexOf(m[1], m[0].length - 10) : /^[\uFEFF\s]*/.exec(m[0])![0].length;
    let end = m[0].length;
    while (end > lead && /\s/.test(m[0][end - 1])) end--;
    const [y, mo, d] = read(m);
    const year = y ?? fallbackYear ?? null;
    const value = year === null ? null : isoDate(year, mo, d);
    return { start: lead, end, text: text.slice(lead, end), value, form };
  }
  return null;
}
