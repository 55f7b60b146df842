/**
 * Time expressions with TIMEX3-style values, resolved against the article date with a past bias.
 * chrono-node finds and resolves calendar expressions; durations, sets, vague references and
 * granularity ("last week" -> 2020-W07, "end of the month" -> 2020-02) are News Lens's own rules.
 */
// The English locale only: the full package loads every language (about 260 ms against 40 ms).
import * as chrono from 'chrono-node/en';
import type { DateAnnotation, TimexType } from './types';
import { lowerBound, type Sentence, type Token } from './tokenize';
import { hasTag, verbInfo } from './lexicon';

/**
 * Words and shapes without which chrono-node finds nothing we keep in a sentence: its month and weekday names
 * (whole words, as its dictionaries have them), the words of its casual expressions, digits in date or time
 * shapes. Time units alone are no hint: "last year", "three days ago", "within two weeks", "the past decade"
 * are read by our own rules, which win over chrono-node's readings; what chrono-node alone made of a unit
 * ("the day after", "This Week" the TV programme, "the hour") was more often wrong than right (TempEval-3 value
 * F1 0.801 -> 0.804 without them), and a fifth fewer sentences reach it. Nor are a year or an ordinal alone:
 * our rules read "in 1999", and all chrono-node made of the 474 such sentences of the eval texts (an eighth of
 * the text it read) was figures ("from 9", "at 9"), expressions our rules read anyway ("this year"), a clock
 * time in "the 1,000s" and one "This day" (MEANTIME marks it; TempEval-3 leaves another unmarked).
 */
const DATE_HINT = new RegExp([
  '\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b',
  '\\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs?|thu|fri|sat)\\b',
  '\\b(?:today|tonight|tomorrow|yesterday|now|noon|midday|midnight|morning|afternoon|evening|night|ago|later|earlier|weekend|christmas|eve)s?\\b',
  // digits only in date or time shapes: 12/3, 1996-08-30, 30.8.96, 10:30, 3pm ("3 goals" is not a date, nor are a
  // decimal or a score: "rose 12.45", "won 5-4"; a clock time "7.30" counts only with am or pm: chronoReadings takes "at 7.30" for a figure)
  '\\d{1,4}[/:]\\d{1,2}', '\\d{4}[-.]\\d{1,2}', '\\d{1,2}[-.]\\d{1,2}[-.]\\d{2,4}\\b',
  '\\d\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h\\b|gmt|utc)',
].join('|'), 'gi');

/**
 * chrono-node's casual English parsers without the two that read a count of units before "ago", "before",
 * "later" or "after" ("three days ago", "the day after"). Our own rules read the counts (TIME_OFFSET) and "the day
 * before" a date ("the day before last Tuesday", in readChronoResult); "the day after" alone is counted from an
 * event the article told before, not from the article date, and is left undated (as are sentences whose only
 * hint of a date is a time unit). And V8 compiles each of their patterns to machine code in 80–100 ms
 * the second time it runs (a repetition of up to ten counted units inside): a fifth of a second of the first
 * analysis in every fresh worker. (Found by their patterns: a minified build renames the classes.)
 */
const UNIT_OFFSET_PATTERN = /\(\?:(?:ago\|before\|earlier|later\|after\|from now)/;
const CHRONO = /* @__PURE__ */ (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => {
    let source = '';
    try { source = (p as unknown as { innerPattern?: (context: unknown) => RegExp }).innerPattern?.({ option: {} })?.source ?? ''; } catch { /* a parser that needs a real context */ }
    return !UNIT_OFFSET_PATTERN.test(source);
  });
  return c;
})();
/** How many of chrono-node's parsers News Lens runs, of how many (a unit test pins both: a chrono-node upgrade that changes the patterns shows there). */
export const CHRONO_PARSERS = { used: CHRONO.parsers.length, of: chrono.casual.parsers.length };

const FUTURE_WORD = /^(will|shall|'ll|next|scheduled|upcoming|due|expected|intends?|going|must|should|would|could|can|may|might|payable|effective)$/;
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
  const cut = Math.max(...['"', '“', '”', "''", '``', ':', ';', '—', ' - '].map((c) => left.lastIndexOf(c)));
  if (cut >= 0) left = left.slice(cut + 1);
  const lw = words(left).reverse().slice(0, 6).map((w) => w.toLowerCase());
  // "as early as Tuesday", "no later than Friday": a time still to come
  if (/^(?:as (?:early|soon) as|no later than)$/.test(lw.slice(0, 3).reverse().join(' '))) return 'future';
  for (let i = 0; i < lw.length; i++) {
    // "set to expire Nov. 6", "plans to meet on Friday": an infinitive just before the date looks ahead,
    // unless a past auxiliary governs it ("had been due to expire Friday": no telling)
    if (i > 0 && lw[i] === 'to' && verbInfo(lw[i - 1])?.tense === 'Infinitive' && lw.slice(0, i - 1).every((w) => /^(?:on|at|by|in|until|before|after)$/.test(w))) {
      return lw.slice(i + 1).some((w) => /^(?:had|was|were|did)$/.test(w)) ? null : 'future';
    }
    // "was planned for early March", "is scheduled for Monday": arrangements look ahead
    if (i > 0 && /^(?:for|to)$/.test(lw[i - 1]) && /^(?:planned|scheduled|slated|set|expected|due)$/.test(lw[i])) return 'future';
    // a passive after "be" or a present "is" ("must be returned by Jan. 14", "when the case is heard in May")
    // tells nothing of the time: read on
    if (/^(?:be|been|being|is|are|am)$/.test(lw[i + 1] ?? '') && verbInfo(lw[i])?.tense !== 'Infinitive') { i++; continue; }
    const j = judge(lw[i]);
    if (j) return j;
  }
  let right = text.slice(end, Math.min(hi, end + 50));
  const rcut = Math.min(...['"', '“', '”', "''", '``', ':', ';', '—', ' - ', '.'].map((c) => { const i = right.indexOf(c); return i < 0 ? Infinity : i; }));
  if (rcut < Infinity) right = right.slice(0, rcut);
  for (const w of words(right).slice(0, 5)) { const j = judge(w); if (j) return j; }
  return null;
}

const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  several: -1, few: -1, many: -1, couple: 2,
};
const UNIT: Record<string, string> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};
const NUM = '(\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|couple(?: of)?)';
const UNITS = '(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))';
const FUTURE_CUES = /\b(will|shall|next|plans? to|planned|scheduled|expected to|to be held|upcoming|due to|is to|are to)\b|'ll\b/i;

/** Words of a sentence that reports financial results. */
const RESULTS = /[$£€%]|\b(?:cents|a share|profit|earnings|revenue|sales|net income|net loss|loss)\b/i;

