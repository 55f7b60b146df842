/** Tokens, sentences and paragraphs with exact offsets into the original text. */

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'possessive';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  lower: string;
  /** First letter is upper case ("Assad", "al-Assad" counts as capitalised through its tail). */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("UN", "SANA", "TURKEY"). */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last) */
  first: number;
  last: number;
  paragraph: number;
  /** The sentence is an all-caps heading line ("TURKEY-RUSSIA TALKS"). */
  heading: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

export const OPEN_QUOTES = '“"‘«„';
export const CLOSE_QUOTES = '”"’»“';

// Order matters: abbreviations with dots, possessive endings, words (with inner hyphens or apostrophes),
// numbers, then single punctuation characters.
const TOKEN_RE =
  /(\p{L}\.(?:\p{L}\.)+)|(['’]s\b)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:]\p{N}+)*(?:-[\p{L}\p{N}]+)*)|(\S)/gu;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov', 'st',
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'rev', 'fr', 'mt', 'ft', 'approx', 'etc', 'est', 'dept', 'univ',
]);

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The number of leading indices i in [0, n) for which `before(i)` holds (it must hold on a prefix): a binary search. */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(mid)) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The Arabic article in its transliterations, joined to the word after it: "al-", "ash-", "ut-" ("Hizb ut-Tahrir"). */
export const ARABIC_ARTICLES = 'al|el|ad|as|ash|ar|an|at|az|ez|es|ed|ut|ul|ud';
const NAME_PARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES}|bin|ibn|abu|abd|van|von|de|di|da|du|le|la|d|o|mc)[-'’](.)`, 'i');

export function isCapitalised(word: string): boolean {
  // "al-Assad", "bin-Salman", "ut-Tahrir": the name starts after the particle
  const m = NAME_PARTICLE.exec(word);
  const ch = m ? m[1] : word[0];
  return !!ch && isUpperLetter(ch);
}

/**
 * Whether a word's letters may all be capitals: the word is its own upper case, or it holds one of the few characters
 * other than letters that have an upper case (a combining iota, small Roman numerals). ("Assad" is not: one call
 * instead of the letters' extraction.)
 */
function mayBeShouted(word: string): boolean {
  return word.toUpperCase() === word || CASED_NON_LETTER.test(word);
}
const CASED_NON_LETTER = /[\u0345\u2170-\u217f]/;

/** At least two letters, all of them upper case. */
function isShouted(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const t = m[0];
    let kind: TokenKind;
    if (m[1] || m[3]) kind = 'word';
    else if (m[2]) kind = 'possessive';
    else if (m[4]) kind = 'number';
    else kind = OPEN_QUOTES.includes(t) || CLOSE_QUOTES.includes(t) || t === "'" ? 'quote' : 'punct';
    // A lone apostrophe-s that is really the start of a word ("’sorry") is rare; keep the rule simple.
    const lower = t.toLowerCase();
    tokens.push({
      text: t, start: m.index, end: m.index + t.length, kind, lower,
      // (a word with no capital letter, most of them, is neither capitalised nor shouted: its letters are not looked at)
      cap: kind === 'word' && lower !== t && isCapitalised(t),
      upper: kind === 'word' && lower !== t && mayBeShouted(t) && isShouted(t),
      sentence: 0,
    });
  }
  return tokens;
}

/** Splits into paragraphs (blank lines) and sentences, and stamps each token with its sentence. */
export function segment(text: string, tokens: Token[]): { sentences: Sentence[]; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  const paraRe = /\n[ \t\r\f\v]*\n\s*/g;
  let p = 0;
  let pm: RegExpExecArray | null;
  while ((pm = paraRe.exec(text))) {
    if (pm.index > p) paragraphs.push({ start: p, end: pm.index });
    p = pm.index + pm[0].length;
  }
  if (p < text.length) paragraphs.push({ start: p, end: text.length });

  const sentences: Sentence[] = [];
  let ti = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi];
    while (ti < tokens.length && tokens[ti].start < para.start) ti++;
    let first = ti;
    const close = (last: number) => {
      if (last <= first) return;
      const s: Sentence = { start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph: pi, heading: false };
      s.heading = sentenceIsHeading(tokens, first, last);
      sentences.push(s);
      first = last;
    };
    for (; ti < tokens.length && tokens[ti].start < para.end; ti++) {
      const t = tokens[ti];
      const next = tokens[ti + 1];
      if (!next || next.start >= para.end) continue;
      // (most gaps are one space or none: a line break is looked for in the longer ones)
      const gapLength = next.start - t.end;
      if (gapLength > 0 && (gapLength === 1 ? text.charCodeAt(t.end) === 10 : text.slice(t.end, next.start).includes('\n'))) {
        // A line break ends a sentence unless the line was wrapped mid-sentence.
        const endsSentence = /[.!?:”"’)]$/.test(t.text) || tokens[first] && sentenceIsHeading(tokens, first, ti + 1);
        if (endsSentence || !/^\p{Ll}/u.test(next.text)) { close(ti + 1); continue; }
      }
      if (t.text === '.' || t.text === '!' || t.text === '?') {
        const prev = tokens[ti - 1];
        // ("No. 5" is a number's abbreviation, "he said no. Then" ends a sentence; "etc." ends one before a capital)
        if (t.text === '.' && prev && prev.end === t.start && ABBREVIATIONS.has(prev.lower) && !/^\p{Lu}{2,}/u.test(next.text) &&
          !(prev.lower === 'no' && !/^\p{N}/u.test(next.text)) && prev.lower !== 'etc') continue;
        if (t.text === '.' && prev && prev.end === t.start && prev.kind === 'word' && prev.text.length === 1 && isUpperLetter(prev.text)) continue;
        // The sentence may end after a closing quote: ."  ?”
        let last = ti + 1;
        while (tokens[last] && tokens[last].kind === 'quote' && tokens[last].start === tokens[last - 1].end && CLOSE_QUOTES.includes(tokens[last].text)) last++;
        const after = tokens[last];
        if (!after || after.start >= para.end) continue;
        if (/^[\p{Lu}\p{N}“"‘'(«]/u.test(after.text) && after.start > tokens[last - 1].end) {
          close(last);
          ti = last - 1;
        }
      }
    }
    close(Math.min(ti, tokens.length));
    // tokens beyond the paragraph end belong to the next one
  }
  for (let si = 0; si < sentences.length; si++) {
    for (let k = sentences[si].first; k < sentences[si].last; k++) tokens[k].sentence = si;
  }
  return { sentences, paragraphs };
}

/** One to twelve words, each shouted or of one letter ("TURKEY-RUSSIA TALKS"). */
function sentenceIsHeading(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (++words > 12 || !(t.upper || t.text.length === 1)) return false;
  }
  return words > 0;
}
