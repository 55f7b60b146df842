/**
 * The evaluation command: `news-lens eval <set> [path]` (and `npm run eval -- <set> <path>`).
 * Runs the analyser over a gold set and prints per-type precision/recall/F1 (exact and overlap),
 * a confusion table and the most frequent misses. Entity, time-expression and quote figures.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { analyze, isFacilityNoun, isGroupNoun, isLeadersRegime, isNamedEntity, isNameText, isPronounForm, type Analysis, type EntityKind } from '../analysis';
import { readSet, SET_NAMES, type GoldDoc, type SetName } from './readers';
import { SpanScorer, bump, fmt, match, prf, table, top, type Counts, type Scored } from './score';
import { timemlWithTimexes } from './timeml';

export const KIND_TO_TYPE: Record<EntityKind, string> = {
  person: 'PER', organization: 'ORG', government: 'ORG', armed_group: 'ORG', media: 'ORG',
  country: 'LOC', city: 'LOC', region: 'LOC', place: 'LOC',
};
const ENTITY_TYPES = ['PER', 'LOC', 'ORG'];

export interface EvalResult {
  set: SetName;
  documents: number;
  seconds: number;
  entities?: Record<string, { exact: ReturnType<typeof prf>; overlap: ReturnType<typeof prf> }>;
  /** re3d and MEANTIME: exact scores of News Lens's own (name-only) spans, before their conventions widen them; CoNLL: with descriptive actor phrases. */
  entitiesRaw?: Record<string, ReturnType<typeof prf>>;
  timex?: { strict: ReturnType<typeof prf>; relaxed: ReturnType<typeof prf>; value: ReturnType<typeof prf>; typeAccuracy: number };
  quotes?: { found: ReturnType<typeof prf>; speakerCorrect: number; speakerTotal: number; speakerAccuracy: number };
  /** MEANTIME: its pronominal mentions of the forms News Lens reads, how many were found, and how many refer to the right entity. */
  pronouns?: { gold: number; found: number; named: number; correct: number };
  report: string;
}

export function defaultPath(set: SetName): string | null {
  for (const base of [resolve('../shared/eval'), resolve(__dirname, '../../shared/eval')]) {
    const p = join(base, set === 'tempeval3' ? 'tempeval3/TBAQ-cleaned' : set === 'polnear' ? 'polnear/dev' : set);
    if (existsSync(p)) return p;
  }
  return null;
}

const overlapsAny = (s: { start: number; end: number }, xs: { start: number; end: number }[] = []) => xs.some((x) => s.start < x.end && x.start < s.end);

export function entitySpans(a: Analysis, keep: (e: Analysis['entities'][number]) => boolean = () => true, names = false): Scored[] {
  const out: Scored[] = [];
  // (`names`: names only, no description the article refers with: "the secretary", "The city")
  for (const e of a.entities) if (keep(e)) for (const m of e.mentions) if (!names || isNameText(m.text)) out.push({ start: m.start, end: m.end, type: KIND_TO_TYPE[e.kind] });
  return out;
}

/**
 * CoNLL-2003 marks a demonym alone as MISC ("[Iraqi] troops"), a country's name in its place as LOC ("[U.S.] troops")
 * and gives descriptive actor phrases no type at all. News Lens highlights "Iraqi troops" as an armed group of Iraq
 * (a description, not a name), so the evaluation leaves these phrases out of CoNLL's scoring (the country's name stays
 * a place); the raw figures, with them, are printed too.
 */
