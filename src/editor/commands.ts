/** Palette commands: toggles, re-analysis, exports, summary, reveal. */
import * as vscode from 'vscode';
import { eventsToCsv, toContract } from '../analysis/contract';
import { BRAT_CONF, toBrat } from '../analysis/brat';
import { readArticle } from '../analysis/read';
import type { Analysis } from '../analysis/types';
import type { GroupBy } from './cards';
import { articleSummary, corpusSummary, showSummaryPanel } from './summaryPanel';
import type { WorkspaceIndex } from './workspaceIndex';
import type { AnalysisService } from './analysisService';
import { type Category, isNewsDocument, settings, update } from './config';
import { log, outputChannel } from './log';

export interface CommandHost {
  service: AnalysisService;
  refresh(editor?: vscode.TextEditor): Promise<void>;
  setGroupBy(by: GroupBy): Promise<void>;
  index?: WorkspaceIndex;
}

async function currentAnalysis(host: CommandHost): Promise<{ doc: vscode.TextDocument; analysis: Analysis } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNewsDocument(editor.document)) {
    void vscode.window.showWarningMessage('News Lens: open a news article first (a .news file or a file starting with a dateline).');
    return undefined;
  }
  const analysis = host.service.get(editor.document) ?? await host.service.analyze(editor.document);
  if (!analysis) {
    const skip = host.service.skipReason(editor.document);
    void vscode.window.showWarningMessage(skip?.kind === 'too-large'
      ? `News Lens: this file is ${(skip.bytes / 1024).toFixed(0)} KB, over the ${(skip.limit / 1024).toFixed(0)} KB limit. Run "News Lens: Analyse Anyway" first.`
      : skip ? `News Lens: this file is not a readable text article (${skip.kind === 'binary' ? 'binary' : 'not valid UTF-8'}).`
        : 'News Lens: the article could not be analysed. See "News Lens: Show Log".');
    return undefined;
  }
  return { doc: editor.document, analysis };
}

function defaultUri(doc: vscode.TextDocument, suffix: string): vscode.Uri | undefined {
  if (doc.isUntitled) return undefined;
  return doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') + suffix });
}

