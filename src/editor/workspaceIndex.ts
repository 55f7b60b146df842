/**
 * The workspace index: every news file of the workspace analysed in the background (in the worker),
 * cached by content hash in the extension's workspace storage, kept up to date as files change.
 * It feeds the Corpus view, Go to Symbol in Workspace and Find All References across articles.
 */
import * as vscode from 'vscode';
import { detectDateline } from '../analysis/dateline';
import { readArticle } from '../analysis/read';
import type { Analysis } from '../analysis/types';
import type { AnalysisService } from './analysisService';
import { eventLabel, speakerName } from './cards';
import { entityKey, isNamedEntity } from '../analysis/types';
import { settings } from './config';
import { log } from './log';

export interface IndexedEntity { name: string; kind: string; aliases: string[]; mentions: [number, number][]; country?: string | null; title?: string | null; coordinates?: { lat: number; lng: number } | null }
export interface IndexedQuote { speaker: string; text: string }
export interface IndexedEvent { label: string; category: string; date: string | null; start: number; end: number; sentence: [number, number] }
export interface IndexedArticle { uri: string; hash: string; documentDate: string | null; entities: IndexedEntity[]; events: IndexedEvent[]; quotes: IndexedQuote[] }

const CACHE_FILE = 'news-lens-index-v3.json';

/** FNV-1a (two 32-bit lanes) over the bytes, and the length: a content fingerprint, in Node and browsers alike. */
export function contentHash(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i] ^ (i & 0xff), 0x01000193 + 2 * 0x100);
  }
  return `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}-${bytes.length}`;
}
const GLOB = '**/*.{news,txt,md}';

/** A news file: .news, or a .txt/.md that starts with a dateline (or every .txt/.md when the setting says so). */
export function isNewsText(path: string, text: string): boolean {
  if (/\.news$/i.test(path)) return true;
  const cfg = settings();
  if (cfg.annotatePlainText) return true;
  return cfg.detectDateline && /\.txt$/i.test(path) && !!detectDateline(text.slice(0, 400).split('\n')[0]);
}

export function compact(uri: string, hash: string, a: Analysis): IndexedArticle {
  return {
    uri, hash, documentDate: a.documentDate,
    // (named entities only: "police" or an unnamed "Foreign Secretary" in two articles may be two actors)
    entities: a.entities.filter(isNamedEntity).map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, mentions: e.mentions.map((m) => [m.start, m.end] as [number, number]),
      country: e.country, title: e.title, coordinates: e.coordinates })),
    quotes: a.quotes.map((q) => ({ speaker: speakerName(a, q) ?? 'unattributed', text: q.text.length > 300 ? q.text.slice(0, 299) + '…' : q.text })),
    events: a.events.map((ev) => ({ label: eventLabel(a, ev), category: ev.category, date: ev.date ?? a.documentDate, start: ev.start, end: ev.end,
      sentence: [ev.sentence.start, ev.sentence.end] as [number, number] })),
  };
}

/** One entity across the corpus: by kind family and lower-cased name. */
export interface CorpusEntity { key: string; name: string; kind: string; aliases: Set<string>; articles: Map<string, [number, number][]>; first: string | null; last: string | null;
  country: string | null; title: string | null; coordinates: { lat: number; lng: number } | null }


export class WorkspaceIndex implements vscode.Disposable {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private building: Promise<void> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The reader asked for the index (the command): show the progress notification whatever the size. */
  explicit = false;