export function conllSpans(a: Analysis): Scored[] {
  const out = entitySpans(a, (e) => isNamedEntity(e) && !isLeadersRegime(e) && !/^(?:demonym|country|body) "|^"[a-z]+ of" \+ country "/.test(e.evidence), true);
  // a country's name before an actor noun ("[U.S.] troops", "[Chad] government") is a place to CoNLL
  for (const e of a.entities) {
    const named = /^country "([^"]+)"(?:-[a-z]+)? \+ /.exec(e.evidence);
    if (named) for (const m of e.mentions) out.push({ start: m.start, end: m.start + named[1].length, type: 'LOC' });
    // ... and after "of": "the government of [Iraq]"
    const after = /^"[a-z]+ of" \+ country "([^"]+)"$/.exec(e.evidence);
    if (after) for (const m of e.mentions) out.push({ start: m.end - after[1].length, end: m.end, type: 'LOC' });
    // a regime named after its leader is the leader's name to CoNLL: "the [Assad] regime", "[Saddam]'s regime", "the regime of [Saddam]"
    if (isLeadersRegime(e)) {
      for (const m of e.mentions) {
        if (/^regime of /i.test(m.text)) { out.push({ start: m.start + 10, end: m.end, type: 'PER' }); continue; }
        const leader = /^(.+?)(?:['’]s\s.*|\s+regimes?)$/.exec(m.text);
        if (leader) out.push({ start: m.start, end: m.start + leader[1].length, type: 'PER' });
      }
    }
  }
  return out;
}

/** The length of the "the " right before a span (its text up to the span), 0 when there is none. */
const theBefore = (before: string): number => /\b[Tt]he\s+$/.exec(before)?.[0].length ?? 0;

/**
 * MEANTIME's extents of named mentions keep their "the" ("the United States", "the U.S."); a group named by what it is
 * ("police", "the army") is no named mention (MEANTIME's scored mentions are names only).
 */
export function meantimeSpans(a: Analysis, text: string): Scored[] {
  return entitySpans(a, (e) => !isGroupNoun(e) && !isFacilityNoun(e), true).map((x) => {
    const the = theBefore(text.slice(Math.max(0, x.start - 5), x.start));
    return the ? { ...x, start: x.start - the } : x;
  });
}

/**
 * `timeml`: a folder where, for TempEval-3, each gold file is written again with News Lens's time
 * expressions in place of the gold ones, for the official scorer (`python evaluate_entities.py GOLD DIR`).
 */
/**
 * re3d marks spans differently from CoNLL and from News Lens: a person with the title or rank before
 * the name ("Defense Secretary Ash Carter", "Lt. Gen. Stephen J. Townsend"), an organisation with its
 * "the" (a country acting is one: "The UK condemns") and with a noun for its members after it ("ISIL fighters", "an ISIL
 * tactical unit"), a place with the country after a comma ("Palmyra, Syria"), a compass word before it ("northern
 * Iraq"), its kind ("the city of Mosul") or, for a region, its "the" ("the Gulf"). News Lens keeps the name alone (the title is a field of the entity); for
 * re3d the evaluation widens its mentions to that convention, and adds the personal pronouns News Lens reads (`references`),
 * which re3d marks as mentions too. The raw figures (names only) are printed too.
 */
