/**
 * Scoring: precision, recall and F1 per type with exact and overlap matching, a confusion table
 * of gold type against predicted type, and the most frequent misses and false alarms.
 */
export interface Scored { start: number; end: number; type: string }

export interface Counts { tp: number; fp: number; fn: number }
export interface Prf { p: number; r: number; f: number; tp: number; fp: number; fn: number }

export const prf = (c: Counts): Prf => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, ...c };
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Matches predictions to gold one-to-one; `same` decides whether a pair counts. */
export function match<G extends Scored, P extends Scored>(gold: G[], pred: P[], same: (g: G, p: P) => boolean): Map<G, P> {
  const out = new Map<G, P>();
  const used = new Set<P>();
  const sortedPred = [...pred].sort((a, b) => a.start - b.start);
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    let best: P | null = null, bestOverlap = 0;
    for (const p of sortedPred) {
      if (p.start >= g.end) break;
      if (used.has(p) || !same(g, p)) continue;
      const o = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (o > bestOverlap || (g.start === p.start && g.end === p.end)) { best = p; bestOverlap = o; if (g.start === p.start && g.end === p.end) break; }
    }
    if (best) { out.set(g, best); used.add(best); }
  }
  return out;
}

export const exactSame = (g: Scored, p: Scored) => g.start === p.start && g.end === p.end && g.type === p.type;
export const overlapSame = (g: Scored, p: Scored) => g.type === p.type && overlaps(g, p);

export class SpanScorer {
  readonly exact = new Map<string, Counts>();
  readonly overlap = new Map<string, Counts>();
  /** gold type -> predicted type (or "—" for nothing) -> count, by overlap. */
  readonly confusion = new Map<string, Map<string, number>>();
  readonly misses = new Map<string, number>();
  readonly falseAlarms = new Map<string, number>();

  constructor(readonly types: string[]) {
    for (const t of types) { this.exact.set(t, { tp: 0, fp: 0, fn: 0 }); this.overlap.set(t, { tp: 0, fp: 0, fn: 0 }); }
  }

  add(text: string, gold: Scored[], pred: Scored[]): void {
    const g = gold.filter((x) => this.types.includes(x.type));
    const p = pred.filter((x) => this.types.includes(x.type));
    for (const [counts, same] of [[this.exact, exactSame], [this.overlap, overlapSame]] as const) {
      const m = match(g, p, same);
      const matched = new Set(m.values());
      for (const x of g) { const c = counts.get(x.type)!; if (m.has(x)) c.tp++; else c.fn++; }
      for (const x of p) if (!matched.has(x)) counts.get(x.type)!.fp++;
      if (counts === this.exact) {
        for (const x of g) if (!m.has(x)) bump(this.misses, `${x.type} ${text.slice(x.start, x.end)}`);
        for (const x of p) if (!matched.has(x)) bump(this.falseAlarms, `${x.type} ${text.slice(x.start, x.end)}`);
      }
    }
    const any = match(g, p, (a, b) => overlaps(a, b));
    for (const x of g) {
      const row = this.confusion.get(x.type) ?? new Map<string, number>();
      this.confusion.set(x.type, row);
      bump(row, any.get(x)?.type ?? '—');
    }
  }
}

export function bump(m: Map<string, number>, k: string, n = 1): void { m.set(k, (m.get(k) ?? 0) + n); }

export const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);

export const fmt = (x: number) => x.toFixed(3);

/** A plain text table with aligned columns (Markdown-compatible). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ') + ' |';
  return [line(head), '|' + w.map((x, i) => (i === 0 ? '-'.repeat(x + 2) : '-'.repeat(x + 1) + ':')).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}
