/**
 * Readers for the gold sets in ../shared/eval (never copied into the project). Each reader turns
 * one set into documents: a text to analyse, its date, and the gold spans with their types.
 * Pure Node (fs/path), no VS Code.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoldSpan { start: number; end: number; type: string; value?: string; source?: { start: number; end: number } | null;
  /** The annotation's own id where the format has one (TimeML `tid`). */
  id?: string }

export interface GoldDoc {
  id: string;
  text: string;
  date: string | null;
  /** Named entities: PER, LOC, ORG (other gold types kept with their own names). */
  entities?: GoldSpan[];
  /** Time expressions: type DATE/TIME/DURATION/SET, value TIMEX3. */
  timex?: GoldSpan[];
  /** Direct quotes, with the source (speaker) span when the annotation has one. */
  quotes?: GoldSpan[];
  /** The gold file the document was read from (TempEval: rewritten for the official scorer). */
  file?: string;
  /** Spans excluded from scoring (for example the creation-time expression of a document). */
  ignore?: { start: number; end: number }[];
  /** Pronouns that refer to an entity (MEANTIME), with the spans of that entity's names in the document (none: unnamed). */
  pronouns?: { start: number; end: number; names: { start: number; end: number }[] }[];
}

export type SetName = 'conll2003' | 're3d' | 'meantime' | 'tempeval3' | 'polnear';
export const SET_NAMES: SetName[] = ['conll2003', 're3d', 'meantime', 'tempeval3', 'polnear'];

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Joins tokens the way a newspaper prints them ("U.S. , said" -> "U.S., said") and records offsets. */
export class Detokenizer {
  text = '';
  private quoteOpen = false;
  private afterOpenQuote = false;
  /** MEANTIME splits "Wal-Mart" into three tokens; CoNLL keeps hyphenated words whole. */
  constructor(private readonly joinHyphens = false) {}
  add(token: string, lineStart: boolean): { start: number; end: number } {
    let space = !lineStart && this.text.length > 0 && !this.afterOpenQuote;
    if (/^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ll|'ve|'d|'m|'')$/.test(token)) space = false;
    if (/(?:[([{$]|``)$/.test(this.text)) space = false;
    this.afterOpenQuote = false;
    if (this.joinHyphens && (token === '-' || this.text.endsWith('-')) && /[\p{L}\p{N}-]$/u.test(this.text)) space = false;
    if (token === '"') {
      if (this.quoteOpen) space = false; else this.afterOpenQuote = true;
      this.quoteOpen = !this.quoteOpen;
    }
    if (space) this.text += ' ';
    const start = this.text.length;
    this.text += token;
    return { start, end: this.text.length };
  }
  newline(): void { this.text += '\n'; this.quoteOpen = false; this.afterOpenQuote = false; }
}

/** CoNLL-2003: "token POS chunk IOB1" lines, -DOCSTART- between documents, blank line between sentences. */
export function readConll(path: string): GoldDoc[] {
  const file = statSync(path).isDirectory() ? files(path, '').find((f) => /eng\.testa$|\.conll$|testa|testb|train/.test(f)) ?? files(path, '')[0] : path;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const docs: GoldDoc[] = [];
  let d: Detokenizer | null = null;
  let ents: GoldSpan[] = [];
  let lineStart = true;
  let open: GoldSpan | null = null;
  const close = () => { if (open) { ents.push(open); open = null; } };
  const flush = () => {
    close();
    if (d && d.text.trim()) {
      const text = d.text;
      // "LONDON 1996-08-30" lines give the date of the document.
      const m = /^[A-Z][A-Za-z .'-]*\s+(\d{4}-\d{2}-\d{2})\s*$/m.exec(text);
      docs.push({ id: `${basename(file)}#${docs.length + 1}`, text, date: m ? m[1] : null, entities: ents });
    }
    d = new Detokenizer(); ents = []; lineStart = true;
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) { flush(); continue; }
    if (!d) d = new Detokenizer();
    if (!line.trim()) { close(); if (!lineStart) { d.newline(); lineStart = true; } continue; }
    const cols = line.split(' ');
    const tok = cols[0], tag = cols[cols.length - 1];
    const span = d.add(tok, lineStart);
    lineStart = false;
    if (tag === 'O') { close(); continue; }
    const [bio, type] = tag.split('-');
    if (open && open.type === type && bio === 'I') open.end = span.end;
    else { close(); open = { start: span.start, end: span.end, type }; }
  }
  flush();
  return docs;
}

/** re3d: documents.json and entities.json (JSON lines) in each source folder; confidence >= 0.5. */
export function readRe3d(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const dirs = files(path, 'documents.json').map((f) => join(f, '..'));
  const typeMap: Record<string, string> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' };
  for (const dir of dirs) {
    const byId = new Map<string, GoldDoc>();
    for (const line of readFileSync(join(dir, 'documents.json'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      const doc: GoldDoc = { id: `${basename(dir)}/${o._id}`, text: o.text, date: null, entities: [] };
      byId.set(o._id, doc);
      docs.push(doc);
    }
    const seen = new Set<string>();
    for (const line of readFileSync(join(dir, 'entities.json'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      if ((o.confidence ?? 1) < 0.5) continue;
      const doc = byId.get(o.documentId);
      if (!doc) continue;
      const type = typeMap[o.type] ?? o.type;
      const key = `${o.documentId}:${o.begin}:${o.end}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      doc.entities!.push({ start: o.begin, end: o.end, type });
    }
  }
  return docs;
}

const xmlDecode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
  e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCharCode(+e.slice(1)));
const attr = (tag: string, name: string) => { const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag); return m ? xmlDecode(m[1]) : ''; };

/** MEANTIME CAT XML: tokens with sentence numbers, markables anchored to token ids. */
export function readMeantime(path: string): GoldDoc[] {
  const root = existsSync(join(path, 'intra-doc_annotation')) ? join(path, 'intra-doc_annotation') : path;
  const docs: GoldDoc[] = [];
  for (const file of files(root, '.xml')) {
    const xml = readFileSync(file, 'utf8');
    const d = new Detokenizer(true);
    const tokSpan = new Map<string, { start: number; end: number }>();
    let sentence = '-1';
    const sentenceEnd = new Map<number, number>();
    for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
      const s = attr(m[1], 'sentence');
      const first = s !== sentence;
      if (first && sentence !== '-1') d.newline();
      sentence = s;
      const sp = d.add(xmlDecode(m[2]), first);
      tokSpan.set(attr(m[1], 't_id'), sp);
      sentenceEnd.set(+s, sp.end);
    }
    const span = (body: string) => {
      const ids = [...body.matchAll(/t_id="(\d+)"/g)].map((x) => tokSpan.get(x[1])).filter((x): x is { start: number; end: number } => !!x);
      return ids.length ? { start: Math.min(...ids.map((x) => x.start)), end: Math.max(...ids.map((x) => x.end)) } : null;
    };
    const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
    const mentions = new Map<string, { start: number; end: number; syn: string }>();
    for (const m of markables.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
      const s = span(m[2]);
      if (s) mentions.set(attr(m[1], 'm_id'), { ...s, syn: attr(m[1], 'syntactic_type') });
    }
    const entityType = new Map<string, string>();
    for (const m of markables.matchAll(/<ENTITY ([^>]*)>/g)) entityType.set(attr(m[1], 'm_id'), attr(m[1], 'ent_type'));
    const entities: GoldSpan[] = [];
    const pronouns: NonNullable<GoldDoc['pronouns']> = [];
    const relations = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
    for (const m of relations.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
      const sources = [...m[1].matchAll(/<source m_id="(\d+)"/g)].map((x) => x[1]);
      const target = /<target m_id="(\d+)"/.exec(m[1])?.[1];
      const type = target ? entityType.get(target) : undefined;
      if (!type) continue;
      const names: { start: number; end: number }[] = [];
      for (const id of sources) {
        const men = mentions.get(id);
        if (men && men.syn === 'NAM') { entities.push({ start: men.start, end: men.end, type }); names.push({ start: men.start, end: men.end }); }
      }
      for (const id of sources) {
        const men = mentions.get(id);
        if (men && men.syn === 'PRO') pronouns.push({ start: men.start, end: men.end, names });
      }
    }
    const timex: GoldSpan[] = [];
    const ignore: { start: number; end: number }[] = [];
    let date: string | null = null;
    for (const m of markables.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
      const s = span(m[2]);
      if (!s) continue;
      if (attr(m[1], 'functionInDocument') === 'CREATION_TIME') { date = attr(m[1], 'value').slice(0, 10); ignore.push(s); continue; }
      timex.push({ ...s, type: attr(m[1], 'type'), value: attr(m[1], 'value') });
    }
    // Only the title and the first sentences are annotated: everything after the last annotated
    // sentence is out of scope (analysed for context, not scored).
    const annotated = Math.max(...[...markables.matchAll(/t_id="(\d+)"/g)].map((x) => tokSpan.get(x[1])?.end ?? 0));
    const lastSentence = [...sentenceEnd.values()].find((e) => e >= annotated) ?? d.text.length;
    if (lastSentence < d.text.length) ignore.push({ start: lastSentence, end: d.text.length });
    docs.push({ id: basename(file, '.xml'), text: d.text, date, entities: dedupe(entities), timex, ignore, pronouns });
  }
  return docs;
}

function dedupe(spans: GoldSpan[]): GoldSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => { const k = `${s.start}:${s.end}:${s.type}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/** TempEval-3 TimeML (.tml): inline TIMEX3 inside <TEXT>, the creation time in <DCT>. */
export function readTempeval(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  // (TBAQ-cleaned/testpipeline holds a second copy of one TimeBank article, for the toolkit's own test: not counted twice)
  for (const file of files(path, '.tml').filter((f) => !/[\\/]testpipeline[\\/]/.test(f))) {
    const xml = readFileSync(file, 'utf8');
    const dct = /<DCT>\s*<TIMEX3 ([^>]*)>/.exec(xml);
    const date = dct ? attr(dct[1], 'value').slice(0, 10) : null;
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    let text = '';
    const timex: GoldSpan[] = [];
    let open: { start: number; type: string; value: string; id: string } | null = null;
    const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
    for (let m; (m = re.exec(body));) {
      if (m[4] !== undefined) { text += xmlDecode(m[4]); continue; }
      if (m[2] !== 'TIMEX3') continue;
      if (!m[1]) open = { start: text.length, type: attr(m[3], 'type'), value: attr(m[3], 'value'), id: attr(m[3], 'tid') };
      else if (open) { timex.push({ start: open.start, end: text.length, type: open.type, value: open.value, id: open.id }); open = null; }
    }
    docs.push({ id: basename(file, '.tml'), text, date, timex, file });
  }
  return docs;
}

/**
 * PolNeAR (brat): gold direct quotes are the quotation-marked stretches inside Content spans,
 * each with the Source span of its attribution (null for attributions without a source).
 */
export function readPolnear(path: string): GoldDoc[] {
  const root = existsSync(join(path, 'text')) ? path : existsSync(join(path, 'dev', 'text')) ? join(path, 'dev') : path;
  const texts = new Map(readdirSync(join(root, 'text')).map((f) => [f.replace(/\.txt$/, ''), join(root, 'text', f)]));
  const docs: GoldDoc[] = [];
  for (const annFile of files(join(root, 'attributions'), '.ann')) {
    const stem = basename(annFile, '.ann').replace(/_[0-9a-f]{4}$/, '');
    const txt = texts.get(stem);
    if (!txt) continue;
    const text = readFileSync(txt, 'utf8');
    const spans = new Map<string, { type: string; start: number; end: number }>();
    const quotes: GoldSpan[] = [];
    const lines = readFileSync(annFile, 'utf8').split('\n');
    for (const line of lines) {
      const m = /^(T\d+)\t(\S+) (\d+) (\d+)(?:;\d+ \d+)*\t/.exec(line);
      if (m) spans.set(m[1], { type: m[2], start: +m[3], end: +(line.split('\t')[1].split(' ').pop()!) });
    }
    for (const line of lines) {
      if (!line.startsWith('E')) continue;
      const args = Object.fromEntries(line.split('\t')[1].split(' ').map((a) => a.split(':')));
      const content = spans.get(args.Content);
      if (!content) continue;
      const source = args.Source ? spans.get(args.Source) ?? null : null;
      for (const q of quotedStretches(text, content.start, content.end)) {
        quotes.push({ ...q, type: 'QUOTE', source: source ? { start: source.start, end: source.end } : null });
      }
    }
    docs.push({ id: stem, text, date: /_(\d{4}-\d{2}-\d{2})_/.exec(stem)?.[1] ?? null, quotes: dedupe(quotes) });
  }
  return docs;
}

/** Stretches between quotation marks that overlap [from, to) — at least two words long. */
function quotedStretches(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lo = text.lastIndexOf('\n', from) + 1;
  let hi = text.indexOf('\n', to);
  if (hi < 0) hi = text.length;
  const re = /[“"]([^“”"\n]+)[”"]/g;
  re.lastIndex = lo;
  for (let m; (m = re.exec(text)) && m.index < hi;) {
    const s = m.index + 1, e = s + m[1].length;
    if (e <= from || s >= to) continue;
    if (!/\S+\s+\S+/.test(m[1])) continue;
    let a = s, b = e;
    while (a < b && /[\s,.;:!?]/.test(text[a])) a++;
    while (b > a && /[\s,.;:!?]/.test(text[b - 1])) b--;
    out.push({ start: a, end: b });
  }
  return out;
}

export function readSet(set: SetName, path: string): GoldDoc[] {
  switch (set) {
    case 'conll2003': return readConll(path);
    case 're3d': return readRe3d(path);
    case 'meantime': return readMeantime(path);
    case 'tempeval3': return readTempeval(path);
    case 'polnear': return readPolnear(path);
  }
}