  constructor(private readonly service: AnalysisService, private readonly storage: vscode.Uri | undefined) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(watcher,
      watcher.onDidChange((u) => void this.update(u)),
      watcher.onDidCreate((u) => void this.update(u)),
      watcher.onDidDelete((u) => { if (this.remove(u.toString())) this.changed(); }));
  }

  /** Views derived from the articles, computed on first use after a change (the tree, symbols and summary ask often). */
  private derived: { entities?: CorpusEntity[]; timeline?: { article: IndexedArticle; event: IndexedEvent }[] } = {};
  private put(key: string, a: IndexedArticle): void { this.articles.set(key, a); this.derived = {}; }
  private remove(key: string): boolean { this.derived = {}; return this.articles.delete(key); }

  get size(): number { return this.articles.size; }
  all(): IndexedArticle[] { return [...this.articles.values()].sort((a, b) => a.uri.localeCompare(b.uri)); }

  /** Entities merged across articles by kind family and name (aliases join too). */
  entities(): CorpusEntity[] {
    return (this.derived.entities ??= this.mergeEntities());
  }

  private mergeEntities(): CorpusEntity[] {
    const byKey = new Map<string, CorpusEntity>();
    for (const art of this.articles.values()) {
      for (const e of art.entities) {
        const key = entityKey(e.name, e.kind);
        let c = byKey.get(key);
        if (!c) { c = { key, name: e.name, kind: e.kind, aliases: new Set(), articles: new Map(), first: null, last: null, country: null, title: null, coordinates: null }; byKey.set(key, c); }
        c.country ??= e.country ?? null; c.title ??= e.title ?? null; c.coordinates ??= e.coordinates ?? null;
        for (const al of e.aliases) c.aliases.add(al);
        c.articles.set(art.uri, [...(c.articles.get(art.uri) ?? []), ...e.mentions]);
        const d = art.documentDate;
        if (d && (!c.first || d < c.first)) c.first = d;
        if (d && (!c.last || d > c.last)) c.last = d;
      }
    }
    return [...byKey.values()].sort((a, b) => b.articles.size - a.articles.size || a.name.localeCompare(b.name));
  }

  /** Events of all articles, by resolved date (undated last). */
  timeline(): { article: IndexedArticle; event: IndexedEvent }[] {
    return (this.derived.timeline ??= this.sortEvents());
  }

  private sortEvents(): { article: IndexedArticle; event: IndexedEvent }[] {
    const out: { article: IndexedArticle; event: IndexedEvent }[] = [];
    for (const article of this.articles.values()) for (const event of article.events) out.push({ article, event });
    return out.sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999') || a.article.uri.localeCompare(b.article.uri) || a.event.start - b.event.start);
  }

  /**
   * Indexes the whole workspace (once at a time), with a cancellable progress notification. Asked while a build
   * runs, it builds once more after that one: a file written in the meantime is found (unchanged files are
   * skipped by their hash).
   */
  build(): Promise<void> {
    if (this.building) return (this.rebuild ??= this.building.then(() => { this.rebuild = undefined; return this.build(); }));
    this.building = this.buildNow().finally(() => { this.building = undefined; });
    return this.building;
  }
  private rebuild: Promise<void> | undefined;

  private async buildNow(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    await this.load();
    const files = await vscode.workspace.findFiles(GLOB); // files.exclude and search.exclude apply
    const seen = new Set(files.map((f) => f.toString()));
    for (const k of [...this.articles.keys()]) if (!seen.has(k)) this.remove(k);
    // a notification with Cancel when there is real work; the status bar for a handful of files
    const location = files.length > 20 || this.explicit ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    this.explicit = false;
    await vscode.window.withProgress({ location, title: 'News Lens: indexing the workspace', cancellable: true }, async (progress, token) => {
      let done = 0;
      for (const f of files) {
        if (token.isCancellationRequested) { log(`Indexing cancelled after ${done} of ${files.length} files`); break; }
        await this.update(f, false);
        progress.report({ message: `${++done} / ${files.length}`, increment: 100 / files.length });
      }
    });
    log(`Workspace index: ${this.articles.size} articles`);
    this.changed();
  }

  /** (Re)indexes one file when its content hash changed. */
  async update(uri: vscode.Uri, notify = true): Promise<void> {
    const key = uri.toString();
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > settings().maxFileSizeKB * 1024) { this.remove(key); return; }
      const hash = contentHash(bytes);
      if (this.articles.get(key)?.hash === hash) return;
      const text = readArticle(bytes, vscode.workspace.asRelativePath(uri));
      if (!isNewsText(uri.path, text)) { this.remove(key); return; }
      const a = await this.service.analyzeText(key, text);
      if (!a) return;
      this.put(key, compact(key, hash, a));
      if (notify) this.changed();
    } catch (e) {
      // binary or non-UTF-8 files are simply not articles; other errors go to the log
      if (!(e instanceof Error && /binary|UTF-8/.test(e.message))) log(`Could not index ${key}: ${e instanceof Error ? e.message : String(e)}`);
      this.remove(key);
    }
  }

  private changed(): void {
    this.emitter.fire();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 2000);
  }

  private async load(): Promise<void> {
    if (!this.storage || this.articles.size) return;
    try {
      const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE)))) as { version: number; articles: IndexedArticle[] };
      if (json.version === 3) for (const a of json.articles) this.put(a.uri, a);
    } catch { /* no cache yet */ }
  }

  private async save(): Promise<void> {
    if (!this.storage) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_FILE), new TextEncoder().encode(JSON.stringify({ version: 3, articles: this.all() })));
    } catch (e) { log(`Could not save the workspace index: ${e instanceof Error ? e.message : String(e)}`); }
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
