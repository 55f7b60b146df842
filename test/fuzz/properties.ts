/**
 * Properties every analysis must have, whatever the input: shared by the fixed-seed fuzz slice in
 * `npm test` (test/unit/fuzz.test.ts) and the long run (`npm run fuzz`).
 */
import * as fc from 'fast-check';
import { analyze, annotationsToCsv, chunkedAnalysis, eventsToCsv, isPronounForm, toBrat, toContract } from '../../src/analysis';
import type { Analysis } from '../../src/analysis';

/** TIMEX3 values the analyser may produce. */
// (durations of several units "P2Y6M", "PT1H30M"; decades "199", seasons "1998-FA", weekends "1998-W33-WE", parts of the day "T NI" are TIMEX3 too)
export const TIMEX_VALUE = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}|(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-\d{2})?|-W(?:\d{2}|XX)(?:-\d|-WE)?|-Q(?:\d|X)|-(?:SP|SU|FA|WI))?(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI))?|P(?=[\dXT])(?:(?:[\d.]+|X)(?:Y|M|W|D|DE|CE))*(?:T(?:(?:[\d.]+|X)[HMS])+)?)$/;

function fail(msg: string): never { throw new Error(msg); }

/** Throws with a precise message when an invariant does not hold. */
export function checkAnalysis(text: string, a: Analysis): void {
  const span = (what: string, s: { start: number; end: number; text: string } | null | undefined) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length)) fail(`${what} [${s.start}, ${s.end}) outside the text (${text.length})`);
    if (text.slice(s.start, s.end) !== s.text) fail(`${what} text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(text.slice(s.start, s.end))}`);
    // a span never cuts a surrogate pair in half
    if (/[\uDC00-\uDFFF]/.test(text[s.start]) && /[\uD800-\uDBFF]/.test(text[s.start - 1] ?? '')) fail(`${what} starts inside a surrogate pair`);
    if (/[\uD800-\uDBFF]/.test(text[s.end - 1]) && /[\uDC00-\uDFFF]/.test(text[s.end] ?? '')) fail(`${what} ends inside a surrogate pair`);
  };
  const ids = new Set<string>();
  for (const e of a.entities) {
    if (ids.has(e.id)) fail(`duplicate entity id ${e.id}`);
    ids.add(e.id);
    if (!e.mentions.length) fail(`entity ${e.id} has no mention`);
    for (const m of e.mentions) span(`mention of ${e.id}`, m);
  }
  const ref = (what: string, id: string | null) => { if (id !== null && !ids.has(id)) fail(`${what} points to unknown entity ${id}`); };
  for (const d of a.dates) {
    span('date', d);
    if (!TIMEX_VALUE.test(d.value)) fail(`date value ${JSON.stringify(d.value)} for ${JSON.stringify(d.text)} is not a TIMEX3 value`);
  }
  for (const q of a.quotes) {
    span('quote', q); span('quote cue', q.cueSpan); span('speaker', q.speaker);
    if (q.speaker) ref('speaker', q.speaker.entity);
  }
  for (const ev of a.events) {
    span('event', ev);
    ref('event actor', ev.actor); ref('event target', ev.target); ref('event place', ev.place);
    if (!(ev.sentence.start <= ev.start && ev.end <= ev.sentence.end && ev.sentence.end <= text.length)) fail('event outside its sentence');
  }
  for (const r of a.references) {
    span('pronoun', r);
    ref('pronoun', r.entity);
    if (!isPronounForm(r.text)) fail(`pronoun ${JSON.stringify(r.text)}`);
  }
  if (a.dateline) span('dateline', a.dateline);
  if (a.documentDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.documentDate)) fail(`document date ${a.documentDate}`);
}

/** Analyses and exports, checking every invariant. */
export function checkText(text: string, documentDate?: string): void {
  const a = analyze(text, { documentDate });
  checkAnalysis(text, a);
  JSON.parse(JSON.stringify(toContract(a, null)));
  eventsToCsv(a, null);
  annotationsToCsv(a, null);
  toBrat(a, text);
  if (text.length > 300) checkAnalysis(text, chunkedAnalysis(text, { documentDate }, 256).result());
}

const pieces = [
  'Turkish', 'Syrian', 'President', 'Bashar', 'al-Assad', 'Ministry', 'of', 'Defence', 'Forces', 'said', 'told', 'seized',
  'attacked', 'in', 'Idlib', 'province', 'Ankara', 'on', 'Sunday', 'last week', 'two years ago', 'Feb. 28', '2020-02-17',
  'the', 'UN', 'NATO', 'SANA', 'Mr.', 'Dr.', 'U.S.', 'he', 'she', 'it', 'they', 'according to', ',', '.', ';', ':', '—', '-',
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '(', ')', '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '\u0000', '\uFEFF',
  'مرحبا بالعالم', 'שלום', '\u202E', '\u200F', 'e\u0301', 'A\u0308\u0323', '😀', '🇸🇾', '\uD83D', '\uDE00', 'İstanbul', 'ß',
  'date', 'DATE', 'BEIRUT, Feb 17 (Reuters) -', '12 March 2024 -', ' date 2020-02-17 ', '1', '13', '2019', '10:30', '3pm',
];

/** News-like text: tokens of real articles mixed with every awkward character. */
export const newsishOf = (size: fc.SizeForArbitrary) => fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }, // lone surrogates included
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}$/) },
), { maxLength: 400, size }).map((xs) => xs.join(' ').replace(/ (?=[,.;:])/g, ''));
export const newsish = newsishOf('small');

/** Raw random Unicode, including unpaired surrogates. */
export const anyTextOf = (size: fc.SizeForArbitrary) => fc.string({ unit: 'binary', maxLength: 2000, size });
export const anyText = anyTextOf('small');

export const anyDate = fc.option(fc.constantFrom('2020-02-17', '1999-12-31', '2024-02-29', '2000-01-01'), { nil: undefined });
