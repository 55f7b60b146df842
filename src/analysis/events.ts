/**
 * Who did what to whom, where and when: one event per reported action, read per sentence from a
 * lexicon of action verbs and nominal events with CAMEO-like categories.
 */
import { isAuxiliary, verbInfo } from './lexicon';
import { isPlaceKind, type DateAnnotation, type Entity, type NewsEvent } from './types';
import { lowerBound, type Sentence, type Token } from './tokenize';

/** lemma -> category. Categories follow CAMEO's top levels, in words. */
const VERB_CATEGORIES: Record<string, string> = {};
const NOUN_CATEGORIES: Record<string, { lemma: string; category: string }> = {};
for (const [category, verbs] of Object.entries({
  'public statement': 'say announce declare state claim comment report add deny confirm',
  appeal: 'urge appeal call ask demand request',
  threaten: 'threaten warn',
  'consult/meet': 'meet talk discuss negotiate visit host phone consult',
  disapprove: 'condemn criticise criticize accuse denounce blame protest',
  'support/aid': 'back support aid help assist supply',
  cooperate: 'agree sign cooperate collaborate ally',
  fight: 'attack fight clash shell storm ambush raid assault push drive',
  'aerial attack': 'bomb strike airstrike',
  'seize territory': 'seize capture take retake overrun occupy advance',
  'deploy/mobilise': 'deploy send dispatch reinforce mobilise mobilize mount launch',
  withdraw: 'withdraw retreat pull evacuate',
  'kill/injure': 'kill wound injure execute assassinate',
  'suicide attack': 'blow detonate',
  arrest: 'arrest detain',
})) for (const v of verbs.split(' ')) VERB_CATEGORIES[v] = category;
for (const [noun, lemma, category] of [
  ['air strikes', 'strike', 'aerial attack'], ['airstrikes', 'strike', 'aerial attack'], ['air strike', 'strike', 'aerial attack'],
  ['airstrike', 'strike', 'aerial attack'], ['talks', 'talk', 'consult/meet'], ['meeting', 'meet', 'consult/meet'],
  ['convoy', 'deploy', 'deploy/mobilise'], ['offensive', 'attack', 'fight'], ['attack', 'attack', 'fight'], ['attacks', 'attack', 'fight'],
  ['advances', 'advance', 'seize territory'], ['ceasefire', 'ceasefire', 'cooperate'], ['operation', 'attack', 'fight'],
] as const) NOUN_CATEGORIES[noun] = { lemma, category };
// Irregular participles compromise's lemmatiser does not undo
const PARTICIPLES: Record<string, string> = {
  withdrawn: 'withdraw', taken: 'take', driven: 'drive', blown: 'blow', struck: 'strike', shot: 'shoot', sent: 'send',
  seen: 'see', overrun: 'overrun', begun: 'begin', met: 'meet', held: 'hold', fought: 'fight', retaken: 'retake',
};
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'failed']);
const MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'must', 'should', 'shall', 'can']);

function lemmaOf(t: Token): { lemma: string; tense: string } | null {
  if (PARTICIPLES[t.lower]) return { lemma: PARTICIPLES[t.lower], tense: 'Participle' };
  const v = verbInfo(t.lower);
  if (!v) return null;
  return v;
}

export interface EventContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  dates: DateAnnotation[];
  /** offsets covered by quotes: events are not read from inside quotations */
  quoteRanges: { start: number; end: number }[];
}

