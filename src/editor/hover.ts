/** One hover provider for every category, reading the cached analysis. */
import * as vscode from 'vscode';
import { cardsAt } from './cards';
import type { AnalysisService } from './analysisService';
import { isNewsDocument } from './config';

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
