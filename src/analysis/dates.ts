/**
 * Time expressions with TIMEX3-style values, resolved against the article date with a past bias.
 * chrono-node finds and resolves calendar expressions; durations, sets, vague references and
 * granularity ("last week" -> 2020-W07, "end of the month" -> 2020-02) are News Lens's own rules.
 */
// The English locale only: the full package loads every language (about 260 ms against 40 ms).
import * as chrono from 'chrono-node/en';
import type { DateAnnotation, TimexType } from './types';
import type { Sentence, Token } from './tokenize';
import { verbInfo } from './lexicon';

/** Words and shapes without which chrono-node finds nothing in a sentence. */
const DATE_HINT = new RegExp([
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b', '\\b(?:mon|tue|wed|thu|fri|sat|sun)',
  '\\b(?:today|tonight|tomorrow|yesterday|now|noon|midnight|morning|afternoon|evening|night|ago|later|earlier|next|last|this|past|coming|within|since|weekend|week|month|year|day|hour|minute|second|quarter|decade|christmas|eve)s?\\b',
  // digits only in date or time shapes: years, 12/3, 3-12, 10:30, 3pm, 1st ("3 goals" is not a date)
  '\\b(?:1[5-9]|20)\\d{2}\\b', '\\d{1,4}[/.:-]\\d{1,2}', '\\d\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h\\b|gmt|utc)', '\\d(?:st|nd|rd|th)\\b',
].join('|'), 'i');

const FUTURE_WORD = /^(will|shall|'ll|next|plans?|planned|scheduled|upcoming|due|expected|intends?|going)$/;
const PAST_WORD = /^(was|were|had|did|ago|last)$/;

/**
 * Tense of the clause that governs a time expression: the nearest tensed word to its left within
 * the clause ("said on Sunday" is past even if the quotation that follows says "will"), then to
 * its right; null when neither side tells.
 */
export function tenseAround(text: string, start: number, end: number, lo: number, hi: number): 'past' | 'future' | null {
  const words = (s: string) => s.match(/[\p{L}']+/gu) ?? [];
  const judge = (w: string): 'past' | 'future' | null => {
    const l = w.toLowerCase();
    if (FUTURE_WORD.test(l)) return 'future';
    if (PAST_WORD.test(l)) return 'past';
    const v = verbInfo(l);
    return v && (v.tense === 'PastTense' || v.tense === 'Participle') ? 'past' : null;
  };
  // clause boundaries: quotation marks, colons, semicolons, dashes
  let left = text.slice(Math.max(lo, start - 50), start);
  const cut = Math.max(...['"', '“', '”', ':', ';', '—', ' - '].map((c) => left.lastIndexOf(c)));
  if (cut >= 0) left = left.slice(cut + 1);
  const lw = words(left).reverse().slice(0, 5);
  for (const w of lw) { const j = judge(w); if (j) return j; }
  let right = text.slice(end, Math.min(hi, end + 50));
  const rcut = Math.min(...['"', '“', '”', ':', ';', '—', ' - ', '.'].map((c) => { const i = right.indexOf(c); return i < 0 ? Infinity : i; }));
  if (rcut < Infinity) right = right.slice(0, rcut);
  for (const w of words(right).slice(0, 5)) { const j = judge(w); if (j) return j; }
  return null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  several: -1, few: -1, many: -1, couple: 2,
};
const UNIT: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};
const NUM = '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|couple(?: of)?)';
const UNITS = '(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))';
const FUTURE_CUES = /\b(will|shall|next|plans? to|planned|scheduled|expected to|to be held|upcoming|due to|is to|are to)\b|'ll\b/i;

function pad(n: number, w = 2): string { return String(n).padStart(w, '0'); }
function ymd(d: Date): string { return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; }
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
function numberOf(s: string): number {
  const w = s.toLowerCase().replace(/ of$/, '');
  if (/^\d/.test(w)) return parseFloat(w);
  return NUMBER_WORDS[w] ?? -1;
}
function durationValue(n: number, unit: string): string {
  const u = UNIT[unit.toLowerCase().replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))] ?? 'D';
  const time = u === 'H' || u === 'S' || (u === 'M' && /^min/i.test(unit));
  return `P${time ? 'T' : ''}${n < 0 ? 'X' : n}${u}`;
}
function addDays(d: Date, n: number): Date { const x = new Date(d.getTime()); x.setUTCDate(x.getUTCDate() + n); return x; }

