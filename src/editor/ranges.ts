/**
 * Highlight ranges of an analysis as flat typed arrays per category ([start0, end0, start1, end1, ...]).
 * Pure: the worker computes them next to the analysis, so that the extension host receives ready
 * arrays (copied in one piece) instead of walking hundreds of thousands of mentions itself.
 */
import { isPlaceKind, type Analysis } from '../analysis/types';

export type RangeCategory = 'actor' | 'place' | 'date' | 'quote';
export interface FlatRanges {
  ranges: Record<RangeCategory, Int32Array>;
  count: number;
  /**
   * Offsets where each line of the analysed text starts (line breaks as VS Code counts them: \r\n, \n,
   * \r), when the worker had the text: the host turns offsets into positions with them instead of asking
   * the document, whose own line index costs tens of milliseconds to build on a 10 MB text.
   */
  lineStarts?: Int32Array;
}

/** Start offsets of the lines of a text. */
export function lineStartsOf(text: string): Int32Array {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  const out = new Int32Array(n);
  let k = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out[k++] = i + 1;
  }
  return out;
}

/** The line (0-based) holding an offset: the last line start at or before it (a binary search). */
export function lineOf(starts: Int32Array, offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}

export function flatRanges(a: Analysis, text?: string): FlatRanges {
  const size: Record<RangeCategory, number> = { actor: 0, place: 0, date: a.dates.length, quote: a.quotes.length };
  // one category test per entity, not per mention: a place entity's mentions are places unless acting
  for (const e of a.entities) {
    if (!isPlaceKind(e.kind)) { size.actor += e.mentions.length; continue; }
    for (const m of e.mentions) size[m.role === 'actor' ? 'actor' : 'place']++;
  }
  const ranges = { actor: new Int32Array(size.actor * 2), place: new Int32Array(size.place * 2),
    date: new Int32Array(size.date * 2), quote: new Int32Array(size.quote * 2) };
  const at: Record<RangeCategory, number> = { actor: 0, place: 0, date: 0, quote: 0 };
  const put = (cat: RangeCategory, st: number, en: number) => { const arr = ranges[cat]; arr[at[cat]++] = st; arr[at[cat]++] = en; };
  for (const e of a.entities) {
    const always = !isPlaceKind(e.kind);
    for (const m of e.mentions) put(always || m.role === 'actor' ? 'actor' : 'place', m.start, m.end);
  }
  for (const d of a.dates) put('date', d.start, d.end);
  for (const q of a.quotes) put('quote', q.start, q.end);
  return { ranges, count: size.actor + size.place + size.date + size.quote, ...(text !== undefined ? { lineStarts: lineStartsOf(text) } : {}) };
}

/** Ranges the worker computed, by analysis object (filled when a result arrives). */
export const precomputed = new WeakMap<Analysis, FlatRanges>();
