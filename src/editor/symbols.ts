/** Outline, breadcrumbs and Go to Symbol: events, quotes and entities. */
import * as vscode from 'vscode';
import { entityName, eventLabel, KIND_LABEL, speakerName } from './cards';
import type { AnalysisService } from './analysisService';
import { isNewsDocument } from './config';
import { timed } from './log';
import { positionsFor } from './positions';

const ENTITY_SYMBOL: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object, organization: vscode.SymbolKind.Module, government: vscode.SymbolKind.Namespace,
  armed_group: vscode.SymbolKind.Struct, media: vscode.SymbolKind.Interface, country: vscode.SymbolKind.Package,
  city: vscode.SymbolKind.Field, region: vscode.SymbolKind.Field, place: vscode.SymbolKind.Field,
};

export class NewsSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!isNewsDocument(doc)) return [];
    const a = this.service.get(doc) ?? await this.service.analyze(doc);
    if (!a) return [];
    return timed('outline symbols', () => this.symbols(doc, a));
  }

  private symbols(doc: vscode.TextDocument, a: import('../analysis/types').Analysis): vscode.DocumentSymbol[] {
    const pos = positionsFor(doc, a);
    const len = pos.length;
    const range = (s: number, e: number) => new vscode.Range(pos.at(Math.min(s, len)), pos.at(Math.min(e, len)));
    const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[], total = children.length) => {
      if (!children.length) return undefined;
      const span = children.reduce((r, c) => r.union(c.range), children[0].range);
      const g = new vscode.DocumentSymbol(name, total > children.length ? `first ${children.length} of ${total}` : `${total}`, kind, span, children[0].selectionRange);
      g.children = children;
      return g;
    };
    // The Outline of a very long text lists the first MAX of each group (the Events view and the exports have all)
    // (250: building and sending a thousand symbols took 16-18 ms on the host for a 10 MB article)
    const MAX = 250;
    const events = a.events.slice(0, MAX).map((ev) => {
      const s = new vscode.DocumentSymbol(eventLabel(a, ev), [ev.category, entityName(a, ev.place), ev.date].filter(Boolean).join(' — '),
        vscode.SymbolKind.Event, range(ev.sentence.start, ev.sentence.end), range(ev.start, ev.end));
      return s;
    });
    const quotes = a.quotes.slice(0, MAX).map((q) => new vscode.DocumentSymbol(`“${q.text.length > 60 ? q.text.slice(0, 59) + '…' : q.text}”`,
      speakerName(a, q) ?? 'speaker not stated', vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end)));
    const entities = a.entities.slice(0, MAX).map((e) => {
      const m = e.mentions[0];
      return new vscode.DocumentSymbol(e.name, `${KIND_LABEL[e.kind]} · ${e.mentions.length}×`, ENTITY_SYMBOL[e.kind] ?? vscode.SymbolKind.Variable,
        range(m.start, m.end), range(m.start, m.end));
    });
    return [group('Events', vscode.SymbolKind.Namespace, events, a.events.length), group('Quotes', vscode.SymbolKind.Namespace, quotes, a.quotes.length),
      group('Entities', vscode.SymbolKind.Namespace, entities, a.entities.length)].filter((x): x is vscode.DocumentSymbol => !!x);
  }
}
