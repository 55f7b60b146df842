/**
 * Document -> Analysis, cached per document version, computed in a worker thread.
 * Stale requests (an older version of a document) are skipped or their results dropped;
 * closing a document drops its cache and pending work.
 */
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { WorkerRequest, WorkerResponse } from '../workerCore';
// (from its own module: importing it from the worker's module brought the whole analyser into the extension bundle)
import { later } from '../later';
import { utf8Length } from '../analysis/read';
import { unreadableText } from '../analysis/read';
import { settings } from './config';
import { log, timed } from './log';
import { precomputed } from './ranges';

export interface Entry { version: number; analysis: Analysis; ms: number; /** paragraphs re-used from the previous analysis, of total */ reused: number; total: number; }

/** Texts over this size (and allowed past the cap) are analysed in chunks, with progress and cancel. */
const CHUNKED_ABOVE_BYTES = 1024 * 1024;

export type SkipReason = { kind: 'too-large'; bytes: number; limit: number } | { kind: 'binary' } | { kind: 'not-utf8' };

/**
 * The document's text; a very long one is read a slice of lines per turn of the event loop, so that
 * copying it out of the editor is not one long task on the extension host thread.
 */
async function readText(doc: vscode.TextDocument): Promise<string> {
  const SLICE = 5000;
  if (doc.lineCount <= SLICE * 2) return timed('reading the document', () => doc.getText());
  const version = doc.version;
  const parts: string[] = [];
  for (let line = 0; line < doc.lineCount; line += SLICE) {
    if (doc.isClosed || doc.version !== version) return doc.getText(); // changed meanwhile: the caller drops stale results
    const end = Math.min(doc.lineCount, line + SLICE);
    parts.push(doc.getText(new vscode.Range(line, 0, end, 0)));
    await new Promise<void>((r) => later(r));
  }
  return parts.join('');
}

/** The analysis worker as the service sees it: a Node worker thread or a browser web worker. */
export interface AnalysisWorker {
  postMessage(m: WorkerRequest): void;
  onMessage(fn: (m: WorkerResponse) => void): void;
  onError(fn: (e: Error) => void): void;
  terminate(): void;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly forced = new Set<string>();
  private readonly pending = new Map<number, { uri: string; version: number; resolve: (e: Entry | undefined) => void;
    progress?: (done: number, total: number) => void; parts?: Pick<Analysis, 'entities' | 'dates' | 'quotes' | 'events' | 'references'> }>();
  private readonly latestRequest = new Map<string, number>();
  private worker: AnalysisWorker | undefined;
  private nextId = 1;
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly skipEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidSkip = this.skipEmitter.event;
  private readonly provisionalEmitter = new vscode.EventEmitter<{ doc: vscode.TextDocument; analysis: Analysis }>();
  /** A quick first result for a document (the worker's first, before chrono-node is ready): for painting only. */
  readonly onProvisional = this.provisionalEmitter.event;

  constructor(private readonly makeWorker: () => AnalysisWorker) {}

  /** The cached analysis if it is for the document's current version. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    const e = this.cache.get(doc.uri.toString());
    return e && e.version === doc.version ? e.analysis : undefined;
  }

  entry(doc: vscode.TextDocument): Entry | undefined {
    const e = this.cache.get(doc.uri.toString());
    return e && e.version === doc.version ? e : undefined;
  }

  skipReason(doc: vscode.TextDocument): SkipReason | undefined {
    return this.skipped.get(doc.uri.toString());
  }

  /** Lets a large document be analysed despite the size cap. */
  allowLarge(doc: vscode.TextDocument): void {
    this.forced.add(doc.uri.toString());
  }

