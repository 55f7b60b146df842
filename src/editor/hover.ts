/** One hover provider for every category, reading the cached analysis. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { dateCard, entityCard, quoteCard } from './cards';
import type { AnalysisService } from './analysisService';
import { isNewsDocument } from './config';

/** The cards under an offset, most specific first (a name inside a quote shows the name, then the quote). */
export function cardsAt(a: Analysis, offset: number): { start: number; end: number; markdown: string }[] {
  const out: { start: number; end: number; markdown: string }[] = [];
  for (const e of a.entities) for (const m of e.mentions) {
    if (offset >= m.start && offset < m.end) out.push({ start: m.start, end: m.end, markdown: entityCard(a, e, m.role) });
  }
  for (const d of a.dates) if (offset >= d.start && offset < d.end) out.push({ start: d.start, end: d.end, markdown: dateCard(a, d) });
  for (const q of a.quotes) if (offset >= q.start && offset < q.end) out.push({ start: q.start, end: q.end, markdown: quoteCard(a, q) });
  for (const q of a.quotes) if (q.speaker && offset >= q.speaker.start && offset < q.speaker.end && !out.length) {
    out.push({ start: q.speaker.start, end: q.speaker.end, markdown: quoteCard(a, q) });
  }
  return out;
}

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isNewsDocument(doc)) return undefined;
    const a = this.service.get(doc) ?? await this.service.analyze(doc);
    if (!a) return undefined;
    const cards = cardsAt(a, doc.offsetAt(pos));
    if (!cards.length) return undefined;
    const contents = cards.map((c) => {
      const m = new vscode.MarkdownString(c.markdown);
      m.isTrusted = false;
      m.supportHtml = false;
      return m;
    });
    const first = cards[0];
    return new vscode.Hover(contents, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
  }
}