/** The quarter (1-4) named last in a text ("third-quarter profit", "the fiscal second quarter"), or 0. */
export function lastNamedQuarter(text: string): number {
  if (!/uarter/.test(text)) return 0;
  const named = [...text.matchAll(/\b(first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter\b/gi)].pop();
  return named ? ['first', 'second', 'third', 'fourth'].indexOf(named[1].toLowerCase()) + 1 : 0;
}

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
  if (/^\d/.test(w)) return parseFloat(w) + (/\s1\/2$/.test(w) ? 0.5 : 0);
  const compound = /^(\w+)[\s-](\w+)$/.exec(w); // "twenty-four"
  if (compound && NUMBER_WORDS[compound[1]] >= 20) return NUMBER_WORDS[compound[1]] + (NUMBER_WORDS[compound[2]] ?? 0);
  return NUMBER_WORDS[w] ?? -1;
}
function durationValue(n: number, unit: string): string {
  let u = UNIT[unit.toLowerCase().replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))] ?? 'D';
  const minutes = u === 'M' && /^min/i.test(unit);
  const time = (x: string) => x === 'H' || x === 'S';
  if (n < 0) return `P${time(u) || minutes ? 'T' : ''}X${u}`;
  // TimeML writes decades and centuries in years ("two decades" P20Y)
  if (u === 'DE' || u === 'CE') { n *= u === 'DE' ? 10 : 100; u = 'Y'; }
  // a fraction goes to the next smaller unit: "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M
  const parts: [number, string, boolean][] = [];
  const whole = Math.floor(n), frac = n - whole;
  const smaller: Record<string, [number, string, boolean]> = { Y: [12, 'M', false], M: [30, 'D', false], W: [7, 'D', false], D: [24, 'H', true], H: [60, 'M', true], MIN: [60, 'S', true] };
  const key = minutes ? 'MIN' : u;
  const isTime = minutes || time(u);
  if (whole > 0 || frac === 0 || !smaller[key]) parts.push([frac > 0 && !smaller[key] ? n : whole, u, isTime]);
  if (frac > 0 && smaller[key]) { const [k, su, st] = smaller[key]; parts.push([Math.round(frac * k), su, st]); }
  const date = parts.filter((p) => !p[2]).map(([v, x]) => `${v}${x}`).join('');
  const clock = parts.filter((p) => p[2]).map(([v, x]) => `${v}${x}`).join('');
  return `P${date}${clock ? `T${clock}` : ''}`;
}
function addDays(d: Date, n: number): Date { const x = new Date(d.getTime()); x.setUTCDate(x.getUTCDate() + n); return x; }

/** A length of time: "for eight years", "in two weeks", "over the past three days", "nine-year war" (not "3 years old"). */
const LENGTH_OF_TIME = new RegExp(`\\b(?:for|over|in|within|during|after|since)?\\s*(?:the\\s+)?(?:past|last|next|first|coming|nearly|almost|around|more than|less than|at least|up to|just over|some|another|an additional)?\\s*(?:the\\s+|a\\s+(?=few|couple))?${NUM}[\\s-]+${UNITS}\\b(?:\\s+and\\s+a\\s+half\\b)?(?!-old\\b|\\s+old\\b)(?![\\w-]*\\s+(?:ago|later|earlier|before|after|from now)\\b)`, 'gi');
/**
 * The anchors of those two (see near): a unit as a whole word ("days", not the "day" of "Sunday" or "today"), and a unit
 * with the word that counts from it ("weeks later", not every "before" and "after").
 */
const UNIT_ANCHOR = new RegExp(`\\b${UNITS}\\b`, 'gi');
/** The words that count a time from another: "two days ago", "three weeks later". */
const OFFSET_WORDS = 'ago|earlier|before|later|after|from now';
const OFFSET_ANCHOR = new RegExp(`\\b${UNITS}\\s+(?:${OFFSET_WORDS})\\b`, 'gi');
/** A time counted from now or from another time: "two days ago", "three weeks later". */
const TIME_OFFSET = new RegExp(`\\b(?:(?:almost|nearly|about|more than|less than|just|some|over|only)\\s+)?(?:a\\s+)?${NUM}\\s+${UNITS}\\s+(${OFFSET_WORDS})\\b`, 'gi');

/**
 * A rule's pattern with its anchor (see DATE_RULES): a cheap pattern for the word every expression of the rule
 * contains. The rule then runs only over the stretches around its anchors (80 characters before, 60 after, widened
 * to whitespace so that word boundaries stay true), which gives the same matches as a scan of the whole text, these
 * expressions being short.
 */
interface Anchored { re: RegExp; anchor: RegExp }
function near(anchor: RegExp, re: RegExp): Anchored { return { re, anchor }; }

/** The stretches of `body` around the matches of `anchor`, merged; the whole body when there is no anchor. */
function regionsNear(body: string, anchor: RegExp | undefined): [number, number][] {
  if (!anchor) return [[0, body.length]];
  const out: [number, number][] = [];
  anchor.lastIndex = 0;
  for (let m; (m = anchor.exec(body));) {
    let a = Math.max(0, m.index - 80), b = Math.min(body.length, m.index + m[0].length + 60);
    while (a > 0 && !isSpace(body.charCodeAt(a))) a--;
    while (b < body.length && !isSpace(body.charCodeAt(b - 1))) b++;
    if (out.length && a <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], b);
    else out.push([a, b]);
  }
  return out;
}

/** What `\s` matches, by character code (a pattern tested on each character of a walk costs a call and a match each). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

interface Found { start: number; end: number; value: string; type: TimexType; explanation: string; }

/** What the readings of one text share: the article date and the helpers that add and place expressions. */
interface DateEnv {
  text: string;
  from: number;
  ref: Date | null;
  /** " the dateline 2020-02-17" or " an unknown article date", for explanations */
  dl: string;
  add: (start: number, end: number, value: string, type: TimexType, explanation: string, absorb?: boolean) => void;
  leaning: (start: number, end: number) => 'past' | 'future' | null;
  leaningAfter: (rel: string | undefined, start: number, end: number) => 'past' | 'future' | null;
  endpointOrModifier: (start: number, end: number) => boolean;
  sentenceOf: (off: number) => string;
  /** the quarter that quarterly results around an offset compare (0: none), see findDates */
  quarterCompared: (abs: number, at: Date) => number;
}

/** No sentence of news is this long (the longest of the 742 eval texts has about 1,200 characters). */
const CHRONO_MAX = 4000;

/**
 * The stretches chrono-node reads: each sentence from `from` on, a run-on of more than CHRONO_MAX characters cut
 * at a space (one of chrono-node's refiners tests the text before each expression with an anchored pattern, so a
 * sentence of a megabyte costs it time quadratic in its length).
 */
function chronoWindows(text: string, from: number, sentences: { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const sn of sentences) {
    if (sn.end <= from) continue;
    let lo = Math.max(sn.start, from);
    while (sn.end - lo > CHRONO_MAX) {
      const space = text.lastIndexOf(' ', lo + CHRONO_MAX);
      const hi = space > lo + CHRONO_MAX / 2 ? space : lo + CHRONO_MAX;
      out.push([lo, hi]);
      lo = hi;
    }
    out.push([lo, sn.end]);
  }
  return out;
}

/** A rule of findDates: its pattern, the anchor it runs around (see near), and what a match adds, through the env. */
interface DateRule { re: RegExp; anchor: RegExp | undefined; read: (m: RegExpExecArray, abs: number, env: DateEnv) => void }

/**
 * 1. Rules that must win over chrono-node's readings. (Made once: as a list of closures in findDates, their patterns,
 * closures and pairs were made again for every paragraph, half of what findDates cost on a paragraph with no date.)
 * A rule wrapped in near(anchor, ...) runs only around the words its expressions must contain: the regular
 * expressions with optional words in front cannot skip ahead on their own.
 */
