/**
 * Highlight ranges of an analysis as flat typed arrays per category ([start0, end0, start1, end1, ...]).
 * Pure: the worker computes them next to the analysis, so that the extension host receives ready
 * arrays (copied in one piece) instead of walking hundreds of thousands of mentions itself.
 */
import type { Analysis } from '../analysis/types';
import { mentionCategory } from './cards';

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
  for (const e of a.entities) for (const m of e.mentions) size[mentionCategory(e, m.role)]++;
  const ranges: Record<RangeCategory, Int32Array> = { actor: new Int32Array(size.actor * 2), place: new Int32Array(size.place * 2),
    date: new Int32Array(size.date * 2), quote: new Int32Array(size.quote * 2) };
  const at: Record<RangeCategory, number> = { actor: 0, place: 0, date: 0, quote: 0 };
  const put = (cat: RangeCategory, st: number, en: number) => { const arr = ranges[cat]; arr[at[cat]++] = st; arr[at[cat]++] = en; };
  for (const e of a.entities) for (const m of e.mentions) put(mentionCategory(e, m.role), m.start, m.end);
  for (const d of a.dates) put('date', d.start, d.end);
  for (const q of a.quotes) put('quote', q.start, q.end);
  // sorted by start, so that the painter finds a window of lines by binary search
  for (const cat of Object.keys(ranges) as RangeCategory[]) ranges[cat] = sortPairs(ranges[cat]);
  return { ranges, count: size.actor + size.place + size.date + size.quote, ...(text !== undefined ? { lineStarts: lineStartsOf(text) } : {}) };
}

/** [start, end] pairs ordered by start (then end). */
function sortPairs(arr: Int32Array): Int32Array {
  const n = arr.length >> 1;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (arr[2 * i] < arr[2 * i - 2]) sorted = false;
  if (sorted) return arr;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => arr[2 * x] - arr[2 * y] || arr[2 * x + 1] - arr[2 * y + 1]);
  const out = new Int32Array(arr.length);
  for (let i = 0; i < n; i++) { out[2 * i] = arr[2 * order[i]]; out[2 * i + 1] = arr[2 * order[i] + 1]; }
  return out;
}

/** The index of the first pair (in pairs) whose start is at or after `offset`, in pairs sorted by start. */
export function firstPairFrom(arr: Int32Array, offset: number): number {
  let lo = 0, hi = arr.length >> 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (arr[2 * mid] < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Ranges the worker computed, by analysis object (filled when a result arrives). */
export const precomputed = new WeakMap<Analysis, FlatRanges>();
