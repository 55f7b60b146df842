/** Highlights: one decoration type per category, created once, colours from the theme. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { mentionCategory } from './cards';
import { CATEGORIES, type Category, settings } from './config';

export class Decorations implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;

  constructor() {
    const make = (cat: Category, extra: vscode.DecorationRenderOptions = {}) => vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(`newsLens.${cat}Background`),
      borderColor: new vscode.ThemeColor(`newsLens.${cat}Border`),
      borderStyle: 'solid',
      borderWidth: '0 0 1px 0',
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      overviewRulerColor: new vscode.ThemeColor(`newsLens.${cat}Border`),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      ...extra,
    });
    this.types = {
      actor: make('actor', { fontWeight: '600' }),
      // An inline style (here a neutral one) makes the editor wrap the words themselves in a span with the
      // category's class, not only paint a background box behind them: the UI checks read those spans.
      place: make('place', { textDecoration: 'none' }),
      date: make('date', { textDecoration: 'none' }),
      quote: make('quote', { fontStyle: 'italic', overviewRulerColor: undefined }),
    };
  }

  /** Ranges per category for an analysis; exported for tests through `rangesFor`. */
  static ranges(a: Analysis): Record<Category, [number, number][]> {
    const r: Record<Category, [number, number][]> = { actor: [], place: [], date: [], quote: [] };
    for (const e of a.entities) for (const m of e.mentions) r[mentionCategory(e, m.role)].push([m.start, m.end]);
    for (const d of a.dates) r.date.push([d.start, d.end]);
    for (const q of a.quotes) r.quote.push([q.start, q.end]);
    return r;
  }

  paint(editor: vscode.TextEditor, a: Analysis | undefined): void {
    const cfg = settings();
    const doc = editor.document;
    const len = doc.getText().length;
    const ranges = a ? Decorations.ranges(a) : undefined;
    for (const cat of CATEGORIES) {
      const on = !!ranges && cfg.enabled && cfg.categories[cat];
      editor.setDecorations(this.types[cat], on
        ? ranges![cat].filter(([s, e]) => e <= len && s < e).map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e)))
        : []);
    }
  }

  clear(editor: vscode.TextEditor): void {
    for (const cat of CATEGORIES) editor.setDecorations(this.types[cat], []);
  }

  dispose(): void {
    for (const cat of CATEGORIES) this.types[cat].dispose();
  }
}
