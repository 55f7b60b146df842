/**
 * Document -> Analysis, cached per document version, computed in a worker thread.
 * Stale requests (an older version of a document) are skipped or their results dropped;
 * closing a document drops its cache and pending work.
 */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../analysis/types';
import type { WorkerResponse } from '../worker';
import { settings } from './config';
import { log } from './log';

export interface Entry { version: number; analysis: Analysis; ms: number; }

export type SkipReason = { kind: 'too-large'; bytes: number; limit: number };

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly skipped = new Map<string, SkipReason>();
  private readonly forced = new Set<string>();
  private readonly pending = new Map<number, { uri: string; version: number; resolve: (e: Entry | undefined) => void }>();
  private readonly latestRequest = new Map<string, number>();
  private worker: Worker | undefined;
  private nextId = 1;
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly skipEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidSkip = this.skipEmitter.event;

  constructor(private readonly workerPath: string) {}

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

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
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

  /** Analyses the document's current version (or returns the cached result). */
  async analyze(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const cached = this.get(doc);
    if (cached) return cached;
    const text = doc.getText();
    const cfg = settings();
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > cfg.maxFileSizeKB * 1024 && !this.forced.has(key)) {
      this.skipped.set(key, { kind: 'too-large', bytes, limit: cfg.maxFileSizeKB * 1024 });
      this.skipEmitter.fire(doc);
      return undefined;
    }
    this.skipped.delete(key);
    const version = doc.version;
    const generation = this.generation;
    const options: AnalyzeOptions = { corrections: cfg.corrections };
    const entry = await this.run(key, version, text, options);
    if (!entry) return undefined;
    // Drop results for a version that is no longer current
    if (doc.isClosed || doc.version !== version) return undefined;
    if (generation !== this.generation) return this.analyze(doc);
    this.cache.set(key, entry);
    this.emitter.fire(doc);
    return entry.analysis;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath);
    w.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if ('error' in msg) {
        log(`Analysis failed for ${p.uri}: ${msg.error}`);
        void vscode.window.showErrorMessage('News Lens could not analyse this article. See "News Lens: Show Log" for details.');
        p.resolve(undefined);
        return;
      }
      p.resolve({ version: p.version, analysis: msg.analysis, ms: msg.ms });
    });
    w.on('error', (err) => {
      log(`Analysis worker crashed: ${err.stack ?? err.message}`);
      for (const p of this.pending.values()) p.resolve(undefined);
      this.pending.clear();
      this.worker = undefined;
    });
    w.on('exit', () => { this.worker = undefined; });
    this.worker = w;
    return w;
  }

  private run(uri: string, version: number, text: string, options: AnalyzeOptions): Promise<Entry | undefined> {
    const id = this.nextId++;
    this.latestRequest.set(uri, id);
    // A newer request for the same document supersedes older ones still waiting
    for (const [pid, p] of this.pending) {
      if (p.uri === uri && p.version < version) { this.pending.delete(pid); p.resolve(undefined); }
    }
    return new Promise((resolve) => {
      this.pending.set(id, { uri, version, resolve });
      try {
        this.ensureWorker().postMessage({ id, text, options });
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
    void this.worker?.terminate();
    this.emitter.dispose();
    this.skipEmitter.dispose();
  }
}