export function re3dSpans(a: Analysis, text: string): Scored[] {
  const out: Scored[] = [];
  const mentions = a.entities.flatMap((e) => e.mentions.map((m) => ({ e, m }))).sort((x, y) => x.m.start - y.m.start);
  const taken = new Set<number>();
  mentions.forEach(({ e, m }, i) => {
    if (taken.has(i)) return;
    // a country acting ("The UK condemns", "France and Jordan struck") is an organisation in re3d
    const type = e.kind === 'country' && m.role === 'actor' ? 'ORG' : KIND_TO_TYPE[e.kind];
    let start = m.start, end = m.end;
    const before = text.slice(Math.max(0, start - 80), start);
    if (type === 'PER') {
      // the capitalised words (ranks, titles, a demonym) right before the name, when News Lens found a title
      // (on the same line, and a period only after an abbreviation: "Daesh.\n\nGen. Joseph Votel" starts at "Gen.")
      const lead = /(?:(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'-]*(?<=\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Spc|Adm|Cpl|Pvt|Dr|Mr|Mrs|Ms|Brig|St|Sen|Rep|Gov))\.|(?!(?:In|At|On|By|From|With|After|Before|During|As|But|And|When|While|Following)\b)\p{Lu}[\p{L}’'-]*|of|the|for|\d+(?:st|nd|rd|th))[ \t]+)+$/u.exec(before);
      if (lead && (e.title || /\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Spc|Adm|Cpl|Pvt|Dr|Mr|Mrs|Ms|Brig)\.?\s/.test(lead[0]))) start -= lead[0].replace(/^(?:of|for)\s+/, '').length;
      // a title in lower case with its "the": "the secretary", "The prime minister"
      else if (!/\p{Lu}/u.test(m.text)) start -= theBefore(before);
    } else if (type === 'ORG') {
      // a group named with a noun for its members after it: "ISIL fighters", "an ISIL tactical unit" (with its article,
      // not with a count: "five [ISIL tactical units]")
      const members = /^\s+(?:[a-z]+\s+)?(?:units?|fighters?|terrorists?|forces|militants?|members?|troops|operatives?|militiamen|insurgents?)\b(?:\s+(?:group|organi[sz]ation|network|cell)\b)?/.exec(text.slice(end, end + 50));
      if (members && e.kind !== 'country') {
        end += members[0].length;
        const count = /\b(?:[Aa]n?)\s+$/.exec(before);
        if (count) start -= count[0].length;
      }
      start -= theBefore(before);
    } else if (type === 'LOC') {
      const compass = /\b(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+$/i.exec(before);
      if (compass) start -= compass[0].length;
      // "the city of Mosul", "the Iraqi city of Mosul": the kind of place and its "the"
      const kindOf = !compass && /\b(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:city|town|village|province|district|region|governorate)\s+of\s+$/iu.exec(before);
      if (kindOf) start -= kindOf[0].length;
      // a place named by what it is, with its article and its holder: "an ISIL-held building", "a VBIED facility"
      else if (isFacilityNoun(e)) start -= /(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+)?(?:\S+-(?:held|controlled)\s+|\p{Lu}{2,}\s+)?$/u.exec(before)![0].length;
      // a region or a feature named with its "the": "the Gulf", "the Middle East" (not a country or a city: "the Iraqi city of Mosul" above)
      else if (!compass && (e.kind === 'region' || e.kind === 'place')) start -= theBefore(before);
      const next = mentions[i + 1];
      // (a place in the country or region after it: "Canada, Denmark, France" is a list of countries)
      // ("Urem al-Kubra, northern Syria": with the compass word)
      if (next && KIND_TO_TYPE[next.e.kind] === 'LOC' && /^,\s*(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?$/i.test(text.slice(end, next.m.start)) && (next.e.kind === 'country' || next.e.kind === 'region') &&
        e.kind !== 'country' && (!e.country || e.country === next.e.name || e.country === next.e.country)) {
        end = next.m.end;
        taken.add(i + 1);
      }
    }
    out.push({ start, end, type });
  });
  // re3d marks personal pronouns as mentions: "I" and "he" a person, "we" and "they" an organisation (the group speaking or acting)
  for (const r of a.references) out.push({ start: r.start, end: r.end, type: r.kind === 'person' ? 'PER' : 'ORG' });
  // a body named in a person's title is part of the person's mention: "[FCO Minister Tobias Ellwood]"
  const persons = out.filter((x) => x.type === 'PER');
  return out.filter((x) => x.type !== 'ORG' || !persons.some((p) => p.start <= x.start && x.end <= p.end));
}

/**
 * The sets whose span conventions differ from News Lens's: how the evaluation reads the analysis for them, what the
 * heading says of it, and how the raw figures (News Lens's own spans) are called.
 */