interface Found { start: number; end: number; value: string; type: TimexType; explanation: string; }

/**
 * `text` is the whole document; `from` is where annotation starts (after the dateline).
 */
export function findDates(text: string, from: number, documentDate: string | null, sentences: Sentence[], tokens: Token[]): DateAnnotation[] {
  const found: Found[] = [];
  const ref = documentDate ? new Date(`${documentDate}T12:00:00Z`) : null;
  const body = text.slice(from);
  const add = (start: number, end: number, value: string, type: TimexType, explanation: string) => {
    // trim leading prepositions and surrounding punctuation
    let s = start, e = end;
    // TimeML extents keep determiners ("the third quarter") and drop prepositions ("on Sunday" -> "Sunday")
    const lead = /^(?:on|in|at|by|since|from|until|till|during|for|over|within|of)\s+/i;
    for (let m = lead.exec(text.slice(s, e)); m && m[0].length < e - s; m = lead.exec(text.slice(s, e))) s += m[0].length;
    while (s < e && /[\s,.;:!?"“”‘’'()\-–—]/.test(text[s])) s++;
    while (e > s && /[\s,;:!?"“”‘’'()\-–—]/.test(text[e - 1])) e--;
    while (e > s && text[e - 1] === '.' && !/\b(?:[A-Z][a-z]{2}|\p{L}\.\p{L})\.$/u.test(text.slice(Math.max(s, e - 5), e))) e--;
    if (e <= s) return;
    if (found.some((f) => s < f.end && e > f.start)) return;
    found.push({ start: s, end: e, value, type, explanation });
  };
  /** The clause around an expression (within its sentence, up to 60 characters each side): tense cues live there. */
  const sentenceBounds = (off: number): [number, number] => {
    let lo = Math.max(0, off - 60), hi = Math.min(text.length, off + 60);
    // binary search: the sentence containing off
    let a = 0, b = sentences.length - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      if (sentences[m].end < off) a = m + 1; else if (sentences[m].start > off) b = m - 1;
      else { lo = Math.max(lo, sentences[m].start); hi = Math.min(hi, sentences[m].end); break; }
    }
    return [lo, hi];
  };
  const sentenceOf = (off: number) => { const [lo, hi] = sentenceBounds(off); return text.slice(lo, hi); };
  /** Future reading for an expression: the governing clause's tense, else future cues anywhere near. */
  const isFuture = (start: number, end: number) => {
    const [lo, hi] = sentenceBounds(start);
    const t = tenseAround(text, start, end, lo, hi);
    return t ? t === 'future' : FUTURE_CUES.test(text.slice(lo, hi));
  };
  const isPast = (start: number, end: number) => {
    const [lo, hi] = sentenceBounds(start);
    return tenseAround(text, start, end, lo, hi) === 'past';
  };
  const dl = documentDate ? ` the dateline ${documentDate}` : ' an unknown article date';
  /**
   * The quarter that quarterly results around `abs` compare (this sentence and the one or two before it):
   * the one named ("third-quarter profit"), else the last one reported before the article date when only
   * "quarter" or "quarterly" is said, else 0 (no quarterly comparison).
   */
  const quarterCompared = (abs: number, at: Date): number => {
    const near = text.slice(Math.max(0, abs - 300), sentenceBounds(abs)[1]);
    const named = /\b(first|second|third|fourth)[\s-]+quarter\b/i.exec(near);
    if (named) return ['first', 'second', 'third', 'fourth'].indexOf(named[1].toLowerCase()) + 1;
    return /\bquarter(?:ly)?\b/i.test(near) ? ((Math.floor(at.getUTCMonth() / 3) + 3) % 4) + 1 : 0;
  };

  // 1. Rules that must win over chrono-node's readings
  const rules: [RegExp, (m: RegExpExecArray, abs: number) => void][] = [
    // "for eight years", "in two weeks" (elapsed), "over the past three days", "nine-year war"
    [new RegExp(`\\b(?:for|over|in|within|during|after|since)?\\s*(?:the\\s+)?(?:past|last|next|first|nearly|almost|about|around|more than|over|some)?\\s*(?:the\\s+)?${NUM}[\\s-]+${UNITS}(?![\\w-]*\\s+(?:ago|later|earlier|before|after|from now)\\b)`, 'gi'),
      (m, abs) => {
        const whole = m[0];
        const n = numberOf(m[1]);
        const unit = m[2];
        const sent = sentenceOf(abs);
        const startsIn = /^\s*(?:in|within)\b/i.test(whole);
        if (/^\s*(?:a|an)$/i.test(m[1]) && !/\b(?:for|over|in|within|past|last|during)\b/i.test(whole)) {
          // "a day" alone is left to the relative rules ("a day before ...")
          return;
        }
        if (startsIn && FUTURE_CUES.test(sent) && ref && !/\b(?:past|last)\b/i.test(whole)) {
          // "in two weeks" of future time is a date
          return;
        }
        const lastNext = /\b(past|last|next)\b/i.exec(whole);
        const value = durationValue(n, unit);
        add(abs, abs + whole.length, value, 'DURATION', `duration of ${m[1]} ${unit}${lastNext ? ` (${lastNext[1]})` : ''}`);
      }],
    // "in years", "for decades", "for months"
    [/\b(?:for|in|over)\s+(years|months|decades|weeks|days)\b/gi, (m, abs) =>
      add(abs, abs + m[0].length, `PX${UNIT[m[1].toLowerCase().replace(/s$/, '')]}`, 'DURATION', `an unspecified number of ${m[1]}`)],
    // "two years ago", "three days earlier"
    [new RegExp(`\\b${NUM}\\s+${UNITS}\\s+(ago|earlier|before|later|after|from now)\\b`, 'gi'), (m, abs) => {
      const n = numberOf(m[1]);
      const unit = m[2].toLowerCase().replace(/s$/, '');
      const dir = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
      const after = text.slice(abs + m[0].length, abs + m[0].length + 30);
      if (/^\s+(?:the|a|an|new|his|her|its|their)\b/i.test(after) && /before|after/i.test(m[3])) {
        // "a day before new talks": relative to an event, not to the article date
        add(abs, abs + m[0].length - m[3].length - 1, durationValue(n, unit), 'DURATION', `${m[1]} ${unit}${n === 1 ? '' : 's'} ${m[3]} an event`);
        return;
      }
      if (!ref || n < 0) { add(abs, abs + m[0].length, dir < 0 ? 'PAST_REF' : 'FUTURE_REF', 'DATE', `${m[0]} (no article date to count from)`); return; }
      const d = new Date(ref.getTime());
      let value: string;
      if (unit === 'day') value = ymd(addDays(d, dir * n));
      else if (unit === 'week') value = isoWeek(addDays(d, dir * 7 * n));
      else if (unit === 'month') { d.setUTCMonth(d.getUTCMonth() + dir * n); value = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`; }
      else if (unit === 'year') {
        value = String(d.getUTCFullYear() + dir * n);
        // financial results: "profit rose in the third quarter from $2 million a year earlier" compares
        // quarters, so the year-ago point is the same quarter of that year
        const q = quarterCompared(abs, ref);
        if (q) value = `${value}-Q${q}`;
      } else if (unit === 'decade') value = String(Math.floor((d.getUTCFullYear() + dir * 10 * n) / 10)).padStart(3, '0');
      else value = ymd(d);
      add(abs, abs + m[0].length, value, 'DATE', `${m[1]} ${m[2]} ${m[3]}${dl}`);
    }],
    // "earlier this year", "later this month", "earlier this week"
    [/\b(?:earlier|later)\s+this\s+(year|month|week)\b/gi, (m, abs) => {
      if (!ref) return;
      const u = m[1].toLowerCase();
      add(abs, abs + m[0].length, u === 'year' ? String(ref.getUTCFullYear()) : u === 'month' ? documentDateMonth(ref) : isoWeek(ref), 'DATE', `${m[0]}, of${dl}`);
    }],
    // "last week", "this month", "next year"
    [/\b(last|this|next|past)\s+(week|month|year|weekend)\b/gi, (m, abs) => {
      const dir = /last|past/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0;
      const unit = m[2].toLowerCase();
      if (!ref) { add(abs, abs + m[0].length, dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF', 'DATE', `${m[0]} (no article date)`); return; }
      const d = new Date(ref.getTime());
      let value: string;
      if (unit === 'week') value = isoWeek(addDays(d, 7 * dir));
      else if (unit === 'weekend') value = `${isoWeek(addDays(d, 7 * dir))}-WE`;
      else if (unit === 'month') { d.setUTCMonth(d.getUTCMonth() + dir); value = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`; }
      else value = String(d.getUTCFullYear() + dir);
      add(abs, abs + m[0].length, value, 'DATE', `${m[0]} relative to${dl}`);
    }],
    // "the end of the month", "month-end", "by year-end", "the end of the year"
    [/\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the|this)\s+(month|year|week)|(month|year|week)-end)\b/gi, (m, abs) => {
      const unit = (m[2] || m[3]).toLowerCase();
      if (!ref) { add(abs, abs + m[0].length, 'FUTURE_REF', 'DATE', `${m[0]} (no article date)`); return; }
      const value = unit === 'month' ? documentDateMonth(ref) : unit === 'year' ? String(ref.getUTCFullYear()) : isoWeek(ref);
      add(abs, abs + m[0].length, value, 'DATE', `${m[1] || 'end'} of the ${unit} of${dl}`);
    }],
    // "every week", "each year", "weekly", "daily" as sets
    [/\b(?:every|each)\s+(day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, abs) => {
      const u = m[1].toLowerCase();
      const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === u);
      add(abs, abs + m[0].length, wd >= 0 ? `XXXX-WXX-${wd === 0 ? 7 : wd}` : `P1${UNIT[u]}`, 'SET', `every ${u}`);
    }],
    // Quarters: "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago quarter", "the quarter"
    [/\b(?:(?:the|this year's|last year's)\s+)?(?:(fiscal|latest|current|recent|year-?(?:ago|earlier)|previous|past)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?quarter\b(?!s)/gi, (m, abs) => {
      const ordinal = m[2]?.toLowerCase();
      const mod = m[1]?.toLowerCase() ?? '';
      if (!ordinal && !/^(?:the|this)\b/i.test(m[0]) && !mod) return; // "a quarter of the vote"
      if (!ordinal && /^(?:fiscal)$/.test(mod)) return;
      if (/\s+of\b/i.test(text.slice(abs + m[0].length, abs + m[0].length + 4)) && !ordinal) return; // "a quarter of"
      const ordinalQ = ordinal ? ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 } as Record<string, number>)[ordinal] : undefined;
      if (!ref) { add(abs, abs + m[0].length, `XXXX-Q${ordinalQ ?? 'X'}`, 'DATE', 'a quarter, with no article date'); return; }
      const current = Math.floor(ref.getUTCMonth() / 3) + 1;
      let year = ref.getUTCFullYear();
      let q = ordinalQ ?? current - 1;
      if (!ordinal && mod === 'current') q = current;
      if (q === 0) { q = 4; year--; }
      if (/year-?(?:ago|earlier)|last year's/i.test(m[0])) year--;
      add(abs, abs + m[0].length, `${pad(year, 4)}-Q${q}`, 'DATE', `${ordinal ? 'quarter ' + q : 'the latest reported quarter'} of ${year}, from${dl}`);
    }],
    // "year-earlier" and "year-ago" results: the year before (its quarter when quarters are compared)
    [/\byear-(?:earlier|ago)\b(?![\s-]+(?:quarter|period))/gi, (m, abs) => {
      if (!ref) return;
      const y = ref.getUTCFullYear() - 1;
      const q = quarterCompared(abs, ref);
      add(abs, abs + m[0].length, q ? `${y}-Q${q}` : String(y), 'DATE', `the year before${dl}${q ? `, quarter ${q}` : ''}`);
    }],
    // "daily", "weekly", "annually": sets
    [/\b(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)\b/g, (m, abs) => {
      const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W' };
      add(abs, abs + m[0].length, v[m[1]], 'SET', `${m[1]}: a recurring time`);
    }],
    // "the current", "recent", "the future": vague references
    [/\b(?:the\s+)?(future)\b|\b(current|recent)\b(?!\s+(?:years|months|weeks|days)\b)/gi, (m, abs) => {
      if (m[1]) { if (/^the\s/i.test(m[0]) || /\bin\s+$/i.test(text.slice(Math.max(0, abs - 4), abs))) add(abs, abs + m[0].length, 'FUTURE_REF', 'DATE', 'a vague time after the article'); return; }
      add(abs, abs + m[0].length, m[2].toLowerCase() === 'current' ? 'PRESENT_REF' : 'PAST_REF', 'DATE', m[2].toLowerCase() === 'current' ? 'the present, as of the article' : 'a vague time before the article');
    }],
    // "now", "currently", "nowadays", "recently", "formerly"
    [/\b(now|currently|nowadays|at present|at the moment|these days)\b/gi, (m, abs) => {
      if (/^now$/i.test(m[1]) && /\b(?:right|until|by|from|up to)\s+now$/i.test(text.slice(Math.max(0, abs - 10), abs + 3))) return;
      add(abs, abs + m[0].length, 'PRESENT_REF', 'DATE', 'the present, as of the article');
    }],
    [/\b(recently|in recent (?:days|weeks|months|years)|formerly|previously|in the past)\b/gi, (m, abs) =>
      add(abs, abs + m[0].length, 'PAST_REF', 'DATE', 'a vague time before the article')],
    // A bare year in running text: "a 2018 de-escalation agreement", "in 1999"
    [/(?<![\d.,:/-])\b(1[89]\d{2}|20\d{2})\b(?![\d.,:/-]\d|%|\s*(?:people|troops|soldiers|vehicles|men|women|dead|killed|km|kilometres|miles))/g, (m, abs) => {
      // the year of a fuller date ("Aug. 7, 1998", "August 1988") is chrono-node's
      if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i.test(text.slice(Math.max(0, abs - 16), abs))) return;
      add(abs, abs + m[0].length, m[1], 'DATE', 'a year');
    }],
  ];

  // 2. chrono-node for calendar expressions
  // chrono-node is the costliest stage, so it only reads the sentences that hold a hint of a date.
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  const chronoResults: chrono.ParsedResult[] = [];
  for (const sn of sentences.length ? sentences : [{ start: from, end: text.length }]) {
    if (sn.end <= from) continue;
    const lo = Math.max(sn.start, from);
    const piece = text.slice(lo, sn.end);
    if (!DATE_HINT.test(piece)) continue;
    for (const r of chrono.parse(piece, { instant, timezone: 0 })) chronoResults.push(Object.assign(r, { index: r.index + lo - from }));
  }
  // Our rules first, so that durations are not read as future dates ("for eight years" -> 2028 by chrono).
  for (const [re, fn] of rules) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const lead = /^\s*/.exec(m[0])![0].length;
      const shifted = Object.assign([...m], { index: m.index + lead, input: m.input }) as unknown as RegExpExecArray;
      shifted[0] = m[0].slice(lead);
      fn(shifted, from + m.index + lead);
    }
  }
  for (const r of chronoResults) {
    const abs = from + r.index;
    const known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
    const txt = r.text;
    if (/^\d{1,2}$/.test(txt.trim())) continue;
    // "Sun", "Wed" without a period or a date after them are names ("the Sun"), not weekdays
    if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(txt.trim())) continue;
    // chrono reads "Feb. 28 1 BE" as the year 1 of the Buddhist era (-542): news dates are four-digit years
    if (known.year !== undefined && (known.year < 1000 || known.year > 2999)) continue;
    if (/^(?:now|today|tonight)$/i.test(txt.trim()) && !ref) continue;
    let type: TimexType = known.hour !== undefined ? 'TIME' : 'DATE';
    let d = r.start.date();
    let value: string;
    let explanation: string;
    const sent = sentenceOf(abs);
    if (known.weekday !== undefined && known.day === undefined) {
      const wd = WEEKDAYS[known.weekday];
      if (!ref) {
        value = `XXXX-WXX-${known.weekday === 0 ? 7 : known.weekday}`;
        explanation = `${wd}, with no article date to resolve it against`;
      } else {
        // past bias: the last such weekday on or before the article date, unless the sentence is about the future
        const refDay = ref.getUTCDay();
        let delta = (known.weekday - refDay - 7) % 7; // <= 0
        if (delta === 0 && !/\btoday\b/i.test(sent)) delta = 0;
        const future = /\bnext\b/i.test(txt) || (!/\blast\b/i.test(txt) && isFuture(abs, abs + txt.length));
        if (future) delta = ((known.weekday - refDay + 7) % 7) || 7;
        if (/\blast\b/i.test(txt) && delta === 0) delta = -7;
        d = addDays(ref, delta);
        value = ymd(d);
        explanation = delta === 0 ? `${wd}: the day of${dl}` :
          `${wd} ${delta < 0 ? 'before' : 'after'}${dl}${future ? ' (future tense)' : ''}`;
      }
    } else if (known.day !== undefined && known.month !== undefined) {
      if (known.year === undefined && ref) {
        // past bias for a day and month without a year
        const future = isFuture(abs, abs + txt.length);
        const cand = new Date(Date.UTC(ref.getUTCFullYear(), known.month - 1, known.day, 12));
        // a date a little ahead of the article stays in its year unless the clause is in the past tense
        const ahead = (cand.getTime() - ref.getTime()) / 86400000;
        if (!future && ahead > 2 && (ahead > 90 || isPast(abs, abs + txt.length))) cand.setUTCFullYear(cand.getUTCFullYear() - 1);
        if (future && cand.getTime() < ref.getTime() - 86400000 * 2) cand.setUTCFullYear(cand.getUTCFullYear() + 1);
        d = cand;
        explanation = `${txt.trim()} in the year of${dl}${future ? ' (future tense)' : ' (past bias)'}`;
      } else if (known.year === undefined) {
        value = `XXXX-${pad(known.month)}-${pad(known.day)}`;
        add(abs, abs + txt.length, value, type, `${txt.trim()} with no year`);
        continue;
      } else {
        explanation = 'a calendar date';
      }
      value = ymd(d);
    } else if (known.month !== undefined && known.day === undefined) {
      const monthsAhead = ref ? known.month - (ref.getUTCMonth() + 1) : 0;
      const y = known.year ?? (ref ? ref.getUTCFullYear() - (monthsAhead > 0 && !isFuture(abs, abs + txt.length) && (monthsAhead > 3 || isPast(abs, abs + txt.length)) ? 1 : 0) : undefined);
      value = y === undefined ? `XXXX-${pad(known.month)}` : `${pad(y, 4)}-${pad(known.month)}`;
      explanation = known.year !== undefined ? 'a month' : `a month in the year of${dl}`;
    } else if (/\b(today|tonight)\b/i.test(txt)) {
      value = ymd(d); explanation = `today: the day of${dl}`;
    } else if (/\byesterday\b/i.test(txt)) {
      value = ymd(d); explanation = `the day before${dl}`;
    } else if (/\btomorrow\b/i.test(txt)) {
      value = ymd(d); explanation = `the day after${dl}`;
    } else if (known.year !== undefined && known.month === undefined) {
      value = String(known.year); explanation = 'a year';
    } else if (!ref) {
      continue;
    } else {
      value = ymd(d);
      explanation = `${txt.trim()} relative to${dl}`;
    }
    if (type === 'TIME' && known.hour !== undefined) {
      value = `${value}T${pad(known.hour)}:${pad(known.minute ?? 0)}`;
    }
    add(abs, abs + txt.length, value, type, explanation);
  }
  void tokens;
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, type: f.type, explanation: f.explanation }));
}

function documentDateMonth(ref: Date): string {
  return `${pad(ref.getUTCFullYear(), 4)}-${pad(ref.getUTCMonth() + 1)}`;
}
