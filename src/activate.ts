/**
 * Wiring only: document -> analysis (cached per version, in a worker) -> views. Shared by the Node entry
 * (src/extension.ts) and the browser entry (src/extension.web.ts), which differ only in their worker.
 */
import * as vscode from 'vscode';
import { detectDateline } from './analysis/dateline';
import type { Analysis } from './analysis/types';
import { AnalysisService, type AnalysisWorker } from './editor/analysisService';
import type { GroupBy } from './editor/cards';
import { registerCommands } from './editor/commands';
import { isNewsDocument, settings, update } from './editor/config';
import { Decorations } from './editor/decorations';
import { EventsTree } from './editor/eventsTree';
import { NewsHoverProvider } from './editor/hover';
import { log, timed } from './editor/log';
import { NewsSymbolProvider } from './editor/symbols';
import { CorpusReferences, CorpusSymbols, CorpusTree, revealInArticle } from './editor/corpus';
import { WorkspaceIndex } from './editor/workspaceIndex';

export interface NewsLensApi {
  /** For tests and other extensions: the analysis of a document's current version. */
  analysisOf(doc: vscode.TextDocument): Promise<import('./analysis/types').Analysis | undefined>;
  /**
   * Milliseconds from the moment the first news article was shown (or activation, if later) to its
   * first highlights (undefined until then).
   */
  firstHighlightsMs(): number | undefined;
  /** The workspace index (for tests): builds it if needed, then lists the indexed article URIs. */
  indexedArticles(): Promise<string[]>;
  /** Why a document was not analysed ('too-large', 'binary', 'not-utf8'), or undefined. */
  skipReasonOf(doc: vscode.TextDocument): string | undefined;
}