/** First words of two-word nominal triggers ("air strikes"), so that most tokens cost one lookup. */
const TWO_WORD_FIRST = new Set(Object.keys(NOUN_CATEGORIES).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

export function findEvents(ctx: EventContext): NewsEvent[] {
  const { text, tokens, sentences, entities, dates, quoteRanges } = ctx;
  const mentions: { id: string; actor: boolean; place: boolean; start: number; end: number; person: boolean; country: boolean; plural: boolean }[] = [];
  for (const e of entities) {
    const isPlace = isPlaceKind(e.kind);
    for (const m of e.mentions) mentions.push({ id: e.id, actor: !isPlace || m.role === 'actor', place: isPlace, start: m.start, end: m.end,
      person: e.kind === 'person', country: e.kind === 'country', plural: /s$/i.test(m.text) && e.kind !== 'country' && e.kind !== 'person' });
  }
  mentions.sort((a, b) => a.start - b.start);
  // Linear-time lookups: quote ranges and mentions/dates are walked with cursors, sentence by sentence.
  const quotesSorted = [...quoteRanges].sort((a, b) => a.start - b.start);
  let qi = 0;
  const inQuote = (off: number) => {
    while (qi < quotesSorted.length && quotesSorted[qi].end <= off) qi++;
    for (let k = qi; k < quotesSorted.length && quotesSorted[k].start <= off; k++) if (off < quotesSorted[k].end) return true;
    return false;
  };
  const datesSorted = [...dates].sort((a, b) => a.start - b.start);
  let mi = 0, di = 0;
  const events: NewsEvent[] = [];

  type M = typeof mentions[number];
  /** The latest mention before `off` that satisfies `ok`, outside quotations. */
  const lastMention = (off: number, ok: (m: M) => boolean): M | null => {
    const lo = lowerBound(mentions.length, (i) => mentions[i].start < off);
    for (let k = lo - 1; k >= 0 && k >= lo - 40; k--) if (ok(mentions[k]) && !quoteRanges.some((q) => mentions[k].start >= q.start && mentions[k].start < q.end)) return mentions[k];
    return null;
  };
  /** "it": the latest organisation, government, group or country acting; "they": also armed forces and groups. */
  const resolvePronoun = (w: string, off: number) => lastMention(off, (m) => m.actor && !m.person && (w === 'they' ? true : !m.plural));
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    while (di < datesSorted.length && datesSorted[di].start < s.start) di++;
    if (s.heading) continue;
    const sm: M[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < s.end; k++) if (mentions[k].end <= s.end) sm.push(mentions[k]);
    const sd = [];
    for (let k = di; k < datesSorted.length && datesSorted[k].start < s.end; k++) if (datesSorted[k].end <= s.end && datesSorted[k].type !== 'DURATION') sd.push(datesSorted[k]);
    let lastActor: M | null = null;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.cap && i !== s.first || inQuote(t.start)) continue;
      let lemma: string | null = null;
      let category: string | null = null;
      let tense = '';
      let end = t.end;
      const two = tokens[i + 1] && TWO_WORD_FIRST.has(t.lower) ? `${t.lower} ${tokens[i + 1].lower}` : '';
      if (two && NOUN_CATEGORIES[two]) { ({ lemma, category } = NOUN_CATEGORIES[two]); end = tokens[i + 1].end; tense = 'Noun'; }
      else if (NOUN_CATEGORIES[t.lower] && !verbInfo(t.lower)?.tense.match(/Tense/)) { ({ lemma, category } = NOUN_CATEGORIES[t.lower]); tense = 'Noun'; }
      else {
        const v = lemmaOf(t);
        if (!v || isAuxiliary(t.lower)) continue;
        if (!VERB_CATEGORIES[v.lemma]) continue;
        // "said" in reporting clauses is a statement event only when it is not attached to a quotation
        lemma = v.lemma; category = VERB_CATEGORIES[v.lemma]; tense = v.tense;
        if (tense === 'Infinitive' && !(tokens[i - 1] && (MODALS.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'to'))) {
          if (!(tokens[i - 1] && /^(they|we|i|you)$/.test(tokens[i - 1].lower))) continue;
        }
        // phrasal "pull back", "blew up", "drive back"
        const nx = tokens[i + 1];
        if (nx && /^(back|up|out|off)$/.test(nx.lower) && /pull|drive|blow|carry|push/.test(lemma)) end = nx.end;
      }
      if (!lemma || !category) continue;
      if (tense === 'Noun' && lemma === 'attack' && !sm.some((m) => m.start < t.start)) continue;

      // actor: nearest actor mention before the trigger in the sentence; passive "by X" after
      const before = sm.filter((m) => m.end <= t.start && m.actor);
      // the object stays in the trigger's clause: up to a comma, semicolon or relative pronoun
      let clauseEnd = s.end;
      for (let k = i + 1; k < s.last; k++) {
        if (tokens[k].start < end) continue;
        if (/^[,;:(—–]$/.test(tokens[k].text) || /^(which|who|while|whereas|after|before|as|when|but)$/.test(tokens[k].lower)) { clauseEnd = tokens[k].start; break; }
      }
      const after = sm.filter((m) => m.start >= end);
      const inClause = after.filter((m) => m.end <= clauseEnd);
      let actor: M | null = before.length ? before[before.length - 1] : lastActor;
      // A pronoun subject closer to the trigger than any named actor: "It urged Russia", "He said"
      for (let k = i - 1; k >= s.first && k >= i - 4; k--) {
        const w = tokens[k].lower;
        if (tokens[k].kind !== 'word' || /^[,;:]$/.test(tokens[k].text)) break;
        if (actor && actor.end > tokens[k].start) break;
        if (w === 'it' || w === 'they') { actor = resolvePronoun(w, tokens[k].start) ?? actor; break; }
        if (w === 'he' || w === 'she') { actor = lastMention(tokens[k].start, (m) => m.person) ?? actor; break; }
      }
      // a country right after the verb is acted upon, not a location: "urged Russia", "attacked Turkey"
      const objectCountry = inClause.find((m) => m.country && tokens.slice(i + 1, i + 4).some((x) => x.start === m.start));
      let target: M | null = inClause.find((m) => m.actor && !m.place) ?? inClause.find((m) => m.actor) ?? objectCountry ?? null;
      const passive = (tense === 'PastTense' || tense === 'Participle') && (
        (tokens[i - 1] && /^(was|were|been|being|be|is|are)$/.test(tokens[i - 1].lower)) || tokens[i + 1]?.lower === 'by');
      if (passive) {
        let byIdx = -1;
        for (let k = i + 1; k < s.last; k++) if (tokens[k].lower === 'by') { byIdx = k; break; }
        const byActor = byIdx >= 0 ? after.find((m) => m.start >= tokens[byIdx].end && m.actor) : undefined;
        target = actor ?? null;
        actor = byActor ?? null;
      }
      // place: first place mention after the trigger introduced by a preposition, else any place in the sentence
      const places = sm.filter((m) => m.place && !(m.actor && !m.place));
      const placeAfter = places.find((m) => m.start >= end && m.id !== target?.id && /\b(in|at|near|to|into|from|on|towards)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(s.start, m.start - 40), m.start)));
      // "seized Saraqib", "shelled Idlib": the object of a territorial or military verb is where it happened
      const objectPlace = /seize|fight|attack|withdraw|deploy/.test(category) ? places.find((m) => m.start >= end && m.start - end <= 12 && !m.country) : undefined;
      const place = placeAfter ?? objectPlace ?? places.find((m) => m.id !== actor?.id && m.id !== target?.id && /\b(in|at|near)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(s.start, m.start - 40), m.start))) ?? null;
      if (target && place && target.id === place.id && target.place) target = null;
      const date = sd.length ? sd.reduce((best, d) => Math.abs(d.start - t.start) < Math.abs(best.start - t.start) ? d : best) : null;

      // negation and modality in the few words before the trigger
      let negated = false;
      let modality: string | null = null;
      for (let k = i - 1; k >= s.first && k >= i - 4; k--) {
        const w = tokens[k].lower;
        if (NEGATIONS.has(w)) negated = true;
        if (MODALS.has(w)) { modality = w; break; }
        if (w === 'to' && k === i - 1) { modality = 'to'; }
        if (tokens[k].text === ',') break;
      }
      if (/^(unless|if)$/.test(tokens.slice(Math.max(s.first, i - 4), i).find((x) => /^(unless|if)$/.test(x.lower))?.lower ?? '')) modality = modality ?? 'conditional';
      let cat = category;
      if (modality && (modality === 'would' || modality === 'will') && /fight|aerial attack|seize territory|kill\/injure/.test(category)) cat = 'threaten';

      if (!actor && !target && tense !== 'Noun') continue;
      events.push({
        start: t.start, end, text: text.slice(t.start, end), action: lemma, category: cat,
        actor: actor?.id ?? null, target: target && target.id !== actor?.id ? target.id : null, place: place?.id ?? null,
        date: date ? date.value : null, negated, modality, sentence: { start: s.start, end: s.end },
      });
      if (actor) lastActor = actor;
    }
  }
  return events;
}
