/**
 * The analysis worker's logic, shared by the Node worker thread (src/worker.node.ts) and the web worker
 * of the browser build (src/worker.web.ts): runs the analyser off the extension host thread.
 *
 * Requests are queued; a request superseded by a newer one for the same document is dropped
 * before it starts, and a cancel message stops a chunked analysis between chunks. Each document
 * keeps a paragraph cache, so an edit re-analyses only the paragraphs that changed.
 */
import { analyze, chunkedAnalysis, ParagraphCache } from './analysis';
import type { Analysis, AnalyzeOptions } from './analysis/types';
import { flatRanges, type FlatRanges } from './editor/ranges';
import { later } from './later';

export type WorkerRequest =
  | { type: 'analyze'; id: number; uri: string; text: string; options: AnalyzeOptions; chunked: boolean }
  | { type: 'cancel'; id: number }
  | { type: 'forget'; uri: string }
  | { type: 'warm' }
  | { type: 'ack'; id: number };
/** Pieces of a large result, sent one message at a time so that no single message is slow to receive. */
export type ResultPart =
  | { key: 'dates' | 'quotes' | 'events' | 'references'; items: unknown[] }
  | { key: 'entity'; entity: Analysis['entities'][number] }
  | { key: 'mentions'; items: Analysis['entities'][number]['mentions'] };

export type WorkerResponse =
  | { id: number; analysis: Analysis; ms: number; reused: number; total: number; streamed?: boolean; ranges?: FlatRanges }
  | { id: number; part: ResultPart }
  /** A quick first result without chrono-node, painted while the full analysis runs (the first request only). */
  | { id: number; provisional: Analysis; ranges: FlatRanges }
  | { id: number; progress: { done: number; total: number } }
  | { id: number; cancelled: true }
  | { id: number; error: string };

type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

const MAX_CACHED_DOCUMENTS = 16;
const caches = new Map<string, ParagraphCache>();
const queue: AnalyzeRequest[] = [];
const cancelled = new Set<number>();
let busy = false;

function cacheFor(uri: string): ParagraphCache {
  let c = caches.get(uri);
  if (c) caches.delete(uri);
  else c = new ParagraphCache();
  caches.set(uri, c); // most recently used last
  while (caches.size > MAX_CACHED_DOCUMENTS) caches.delete(caches.keys().next().value as string);
  return c;
}

let post: (m: WorkerResponse) => void = () => undefined;
/** chrono-node's patterns compile on their first use (about 170 ms); until then a quick pass goes first. */
let calendarWarm = false;
/** Whether an article came (the warm-up is then no longer needed). */
let started = false;
const PART = 2000;

/** Parts of large results still to send, one after each acknowledgement from the host. */
const outbox = new Map<number, WorkerResponse[]>();

/**
 * Posts a result; a large one goes in parts (entities with their mentions in slices, then the other
 * lists), each sent after the host acknowledged the previous one, so that the host's event loop turns
 * between parts instead of receiving them all in one long task.
 */
function postResult(id: number, analysis: Analysis, ms: number, reused: number, total: number, text: string): void {
  const size = analysis.dates.length + analysis.quotes.length + analysis.events.length + analysis.references.length +
    analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  // the highlight ranges travel as typed arrays (one copy each), ready for the host to paint, with the
  // text's line starts for a large result (the host turns offsets into positions with them)
  const ranges = flatRanges(analysis, size > PART * 2 ? text : undefined);
  if (size <= PART * 2) { post({ id, analysis, ms, reused, total, ranges }); return; }
  const parts: WorkerResponse[] = [];
  for (const e of analysis.entities) {
    parts.push({ id, part: { key: 'entity', entity: { ...e, mentions: e.mentions.slice(0, PART) } } });
    for (let i = PART; i < e.mentions.length; i += PART) parts.push({ id, part: { key: 'mentions', items: e.mentions.slice(i, i + PART) } });
  }
  for (const key of ['dates', 'quotes', 'events', 'references'] as const) {
    const list = analysis[key] as unknown[];
    for (let i = 0; i < list.length; i += PART) parts.push({ id, part: { key, items: list.slice(i, i + PART) } });
  }
  parts.push({ id, analysis: { ...analysis, entities: [], dates: [], quotes: [], events: [], references: [] }, ms, reused, total, streamed: true, ranges });
  outbox.set(id, parts);
  sendNext(id);
}

