/**
 * The public JSON contract (version 1) printed by the CLI and written by the export commands.
 * Change it only by adding fields; bump CONTRACT_VERSION if it must ever break.
 */
import type { Analysis, Entity } from './types';

export const CONTRACT_VERSION = 1;

export interface ContractDocument {
  version: 1;
  file: string | null;
  documentDate: string | null;
  dateline: Analysis['dateline'];
  entities: (Omit<Entity, 'mentions'> & { mentions: { start: number; end: number; text: string; role: string }[] })[];
  dates: Analysis['dates'];
  quotes: Analysis['quotes'];
  events: Analysis['events'];
  warnings: string[];
  /** Personal pronouns and the entity each refers to (a field added to version 1: readers of the others are unaffected). */
  references: Analysis['references'];
}

export function toContract(a: Analysis, file: string | null): ContractDocument {
  return {
    version: CONTRACT_VERSION,
    file,
    documentDate: a.documentDate,
    dateline: a.dateline,
    entities: a.entities,
    dates: a.dates,
    quotes: a.quotes,
    events: a.events,
    warnings: a.warnings,
    references: a.references,
  };
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Neutralise spreadsheet formulas as well as quoting separators
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
export function csvRow(cells: unknown[]): string { return cells.map(csvCell).join(','); }

/** One row per event, ACLED-like columns. */
export function eventsToCsv(a: Analysis, file: string | null): string {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? byId.get(id)?.name ?? '' : '');
  const rows = [csvRow(['file', 'event_id', 'event_date', 'category', 'action', 'actor1', 'actor1_kind', 'actor1_country',
    'actor2', 'actor2_kind', 'location', 'location_country', 'latitude', 'longitude', 'negated', 'modality', 'trigger', 'start', 'end', 'sentence_start', 'sentence_end'])];
  a.events.forEach((ev, i) => {
    const actor = ev.actor ? byId.get(ev.actor) : undefined;
    const target = ev.target ? byId.get(ev.target) : undefined;
    const place = ev.place ? byId.get(ev.place) : undefined;
    rows.push(csvRow([file ?? '', `ev${i + 1}`, ev.date ?? '', ev.category, ev.action, name(ev.actor), actor?.kind ?? '', actor?.country ?? (actor?.kind === 'country' ? actor.name : ''),
      name(ev.target), target?.kind ?? '', place?.name ?? '', place ? (place.kind === 'country' ? place.name : place.country ?? '') : '',
      place?.coordinates?.lat ?? '', place?.coordinates?.lng ?? '', ev.negated, ev.modality ?? '', ev.text, ev.start, ev.end,
      ev.sentence.start, ev.sentence.end]));
  });
  return rows.join('\n') + '\n';
}

/** One row per annotation (entity mention, date, quote, pronoun with the entity it refers to), for spreadsheets. */
export function annotationsToCsv(a: Analysis, file: string | null): string {
  const rows = [csvRow(['file', 'category', 'kind', 'id', 'name', 'start', 'end', 'text', 'value', 'speaker'])];
  for (const e of a.entities) for (const m of e.mentions) rows.push(csvRow([file ?? '', m.role, e.kind, e.id, e.name, m.start, m.end, m.text, e.country ?? '', '']));
  for (const d of a.dates) rows.push(csvRow([file ?? '', 'date', d.type, '', '', d.start, d.end, d.text, d.value, '']));
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) rows.push(csvRow([file ?? '', 'quote', q.cue ?? '', q.speaker?.entity ?? '', '', q.start, q.end, q.text, '',
    q.speaker ? (q.speaker.entity ? byId.get(q.speaker.entity)?.name ?? q.speaker.text : q.speaker.text) : '']));
  for (const r of a.references) rows.push(csvRow([file ?? '', 'pronoun', r.kind, r.entity ?? '', r.entity ? byId.get(r.entity)?.name ?? '' : '', r.start, r.end, r.text, '', '']));
  return rows.join('\n') + '\n';
}