  /** The document was closed: its cache and any work still queued or running for it go. */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    // A language switch (plain text -> news) closes and reopens the same URI, sometimes open first:
    // then the work in flight is for the reopened document and must go on.
    const reopened = vscode.workspace.textDocuments.some((d) => d !== doc && !d.isClosed && d.uri.toString() === key);
    if (!reopened) {
      for (const [id, p] of this.pending) if (p.uri === key) this.cancel(id);
      this.worker?.postMessage({ type: 'forget', uri: key } satisfies WorkerRequest);
    }
    this.cache.delete(key);
    this.skipped.delete(key);
    this.forced.delete(key);
    this.latestRequest.delete(key);
  }

  /** Drops every cached result, and the results of analyses already running (settings changed). */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  private readonly inflight = new Map<string, Promise<Analysis | undefined>>();

  /** Analyses a text that is not an open document (the workspace index): no cache, its own queue key. */
  async analyzeText(key: string, text: string): Promise<Analysis | undefined> {
    const e = await this.run(`index:${key}`, 0, text, { corrections: settings().corrections }, false);
    return e?.analysis;
  }

  /** Analyses the document's current version (or returns the cached result, or joins the analysis under way). */
  analyze(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const cached = this.get(doc);
    if (cached) return Promise.resolve(cached);
    const id = `${doc.uri.toString()}#${doc.version}#${this.generation}`;
    let p = this.inflight.get(id);
    if (!p) {
      p = this.analyzeNow(doc).finally(() => this.inflight.delete(id));
      this.inflight.set(id, p);
    }
    return p;
  }

  private async analyzeNow(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const text = await readText(doc);
    if (doc.isClosed) return undefined;
    const cfg = settings();
    const limit = cfg.maxFileSizeKB * 1024;
    // UTF-8 bytes are between 1 and 3 per UTF-16 unit: count them only when it matters
    const bytes = text.length * 3 <= limit ? text.length : utf8Length(text);
    const unreadable = unreadableText(text);
    if (unreadable) {
      this.skipped.set(key, { kind: unreadable });
      this.skipEmitter.fire(doc);
      return undefined;
    }
    if (bytes > limit && !this.forced.has(key)) {
      this.skipped.set(key, { kind: 'too-large', bytes, limit });
      this.skipEmitter.fire(doc);
      return undefined;
    }
    this.skipped.delete(key);
    const version = doc.version;
    const generation = this.generation;
    const options: AnalyzeOptions = { corrections: cfg.corrections };
    const entry = bytes > CHUNKED_ABOVE_BYTES
      ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `News Lens: analysing ${(bytes / 1048576).toFixed(1)} MB`, cancellable: true },
        (progress, token) => {
          let last = 0;
          const p = this.run(key, version, text, options, true, (done, total) => {
            progress.report({ increment: ((done - last) / total) * 100, message: `part ${done} of ${total}` });
            last = done;
          });
          token.onCancellationRequested(() => {
            for (const [id, x] of this.pending) if (x.uri === key) this.cancel(id);
            // back to "too large" until the reader asks again
            this.forced.delete(key);
            this.skipped.set(key, { kind: 'too-large', bytes, limit });
            log(`Analysis of ${key} cancelled`);
          });
          return p;
        })
      : await this.run(key, version, text, options, false);
    if (!entry) return undefined;
    // Drop results for a version that is no longer current
    if (doc.isClosed || doc.version !== version) return undefined;
    if (generation !== this.generation) return this.analyze(doc);
    this.cache.set(key, entry);
    log(`Analysed ${key} (version ${version}) in ${entry.ms.toFixed(1)} ms${entry.total ? `, ${entry.reused} of ${entry.total} paragraphs re-used` : ''}`);
    this.emitter.fire(doc);
    return entry.analysis;
  }

  /** Starts the worker and lets it load its tables, so the first article is analysed at full speed. */
  warmUp(): void {
    try { this.ensureWorker().postMessage({ type: 'warm' } satisfies WorkerRequest); } catch (e) { log(`Could not start the analysis worker: ${String(e)}`); }
  }

  private ensureWorker(): AnalysisWorker {
    if (this.worker) return this.worker;
    const w = this.makeWorker();
    w.onMessage((msg) => timed('receiving an analysis', () => this.receive(msg)));
    w.onError((err) => {
      log(`Analysis worker crashed: ${err.stack ?? err.message}`);
      for (const p of this.pending.values()) p.resolve(undefined);
      this.pending.clear();
      this.worker = undefined;
    });
    this.worker = w;
    return w;
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if ('progress' in msg) { p.progress?.(msg.progress.done, msg.progress.total); return; }
    if ('provisional' in msg) {
      precomputed.set(msg.provisional, msg.ranges);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri && d.version === p.version);
      if (doc) this.provisionalEmitter.fire({ doc, analysis: msg.provisional });
      return;
    }
    if ('part' in msg) {
      // a large result arrives in pieces, each a short task on this thread
      const parts = (p.parts ??= { entities: [], dates: [], quotes: [], events: [], references: [] });
      const part = msg.part;
      if (part.key === 'entity') parts.entities.push(part.entity);
      else if (part.key === 'mentions') parts.entities[parts.entities.length - 1].mentions.push(...part.items);
      else (parts[part.key] as unknown[]).push(...part.items);
      // ask for the next part after this turn of the event loop: timers and other work run in between
      later(() => this.worker?.postMessage({ type: 'ack', id: msg.id } satisfies WorkerRequest));
      return;
    }
    this.pending.delete(msg.id);
    if ('cancelled' in msg) { p.resolve(undefined); return; }
    if ('error' in msg) {
      log(`Analysis failed for ${p.uri}: ${msg.error}`);
      void vscode.window.showErrorMessage('News Lens could not analyse this article. See "News Lens: Show Log" for details.');
      p.resolve(undefined);
      return;
    }
    const analysis = msg.streamed && p.parts ? { ...msg.analysis, ...p.parts } : msg.analysis;
    if (msg.ranges) precomputed.set(analysis, msg.ranges);
    p.resolve({ version: p.version, analysis, ms: msg.ms, reused: msg.reused, total: msg.total });
  }

  /** Resolves the request as dropped at once, and tells the worker to skip or stop it. */
  private cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.resolve(undefined);
    this.worker?.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
  }

  private run(uri: string, version: number, text: string, options: AnalyzeOptions, chunked: boolean,
    progress?: (done: number, total: number) => void): Promise<Entry | undefined> {
    const id = this.nextId++;
    this.latestRequest.set(uri, id);
    // A newer request for the same document supersedes older ones, queued or running
    for (const [pid, p] of this.pending) if (p.uri === uri && p.version < version) this.cancel(pid);
    return new Promise((resolve) => {
      this.pending.set(id, { uri, version, resolve, progress });
      try {
        this.ensureWorker().postMessage({ type: 'analyze', id, uri, text, options, chunked } satisfies WorkerRequest);
      } catch (e) {
        this.pending.delete(id);
        log(`Could not start the analysis of ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        void vscode.window.showErrorMessage('News Lens could not analyse this article. See "News Lens: Show Log" for details.');
        resolve(undefined);
      }
    });
  }

  dispose(): void {
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
    this.worker?.terminate();
    this.emitter.dispose();
    this.skipEmitter.dispose();
    this.provisionalEmitter.dispose();
  }
}