const DATE_RULES: DateRule[] = ([
  // "for eight years", "in two weeks" (elapsed), "over the past three days", "nine-year war"
  [near(UNIT_ANCHOR, LENGTH_OF_TIME),
    (m, abs, { ref, add, sentenceOf }) => {
      const whole = m[0];
      const half = /\band a half$/i.test(whole);
      const n = numberOf(m[1]) + (half ? 0.5 : 0);
      const unit = m[2];
      // "the 1988 second quarter": a year before a singular unit is not a count of it ("a five year low" is)
      if (/^\d{4}$/.test(m[1]) && !/s$/i.test(unit)) return;
      const sent = sentenceOf(abs);
      // "in two weeks" may be a date ahead; "within two weeks", "in the next two weeks" are lengths of time
      const startsIn = /^\s*in\b/i.test(whole) && !/\b(?:next|coming)\b/i.test(whole);
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
      add(abs, abs + whole.length, value, 'DURATION', `duration of ${m[1]} ${unit}${half ? ' and a half' : ''}${lastNext ? ` (${lastNext[1]})` : ''}`);
    }],
  // "in years", "for decades", "for months"
  [/\b(?:for|in|over)\s+(years|months|decades|weeks|days)\b/gi, (m, abs, { add }) =>
    add(abs, abs + m[0].length, `PX${UNIT[m[1].toLowerCase().replace(/s$/, '')]}`, 'DURATION', `an unspecified number of ${m[1]}`)],
  // "two years ago", "three days earlier"
  [near(OFFSET_ANCHOR, TIME_OFFSET), (m, abs, { text, ref, dl, add, quarterCompared }) => {
    const n = numberOf(m[1]);
    const unit = m[2].toLowerCase().replace(/s$/, '');
    const dir = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
    const after = text.slice(abs + m[0].length, abs + m[0].length + 30);
    if (/^(?:later|after)$/i.test(m[3]) || (/^\s+(?:the|a|an|new|his|her|its|their)\b/i.test(after) && /before/i.test(m[3]))) {
      // "a day before new talks", "three days later": counted from an event, not from the article date
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
  [/\b(?:earlier|later)\s+this\s+(year|month|week)\b/gi, (m, abs, { ref, dl, add }) => {
    if (!ref) return;
    const u = m[1].toLowerCase();
    add(abs, abs + m[0].length, u === 'year' ? String(ref.getUTCFullYear()) : u === 'month' ? documentDateMonth(ref) : isoWeek(ref), 'DATE', `${m[0]}, of${dl}`);
  }],
  // Quarters: "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago quarter", "the quarter",
  // "this year's third quarter", "the 1988 second quarter"; in quarterly results also periods: "the latest period",
  // "the year-earlier period", "the 1988 period"
  [near(/\b(?:quarter|period)\b/gi, /\b(?:(?:the|this|last|next|this year's|last year's|next year's)\s+)?(?:(fiscal|latest|current|recent|year-?(?:ago|earlier)|previous|past|comparable|corresponding|same|(?:19|20)\d\d)\s+)?(?:fiscal[\s-]+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(quarter|period)\b(?!s)/gi), (m, abs, { text, ref, dl, add, leaning, quarterCompared }) => {
    const ordinal = m[2]?.toLowerCase();
    const mod = m[1]?.toLowerCase() ?? '';
    const period = m[3].toLowerCase() === 'period';
    if (period && (!mod || ordinal || !ref || !quarterCompared(abs, ref))) return; // "a period of", or no quarterly results
    if (!ordinal && !/^(?:the|this|last|next)\b/i.test(m[0]) && !mod) return; // "a quarter of the vote"
    if (!ordinal && /^(?:fiscal)$/.test(mod)) return;
    if (/\s+of\b/i.test(text.slice(abs + m[0].length, abs + m[0].length + 4)) && !ordinal) return; // "a quarter of"
    const ordinalQ = ordinal ? ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 } as Record<string, number>)[ordinal] : undefined;
    if (!ref) { add(abs, abs + m[0].length, `XXXX-Q${ordinalQ ?? 'X'}`, 'DATE', 'a quarter, with no article date'); return; }
    const current = Math.floor(ref.getUTCMonth() / 3) + 1;
    let year = /^\d{4}$/.test(mod) ? +mod : ref.getUTCFullYear();
    let q = ordinalQ ?? (period ? quarterCompared(abs, ref) : current - 1);
    if (!ordinal && mod === 'current') q = current;
    if (!ordinal && !mod && /^next\s/i.test(m[0])) q = current + 1; // "next quarter": the one after the article's
    if (q === 5) { q = 1; year++; }
    // a quarter that has not begun by the article date was last year's, unless the clause looks ahead
    if (ordinalQ && ordinalQ > current && !/^\d{4}$/.test(mod) && !/year's/i.test(m[0]) && leaning(abs, abs + m[0].length) !== 'future') year--;
    if (q === 0) { q = 4; year--; }
    if (/year-?(?:ago|earlier)|last year's|corresponding|comparable|same/i.test(m[0])) year--;
    if (/next year's/i.test(m[0])) year++;
    let end = abs + m[0].length;
    // "the corresponding period last year", "the quarter a year ago", "the third quarter of 1984": one expression
    const tail = /^\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b/i.exec(text.slice(end, end + 20));
    if (tail && (/corresponding|comparable|same/.test(mod) || (!mod && !ordinal && !period))) { end += tail[0].length; if (!mod) year--; }
    const ofYear = /^\s+of\s+((?:19|20)\d\d)\b/.exec(text.slice(end, end + 10));
    if (ofYear && !tail) { end += ofYear[0].length; year = +ofYear[1]; }
    add(abs, end, `${pad(year, 4)}-Q${q}`, 'DATE', `${ordinal ? 'quarter ' + q : period ? 'the quarter compared' : 'the latest reported quarter'} of ${year}, from${dl}`, end > abs + m[0].length);
  }],
  // "in the weeks before the shooting": an unspecified number of weeks, counted from an event
  [near(/\b(?:days|weeks|months|years)\b/gi, /\bthe\s+(days|weeks|months|years)\s+(?=before|after|since|leading up to|that followed)\b/gi), (m, abs, { add }) => {
    const at = abs + m[0].search(/days|weeks|months|years/i);
    add(at, at + m[1].length, `PX${UNIT[m[1].toLowerCase().replace(/s$/, '')]}`, 'DURATION', `some ${m[1].toLowerCase()}, counted from an event`);
  }],
  // "the weekend": the last one before the article (the coming one in a future clause)
  [/\bthe\s+weekend\b/gi, (m, abs, { ref, dl, add, leaning }) => {
    if (!ref) return;
    const lean = leaning(abs, abs + m[0].length);
    const day = ref.getUTCDay(); // a weekend article speaks of its own weekend
    // (the coming weekend of a weekday article is in its own ISO week, Monday to Sunday)
    const weeks = day === 0 || day === 6 || lean === 'future' ? 0 : -1;
    add(abs, abs + m[0].length, `${isoWeek(addDays(ref, 7 * weeks - (day === 0 ? 1 : 0)))}-WE`, 'DATE', `the weekend ${weeks < 0 ? 'before' : day === 0 || day === 6 ? 'of' : 'after'}${dl}`);
  }],
  // Seasons: "last fall", "this summer", "the winter of 1994", "spring 2019"
  [near(/\b(?:spring|summer|fall|autumn|winter)\b/gi, /\b(?:(last|this|next|this past|this coming|early|late)\s+|the\s+(?:(?:early|late)\s+)?)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi), (m, abs, { text, ref, dl, add, leaningAfter }) => {
    const season = m[2].toLowerCase();
    if (!m[1] && !m[3] && !/^the\b/i.test(m[0])) return; // a bare "fall" is a verb or a noun
    if (/^fall$/.test(season) && !m[1] && !m[3] && /^\s+(?:of|in)\s+(?!(?:19|20)\d\d)/i.test(text.slice(abs + m[0].length, abs + m[0].length + 8))) return; // "the fall of Aleppo"
    const code = SEASON_CODE[season];
    let year = m[3] ? +m[3] : ref?.getUTCFullYear();
    if (year === undefined) { add(abs, abs + m[0].length, `XXXX-${code}`, 'DATE', `${season}, with no article date`); return; }
    if (!m[3] && ref) {
      // the season's middle month against the article date
      const mid = ({ SP: 4, SU: 7, FA: 10, WI: 1 } as Record<string, number>)[code];
      const rel = m[1]?.toLowerCase();
      const lean = leaningAfter(rel, abs, abs + m[0].length);
      if (rel !== 'this') year = pickYear((y) => new Date(Date.UTC(y, mid - 1, 15, 12)), ref, lean, rel === 'last' ? -45 : 45).getUTCFullYear();
    }
    add(abs, abs + m[0].length, `${pad(year, 4)}-${code}`, 'DATE', `${season} ${year}${m[3] ? '' : `, from${dl}`}`);
  }],
  // Decades: "the 1990s", "the late 1970s", "the '80s", "the nineties"
  [near(/\d0s\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b/gi, /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:((?:1[89]|20)\d)0s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi), (m, abs, { add }) => {
    const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
    if (m[3] && !/^the\b/i.test(m[0])) return; // "in his forties" is an age
    const decade = m[1] ?? (m[2] ? `19${m[2]}` : `19${words.indexOf(m[3].toLowerCase()) + 2}`);
    add(abs, abs + m[0].length, decade, 'DATE', `the decade ${decade}0s`);
  }],
  // Holidays with fixed or computed dates: "Christmas", "Thanksgiving Day", "New Year's Eve"
  [/\b(Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)?|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine['’]s Day|Easter(?: Sunday)?|Boxing Day)\b/g, (m, abs, { text, ref, dl, add, leaning }) => {
    const name = m[1].replace(/’/g, "'");
    const on = (y: number): Date => {
      if (/^Christmas Eve/.test(name)) return new Date(Date.UTC(y, 11, 24, 12));
      if (/^Christmas/.test(name)) return new Date(Date.UTC(y, 11, 25, 12));
      if (/^Boxing/.test(name)) return new Date(Date.UTC(y, 11, 26, 12));
      if (/Eve$/.test(name)) return new Date(Date.UTC(y, 11, 31, 12));
      if (/^New Year/.test(name)) return new Date(Date.UTC(y, 0, 1, 12));
      if (/^Independence/.test(name)) return new Date(Date.UTC(y, 6, 4, 12));
      if (/^Halloween/.test(name)) return new Date(Date.UTC(y, 9, 31, 12));
      if (/^Valentine/.test(name)) return new Date(Date.UTC(y, 1, 14, 12));
      if (/^Thanksgiving/.test(name)) { const first = new Date(Date.UTC(y, 10, 1, 12)); return addDays(first, ((4 - first.getUTCDay() + 7) % 7) + 21); }
      return easter(y);
    };
    // "the Christmas holidays", "a Christmas tree" still name the day; "Christmas Island" does not
    if (/^\s+Island/.test(text.slice(abs + m[0].length, abs + m[0].length + 8))) return;
    const yearAfter = /^,?\s+((?:19|20)\d\d)\b/.exec(text.slice(abs + m[0].length, abs + m[0].length + 7));
    if (yearAfter) { add(abs, abs + m[0].length + yearAfter[0].length, ymd(on(+yearAfter[1])), 'DATE', `${name} ${yearAfter[1]}`); return; }
    if (!ref) { add(abs, abs + m[0].length, `XXXX-${ymd(on(2000)).slice(5)}`, 'DATE', `${name}, with no article date`); return; }
    const d = pickYear(on, ref, leaning(abs, abs + m[0].length));
    add(abs, abs + m[0].length, ymd(d), 'DATE', `${name} ${d.getUTCFullYear()}, from${dl}`);
  }],
  // "last week", "this month", "next year"
  [/\b(last|this|next|past)\s+(week|month|year|weekend)\b/gi, (m, abs, { text, ref, dl, add }) => {
    // a programme's title ("ABC's \"This Week\"") is not the current week
    if (/^This Week$/.test(m[0]) && /["“]$/.test(text.slice(Math.max(0, abs - 1), abs))) return;
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
  [near(/\b(?:end|beginning|start|middle)\s+of\b|\b(?:month|year|week)(?:-|\s+|['’]s\s+)end\b/gi, /\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the|this)\s+(month|year|week)|(month|year|week)(?:-|\s+|['’]s\s+)end)\b/gi), (m, abs, { ref, dl, add }) => {
    const unit = (m[2] || m[3]).toLowerCase();
    if (!ref) { add(abs, abs + m[0].length, 'FUTURE_REF', 'DATE', `${m[0]} (no article date)`); return; }
    const value = unit === 'month' ? documentDateMonth(ref) : unit === 'year' ? String(ref.getUTCFullYear()) : isoWeek(ref);
    add(abs, abs + m[0].length, value, 'DATE', `${m[1] || 'end'} of the ${unit} of${dl}`);
  }],
  // Centuries: "the 20th century" (the value is the century's first two digits, as TimeML writes it)
  [near(/\bcentury\b/gi, /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi), (m, abs, { add }) => {
    const n = +m[1];
    if (n < 1 || n > 30) return;
    add(abs, abs + m[0].length, pad(n - 1), 'DATE', `the ${m[1]}${m[0].match(/st|nd|rd|th/)![0]} century: the years ${n - 1}00 to ${n - 1}99`);
  }],
  // Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand"
  [near(/\b(?:nineteen|twenty)\s|\btwo\s+thousand\b/gi, /\b(?:the\s+year\s+)?(nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?\b|\b(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?\b/gi), (m, abs, { text, add }) => {
    const n = NUMBER_WORDS;
    const year = m[1] ? (m[1].toLowerCase() === 'nineteen' ? 1900 : 2000) + n[m[2].toLowerCase()] + (m[3] ? n[m[3].toLowerCase()] : 0) : 2000 + (m[4] ? n[m[4].toLowerCase()] : 0);
    // "the winter of nineteen ninety-four", "January nineteen ninety-seven": the season or month of that year
    const back = text.slice(Math.max(0, abs - 24), abs);
    const season = /\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+$/i.exec(back);
    const month = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?$/.exec(back);
    if (season || month) {
      const at = abs - (season ?? month)![0].length;
      const code = season ? SEASON_CODE[season[1].toLowerCase()]
        : pad(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(month![1].toLowerCase()) + 1);
      add(at, abs + m[0].length, `${year}-${code}`, 'DATE', `${(season ?? month)![1].toLowerCase()} of the year ${year}, in words`, true);
      return;
    }
    // "twenty twenty" people, "nineteen fifty" dollars: only where a year is expected
    if (!/^the\s+year/i.test(m[0]) && !/\b(?:in|of|since|until|by|from|to|and|a|the)\s+$|[.,]\s*$|^\s*$/i.test(text.slice(Math.max(0, abs - 8), abs))) return;
    if (/^\s+(?:people|dollars|men|women|troops|miles|percent)\b/i.test(text.slice(abs + m[0].length, abs + m[0].length + 10))) return;
    add(abs, abs + m[0].length, String(year), 'DATE', `the year ${year}, in words`);
  }],
  // "the year", "the full year", "the fiscal year": the article's year; "the year ended Sept. 30" is a year's length
  [near(/\byear\b/gi, /\bthe\s+(?:(full|fiscal|current|latest fiscal|current fiscal)\s+)?year\b(?![\s-]+(?:before|after|earlier|ago|of|in which|when|that|and a half|or)\b|['’]s\b)/gi), (m, abs, { text, ref, dl, add }) => {
    if (!ref) return;
    if (/^\s+(?:ended|ending|to)\b/i.test(text.slice(abs + m[0].length, abs + m[0].length + 8))) {
      add(abs, abs + m[0].length, 'P1Y', 'DURATION', 'a year, ended on the date that follows');
      return;
    }
    const y = ref.getUTCFullYear() - (/latest fiscal/i.test(m[1] ?? '') ? 1 : 0);
    add(abs, abs + m[0].length, String(y), 'DATE', `the year of${dl}`);
  }],
  // Vague future: "the near future", "the short term", "in coming months"
  [near(/\b(?:future|term|coming)\b/gi, /\bthe\s+(?:near|foreseeable)\s+future\b|\bthe\s+(?:near|short)\s+term\b|\b(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)\b/gi), (m, abs, { add }) =>
    add(abs, abs + m[0].length, 'FUTURE_REF', 'DATE', 'a vague time after the article')],
  // "every week", "each year", "weekly", "daily" as sets
  [/\b(?:every|each)\s+(day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, abs, { add }) => {
    const u = m[1].toLowerCase();
    const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === u);
    add(abs, abs + m[0].length, wd >= 0 ? `XXXX-WXX-${wd === 0 ? 7 : wd}` : `P1${UNIT[u]}`, 'SET', `every ${u}`);
  }],
  // "year-earlier" and "year-ago" results: the year before (its quarter when quarters are compared)
  [/\byear-(?:earlier|ago)\b(?![\s-]+(?:quarter|period))/gi, (m, abs, { ref, dl, add, quarterCompared }) => {
    if (!ref) return;
    const y = ref.getUTCFullYear() - 1;
    const q = quarterCompared(abs, ref);
    add(abs, abs + m[0].length, q ? `${y}-Q${q}` : String(y), 'DATE', `the year before${dl}${q ? `, quarter ${q}` : ''}`);
  }],
  // "daily", "weekly", "annually": sets
  [/\b(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)\b/g, (m, abs, { add }) => {
    const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W' };
    add(abs, abs + m[0].length, v[m[1]], 'SET', `${m[1]}: a recurring time`);
  }],
  // "the current", "recent", "the future": vague references
  [/\b(?:the\s+)?(future)\b|\b(current|recent)\b(?!\s+(?:years|months|weeks|days)\b)/gi, (m, abs, { text, add }) => {
    if (m[1]) { if (/^the\s/i.test(m[0]) || /\bin\s+$/i.test(text.slice(Math.max(0, abs - 4), abs))) add(abs, abs + m[0].length, 'FUTURE_REF', 'DATE', 'a vague time after the article'); return; }
    add(abs, abs + m[0].length, m[2].toLowerCase() === 'current' ? 'PRESENT_REF' : 'PAST_REF', 'DATE', m[2].toLowerCase() === 'current' ? 'the present, as of the article' : 'a vague time before the article');
  }],
  // "now", "currently", "nowadays", "recently", "formerly"
  [/\b(now|currently|nowadays|at present|at the moment|these days)\b/gi, (m, abs, { text, add }) => {
    const right = /\bright\s+$/i.exec(text.slice(Math.max(0, abs - 8), abs)); // "right now"
    add(abs - (right ? right[0].length : 0), abs + m[0].length, 'PRESENT_REF', 'DATE', 'the present, as of the article');
  }],
  [/\b(recently|in the past)\b/gi, (m, abs, { add }) =>
    add(abs, abs + m[0].length, 'PAST_REF', 'DATE', 'a vague time before the article')],
  // "in recent weeks", "the weeks ahead": an unspecified number of them, up to or from the article
  [near(/\b(?:recent|ahead)\b/gi, /\brecent\s+(days|weeks|months|years|quarters)\b|\bthe\s+(days|weeks|months|years)\s+ahead\b/gi), (m, abs, { dl, add }) => {
    const unit = (m[1] ?? m[2]).toLowerCase().replace(/s$/, '');
    add(abs, abs + m[0].length, `PX${unit === 'quarter' ? 'M' : UNIT[unit]}`, 'DURATION', `some ${unit}s ${m[1] ? 'up to' : 'after'}${dl}`);
  }],
  // A bare year in running text: "a 2018 de-escalation agreement", "in 1999"
  [/(?<![\d.,:/])(?<!(?<!\bmid)-)\b(1[89]\d{2}|20\d{2})\b(?![\d.,:/-]\d|%|\s*(?:people|troops|soldiers|vehicles|men|women|dead|killed|km|kilometres|miles))/g, (m, abs, { text, add }) => {
    // the year of a fuller date ("Aug. 7, 1998", "August 1988") is chrono-node's
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/i.test(text.slice(Math.max(0, abs - 16), abs))) return;
    add(abs, abs + m[0].length, m[1], 'DATE', 'a year');
  }],
] as [RegExp | Anchored, DateRule['read']][]).map(([p, read]) => (p instanceof RegExp ? { re: p, anchor: undefined, read } : { ...p, read }));

/**
 * `text` is the whole document; `from` is where annotation starts (after the dateline).
 */
export function findDates(text: string, from: number, documentDate: string | null, sentences: Sentence[], tokens: Token[], quarterContext = 0,
  calendar = true): DateAnnotation[] {
  const found: Found[] = [];
  const ref = documentDate ? new Date(`${documentDate}T12:00:00Z`) : null;
  const body = text.slice(from);
  const add = (start: number, end: number, value: string, type: TimexType, explanation: string, absorb = false) => {
    // trim leading prepositions and surrounding punctuation
    let s = start, e = end;
    // TimeML extents keep determiners ("the third quarter") and drop prepositions ("on Sunday" -> "Sunday")
    // ("over three years" is [three years] as TimeBank marks it; "about" is left out, "around" kept)
    const lead = /^(?:on|in|at|by|since|from|until|till|during|for|over|within|of|after|before|about|to|through|into|between|as (?:early|late|soon) as|as of)\s+/i;
    for (let m = lead.exec(text.slice(s, e)); m && m[0].length < e - s; m = lead.exec(text.slice(s, e))) s += m[0].length;
    while (s < e && /[\s,.;:!?"“”‘’'()\-–—]/.test(text[s])) s++;
    while (e > s && /[\s,;:!?"“”‘’'()\-–—]/.test(text[e - 1])) e--;
    if (/['’]s$/.test(text.slice(s, e)) && e - s > 2) e -= 2; // "Friday's ceremony"
    // a prenominal duration or quarter keeps its determiner out: the [14-day] waiting period, the [third-quarter] results
    if (/^the\s+(?:(?:nearly|almost|about|some|over|roughly)\s+)?\S+-(?:second|minute|hour|day|week|month|year|decade|quarter)$/i.test(text.slice(s, e))) s = text.indexOf(' ', s) + 1;
    // modifiers of a calendar expression belong to it: "early December", "late last week", "mid-afternoon",
    // "the end of 1990", "fiscal 1989"
    if (type !== 'DURATION') {
      const before = text.slice(Math.max(from, s - 24), s);
      const mod = /(?<!\bas\s+)\b(?:early|late|mid|earlier|later)(?:\s+|-)$/i.exec(before) ??
        /\bthe\s+(?:end|beginning|start|middle)\s+of\s+$/i.exec(before) ?? (/^\d{4}$/.test(text.slice(s, e)) ? /\bfiscal\s+$/i.exec(before) : null);
      if (mod) s -= mod[0].length;
    }
    while (e > s && text[e - 1] === '.' && !/\b(?:[A-Z][a-z]{2}|\p{L}\.\p{L})\.$/u.test(text.slice(Math.max(s, e - 5), e))) e--;
    if (e <= s) return;
    // (an expression that knows it is the whole of a shorter one found before absorbs it: "January [this year]")
    // (found is kept sorted by start, its expressions never overlap: the neighbours of [s, e) are found by binary search)
    const at = (x: number) => lowerBound(found.length, (k) => found[k].start < x);
    if (absorb) for (let k = at(e) - 1; k >= 0 && found[k].start >= s; k--) if (found[k].end <= e) found.splice(k, 1);
    const k = at(s);
    if ((k > 0 && found[k - 1].end > s) || (k < found.length && found[k].start < e)) return;
    found.splice(k, 0, { start: s, end: e, value, type, explanation });
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
  /** Which way the clause around an expression leans: 'future', 'past' or null (no tense cue): the governing
   * clause's tense, a deadline, else future cues anywhere near. */
  const leaning = (start: number, end: number): 'past' | 'future' | null => {
    const [lo, hi] = sentenceBounds(start);
    const t = tenseAround(text, start, end, lo, hi);
    // a deadline: "complete the flights by August", "postponed until Tuesday morning"
    if (t !== 'past' && /\b(?:by|until)\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(lo, start - 12), start))) return 'future';
    return t ?? (FUTURE_CUES.test(text.slice(lo, hi)) ? 'future' : null);
  };
  /** The lean of a month or season after a relative word: "last" and "this past" look back, "next" and
   * "this coming" ahead, "this" none (the article's own year); any other word, or none, leaves it to the clause. */
  const leaningAfter = (rel: string | undefined, start: number, end: number): 'past' | 'future' | null =>
    rel === 'last' || rel === 'this past' ? 'past' : rel === 'next' || rel === 'this coming' ? 'future' : rel === 'this' ? null : leaning(start, end);
  /** A date the clause's verb does not govern: an end point ("extended to Nov. 6", "between now and Feb. 10")
   * or a modifier of a noun ("the Jan. 14 deadline"). The clause's tense only leans on such a date. */
  const endpointOrModifier = (start: number, end: number): boolean => {
    if (/\b(?:to|until|till|through|and)\s+$/i.test(text.slice(Math.max(0, start - 9), start))) return true;
    const next = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 24))?.[1];
    return !!next && !hasTag(next, /Preposition|Conjunction|Determiner|Pronoun|Adverb|Copula|Modal|Auxiliary|PastTense|Adjective|Value/);
  };
  const dl = documentDate ? ` the dateline ${documentDate}` : ' an unknown article date';
  /**
   * The quarter that quarterly results around `abs` compare (this sentence and about a page before it):
   * the one named ("third-quarter profit"), else the last one reported before the article date when only
   * "quarter" or "quarterly" is said, else 0 (no quarterly comparison).
   */
  const quarterCompared = (abs: number, at: Date): number => {
    // a sentence about a longer period compares years: "in the first nine months, ... a year earlier"
    if (/\b(?:nine|six|twelve)\s+months\b|\bfirst[\s-]half\b|\bhalf[\s-]year\b|\b(?:fiscal|full)\s+year\b/i.test(sentenceOf(abs))) return 0;
    // the quarter named last before the expression, within about a page
    const near = text.slice(Math.max(0, abs - 1500), sentenceBounds(abs)[1]);
    const named = lastNamedQuarter(near);
    if (named) return named;
    if (/\bquarter(?:ly)?\b/i.test(near)) return ((Math.floor(at.getUTCMonth() / 3) + 3) % 4) + 1;
    // an earlier paragraph named the quarter and this sentence reports figures
    return quarterContext && RESULTS.test(sentenceOf(abs)) ? quarterContext : 0;
  };


  // 2. chrono-node for calendar expressions
  // chrono-node is the costliest stage, so it only reads the sentences that hold a hint of a date.
  const instant = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  const chronoResults = calendar ? chronoReadings(text, from, sentences.length ? sentences : [{ start: from, end: text.length }], instant) : [];
  // Our rules first, so that durations are not read as future dates ("for eight years" -> 2028 by chrono).
  const env: DateEnv = { text, from, ref, dl, add, leaning, leaningAfter, endpointOrModifier, sentenceOf, quarterCompared };
  runRules(body, from, env);
  for (const r of chronoResults) readChronoResult(r, env);
  void tokens;
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, type: f.type, explanation: f.explanation }));
}

/** chrono-node's readings of the sentences that hold a hint of a date (offsets from `from`). */
function chronoReadings(text: string, from: number, sentences: { start: number; end: number }[], instant: Date): chrono.ParsedResult[] {
  const chronoResults: chrono.ParsedResult[] = [];
  for (const [lo, hi] of chronoWindows(text, from, sentences)) {
    const whole = text.slice(lo, hi);
    const windows = hintWindows(whole); // (none: no hint of a date in the sentence)
    if (!windows.length) continue;
    for (const [a, b] of windows) {
      const piece = a === 0 && b === whole.length ? whole : whole.slice(a, b);
      const base = lo + a;
      // a reading cut in two around `cut` (a range's "to", a figure): each side parsed on its own
      const parseAround = (r: chrono.ParsedResult, cut: RegExpExecArray) => {
        for (const [t0, off] of [[r.text.slice(0, cut.index), 0], [r.text.slice(cut.index + cut[0].length), cut.index + cut[0].length]] as [string, number][]) {
          if (t0.trim()) for (const p of CHRONO.parse(t0, { instant, timezone: 0 })) chronoResults.push(Object.assign(p, { index: p.index + r.index + off + base - from }));
        }
      };
      for (const r of CHRONO.parse(piece, { instant, timezone: 0 })) {
        // a range ("from Sept. 14 to Thursday") is two expressions, each resolved on its own
        const cut = r.end ? /\s+(?:to|through|thru|until|till|and)\s+|\s*[-–]\s*/i.exec(r.text) : null;
        if (cut && cut.index > 0) { parseAround(r, cut); continue; }
        // a figure is not a clock time: "fell 1.4%, or 6.43, on Friday", "after Jan. 1, 1990 at 1,015 francs"
        const after = piece.slice(r.index + r.text.length, r.index + r.text.length + 2);
        const figure = /(?:^|\s)\d{1,2}\.\d{2},?(?!\s*[ap]\.?m\b)|\s+at\s+\d{1,2}$/i.exec(r.text);
        if (figure && (figure[0].includes('.') || /^[.,]\d/.test(after))) { parseAround(r, figure); continue; }
        chronoResults.push(Object.assign(r, { index: r.index + base - from }));
      }
    }
    // chrono-node reads "May" as the modal unless a preposition or a day goes with it: "appointed last May"
    for (const m of whole.matchAll(/\b(?:last|next|this|early|late|mid-?)\s+(May)\b(?!\s+\d)/g)) {
      const at = lo - from + m.index! + m[0].length - 3;
      if (chronoResults.some((r) => r.index <= at && at < r.index + r.text.length)) continue;
      chronoResults.push({ index: at, text: 'May', start: { knownValues: { month: 5 }, date: () => instant } } as unknown as chrono.ParsedResult);
    }
  }
  return chronoResults;
}

/** How far around a hint chrono-node reads: its expressions and their context ("the day before last Tuesday") fit. */
const HINT_REACH = 60;
/**
 * The stretches of a sentence around its hints of a date, cut at spaces and merged where they meet: chrono-node's
 * patterns scan every position of what they are given, and most of a long sentence is far from any date.
 */
function hintWindows(piece: string): [number, number][] {
  const out: [number, number][] = [];
  DATE_HINT.lastIndex = 0;
  for (let m; (m = DATE_HINT.exec(piece));) {
    let a = Math.max(0, m.index - HINT_REACH), b = Math.min(piece.length, m.index + m[0].length + HINT_REACH);
    if (a > 0) { const sp = piece.lastIndexOf(' ', a); a = sp < 0 ? 0 : sp + 1; }
    if (b < piece.length) { const sp = piece.indexOf(' ', b); b = sp < 0 ? piece.length : sp; }
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b); else out.push([a, b]);
  }
  return out;
}

/** Runs each rule's pattern over the body (around its anchor words when it has some); its reader gets absolute offsets. */
function runRules(body: string, from: number, env: DateEnv): void {
  for (let r = 0; r < DATE_RULES.length; r++) {
    const rule = DATE_RULES[r];
    const re = rule.re;
    const regions = regionsNear(body, rule.anchor);
    for (let g = 0; g < regions.length; g++) {
      const a = regions[g][0], b = regions[g][1];
      const piece = a === 0 && b === body.length ? body : body.slice(a, b);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(piece))) {
        const lead = /^\s*/.exec(m[0])![0].length;
        const shifted = Object.assign([...m], { index: m.index + lead, input: m.input }) as unknown as RegExpExecArray;
        shifted[0] = m[0].slice(lead);
        rule.read(shifted, from + a + m.index + lead, env);
      }
    }
  }
}

/** What one chrono-node reading is worth: a date, a time or nothing (a figure, a name, a modal), added through `env.add`. */
function readChronoResult(r: chrono.ParsedResult, env: DateEnv): void {
  const { text, from, ref, dl, add, leaning, leaningAfter, endpointOrModifier, sentenceOf } = env;
  const abs = from + r.index;
  const known = (r.start as unknown as { knownValues: Record<string, number> }).knownValues;
  const txt = r.text;
  // a bare number ("4 pence", "2.46 billion", "12 3/4%") is not a time
  if (/^\d+(?:[.,]\d+)?$|^\d+\s+\d+\/\d+$|^half\b/i.test(txt.trim().replace(/^(?:from|at|to|by|until|since|on|in|before|after|around|about)\s+/i, ''))) return;
  // "Sun", "Wed" without a period or a date after them are names ("the Sun"), not weekdays
  if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[,;]?$/.test(txt.trim())) return;
  // "$2.50 a share" is a price, not 2:50 a.m.; "7/8" in stock tables is a fraction
  if (/^\d+[.:]?\d*\s*[ap]$/i.test(txt.trim()) || /[$£€]\s*\d*[.,]?$/.test(text.slice(Math.max(0, abs - 4), abs))) return;
  const frac = /^(\d{1,2})\/(\d{1,2})$/.exec(txt.trim());
  if (frac && +frac[1] < +frac[2] && [2, 3, 4, 8, 16, 32, 64].includes(+frac[2])) return;
  // "march", "may", "sat" in lower case are a noun, a modal and a verb, not a month or a weekday
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/.test(txt)) return;
  // chrono reads "Feb. 28 1 BE" as the year 1 of the Buddhist era (-542): news dates are four-digit years
  if (known.year !== undefined && (known.year < 1000 || known.year > 2999)) return;
  if (/^(?:now|today|tonight)$/i.test(txt.trim()) && !ref) return;
  if (/^now$/i.test(txt.trim())) return; // PRESENT_REF, above
  // "in the day" ("earlier in the day before rallying") is the article's day, not the day after as chrono-node reads it
  const inTheDay = /^(?:in|within)\s+the\s+(day|night)$/i.exec(txt.trim());
  if (inTheDay) {
    if (!ref) return;
    add(abs, abs + txt.length, ymd(ref) + (inTheDay[1].toLowerCase() === 'night' ? 'TNI' : ''), inTheDay[1].toLowerCase() === 'night' ? 'TIME' : 'DATE', `the ${inTheDay[1].toLowerCase()} of${dl}`);
    return;
  }
  let lead = 0, tail = 0;
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
      const future = /\bnext\b/i.test(txt) || (!/\blast\b/i.test(txt) && leaning(abs, abs + txt.length) === 'future');
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
      const lean = leaning(abs, abs + txt.length);
      const y = ref.getUTCFullYear();
      d = pickYear((yy) => new Date(Date.UTC(yy, known.month! - 1, known.day!, 12)), ref, lean, 2, !endpointOrModifier(abs, abs + txt.length));
      explanation = `${txt.trim()}: ${d.getUTCFullYear() === y ? 'the year of' : d.getUTCFullYear() < y ? 'the year before' : 'the year after'}${dl}${lean ? ` (${lean} tense)` : ' (the nearest)'}`;
    } else if (known.year === undefined) {
      value = `XXXX-${pad(known.month)}-${pad(known.day)}`;
      add(abs, abs + txt.length, value, type, `${txt.trim()} with no year`);
      return;
    } else {
      explanation = 'a calendar date';
    }
    value = ymd(d);
  } else if (known.month !== undefined && known.day === undefined) {
    let y = known.year;
    // "January this year", "June last year": one expression, the year said
    const yearWord = y === undefined && ref ? /^,?\s+(this|last|next)\s+year\b/i.exec(text.slice(abs + txt.length, abs + txt.length + 16)) : null;
    if (yearWord) {
      y = ref!.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[yearWord[1].toLowerCase()];
      tail = yearWord[0].length;
    } else if (y === undefined && ref) {
      const before = text.slice(Math.max(from, abs - 12), abs);
      const relM = /\b(last|next|this(?: coming| past)?|each|every)\s+$/i.exec(before);
      const rel = relM?.[1].toLowerCase();
      const lean = leaningAfter(rel, abs, abs + txt.length);
      const ry = ref.getUTCFullYear();
      // a month is "past" while it has begun: the middle of the month stands for it
      y = rel === 'this' ? ry : pickYear((yy) => new Date(Date.UTC(yy, known.month! - 1, 15, 12)), ref, lean, rel === 'last' ? -16 : 16, rel !== undefined || !endpointOrModifier(abs, abs + txt.length)).getUTCFullYear();
      if (relM) lead = relM[0].length;
      if (rel === 'each' || rel === 'every') {
        add(abs - lead, abs + txt.length, `XXXX-${pad(known.month)}`, 'SET', `every ${txt.trim()}`);
        return;
      }
    }
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
    return;
  } else {
    value = ymd(d);
    explanation = `${txt.trim()} relative to${dl}`;
  }
  const partOfDay = /\b(morning|afternoon|evening|night|tonight)$/i.exec(txt.trim())?.[1].toLowerCase();
  if (partOfDay && !/\d/.test(txt) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // "Tuesday morning", "last night": the day and its part, as TimeML writes it
    value = `${value}T${({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' } as Record<string, string>)[partOfDay]}`;
    type = 'TIME';
  } else if (type === 'TIME' && known.hour !== undefined) {
    value = `${value}T${pad(known.hour)}:${pad(known.minute ?? 0)}`;
  }
  // "the day before last Tuesday", "the day after tomorrow": one expression, a day from the date chrono-node read
  const dayOff = /\bthe\s+(day|night)\s+(before|after)\s+$/i.exec(text.slice(Math.max(from, abs - lead - 20), abs - lead));
  if (dayOff && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    value = ymd(addDays(new Date(`${value.slice(0, 10)}T12:00:00Z`), /^before$/i.test(dayOff[2]) ? -1 : 1)) + (dayOff[1].toLowerCase() === 'night' ? 'TNI' : '');
    type = dayOff[1].toLowerCase() === 'night' ? 'TIME' : 'DATE';
    explanation = `${dayOff[0].trim()} ${txt.trim()}`;
    lead += dayOff[0].length;
  }
  add(abs - lead, abs + txt.length + tail, value, type, explanation, tail > 0);
}

/**
 * The reading of a date without a year (`on` makes it for a given year) among the article's year and its neighbours: in a future clause
 * the first one from the article date on, in a past clause the last one up to it, else the nearest
 * (`slack` days of leeway around the article date).
 */
function pickYear(on: (year: number) => Date, ref: Date, lean: 'past' | 'future' | null, slack = 2, firm = true): Date {
  const y = ref.getUTCFullYear();
  const cands = [on(y - 1), on(y), on(y + 1)];
  const t = ref.getTime(), day = 86400000;
  // "last May", "arrived on Jan. 14": the word or the verb decides
  if (firm && lean === 'future') return cands.find((c) => c.getTime() >= t - slack * day) ?? cands[cands.length - 1];
  if (firm && lean === 'past') return [...cands].reverse().find((c) => c.getTime() <= t + slack * day) ?? cands[0];
  // A tense that does not govern the date only leans: a day against it counts as AGAINST days with it
  // ("extended the offer to Nov. 6", written on Oct. 30, is a week ahead rather than a year back). Without a lean, news reports the past
  // more than it announces the future: a day ahead counts as two behind.
  const cost = (c: Date) => {
    const d = c.getTime() - t;
    if (lean === 'past') return d <= slack * day ? Math.abs(d) : AGAINST * d;
    if (lean === 'future') return d >= -slack * day ? Math.abs(d) : -AGAINST * d;
    return (d >= 0 ? 2 : 1) * Math.abs(d);
  };
  return cands.reduce((best, c) => (cost(c) < cost(best) ? c : best));
}
const AGAINST = 6;

/** Easter Sunday of a year (the anonymous Gregorian computus). */
function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(y, month - 1, day, 12));
}

function documentDateMonth(ref: Date): string {
  return `${pad(ref.getUTCFullYear(), 4)}-${pad(ref.getUTCMonth() + 1)}`;
}

// ("the next week", "the next year" look ahead from the article more often than from a date named: only "the next day" here)
const ANAPHORA = /\b(?:(?:(earlier|later)\s+)?that\s+(?:same\s+)?|the\s+(following|previous|preceding|prior|same|next(?=\s+(?:day|night|morning|afternoon|evening)))\s+)(day|night|morning|afternoon|evening|week|month|year)\b(?![-\w])/gi;
const PART_OF_DAY: Record<string, string> = { night: 'TNI', morning: 'TMO', afternoon: 'TAF', evening: 'TEV' };

/**
 * Times counted from a date the article has just named, not from the article's own date: "in June 1998 ...
 * later that year", "On May 22, 1995 ... the following year", "on Oct. 23 ... that same day". Runs over the
 * whole text after the paragraphs are stitched (the date named may sit a paragraph earlier) and returns the
 * dates with these added (an overlapping reading counted from the article date is replaced).
 */
export function resolveAnaphoricDates(text: string, dates: DateAnnotation[]): DateAnnotation[] {
  if (!/\bthat\s|\bthe\s+(?:following|next|previous|preceding|prior|same)\s/i.test(text)) return dates;
  let out = dates;
  ANAPHORA.lastIndex = 0;
  for (let m; (m = ANAPHORA.exec(text));) {
    const start = m.index, end = start + m[0].length;
    const unit = m[3].toLowerCase();
    const rel = (m[2] ?? '').toLowerCase();
    const step = rel === 'following' || rel === 'next' ? 1 : rel === 'previous' || rel === 'preceding' || rel === 'prior' ? -1 : 0;
    // the latest calendar date named before, within about a page (an earlier expression of this kind
    // counts: "the following day ... that night"); a day counted from a month is a day of that month
    let anchor: DateAnnotation | undefined, parts: RegExpExecArray | null = null;
    for (let i = lowerBound(out.length, (x) => out[x].start < start) - 1; i >= 0; i--) {
      const d = out[i];
      if (d.end > start) continue;
      if (start - d.end > 2000) break;
      if (d.type !== 'DURATION' && d.type !== 'SET' && (parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/.exec(d.value))) { anchor = d; break; }
    }
    if (!anchor || !parts) continue;
    const y = +parts[1], mo = parts[2] ? +parts[2] : 0, da = parts[3] ? +parts[3] : 0;
    let value: string;
    if (unit === 'year') value = pad(y + step, 4);
    else if (!mo) continue; // a day or a month of a year named earlier: too vague to say
    else if (unit === 'month') { const d = new Date(Date.UTC(y, mo - 1 + step, 1, 12)); value = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`; }
    else if (!da) { if (step || start - anchor.end > 250) continue; value = `${pad(y, 4)}-${pad(mo)}-XX`; } // "last October ... that same day"
    else if (unit === 'week') value = isoWeek(new Date(Date.UTC(y, mo - 1, da + 7 * step, 12)));
    else value = ymd(new Date(Date.UTC(y, mo - 1, da + step, 12))) + (PART_OF_DAY[unit] ?? '');
    const how = value.endsWith('XX') ? 'in' : step > 0 ? 'after' : step < 0 ? 'before' : 'of';
    const found: DateAnnotation = { start, end, text: m[0], value, type: PART_OF_DAY[unit] ? 'TIME' : 'DATE',
      explanation: `the ${unit} ${how} "${anchor.text}", named before` };
    // in place, in start order, replacing what it overlaps (a copy is made the first time: the caller's list stays as it was)
    if (out === dates) out = [...dates];
    let at = lowerBound(out.length, (x) => out[x].start < start);
    while (at > 0 && out[at - 1].end > start) at--;
    let n = 0;
    while (at + n < out.length && out[at + n].start < end) n++;
    out.splice(at, n, found);
  }
  return out;
}
