/**
 * Text of hover cards, tree items and symbols, built from an Analysis. Pure functions (no `vscode`
 * import) so that unit tests can check exactly what the reader sees. Every piece of document text
 * goes through `md()`: it cannot inject markdown, HTML, links or command URIs into a card.
 */
import { isPlaceKind, type Analysis, type DateAnnotation, type Entity, type NewsEvent, type Quote, type Reference } from '../analysis/types';

/** Escapes text for a MarkdownString that is neither trusted nor HTML-enabled. */
export function md(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~:&=]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

export const KIND_LABEL: Record<string, string> = {
  person: 'person', organization: 'organisation', government: 'government', armed_group: 'armed group', media: 'media',
  country: 'country', city: 'city', region: 'region', place: 'place',
};

export { isPlaceKind };

/** The category a mention is painted in. */
export function mentionCategory(e: Entity, role: string): 'actor' | 'place' {
  if (!isPlaceKind(e.kind)) return 'actor';
  return role === 'actor' ? 'actor' : 'place';
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
}

export function entityCard(a: Analysis, e: Entity, role: string): string {
  const lines: string[] = [];
  const acting = isPlaceKind(e.kind) && role === 'actor' ? ' · acting here as an actor' : '';
  lines.push(`**${md(e.name)}** — ${KIND_LABEL[e.kind] ?? e.kind}${acting}`);
  const facts: string[] = [];
  if (e.title) facts.push(`Title: ${md(e.title)}`);
  if (e.country && !isPlaceKind(e.kind)) facts.push(`Affiliation: ${md(e.country)}`);
  if (e.country && isPlaceKind(e.kind) && e.kind !== 'country') facts.push(`Country: ${md(e.country)}`);
  if (e.coordinates) facts.push(`Coordinates: ${e.coordinates.lat.toFixed(2)}, ${e.coordinates.lng.toFixed(2)}`);
  if (facts.length) lines.push(facts.join(' · '));
  if (e.aliases.length) lines.push(`Also: ${e.aliases.map(md).join(', ')}`);
  const quotes = a.quotes.filter((q) => q.speaker?.entity === e.id);
  const events = a.events.filter((ev) => ev.actor === e.id || ev.target === e.id || ev.place === e.id);
  const pronouns = a.references.filter((r) => r.entity === e.id).length;
  lines.push(`Mentions: ${e.mentions.length}${quotes.length ? ` · Quotes: ${quotes.length}` : ''}${events.length ? ` · Events: ${events.length}` : ''}${pronouns ? ` · Pronouns: ${pronouns}` : ''}`);
  for (const q of quotes.slice(0, 3)) lines.push(`> “${md(truncate(q.text, 90))}”${q.cue ? ` (${md(q.cue)})` : ''}`);
  lines.push(`*${md(e.evidence)}*`);
  return lines.join('\n\n');
}

/** A pronoun that refers to a named entity: what it stands for, then that entity's card. */
export function referenceCard(a: Analysis, r: Reference): string | null {
  const e = r.entity ? a.entities.find((x) => x.id === r.entity) : undefined;
  if (!e) return null;
  return `**“${md(r.text)}”** refers to **${md(e.name)}**\n\n${entityCard(a, e, 'actor')}`;
}

export function dateCard(a: Analysis, d: DateAnnotation): string {
  const lines = [`**${md(d.value)}** — ${d.type.toLowerCase()}`, `“${md(d.text)}”: ${md(d.explanation)}`];
  if (!a.documentDate) lines.push('*No dateline: add one such as `date 2020-02-17` on the first line to resolve relative dates.*');
  return lines.join('\n\n');
}

export function speakerName(a: Analysis, q: Quote): string | null {
  if (!q.speaker) return null;
  const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
  if (e && e.name !== q.speaker.text) return `${e.name} (“${q.speaker.text}”)`;
  return e ? e.name : q.speaker.text;
}

export function quoteCard(a: Analysis, q: Quote): string {
  const who = speakerName(a, q);
  const lines = [who ? `**Quote** — speaker: **${md(who)}**${q.cue ? ` · cue: ${md(q.cue)}` : ''}` : '**Quote** — speaker not stated'];
  lines.push(`> ${md(truncate(q.text, 200))}`);
  return lines.join('\n\n');
}

export function entityName(a: Analysis, id: string | null): string | null {
  return id ? a.entities.find((e) => e.id === id)?.name ?? null : null;
}

/** One readable line per event: "Syrian forces seized 13 towns — Aleppo province — 2020-02-16". */
export function eventLabel(a: Analysis, ev: NewsEvent): string {
  const actor = entityName(a, ev.actor);
  const target = entityName(a, ev.target);
  const parts = [actor ?? '(someone)', `${ev.negated ? 'not ' : ''}${ev.modality && ev.modality !== 'to' ? ev.modality + ' ' : ''}${ev.text}`];
  if (target) parts.push(target);
  return parts.join(' ');
}

export function eventDescription(a: Analysis, ev: NewsEvent): string {
  const place = entityName(a, ev.place);
  return [ev.category, place, ev.date].filter(Boolean).join(' — ');
}

export type GroupBy = 'date' | 'actor' | 'place' | 'category';

export interface EventGroup { label: string; events: NewsEvent[]; }

/** Groups events for the tree: dates in time order (undated last), others by name. */
export function groupEvents(a: Analysis, by: GroupBy): EventGroup[] {
  const groups = new Map<string, NewsEvent[]>();
  for (const ev of a.events) {
    const key = by === 'date' ? ev.date ?? 'undated'
      : by === 'actor' ? entityName(a, ev.actor) ?? 'unknown actor'
        : by === 'place' ? entityName(a, ev.place) ?? 'no place'
          : ev.category;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(ev);
  }
  const last = new Set(['undated', 'unknown actor', 'no place']);
  // vague times after the dated ones, in time order, with words instead of TIMEX3 codes
  const rank = (k: string) => (last.has(k) ? 3 : VAGUE[k] ? 2 : by === 'date' && !/^\d/.test(k) ? 1 : 0);
  return [...groups.entries()]
    .sort(([x], [y]) => rank(x) - rank(y) || (VAGUE[x] && VAGUE[y] ? VAGUE_ORDER.indexOf(x) - VAGUE_ORDER.indexOf(y) : x.localeCompare(y)))
    .map(([key, events]) => ({ label: by === 'date' && VAGUE[key] ? VAGUE[key] : key, events }));
}

const VAGUE: Record<string, string> = { PAST_REF: 'earlier, no date given', PRESENT_REF: 'now, no date given', FUTURE_REF: 'later, no date given' };

/** An event's date as a reader sees it: the ISO value, vague times in words, "undated". */
export function dateLabel(value: string | null | undefined): string {
  return value ? VAGUE[value] ?? value : 'undated';
}
const VAGUE_ORDER = ['PAST_REF', 'PRESENT_REF', 'FUTURE_REF'];

/** The cards under an offset, most specific first (a name inside a quote shows the name, then the quote; a pronoun whom it stands for). */
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
  // a pronoun ("he said") first: whom it stands for
  for (const r of a.references) if (offset >= r.start && offset < r.end) {
    const card = referenceCard(a, r);
    if (card) out.unshift({ start: r.start, end: r.end, markdown: card });
  }
  return out;
}