function sendNext(id: number): void {
  const parts = outbox.get(id);
  const next = parts?.shift();
  if (!next) { outbox.delete(id); return; }
  post(next);
  if (!parts!.length) outbox.delete(id);
}

function pump(): void {
  if (busy) return;
  const req = queue.shift();
  if (!req) return;
  if (cancelled.delete(req.id) || queue.some((q) => q.uri === req.uri)) { post({ id: req.id, cancelled: true }); later(pump); return; }
  busy = true;
  const t0 = performance.now();
  /** Ends this request: the worker is free again, `send` answers the host, the next request starts. */
  const end = (send: () => void) => { busy = false; send(); later(pump); };
  const finish = (m: WorkerResponse) => end(() => post(m));
  try {
    if (!req.chunked) {
      if (!calendarWarm) {
        // the first article: highlights from a pass without chrono-node at once, the full result after it
        // (no events either: the views wait for the full result, the quick pass only paints; no time expressions but
        // the dateline's: the date rules' patterns compile on first use, the full result brings the dates a moment later)
        const quick = analyze(req.text, { ...req.options, calendar: false, times: false, events: false });
        post({ id: req.id, provisional: quick, ranges: flatRanges(quick) });
        calendarWarm = true;
      }
      const cache = cacheFor(req.uri);
      const h = cache.hits, m = cache.misses;
      const analysis = analyze(req.text, { ...req.options, cache });
      end(() => postResult(req.id, analysis, performance.now() - t0, cache.hits - h, cache.hits - h + cache.misses - m, req.text));
      return;
    }
    // Chunked: one chunk per turn of the event loop, so that cancel messages get through.
    calendarWarm = true;
    const run = chunkedAnalysis(req.text, req.options);
    const next = () => {
      try {
        if (cancelled.delete(req.id)) { finish({ id: req.id, cancelled: true }); return; }
        const more = run.step();
        post({ id: req.id, progress: { done: run.done, total: run.chunks } });
        if (more) { later(next); return; }
        const analysis = run.result();
        end(() => postResult(req.id, analysis, performance.now() - t0, 0, run.chunks, req.text));
      } catch (e) { finish({ id: req.id, error: describe(e) }); }
    };
    next();
  } catch (e) {
    finish({ id: req.id, error: describe(e) });
  }
}

const describe = (e: unknown) => (e instanceof Error ? `${e.message}\n${e.stack}` : String(e));

/** Starts the worker logic on a message channel: `send` posts to the host, the returned function takes its messages. */
export function startWorker(send: (m: WorkerResponse) => void): (req: WorkerRequest) => void {
  post = send;
  return (req: WorkerRequest) => {
    if (req.type === 'ack') { sendNext(req.id); return; }
    if (req.type === 'cancel') {
      outbox.delete(req.id);
      const i = queue.findIndex((q) => q.id === req.id);
      if (i >= 0) { queue.splice(i, 1); post({ id: req.id, cancelled: true }); } // not started yet
      else cancelled.add(req.id); // running (chunked): stops before its next chunk
      return;
    }
    if (req.type === 'forget') { caches.delete(req.uri); return; }
    // Load the tables (lexicon, gazetteer, dates) before the first article arrives.
    // (chrono-node is left for the first article, which gets a quick pass before it)
    // (on a later turn: when the first article came with the warm-up, as it does when an article opens the editor, its
    // quick pass warms up and the warm-up's sentence would only delay it)
    if (req.type === 'warm') {
      later(() => { if (!started) analyze('date 2020-01-02 Ministers from France met in Paris on Monday, officials said.', { calendar: false }); });
      return;
    }
    started = true;
    queue.push(req);
    later(pump);
  };
}