/** Saves through the save dialog (or a URI given by a test/automation). */
async function save(doc: vscode.TextDocument, content: string, suffix: string, filters: Record<string, string[]>, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? await vscode.window.showSaveDialog({ defaultUri: defaultUri(doc, suffix), filters });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  log(`Exported ${uri.toString()}`);
  void vscode.window.showInformationMessage(`News Lens: saved ${vscode.workspace.asRelativePath(uri)}`);
  return uri;
}

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const toggle = (cat: Category) => async () => {
    const cats = settings().categories;
    await update('highlight.categories', { ...cats, [cat]: !cats[cat] });
  };
  const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, async (...args: any[]) => {
    try {
      return await fn(...args);
    } catch (e) {
      log(`${id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      void vscode.window.showErrorMessage(`News Lens: ${id.replace('newsLens.', '')} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  });
  return [
    reg('newsLens.toggleHighlights', async () => update('highlight.enabled', !settings().enabled)),
    reg('newsLens.toggleActors', toggle('actor')),
    reg('newsLens.togglePlaces', toggle('place')),
    reg('newsLens.toggleDates', toggle('date')),
    reg('newsLens.toggleQuotes', toggle('quote')),
    reg('newsLens.reanalyze', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      host.service.forget(editor.document);
      await host.refresh(editor);
    }),
    reg('newsLens.analyzeAnyway', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      host.service.allowLarge(editor.document);
      // large texts are analysed in chunks, with a cancellable progress notification
      await host.refresh(editor);
    }),
    reg('newsLens.exportJson', async (target?: vscode.Uri) => {
      const cur = await currentAnalysis(host);
      if (!cur) return undefined;
      const json = JSON.stringify(toContract(cur.analysis, cur.doc.isUntitled ? null : vscode.workspace.asRelativePath(cur.doc.uri)), null, 2) + '\n';
      return save(cur.doc, json, '.annotations.json', { JSON: ['json'] }, target);
    }),
    reg('newsLens.exportEventsCsv', async (target?: vscode.Uri) => {
      const cur = await currentAnalysis(host);
      if (!cur) return undefined;
      const csv = eventsToCsv(cur.analysis, cur.doc.isUntitled ? null : vscode.workspace.asRelativePath(cur.doc.uri));
      return save(cur.doc, csv, '.events.csv', { CSV: ['csv'] }, target);
    }),
    reg('newsLens.exportBrat', async (target?: vscode.Uri) => {
      const cur = await currentAnalysis(host);
      if (!cur) return undefined;
      const uri = await save(cur.doc, toBrat(cur.analysis, cur.doc.getText()), '.ann', { 'brat standoff': ['ann'] }, target);
      // brat reads the types from annotation.conf beside the .ann; write it once, never over the user's own
      if (uri) {
        const conf = vscode.Uri.joinPath(uri, '..', 'annotation.conf');
        try { await vscode.workspace.fs.stat(conf); } catch { await vscode.workspace.fs.writeFile(conf, new TextEncoder().encode(BRAT_CONF)); }
      }
      return uri;
    }),
    reg('newsLens.showSummary', async () => {
      const cur = await currentAnalysis(host);
      if (!cur) return undefined;
      const title = cur.doc.isUntitled ? 'Untitled' : vscode.workspace.asRelativePath(cur.doc.uri);
      return showSummaryPanel(articleSummary(cur.analysis, title));
    }),
    reg('newsLens.exportCorpus', async (formatArg?: 'jsonl' | 'events-csv' | 'brat', targetArg?: vscode.Uri) => {
      if (!host.index) return undefined;
      const format = formatArg ?? (await vscode.window.showQuickPick([
        { label: 'JSON lines', description: 'one annotation object per article (contract version 1)', id: 'jsonl' as const },
        { label: 'Events CSV', description: 'one row per event, all articles', id: 'events-csv' as const },
        { label: 'brat standoff', description: 'a folder of .ann and .txt files with annotation.conf', id: 'brat' as const },
      ], { title: 'News Lens: export the workspace\'s articles as' }))?.id;
      if (!format) return undefined;
      const target = targetArg ?? (format === 'brat'
        ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' }))?.[0]
        : await vscode.window.showSaveDialog({ filters: format === 'jsonl' ? { 'JSON lines': ['jsonl'] } : { CSV: ['csv'] } }));
      if (!target) return undefined;
      await host.index.build();
      const articles = host.index.all();
      const enc = new TextEncoder();
      const parts: string[] = [];
      let done = 0;
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Lens: exporting the workspace', cancellable: true }, async (progress, token) => {
        for (const art of articles) {
          if (token.isCancellationRequested) break;
          const uri = vscode.Uri.parse(art.uri);
          const rel = vscode.workspace.asRelativePath(uri);
          const text = readArticle(await vscode.workspace.fs.readFile(uri), rel);
          const a = await host.service.analyzeText(art.uri, text);
          if (!a) continue;
          if (format === 'jsonl') parts.push(JSON.stringify(toContract(a, rel)) + '\n');
          else if (format === 'events-csv') { const csv = eventsToCsv(a, rel); parts.push(parts.length ? csv.slice(csv.indexOf('\n') + 1) : csv); }
          else {
            const base = vscode.Uri.joinPath(target, rel.replace(/\.[^./]+$/, ''));
            await vscode.workspace.fs.writeFile(vscode.Uri.parse(base.toString() + '.ann'), enc.encode(toBrat(a, text)));
            await vscode.workspace.fs.writeFile(vscode.Uri.parse(base.toString() + '.txt'), enc.encode(text));
          }
          progress.report({ message: `${++done} / ${articles.length}`, increment: 100 / articles.length });
        }
      });
      if (format === 'brat') await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, 'annotation.conf'), enc.encode(BRAT_CONF));
      else await vscode.workspace.fs.writeFile(target, enc.encode(parts.join('')));
      log(`Exported ${done} of ${articles.length} articles to ${target.toString()} (${format})`);
      void vscode.window.showInformationMessage(`News Lens: exported ${done} article${done === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}`);
      return { target, articles: done };
    }),
    reg('newsLens.showCorpusSummary', async () => {
      if (!host.index) return undefined;
      await host.index.build();
      if (!host.index.size) { void vscode.window.showInformationMessage('News Lens: no news articles found in this workspace.'); return undefined; }
      return showSummaryPanel(corpusSummary(host.index));
    }),
    reg('newsLens.groupByDate', () => host.setGroupBy('date')),
    reg('newsLens.groupByActor', () => host.setGroupBy('actor')),
    reg('newsLens.groupByPlace', () => host.setGroupBy('place')),
    reg('newsLens.groupByCategory', () => host.setGroupBy('category')),
    reg('newsLens.revealEvent', async (uri: vscode.Uri, start: number, end: number, tStart?: number, tEnd?: number) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
      const len = doc.offsetAt(new vscode.Position(doc.lineCount, 0));
      const sel = new vscode.Selection(doc.positionAt(Math.min(start, len)), doc.positionAt(Math.min(end, len)));
      editor.selection = sel;
      editor.revealRange(tStart !== undefined && tEnd !== undefined ? new vscode.Range(doc.positionAt(tStart), doc.positionAt(tEnd)) : sel,
        vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    reg('newsLens.showLog', () => outputChannel().show()),
  ];
}
