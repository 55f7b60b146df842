/** Highlights: one decoration type per category, created once, colours from the theme. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { mentionCategory } from './cards';
import { CATEGORIES, type Category, settings } from './config';

/** Above this many highlights, only those around the visible lines are painted (and repainted on scroll). */
export const WINDOWED_ABOVE = 10000;
const WINDOW_LINES = 300;

type Flat = Record<Category, Int32Array>; // [start0, end0, start1, end1, ...]

export class Decorations implements vscode.Disposable {
  private readonly types: Record<Category, vscode.TextEditorDecorationType>;
  private readonly flat = new WeakMap<Analysis, { ranges: Flat; count: number }>();

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

  /** Flat [start, end, ...] arrays per category, built once per analysis (no sorting: painting scans them). */
  private flatRanges(a: Analysis): { ranges: Flat; count: number } {
    let x = this.flat.get(a);
    if (!x) {
      const size: Record<Category, number> = { actor: 0, place: 0, date: a.dates.length, quote: a.quotes.length };
      // one category test per entity, not per mention: a place entity's mentions are places unless acting
      for (const e of a.entities) {
        if (mentionCategory(e, 'place') === 'actor') { size.actor += e.mentions.length; continue; }
        for (const m of e.mentions) size[m.role === 'actor' ? 'actor' : 'place']++;
      }
      const ranges = { actor: new Int32Array(size.actor * 2), place: new Int32Array(size.place * 2),
        date: new Int32Array(size.date * 2), quote: new Int32Array(size.quote * 2) } as Flat;
      const at: Record<Category, number> = { actor: 0, place: 0, date: 0, quote: 0 };
      const put = (cat: Category, st: number, en: number) => { const arr = ranges[cat]; arr[at[cat]++] = st; arr[at[cat]++] = en; };
      for (const e of a.entities) {
        const always = mentionCategory(e, 'place') === 'actor';
        for (const m of e.mentions) put(always || m.role === 'actor' ? 'actor' : 'place', m.start, m.end);
      }
      for (const d of a.dates) put('date', d.start, d.end);
      for (const q of a.quotes) put('quote', q.start, q.end);
      x = { ranges, count: size.actor + size.place + size.date + size.quote };
      this.flat.set(a, x);
    }
    return x;
  }

  /** True when only the highlights around the visible lines are painted: repaint on scroll. */
  windowed(a: Analysis | undefined): boolean {
    return !!a && this.flatRanges(a).count > WINDOWED_ABOVE;
  }

  paint(editor: vscode.TextEditor, a: Analysis | undefined): void {
    const cfg = settings();
    const doc = editor.document;
    const len = doc.offsetAt(new vscode.Position(doc.lineCount, 0));
    const sorted = a ? this.flatRanges(a) : undefined;
    // the whole document, or a window of lines around what is visible for very large analyses
    let lo = 0, hi = len;
    if (sorted && sorted.count > WINDOWED_ABOVE) {
      const vis = editor.visibleRanges;
      const first = Math.max(0, (vis.length ? vis[0].start.line : 0) - WINDOW_LINES);
      const last = Math.min(doc.lineCount - 1, (vis.length ? vis[vis.length - 1].end.line : 0) + WINDOW_LINES);
      lo = doc.offsetAt(new vscode.Position(first, 0));
      hi = doc.offsetAt(doc.lineAt(last).range.end);
    }
    for (const cat of CATEGORIES) {
      const on = !!sorted && cfg.enabled && cfg.categories[cat];
      const out: vscode.Range[] = [];
      if (on) {
        const arr = sorted!.ranges[cat];
        for (let i = 0; i < arr.length; i += 2) {
          const st = arr[i], en = arr[i + 1];
          if (st >= hi || en <= lo || en > len || st >= en) continue;
          out.push(new vscode.Range(doc.positionAt(st), doc.positionAt(en)));
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
