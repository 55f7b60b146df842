/**
 * The paragraph-local stage of the analysis: tokens, sentences, time expressions and entity
 * candidates depend only on a paragraph's text (and the article date), so they are computed per
 * paragraph and can be memoised by text. An edit to one paragraph of a long article re-runs this
 * stage for that paragraph only; the document-wide stages (entity merging, quote attribution,
 * events) then run over the stitched result.
 */
import { findDates, lastNamedQuarter } from './dates';
import { findCandidates, type Candidate } from './entities';
import { segment, tokenize, type Paragraph, type Sentence, type Token } from './tokenize';
import type { Corrections, DateAnnotation } from './types';

export interface ParagraphLocal {
  tokens: Token[];
  sentences: Sentence[];
  dates: DateAnnotation[];
  candidates: Candidate[];
  /**
   * Where the tokens and sentences sit now (paragraph offset, first token and sentence index, paragraph
   * index): a cached paragraph's tokens and sentences are moved in place to where the next analysis needs
   * them, not copied (nothing after this stage changes them, and none of them is part of an Analysis).
   */
  at?: { off: number; tBase: number; sBase: number; pi: number };
}

/**
 * Memo of paragraph-local results keyed by paragraph text and article date. Entries not used by
 * the latest analysis are dropped after it, so memory follows the current document.
 */
export class ParagraphCache {
  private entries = new Map<string, ParagraphLocal>();
  private used = new Map<string, ParagraphLocal>();
  hits = 0;
  misses = 0;
  get(key: string, compute: () => ParagraphLocal): ParagraphLocal {
    let v = this.used.get(key) ?? this.entries.get(key);
    if (v) this.hits++;
    else { v = compute(); this.misses++; }
    this.used.set(key, v);
    return v;
  }
  /** Ends one analysis: keeps only what it used. */
  sweep(): void { this.entries = this.used; this.used = new Map(); }
  get size(): number { return this.entries.size; }
}

const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n\s*/g;

/** Paragraphs (blank-line separated) of text[from..], with leading whitespace skipped. */
export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let p = from;
  while (p < text.length && /\s/.test(text[p])) p++;
  PARAGRAPH_BREAK.lastIndex = p;
  for (let m; (m = PARAGRAPH_BREAK.exec(text));) {
    if (m.index > p) out.push({ start: p, end: m.index });
    p = m.index + m[0].length;
  }
  if (p < text.length) out.push({ start: p, end: text.length });
  return out;
}

function computeLocal(para: string, documentDate: string | null, corrections: Corrections | undefined, quarter: number, calendar: boolean,
  times = true): ParagraphLocal {
  const tokens = tokenize(para);
  const { sentences } = segment(para, tokens);
  const dates = times ? findDates(para, 0, documentDate, sentences, tokens, quarter, calendar) : [];
  const candidates = findCandidates({ text: para, tokens, sentences, corrections });
  return { tokens, sentences, dates, candidates };
}

/** Moves a token by `dOff` characters and `dS` sentences, in place (give it a copy to keep the original). */
function moveToken(t: Token, dOff: number, dS: number): Token {
  t.start += dOff; t.end += dOff; t.sentence += dS;
  return t;
}

/** Moves a sentence by `dOff` characters and `dT` tokens into paragraph `pi`, in place. */
function moveSentence(s: Sentence, dOff: number, dT: number, pi: number): Sentence {
  s.start += dOff; s.end += dOff; s.first += dT; s.last += dT; s.paragraph = pi;
  return s;
}

export interface Stitched {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  dates: DateAnnotation[];
  candidates: Candidate[];
}

/** Runs (or recalls) the paragraph-local stage for every paragraph and stitches the results. */
export function paragraphStage(text: string, from: number, documentDate: string | null, corrections: Corrections | undefined,
  cache?: ParagraphCache, calendar = true, times = true): Stitched {
  const paragraphs = splitParagraphs(text, from);
  const tokens: Token[] = [], sentences: Sentence[] = [], dates: DateAnnotation[] = [], candidates: Candidate[] = [];
  const corrKey = corrections ? JSON.stringify(corrections) : '';
  let quarter = 0;
  const placed = new Set<ParagraphLocal>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const { start: off, end } = paragraphs[pi];
    const para = text.slice(off, end);
    // the one piece of document context dates need: the quarter that earlier paragraphs report on
    // ("a year ago" in quarterly results is that quarter of the year before)
    const local = cache ? cache.get(`${documentDate}\u0000${quarter}\u0000${corrKey}\u0000${para}`, () => computeLocal(para, documentDate, corrections, quarter, calendar, times))
      : computeLocal(para, documentDate, corrections, quarter, calendar, times);
    quarter = lastNamedQuarter(para) || quarter;
    const tBase = tokens.length, sBase = sentences.length;
    if (!cache) {
      // Nobody else holds these objects: shift them in place instead of copying. (The tokens, the most of them, by
      // index: an iterator step less for each.)
      const own = local.tokens;
      for (let q = 0; q < own.length; q++) tokens.push(moveToken(own[q], off, sBase));
      for (const s of local.sentences) sentences.push(moveSentence(s, off, tBase, pi));
      for (const d of local.dates) { d.start += off; d.end += off; dates.push(d); }
      for (const c of local.candidates) { c.start += off; c.end += off; c.t0 += tBase; c.t1 += tBase; candidates.push(c); }
      continue;
    }
    if (!placed.has(local)) {
      placed.add(local);
      const at = local.at ?? { off: 0, tBase: 0, sBase: 0, pi: 0 };
      const dOff = off - at.off, dT = tBase - at.tBase, dS = sBase - at.sBase;
      if (dOff || dS) for (const t of local.tokens) moveToken(t, dOff, dS);
      if (dOff || dT || pi !== at.pi) for (const s of local.sentences) moveSentence(s, dOff, dT, pi);
      local.at = { off, tBase, sBase, pi };
      for (const t of local.tokens) tokens.push(t);
      for (const s of local.sentences) sentences.push(s);
    } else {
      // the same paragraph twice in one article: the second gets copies
      const at = local.at!;
      for (const t of local.tokens) tokens.push(moveToken({ ...t }, off - at.off, sBase - at.sBase));
      for (const s of local.sentences) sentences.push(moveSentence({ ...s }, off - at.off, tBase - at.tBase, pi));
    }
    // (dates are part of the Analysis, and candidates are retagged later: both are copied)
    for (const d of local.dates) dates.push({ ...d, start: d.start + off, end: d.end + off });
    for (const c of local.candidates) candidates.push({ ...c, start: c.start + off, end: c.end + off, t0: c.t0 + tBase, t1: c.t1 + tBase });
  }
  cache?.sweep();
  return { tokens, sentences, paragraphs, dates, candidates };
}