const CONVENTIONS: Partial<Record<SetName, { spans: (a: Analysis, text: string) => Scored[]; heading: string; raw: string }>> = {
  conll2003: { spans: (a) => conllSpans(a), heading: ', without descriptive actor phrases ("Iraqi troops": CoNLL marks only the demonym, as MISC)',
    raw: 'Every highlighted actor and place, descriptive phrases included' },
  re3d: { spans: re3dSpans, heading: ', with re3d\'s span conventions (titles, "the", "Palmyra, Syria")', raw: "News Lens's own spans (name only)" },
  meantime: { spans: meantimeSpans, heading: ', with MEANTIME\'s "the" ("the United States")', raw: "News Lens's own spans (name only)" },
};

export function evaluate(set: SetName, path: string, options: { limit?: number; timeml?: string } = {}): EvalResult {
  const t0 = Date.now();
  let docs: GoldDoc[] = readSet(set, path);
  if (options.limit) docs = docs.slice(0, options.limit);
  const entityScorer = new SpanScorer(ENTITY_TYPES);
  const rawScorer = new SpanScorer(ENTITY_TYPES); // re3d, MEANTIME: News Lens's own spans, before the widening
  const timex = { strict: zero(), relaxed: zero(), value: zero(), typeOk: 0 };
  const timexMiss = new Map<string, number>(), timexWrong = new Map<string, number>(), timexFalse = new Map<string, number>();
  const quotes = { found: zero(), speakerOk: 0, speakerTotal: 0 };
  const speakerWrong = new Map<string, number>();
  let hasEntities = false, hasTimex = false, hasQuotes = false;
  const pronouns = { gold: 0, found: 0, named: 0, correct: 0 };
  const pronounWrong = new Map<string, number>();

  for (const doc of docs) {
    const a = analyze(doc.text, { documentDate: doc.date });
    if (doc.entities) {
      hasEntities = true;
      const conv = CONVENTIONS[set];
      entityScorer.add(doc.text, doc.entities, (conv ? conv.spans(a, doc.text) : entitySpans(a)).filter((s) => !overlapsAny(s, doc.ignore)));
      if (conv) rawScorer.add(doc.text, doc.entities, entitySpans(a).filter((s) => !overlapsAny(s, doc.ignore)));
    }
    if (doc.timex) {
      hasTimex = true;
      const gold: Scored[] = doc.timex.map((g) => ({ ...g, type: 'T' }));
      const pred = a.dates.filter((d) => !overlapsAny(d, doc.ignore)).map((d) => ({ start: d.start, end: d.end, type: 'T', value: d.value, ttype: d.type }));
      if (options.timeml && doc.file) {
        const target = join(options.timeml, relative(path, doc.file) || `${doc.id}.tml`);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, timemlWithTimexes(readFileSync(doc.file, 'utf8'), a.dates, doc.timex));
      }
      const strict = match(gold, pred, (g, p) => g.start === p.start && g.end === p.end);
      const relaxed = match(gold, pred, (g, p) => g.start < p.end && p.start < g.end);
      add(timex.strict, strict.size, pred.length, gold.length);
      add(timex.relaxed, relaxed.size, pred.length, gold.length);
      let correct = 0;
      for (const [g, p] of relaxed) {
        const gg = doc.timex[gold.indexOf(g)];
        if (gg.type === p.ttype) timex.typeOk++;
        if (gg.value === p.value) correct++;
        else bump(timexWrong, `${doc.text.slice(gg.start, gg.end)} → ${p.value} (gold ${gg.value})`);
      }
      add(timex.value, correct, pred.length, gold.length);
      for (const g of gold) if (!relaxed.has(g)) bump(timexMiss, doc.text.slice(g.start, g.end));
      const hit = new Set(relaxed.values());
      for (const p of pred) if (!hit.has(p)) bump(timexFalse, `${doc.text.slice(p.start, p.end)} → ${p.value}`);
    }
    if (doc.pronouns) {
      const refs = new Map(a.references.map((r) => [r.start, r]));
      const byId = new Map(a.entities.map((e) => [e.id, e]));
      for (const g of doc.pronouns) {
        if (!isPronounForm(doc.text.slice(g.start, g.end)) || overlapsAny(g, doc.ignore)) continue;
        pronouns.gold++;
        const r = refs.get(g.start);
        if (r?.end === g.end) pronouns.found++;
        if (!g.names.length) continue;
        pronouns.named++;
        const e = r?.end === g.end && r.entity ? byId.get(r.entity) : undefined;
        if (e?.mentions.some((m) => overlapsAny(m, g.names))) pronouns.correct++;
        else bump(pronounWrong, `${doc.text.slice(g.start, g.end)} → ${e ? e.name : '(none)'} ≠ ${doc.text.slice(g.names[0].start, g.names[0].end)}`);
      }
    }
    if (doc.quotes) {
      hasQuotes = true;
      const gold = doc.quotes;
      const pred = a.quotes.map((q) => ({ start: q.start, end: q.end, type: 'QUOTE', q }));
      const m = match(gold, pred, (g, p) => g.start < p.end && p.start < g.end);
      add(quotes.found, m.size, pred.length, gold.length);
      for (const [g, p] of m) {
        if (!g.source) continue;
        quotes.speakerTotal++;
        const src = doc.text.slice(g.source.start, g.source.end);
        if (speakerMatches(a, p.q.speaker, g.source, src)) quotes.speakerOk++;
        else bump(speakerWrong, `${p.q.speaker ? p.q.speaker.text : '(none)'} ≠ ${src}`);
      }
    }
  }

  const lines: string[] = [`News Lens evaluation — ${set}: ${docs.length} documents from ${path}`, ''];
  const result: EvalResult = { set, documents: docs.length, seconds: 0, report: '' };
  if (hasEntities) {
    result.entities = {};
    const rows: (string | number)[][] = [];
    const total = (m: Map<string, Counts>) => [...m.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), zero());
    for (const t of [...ENTITY_TYPES, 'all']) {
      const ex = prf(t === 'all' ? total(entityScorer.exact) : entityScorer.exact.get(t)!);
      const ov = prf(t === 'all' ? total(entityScorer.overlap) : entityScorer.overlap.get(t)!);
      result.entities[t] = { exact: ex, overlap: ov };
      rows.push([t, ex.tp + ex.fn, fmt(ex.p), fmt(ex.r), fmt(ex.f), fmt(ov.p), fmt(ov.r), fmt(ov.f)]);
    }
    const conv = CONVENTIONS[set];
    lines.push(`Entities (exact span and type | overlapping span, same type)${conv?.heading ?? ''}`, '',
      table(['type', 'gold', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'], rows), '');
    if (conv) {
      const raw = ENTITY_TYPES.map((t) => fmt(prf(rawScorer.exact.get(t)!).f));
      lines.push(`${conv.raw}, exact F1: ${ENTITY_TYPES.map((t, i) => `${t} ${raw[i]}`).join(', ')}`, '');
      result.entitiesRaw = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(rawScorer.exact.get(t)!)]));
    }
    const cols = [...ENTITY_TYPES, '—'];
    lines.push('Confusion (gold type → type of the overlapping prediction)', '',
      table(['gold \\ predicted', ...cols], ENTITY_TYPES.map((t) => [t, ...cols.map((c) => entityScorer.confusion.get(t)?.get(c) ?? 0)])), '');
    lines.push('Most frequent misses (exact)', '', ...top(entityScorer.misses, 15).map(([k, n]) => `  ${n}× ${k}`), '');
    lines.push('Most frequent false alarms (exact)', '', ...top(entityScorer.falseAlarms, 15).map(([k, n]) => `  ${n}× ${k}`), '');
  }
  if (hasTimex) {
    const strict = prf(timex.strict), relaxed = prf(timex.relaxed), value = prf(timex.value);
    result.timex = { strict, relaxed, value, typeAccuracy: timex.relaxed.tp ? timex.typeOk / timex.relaxed.tp : 0 };
    lines.push('Time expressions (TempEval-3 measures: value counts when the extents overlap and the values are equal)', '',
      table(['measure', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], [
        ['strict extent', fmt(strict.p), fmt(strict.r), fmt(strict.f), strict.tp, strict.fp, strict.fn],
        ['relaxed extent', fmt(relaxed.p), fmt(relaxed.r), fmt(relaxed.f), relaxed.tp, relaxed.fp, relaxed.fn],
        ['value', fmt(value.p), fmt(value.r), fmt(value.f), value.tp, value.fp, value.fn],
      ]), '', `type accuracy on matched expressions: ${fmt(result.timex.typeAccuracy)}`, '');
    lines.push('Most frequent misses', '', ...top(timexMiss, 12).map(([k, n]) => `  ${n}× ${k}`), '');
    lines.push('Most frequent wrong values', '', ...top(timexWrong, 12).map(([k, n]) => `  ${n}× ${k}`), '');
    lines.push('Most frequent false alarms', '', ...top(timexFalse, 12).map(([k, n]) => `  ${n}× ${k}`), '');
  }
  if (hasQuotes) {
    const found = prf(quotes.found);
    result.quotes = { found, speakerCorrect: quotes.speakerOk, speakerTotal: quotes.speakerTotal, speakerAccuracy: quotes.speakerTotal ? quotes.speakerOk / quotes.speakerTotal : 0 };
    lines.push('Direct quotes (overlap with a quoted stretch of an attribution\'s content)', '',
      table(['measure', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], [['quote found', fmt(found.p), fmt(found.r), fmt(found.f), found.tp, found.fp, found.fn]]), '',
      `speaker correct: ${quotes.speakerOk}/${quotes.speakerTotal} = ${fmt(result.quotes.speakerAccuracy)} (found quotes whose attribution names a source)`, '',
      'Most frequent wrong speakers', '', ...top(speakerWrong, 12).map(([k, n]) => `  ${n}× ${k}`), '');
  }
  if (pronouns.gold) {
    result.pronouns = pronouns;
    lines.push(`Personal pronouns (the gold's pronominal mentions of the forms News Lens reads: I, me, we, us, he, him, she, they, them): ${pronouns.gold}; ` +
      `found ${pronouns.found}; of the ${pronouns.named} whose entity the article names, referred to it: ${pronouns.correct} = ${fmt(pronouns.named ? pronouns.correct / pronouns.named : 0)}`, '',
      'Most frequent wrong referents', '', ...top(pronounWrong, 12).map(([k, n]) => `  ${n}× ${k}`), '');
  }
  result.seconds = (Date.now() - t0) / 1000;
  lines.push(`(${result.seconds.toFixed(1)} s)`);
  result.report = lines.join('\n');
  return result;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(c: Counts, tp: number, npred: number, ngold: number): void { c.tp += tp; c.fp += npred - tp; c.fn += ngold - tp; }

const headWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 2 && !/^(the|and|his|her|its|their|of)$/.test(w));

/** The speaker is right when its span overlaps the gold source, or names the same person or body. */
function speakerMatches(a: Analysis, speaker: Analysis['quotes'][number]['speaker'], source: { start: number; end: number }, sourceText: string): boolean {
  if (!speaker) return false;
  if (speaker.start < source.end && source.start < speaker.end) return true;
  const entity = speaker.entity ? a.entities.find((e) => e.id === speaker.entity) : null;
  const names = [speaker.text, ...(entity ? [entity.name, ...entity.aliases] : [])];
  const gold = new Set(headWords(sourceText));
  return names.some((n) => { const w = headWords(n); return w.length > 0 && gold.has(w[w.length - 1]); });
}

export function parseSet(s: string | undefined): SetName | null {
  return SET_NAMES.includes(s as SetName) ? (s as SetName) : null;
}
