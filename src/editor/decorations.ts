/** Highlights: one decoration type per category, created once, colours from the theme. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { firstPairFrom, flatRanges, precomputed, type FlatRanges } from './ranges';
import { positionsFor } from './positions';
import { CATEGORIES, type Category, settings } from './config';

/** Above this many highlights, only those around the visible lines are painted (and repainted on scroll). */
export const WINDOWED_ABOVE = 10000;
const WINDOW_LINES = 300;

export class Decorations implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;
  private readonly flat = new WeakMap<Analysis, FlatRanges>();

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

  /** Flat ranges per category, sorted by start: from the worker when it sent them, else computed here once per analysis. */
  private flatRanges(a: Analysis): FlatRanges {
    let x = precomputed.get(a) ?? this.flat.get(a);
    if (!x) { x = flatRanges(a); this.flat.set(a, x); }
    return x;
  }

  /** True when only the highlights around the visible lines are painted: repaint on scroll. */
  windowed(a: Analysis | undefined): boolean {
    return !!a && this.flatRanges(a).count > WINDOWED_ABOVE;
  }

  paint(editor: vscode.TextEditor, a: Analysis | undefined): void {
    // nothing to paint: clear, without touching the document (its line index is costly on a huge text)
    if (!a) { this.clear(editor); return; }
    const cfg = settings();
    const doc = editor.document;
    const sorted = this.flatRanges(a);
    const pos = positionsFor(doc, a);
    const len = pos.length;
    // the whole document, or a window of lines around what is visible for very large analyses
    let lo = 0, hi = len;
    if (sorted.count > WINDOWED_ABOVE) {
      const vis = editor.visibleRanges;
      const first = Math.max(0, (vis.length ? vis[0].start.line : 0) - WINDOW_LINES);
      const last = Math.min(doc.lineCount - 1, (vis.length ? vis[vis.length - 1].end.line : 0) + WINDOW_LINES);
      lo = pos.lineStart(first);
      hi = last + 1 < doc.lineCount ? pos.lineStart(last + 1) : len;
    }
    for (const cat of CATEGORIES) {
      const on = cfg.enabled && cfg.categories[cat];
      const out: vscode.Range[] = [];
      if (on) {
        // pairs are sorted by start: begin a little before the window (a highlight may start above it and
        // reach into it: quotes span lines) and stop at its end
        const arr = sorted.ranges[cat];
        for (let i = 2 * firstPairFrom(arr, Math.max(0, lo - 20000)); i < arr.length; i += 2) {
          const st = arr[i], en = arr[i + 1];
          if (st >= hi) break;
          if (en <= lo || en > len || st >= en) continue;
          out.push(new vscode.Range(pos.at(st), pos.at(en)));
        }
      }
      editor.setDecorations(this.types[cat], out);
    }
  }

  clear(editor: vscode.TextEditor): void {
    for (const cat of CATEGORIES) editor.setDecorations(this.types[cat], []);
  }

  dispose(): void {
    for (const cat of CATEGORIES) this.types[cat].dispose();
  }
}
