/**
 * Analysis of very large texts in chunks (at paragraph boundaries), so that memory stays bounded
 * and the caller can report progress and cancel between chunks. Entities are merged across
 * chunks by kind family and name; events and quotes are re-pointed to the merged entities.
 */
import { analyze } from './analyze';
import { splitParagraphs } from './paragraphs';
import { surnameKey } from './entities';
import { entityKey, type Analysis, type AnalyzeOptions, type Entity } from './types';

export const DEFAULT_CHUNK_CHARS = 256 * 1024;

/** Chunk boundaries [start, end) that fall between paragraphs (or lines, for one huge paragraph). */
export function chunkBounds(text: string, size = DEFAULT_CHUNK_CHARS): { start: number; end: number }[] {
  if (text.length <= size) return [{ start: 0, end: text.length }];
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const paras = splitParagraphs(text, 0);
  let pi = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // the last paragraph start inside (start, end]
      while (pi < paras.length && paras[pi].start <= start) pi++;
      let cut = -1;
      for (let k = pi; k < paras.length && paras[k].start <= end; k++) cut = paras[k].start;
      if (cut > start) end = cut;
      else {
        const nl = text.lastIndexOf('\n', end);
        if (nl > start) end = nl + 1;
        else { const sp = text.lastIndexOf(' ', end); if (sp > start) end = sp + 1; }
      }
      // never split a surrogate pair
      if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]) && end > start + 1) end--;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}


/** Joins chunk analyses (each of text.slice(start, end)) into one analysis of the whole text. */
export function combineChunks(parts: { start: number; analysis: Analysis }[]): Analysis {
  const first = parts[0]?.analysis;
  const out: Analysis = { version: 1, documentDate: first?.documentDate ?? null, dateline: first?.dateline ?? null,
    entities: [], dates: [], quotes: [], events: [], references: [], warnings: [] };
  const byKey = new Map<string, Entity>();
  const warnings = new Set<string>();
  for (const { start: off, analysis: a } of parts) {
    const idMap = new Map<string, string>();
    for (const e of a.entities) {
      const key = entityKey(e.name, e.kind);
      let m = byKey.get(key);
      if (!m) {
        m = { ...e, id: `e${byKey.size + 1}`, aliases: [...e.aliases], mentions: [] };
        byKey.set(key, m);
        out.entities.push(m);
      } else {
        for (const al of e.aliases) if (!m.aliases.includes(al) && al !== m.name) m.aliases.push(al);
        m.title ??= e.title; m.country ??= e.country; m.coordinates ??= e.coordinates;
      }
      for (const x of e.mentions) m.mentions.push({ ...x, start: x.start + off, end: x.end + off });
      idMap.set(e.id, m.id);
    }
    const re = (id: string | null) => (id ? idMap.get(id) ?? null : null);
    for (const d of a.dates) out.dates.push({ ...d, start: d.start + off, end: d.end + off });
    for (const q of a.quotes) out.quotes.push({ ...q, start: q.start + off, end: q.end + off,
      cueSpan: q.cueSpan && { ...q.cueSpan, start: q.cueSpan.start + off, end: q.cueSpan.end + off },
      speaker: q.speaker && { ...q.speaker, start: q.speaker.start + off, end: q.speaker.end + off, entity: re(q.speaker.entity) } });
    for (const ev of a.events) out.events.push({ ...ev, start: ev.start + off, end: ev.end + off, actor: re(ev.actor), target: re(ev.target), place: re(ev.place),
      sentence: { start: ev.sentence.start + off, end: ev.sentence.end + off } });
    for (const r of a.references) out.references.push({ ...r, start: r.start + off, end: r.end + off, entity: re(r.entity) });
    for (const w of a.warnings) warnings.add(w);
  }
  out.warnings = [...warnings];
  // Surname-only persons from one chunk join the full name from another ("Vasilescu" -> "Elena Vasilescu").
  const last = (n: string) => surnameKey(n.split(/\s+/).pop() ?? n);
  const full = new Map<string, Entity[]>();
  for (const e of out.entities) if (e.kind === 'person' && /\s/.test(e.name)) full.set(last(e.name), [...(full.get(last(e.name)) ?? []), e]);
  const redirect = new Map<string, string>();
  for (const e of out.entities) {
    if (e.kind !== 'person' || /\s/.test(e.name)) continue;
    const targets = full.get(last(e.name));
    if (targets?.length !== 1) continue;
    const t = targets[0];
    t.mentions.push(...e.mentions);
    t.mentions.sort((a, b) => a.start - b.start);
    if (!t.aliases.includes(e.name)) t.aliases.push(e.name);
    t.title ??= e.title; t.country ??= e.country;
    redirect.set(e.id, t.id);
  }
  if (redirect.size) {
    out.entities = out.entities.filter((e) => !redirect.has(e.id));
    const r = (id: string | null) => (id && redirect.get(id)) ?? id;
    for (const ev of out.events) { ev.actor = r(ev.actor); ev.target = r(ev.target); ev.place = r(ev.place); }
    for (const q of out.quotes) if (q.speaker) q.speaker.entity = r(q.speaker.entity);
    for (const x of out.references) x.entity = r(x.entity);
  }
  return out;
}

export interface ChunkedRun {
  chunks: number;
  /** Analyses the next chunk; false when all are done. */
  step(): boolean;
  done: number;
  result(): Analysis;
}

/** Step-wise chunked analysis: the caller runs `step()` as it likes (between messages, with progress). */
export function chunkedAnalysis(text: string, options: AnalyzeOptions = {}, size = DEFAULT_CHUNK_CHARS): ChunkedRun {
  const bounds = chunkBounds(text, size);
  const parts: { start: number; analysis: Analysis }[] = [];
  let documentDate = options.documentDate ?? null;
  const run: ChunkedRun = {
    chunks: bounds.length,
    done: 0,
    step() {
      if (run.done >= bounds.length) return false;
      const b = bounds[run.done];
      const a = analyze(text.slice(b.start, b.end), { ...options, documentDate, noDateline: run.done > 0, cache: undefined });
      if (run.done === 0) documentDate = a.documentDate;
      parts.push({ start: b.start, analysis: a });
      run.done++;
      return run.done < bounds.length;
    },
    result() {
      while (run.step());
      if (parts.length === 1) return parts[0].analysis;
      return combineChunks(parts);
    },
  };
  return run;
}
