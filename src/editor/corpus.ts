/**
 * Views over the workspace index: the Corpus view (entities across articles, and a timeline of events
 * across articles), Go to Symbol in Workspace, and Find All References across articles.
 */
import * as vscode from 'vscode';
import { dateLabel, KIND_LABEL } from './cards';
import { entityKey } from '../analysis/types';
import type { CorpusEntity, IndexedArticle, IndexedEvent, WorkspaceIndex } from './workspaceIndex';
import type { AnalysisService } from './analysisService';
import { isNewsDocument } from './config';

type Node =
  | { type: 'root'; which: 'entities' | 'timeline' }
  | { type: 'entity'; entity: CorpusEntity }
  | { type: 'mention'; uri: string; ranges: [number, number][] }
  | { type: 'event'; article: IndexedArticle; event: IndexedEvent }
  | { type: 'message'; label: string };

const MAX_ROWS = 500;
const fileName = (uri: string) => decodeURIComponent(uri.replace(/^.*\//, ''));

/** Opens an article and selects a span (the sentence of an event, a mention). */
async function reveal(uri: string, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const ed = await vscode.window.showTextDocument(doc);
  ed.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
  ed.revealRange(ed.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export class CorpusTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  constructor(private readonly index: WorkspaceIndex) { index.onDidChange(() => this.emitter.fire(undefined)); }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.index.size) return []; // the view's welcome text offers to index
      return [{ type: 'root', which: 'entities' }, { type: 'root', which: 'timeline' }];
    }
    if (node.type === 'root' && node.which === 'entities') return this.index.entities().slice(0, MAX_ROWS).map((entity) => ({ type: 'entity', entity }));
    if (node.type === 'root') return this.index.timeline().slice(0, MAX_ROWS).map(({ article, event }) => ({ type: 'event', article, event }));
    if (node.type === 'entity') return [...node.entity.articles].map(([uri, ranges]) => ({ type: 'mention', uri, ranges }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'message': return new vscode.TreeItem(node.label);
      case 'root': {
        const n = node.which === 'entities' ? this.index.entities().length : this.index.timeline().length;
        const item = new vscode.TreeItem(node.which === 'entities' ? 'Entities across articles' : 'Timeline of events', vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${n}${n > MAX_ROWS ? ` (first ${MAX_ROWS} shown)` : ''}`;
        item.iconPath = new vscode.ThemeIcon(node.which === 'entities' ? 'symbol-class' : 'calendar');
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        const span = e.first ? (e.first === e.last ? e.first : `${e.first} – ${e.last}`) : 'undated';
        item.description = `${KIND_LABEL[e.kind] ?? e.kind} · ${e.articles.size} article${e.articles.size === 1 ? '' : 's'} · ${span}`;
        const aliases = [...e.aliases].filter((a) => a !== e.name);
        item.tooltip = new vscode.MarkdownString().appendText(`${e.name}${aliases.length ? ` (also: ${aliases.join(', ')})` : ''}`);
        item.iconPath = new vscode.ThemeIcon(e.kind === 'person' ? 'person' : /country|city|region|place/.test(e.kind) ? 'location' : 'organization');
        item.id = `corpus-entity:${e.key}`;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(fileName(node.uri));
        item.description = `${node.ranges.length} mention${node.ranges.length === 1 ? '' : 's'}`;
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.command = { command: 'newsLens.openAt', title: 'Open', arguments: [node.uri, node.ranges[0][0], node.ranges[0][1]] };
        return item;
      }
      case 'event': {
        const item = new vscode.TreeItem(node.event.label);
        item.description = `${dateLabel(node.event.date)} — ${fileName(node.article.uri)}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${node.event.category}: ${node.event.label}`);
        item.iconPath = new vscode.ThemeIcon('circle-small');
        item.command = { command: 'newsLens.openAt', title: 'Open', arguments: [node.article.uri, node.event.sentence[0], node.event.sentence[1]] };
        return item;
      }
    }
  }

  dispose(): void { this.emitter.dispose(); }
}

/** Go to Symbol in Workspace: entities (one symbol per article) and events, by name. */
export class CorpusSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}
  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    const q = query.toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    const docs = new Map<string, vscode.TextDocument>();
    const loc = async (uri: string, s: number, e: number) => {
      let doc = docs.get(uri);
      if (!doc) { doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)); docs.set(uri, doc); }
      return new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(s), doc.positionAt(e)));
    };
    for (const e of this.index.entities()) {
      if (!(e.name.toLowerCase().includes(q) || [...e.aliases].some((a) => a.toLowerCase().includes(q)))) continue;
      for (const [uri, ranges] of e.articles) {
        out.push(new vscode.SymbolInformation(e.name, /country|city|region|place/.test(e.kind) ? vscode.SymbolKind.Field : vscode.SymbolKind.Object,
          `${KIND_LABEL[e.kind] ?? e.kind} · ${fileName(uri)}`, await loc(uri, ranges[0][0], ranges[0][1])));
        if (out.length >= 200) return out;
      }
    }
    for (const { article, event } of this.index.timeline()) {
      if (!event.label.toLowerCase().includes(q)) continue;
      out.push(new vscode.SymbolInformation(event.label, vscode.SymbolKind.Event, `${dateLabel(event.date)} · ${fileName(article.uri)}`, await loc(article.uri, event.start, event.end)));
      if (out.length >= 200) break;
    }
    return out;
  }
}

/** Find All References on an entity: its mentions in every indexed article (and the open one). */
export class CorpusReferences implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex, private readonly service: AnalysisService) {}
  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    if (!isNewsDocument(doc)) return [];
    const a = this.service.get(doc) ?? await this.service.analyze(doc);
    if (!a) return [];
    const off = doc.offsetAt(pos);
    const here = a.entities.find((e) => e.mentions.some((m) => m.start <= off && off <= m.end));
    if (!here) return [];
    const key = entityKey(here.name, here.kind);
    const out: vscode.Location[] = here.mentions.map((m) => new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
    const corpus = this.index.entities().find((e) => e.key === key);
    for (const [uri, ranges] of corpus?.articles ?? []) {
      if (uri === doc.uri.toString()) continue;
      const other = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      for (const [s, e] of ranges) out.push(new vscode.Location(other.uri, new vscode.Range(other.positionAt(s), other.positionAt(e))));
    }
    return out;
  }
}

export { reveal as revealInArticle };