export function activateNewsLens(context: vscode.ExtensionContext, makeWorker: () => AnalysisWorker): NewsLensApi {
  let firstShownAt: number | undefined;
  let firstHighlightsMs: number | undefined;
  const service = new AnalysisService(makeWorker);
  service.warmUp();
  const decorations = new Decorations();
  const tree = new EventsTree();
  tree.groupBy = settings().groupBy;
  const view = vscode.window.createTreeView('newsLens.events', { treeDataProvider: tree, showCollapseAll: true });
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const warnedLarge = new Set<string>();
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;

  const paintVisible = (doc: vscode.TextDocument, provisional?: Analysis) => {
    const full = service.get(doc);
    const a = full ?? provisional;
    for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) timed('highlights', () => decorations.paint(ed, a));
    if (a && firstHighlightsMs === undefined && firstShownAt !== undefined) {
      firstHighlightsMs = performance.now() - firstShownAt;
      log(`First highlights ${firstHighlightsMs.toFixed(0)} ms after the first article was shown`);
    }
    // (the views show full results only: a quick pass is for the highlights)
    if (vscode.window.activeTextEditor?.document === doc && (full || !provisional)) {
      const skip = service.skipReason(doc);
      timed('events view', () => tree.show(doc, a, a ? undefined : !skip ? 'Analysing…' : skip.kind === 'too-large'
        ? 'Article too large: run "News Lens: Analyse Anyway".' : skip.kind === 'binary' ? 'Not analysed: a binary file.' : 'Not analysed: the file is not valid UTF-8.'));
      view.message = a && a.warnings.length ? a.warnings.join(' ') : undefined;
    }
  };

  const setContext = () => {
    const editor = vscode.window.activeTextEditor;
    const active = !!editor && isNewsDocument(editor.document);
    void vscode.commands.executeCommand('setContext', 'newsLens.active', active);
    void vscode.commands.executeCommand('setContext', 'newsLens.tooLarge', active && service.skipReason(editor!.document)?.kind === 'too-large');
    void vscode.commands.executeCommand('setContext', 'newsLens.groupBy', tree.groupBy);
  };

  const refresh = async (editor = vscode.window.activeTextEditor) => {
    setContext();
    if (!editor) { tree.show(undefined, undefined, 'Open a news article to see its events.'); return; }
    const doc = editor.document;
    if (!isNewsDocument(doc)) {
      decorations.clear(editor);
      if (editor === vscode.window.activeTextEditor) tree.show(undefined, undefined, 'The active file is not a news article.');
      return;
    }
    firstShownAt ??= performance.now();
    // repaint at once from cache, analyse if stale
    paintVisible(doc);
    if (!service.get(doc)) {
      await service.analyze(doc);
      paintVisible(doc);
      setContext();
    }
  };

  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      const ed = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      if (ed) void refresh(ed);
    }, settings().debounceMs));
  };

  // the first article's quick pass (no calendar dates yet): highlights at once, the views wait for the full result
  service.onProvisional(({ doc, analysis }) => { if (!service.get(doc)) paintVisible(doc, analysis); });

  service.onDidSkip((doc) => {
    const key = doc.uri.toString();
    const skip = service.skipReason(doc);
    if (!skip || warnedLarge.has(key)) return;
    warnedLarge.add(key);
    if (skip.kind !== 'too-large') {
      const what = skip.kind === 'binary' ? 'looks like a binary file, not a text article' : 'is not valid UTF-8 (it shows replacement characters �)';
      log(`Skipped ${key}: ${what}`);
      void vscode.window.showWarningMessage(`News Lens: this file ${what}, so it was not analysed.${skip.kind === 'not-utf8' ? ' Use "Reopen with Encoding" to pick its encoding.' : ''}`);
      return;
    }
    log(`Skipped ${key}: ${skip.bytes} bytes, over the ${skip.limit} byte limit`);
    void vscode.window.showWarningMessage(
      `News Lens: this article is ${(skip.bytes / 1024).toFixed(0)} KB, over the ${(skip.limit / 1024).toFixed(0)} KB limit (newsLens.maxFileSizeKB), so it was not analysed.`,
      'Analyse Anyway').then((pick) => { if (pick) void vscode.commands.executeCommand('newsLens.analyzeAnyway'); });
  });

  // A plain-text file that starts with a dateline is a news article, whatever its extension: VS Code's
  // firstLine rule only applies to files that no extension claims, so .txt articles are switched here.
  const adopt = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || !settings().detectDateline || doc.lineCount === 0) return;
    if (detectDateline(doc.lineAt(0).text.slice(0, 400))) {
      log(`${doc.uri.toString()} starts with a dateline: annotating it as a news article`);
      void vscode.languages.setTextDocumentLanguage(doc, 'news');
    }
  };
  for (const doc of vscode.workspace.textDocuments) adopt(doc);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt));

  // The workspace index (background, in the worker) and the views over it
  const index = new WorkspaceIndex(service, context.storageUri);
  const corpusTree = new CorpusTree(index);
  const indexEnabled = () => vscode.workspace.getConfiguration('newsLens').get<boolean>('index.enabled', true);
  if (indexEnabled()) setTimeout(() => void index.build(), 1500); // after the open article's first highlights

  const selector: vscode.DocumentSelector = [{ language: 'news' }, { language: 'plaintext' }, { language: 'markdown' }];
  context.subscriptions.push(
    service, decorations, tree, view, index, corpusTree,
    vscode.window.createTreeView('newsLens.corpus', { treeDataProvider: corpusTree, showCollapseAll: true }),
    vscode.languages.registerWorkspaceSymbolProvider(new CorpusSymbols(index)),
    vscode.languages.registerReferenceProvider(selector, new CorpusReferences(index, service)),
    vscode.commands.registerCommand('newsLens.indexWorkspace', () => { index.explicit = true; return index.build(); }),
    vscode.commands.registerCommand('newsLens.openAt', (uri: string, start: number, end: number) => revealInArticle(uri, start, end)),
    vscode.languages.registerHoverProvider(selector, new NewsHoverProvider(service)),
    vscode.languages.registerDocumentSymbolProvider(selector, new NewsSymbolProvider(service), { label: 'News Lens' }),
    ...registerCommands({
      service, refresh, index,
      setGroupBy: async (by: GroupBy) => { tree.setGroupBy(by); setContext(); await update('events.groupBy', by); },
    }),
    vscode.window.onDidChangeActiveTextEditor((ed) => void refresh(ed)),
    // very large analyses are painted around the visible lines only: repaint after scrolling
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const a = service.get(e.textEditor.document);
      if (!decorations.windowed(a)) return;
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => decorations.paint(e.textEditor, service.get(e.textEditor.document)), 40);
    }),
    vscode.window.onDidChangeVisibleTextEditors((eds) => { for (const ed of eds) if (isNewsDocument(ed.document)) void refresh(ed); }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length || !isNewsDocument(e.document)) return;
      // old highlights stay (closed ranges do not grow) until the new analysis arrives
      schedule(e.document);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => { if (vscode.window.activeTextEditor?.document === doc) void refresh(); }),
    vscode.workspace.onDidCloseTextDocument((doc) => { service.forget(doc); clearTimeout(timers.get(doc.uri.toString())); warnedLarge.delete(doc.uri.toString()); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsLens')) return;
      if (e.affectsConfiguration('newsLens.corrections') || e.affectsConfiguration('newsLens.files') || e.affectsConfiguration('newsLens.maxFileSizeKB')) service.clear();
      if (e.affectsConfiguration('newsLens.events.groupBy')) tree.setGroupBy(settings().groupBy);
      for (const ed of vscode.window.visibleTextEditors) void refresh(ed);
    }),
    { dispose: () => { for (const t of timers.values()) clearTimeout(t); clearTimeout(scrollTimer); } },
  );
  void refresh();
  return { analysisOf: async (doc) => service.get(doc) ?? service.analyze(doc), firstHighlightsMs: () => firstHighlightsMs,
    skipReasonOf: (doc) => service.skipReason(doc)?.kind,
    indexedArticles: async () => { await index.build(); return index.all().map((a) => a.uri); } };
}
