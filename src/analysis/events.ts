/**
 * Who did what to whom, where and when: one event per reported action, read per sentence from a
 * lexicon of action verbs and nominal events with CAMEO-like categories.
 */
import { gazetteer } from './gazetteer';
import { hasTag, isAuxiliary, verbInfo } from './lexicon';
import { isFacilityNoun, isGroupNoun, isPlaceKind, type DateAnnotation, type Entity, type NewsEvent, type Quote, type Reference } from './types';
import { lowerBound, type Sentence, type Token } from './tokenize';

/** lemma -> category. Categories follow CAMEO's top levels, in words. */
const VERB_CATEGORIES = new Map<string, string>();
const NOUN_CATEGORIES = new Map<string, { lemma: string; category: string }>();
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
  'seize territory': 'seize capture take retake recapture overrun occupy advance',
  'destroy property': 'destroy damage demolish raze',
  'deploy/mobilise': 'deploy send dispatch reinforce mobilise mobilize mount launch',
  withdraw: 'withdraw retreat pull evacuate',
  'kill/injure': 'kill wound injure execute assassinate',
  'suicide attack': 'blow detonate',
  arrest: 'arrest detain',
})) for (const v of verbs.split(' ')) VERB_CATEGORIES.set(v, category);
for (const [noun, lemma, category] of [
  ['air strikes', 'strike', 'aerial attack'], ['airstrikes', 'strike', 'aerial attack'], ['air strike', 'strike', 'aerial attack'],
  ['airstrike', 'strike', 'aerial attack'], ['talks', 'talk', 'consult/meet'], ['meeting', 'meet', 'consult/meet'],
  ['convoy', 'deploy', 'deploy/mobilise'], ['offensive', 'attack', 'fight'], ['attack', 'attack', 'fight'], ['attacks', 'attack', 'fight'],
  ['advances', 'advance', 'seize territory'], ['ceasefire', 'ceasefire', 'cooperate'], ['operation', 'attack', 'fight'],
] as const) NOUN_CATEGORIES.set(noun, { lemma, category });
// Irregular participles compromise's lemmatiser does not undo
const PARTICIPLES = new Map<string, string>(Object.entries({
  withdrawn: 'withdraw', taken: 'take', driven: 'drive', blown: 'blow', struck: 'strike', shot: 'shoot', sent: 'send',
  seen: 'see', overrun: 'overrun', begun: 'begin', met: 'meet', held: 'hold', fought: 'fight', retaken: 'retake',
  retook: 'retake', recaptured: 'recapture',
}));
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'failed']);
const MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'must', 'should', 'shall', 'can']);

function lemmaOf(t: Token): { lemma: string; tense: string } | null {
  const participle = PARTICIPLES.get(t.lower);
  if (participle) return { lemma: participle, tense: 'Participle' };
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
  /** attributed quotations: the speaker of a quotation is the actor of its reporting verb */
  quotes?: Quote[];
  /** the personal pronouns and whom they refer to: a pronoun subject is that entity */
  references?: Reference[];
}

/** A reporting clause: a place after it is where the report was given, not where the event happened. */
const REPORTED_BETWEEN = /,[^,]*\b(?:said|says|told|tells|added|stated|announced|reported)\b/i;

/** Verbs that only carry a nominal event ("mounted air strikes", "launched an operation"): the noun is the event. */
const LIGHT_VERBS = new Set(['make', 'mount', 'launch', 'conduct', 'stage', 'carry', 'begin', 'start', 'resume', 'step']);
/** Words a noun phrase may start with before an event noun ("the recent advances", "its new offensive"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'new', 'recent', 'fresh', 'renewed', 'latest', 'further', 'significant', 'major', 'heavy']);
/** Words that open a clause of their own: an actor before them is not the subject of a verb after them. */
const CLAUSE_OPENERS = /^(?:since|because|when|whenever|after|before|although|though|while|whereas|as|if|unless|until|which|who|whom|that)$/;

/** First words of two-word nominal triggers ("air strikes"), so that most tokens cost one lookup. */
const TWO_WORD_FIRST = new Set([...NOUN_CATEGORIES.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** The event verb of which a word ending in -s may be the present third person ("urges", "carries"), or null. */
function thirdPersonBase(lower: string): string | null {
  if (!/s$/.test(lower)) return null;
  for (const base of [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')]) if (base !== lower && VERB_CATEGORIES.has(base)) return base;
  return null;
}

/**
 * Whether a word can start a trigger at all: an event noun (or the first word of a two-word one), or a verb
 * form of an event verb (a third-person "-s" form included). It depends on the word alone, so it is
 * remembered: most words of an article are ruled out by one lookup.
 */
const triggerWords = new Map<string, boolean>();
function mayTrigger(lower: string): boolean {
  let v = triggerWords.get(lower);
  if (v === undefined) {
    const lemma = PARTICIPLES.get(lower) ?? verbInfo(lower)?.lemma;
    v = TWO_WORD_FIRST.has(lower) || NOUN_CATEGORIES.has(lower) || (!!lemma && VERB_CATEGORIES.has(lemma)) ||
      thirdPersonBase(lower) !== null;
    if (triggerWords.size > 50_000) triggerWords.clear();
    triggerWords.set(lower, v);
  }
  return v;
}

/** Longer "sentences" than any in news (the longest of the 742 eval texts has 200 tokens) are read in parts. */
const MAX_EVENT_TOKENS = 300;

/**
 * The spans events are read from: the sentences, with a run-on of more than MAX_EVENT_TOKENS tokens (a table, a
 * list, a text without full stops) cut into parts at a comma or a semicolon where there is one. The clause
 * searches of a trigger scan its sentence, so a megabyte with no full stop would otherwise cost time quadratic
 * in its length.
 */
function eventSpans(sentences: Sentence[], tokens: Token[]): Sentence[] {
  if (!sentences.some((s) => s.last - s.first > MAX_EVENT_TOKENS)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.last - s.first <= MAX_EVENT_TOKENS) { out.push(s); continue; }
    for (let a = s.first; a < s.last;) {
      let b = Math.min(s.last, a + MAX_EVENT_TOKENS);
      if (b < s.last) for (let k = b - 1; k > a + MAX_EVENT_TOKENS / 2; k--) if (/^[,;:]$/.test(tokens[k].text)) { b = k + 1; break; }
      out.push({ ...s, first: a, last: b, start: a === s.first ? s.start : tokens[a].start, end: b === s.last ? s.end : tokens[b - 1].end });
      a = b;
    }
  }
  return out;
}

export function findEvents(ctx: EventContext): NewsEvent[] {
  return new EventReader(ctx).read();
}

/** A mention as the event rules see it. */
interface M { id: string; actor: boolean; place: boolean; start: number; end: number; person: boolean; country: boolean; plural: boolean;
  /** a group named by what it is ("troops", "police"): after "sent" or "deployed", the force sent, not a target */
  group: boolean;
  /** a place named by what it is, hit or held ("fighting positions", "an ISIL-held building"): a target when nothing else is */
  facility: boolean }
/** A word or two read as an event trigger. */
interface Trigger { lemma: string; category: string; tense: string; end: number; gerund?: boolean }

/**
 * One pass over an article's sentences. Each step of reading a trigger is a method of its own: small functions
 * are optimised by V8 in milliseconds, where one function of a few hundred lines took half a second to compile
 * again after each deoptimisation, and the article's first edits waited on it.
 */
class EventReader {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly sentences: Sentence[];
  private readonly quoteRanges: { start: number; end: number }[];
  /** the speaker of the quotation a reporting verb introduces, by the verb's offset */
  private readonly speakerAt = new Map<number, string>();
  /** the entity a pronoun refers to, by the pronoun's offset */
  private readonly referenceAt = new Map<number, string>();
  /** a demonym before a nominal event names the country acting ("Syrian attacks"), when the article names that country */
  private readonly countryIds = new Map<string, string>();
  private readonly mentions: M[] = [];
  // Linear-time lookups: quote ranges and mentions/dates are walked with cursors, sentence by sentence.
  private readonly quotesSorted: { start: number; end: number }[];
  private qi = 0;
  private readonly datesSorted: DateAnnotation[];
  private di = 0;
  private readonly events: NewsEvent[] = [];
  private readonly memo: ({ s: Sentence; m: M[] } | undefined)[] = [];
  private firstMention: Map<string, M> | null = null;
  /** The subject of each sentence (by its start), once an event gave one: pronouns and participles refer to it. */
  private readonly subjectOf = new Map<number, M>();
  private previousSubject: M | null = null;
  /** each token's verb reading, looked up once: the clause scans revisit the same tokens for every trigger */
  private readonly lemmas: (ReturnType<typeof lemmaOf> | undefined)[];
  /** the spans of places named by what they are, in order */
  private readonly facilityStarts: number[] = [];
  private readonly facilityEnds: number[] = [];

  constructor(ctx: EventContext) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.sentences = ctx.sentences;
    this.quoteRanges = ctx.quoteRanges;
    for (const q of ctx.quotes ?? []) if (q.cueSpan && q.speaker?.entity) this.speakerAt.set(q.cueSpan.start, q.speaker.entity);
    for (const r of ctx.references ?? []) if (r.entity) this.referenceAt.set(r.start, r.entity);
    for (const e of ctx.entities) if (e.kind === 'country') this.countryIds.set(e.name, e.id);
    for (const e of ctx.entities) {
      const isPlace = isPlaceKind(e.kind);
      for (const m of e.mentions) this.mentions.push({ id: e.id, actor: !isPlace || m.role === 'actor', place: isPlace, start: m.start, end: m.end,
        person: e.kind === 'person', country: e.kind === 'country', plural: /s$/i.test(m.text) && e.kind !== 'country' && e.kind !== 'person',
        group: isGroupNoun(e), facility: isFacilityNoun(e) });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const m of this.mentions) if (m.facility) { this.facilityStarts.push(m.start); this.facilityEnds.push(m.end); }
    this.quotesSorted = [...ctx.quoteRanges].sort((a, b) => a.start - b.start);
    this.datesSorted = [...ctx.dates].sort((a, b) => a.start - b.start);
    this.lemmas = new Array(this.tokens.length);
  }

  read(): NewsEvent[] {
    const { tokens, text } = this;
    let prev: Sentence | null = null;
    for (const s of eventSpans(this.sentences, tokens)) {
      // the subject of the sentence before: a name opening it ("Turkey, which backs rebels, has been outraged"), else
      // the actor of its first reported action
      if (prev && !prev.heading) {
        const p = prev;
        const opening = this.mentionsIn(p).find((m) => m.actor && (m.start === tokens[p.first].start || /^[^,.]{0,30},\s*$/.test(text.slice(p.start, m.start))));
        this.previousSubject = opening ?? this.subjectOf.get(p.start) ?? this.previousSubject;
      }
      prev = s;
      while (this.di < this.datesSorted.length && this.datesSorted[this.di].start < s.start) this.di++;
      if (s.heading) continue;
      const sm = this.mentionsIn(s);
      const sd: DateAnnotation[] = [], modifiers: DateAnnotation[] = [];
      for (let k = this.di; k < this.datesSorted.length && this.datesSorted[k].start < s.end; k++) {
        const d = this.datesSorted[k];
        if (d.end <= s.end && d.type !== 'DURATION') (attributive(text, d) ? modifiers : sd).push(d);
      }
      let consumed = 0;
      for (let i = s.first; i < s.last; i++) {
        const t = tokens[i];
        if (t.kind !== 'word' || t.cap && i !== s.first || t.start < consumed || !mayTrigger(t.lower) || this.inQuote(t.start)) continue;
        const trigger = this.triggerAt(i);
        if (!trigger) continue;
        consumed = trigger.end; // ("air strikes" is one trigger)
        const event = this.eventAt(i, trigger, s, sm, sd, modifiers);
        if (event) this.events.push(event);
      }
    }
    return this.events;
  }

  private inQuote(off: number): boolean {
    const q = this.quotesSorted;
    while (this.qi < q.length && q[this.qi].end <= off) this.qi++;
    for (let k = this.qi; k < q.length && q[k].start <= off; k++) if (off < q[k].end) return true;
    return false;
  }

  private lemmaAt(k: number): ReturnType<typeof lemmaOf> {
    let v = this.lemmas[k];
    if (v === undefined) v = this.lemmas[k] = lemmaOf(this.tokens[k]);
    return v;
  }

  /** The trigger the word at `i` starts (an event noun, one or two words, or an event verb), or null. */
  private triggerAt(i: number): Trigger | null {
    const { tokens } = this;
    const t = tokens[i];
    // (a word of a place named by what it is is no action: "four fighting positions")
    if (this.facilityStarts.length && this.inFacility(t.start)) return null;
    let end = t.end;
    const two = tokens[i + 1] && TWO_WORD_FIRST.has(t.lower) ? `${t.lower} ${tokens[i + 1].lower}` : '';
    const twoWord = two ? NOUN_CATEGORIES.get(two) : undefined;
    if (twoWord) return { lemma: twoWord.lemma, category: twoWord.category, tense: 'Noun', end: tokens[i + 1].end };
    const noun = NOUN_CATEGORIES.get(t.lower);
    if (noun && (!verbInfo(t.lower)?.tense.match(/Tense/) || this.nounPosition(i))) return { lemma: noun.lemma, category: noun.category, tense: 'Noun', end };
    const v = this.lemmaAt(i) ?? this.presentThirdPerson(i);
    if (!v || isAuxiliary(t.lower)) return null;
    const category = VERB_CATEGORIES.get(v.lemma);
    if (!category) return null;
    // "said" in reporting clauses is a statement event only when it is not attached to a quotation
    const { lemma } = v;
    // a gerund after a determiner is a noun: "the bombing of the airliner", "the 1988 bombing" (its actor is named
    // as a nominal event's is, not by the sentence's subject)
    const tense = v.tense === 'Gerund' && this.nounPosition(i, true) ? 'Noun' : v.tense;
    // (and before a noun it describes that noun: "the consulting firm", "the bombing investigators", "an appealing offer")
    const nx = tokens[i + 1];
    if (tense === 'Noun' && v.tense === 'Gerund' && nx?.kind === 'word' && !nx.cap && !hasTag(nx.lower, /Preposition|Conjunction|Determiner|Copula|Modal|Adverb|Verb|Pronoun/)) return null;
    if (tense === 'Infinitive' && !(tokens[i - 1] && (MODALS.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'to'))) {
      if (!(tokens[i - 1] && /^(they|we|i|you)$/.test(tokens[i - 1].lower))) return null;
    }
    // phrasal "pull back", "blew up", "drive back"
    if (nx && /^(back|up|out|off)$/.test(nx.lower) && /pull|drive|blow|carry|push/.test(lemma)) end = nx.end;
    return { lemma, category, tense, end, gerund: tense !== v.tense };
  }

  /** The event of the trigger at token `i` of sentence `s`, or null when it has neither actor nor target to tell. */
  private eventAt(i: number, trigger: Trigger, s: Sentence, sm: M[], sd: DateAnnotation[], modifiers: DateAnnotation[]): NewsEvent | null {
    const { tokens, text } = this;
    const t = tokens[i];
    const { lemma, category, tense, end } = trigger;
    if (tense === 'Noun' && lemma === 'attack' && !sm.some((m) => m.start < t.start)) return null;
    // a light verb before a nominal event in its clause is not an event of its own: "mounted heavy air strikes"
    if (tense !== 'Noun' && LIGHT_VERBS.has(lemma) && this.nominalAhead(i, s.last)) return null;

    const clauseEnd = this.clauseEnd(i, end, s);
    const { clauseStart, clauseFirst, opener } = this.clauseStart(i, s);
    const after = sm.filter((m) => m.start >= end);
    const inClause = after.filter((m) => m.end <= clauseEnd);
    let { actor, target } = this.actorAndTarget(i, trigger, s, sm, inClause, clauseStart, clauseFirst, opener);
    const byNext = tokens[i + 1]?.lower === 'by';
    const auxBefore = !!tokens[i - 1] && /^(was|were|been|being|be|is|are)$/.test(tokens[i - 1].lower);
    const passive = tense !== 'Noun' && (tense === 'PastTense' || tense === 'Participle') && (auxBefore || byNext);
    let reducedPlace: M | null = null;
    if (passive) {
      let byIdx = -1;
      for (let k = i + 1; k < s.last; k++) if (tokens[k].lower === 'by') { byIdx = k; break; }
      const byActor = byIdx >= 0 ? after.find((m) => m.start >= tokens[byIdx].end && m.actor) : undefined;
      if (auxBefore) target = actor ?? null;
      else {
        // "towns including Anadan, later seized by Syrian forces": what the participle follows was acted upon
        const prev = sm.filter((m) => m.end <= t.start && t.start - m.end <= 16).pop() ?? null;
        target = prev && !prev.place ? prev : null;
        reducedPlace = prev && prev.place ? prev : null;
      }
      actor = byActor ?? null;
    }
    const place = reducedPlace ?? this.placeOf(s, sm, end, category, actor, target);
    if (target && place && target.id === place.id && target.place) target = null;
    // ("sent troops", "soldiers were deployed": the force sent, not a target)
    if (target?.group && category === 'deploy/mobilise') target = null;
    // (a year modifying the event noun itself dates it: "a 1997 attack", "the 1988 bombing")
    const own = tense === 'Noun' || tense === 'Gerund' ? modifiers.find((d) => d.end <= t.start && t.start - d.end <= 25 && !/[,;:]/.test(text.slice(d.end, t.start))) : undefined;
    const date = own ?? (sd.length ? sd.reduce((best, d) => Math.abs(d.start - t.start) < Math.abs(best.start - t.start) ? d : best) : null);
    const { negated, modality } = this.negationAndModality(i, s);
    let cat = category;
    if (modality && (modality === 'would' || modality === 'will') && /fight|aerial attack|seize territory|kill\/injure/.test(category)) cat = 'threaten';

    if (!actor && !target && tense !== 'Noun') return null;
    // "The advances came after ...": an event already reported, named again
    if (!actor && !target && tense === 'Noun' && /^(?:the|these|those|this)$/.test(tokens[i - 1]?.lower ?? '')) return null;
    if (actor && tense !== 'Noun' && !this.subjectOf.has(s.start)) this.subjectOf.set(s.start, actor);
    return {
      start: t.start, end, text: text.slice(t.start, end), action: lemma, category: cat,
      actor: actor?.id ?? null, target: target && target.id !== actor?.id ? target.id : null, place: place?.id ?? null,
      date: date ? date.value : null, negated, modality, sentence: { start: s.start, end: s.end },
    };
  }

  /** Where the trigger's object ends: its clause runs up to a comma, semicolon or relative pronoun. */
  private clauseEnd(i: number, end: number, s: Sentence): number {
    const { tokens } = this;
    for (let k = i + 1; k < s.last; k++) {
      if (tokens[k].start < end) continue;
      if (/^[,;:(—–]$/.test(tokens[k].text) || /^(which|who|while|whereas|after|before|as|when|but)$/.test(tokens[k].lower)) return tokens[k].start;
      // "met with US lawmakers and added that ...": a second verb starts a clause of its own
      if (tokens[k].lower === 'and' && tokens[k + 1] && /Tense/.test(this.lemmaAt(k + 1)?.tense ?? '')) return tokens[k].start;
    }
    return s.end;
  }

  /** The trigger's clause starts after the last word opening a clause before it ("..., since Syrian attacks killed"). */
  private clauseStart(i: number, s: Sentence): { clauseStart: number; clauseFirst: number; opener: number } {
    const { tokens } = this;
    const t = tokens[i];
    for (let k = i - 1; k >= s.first; k--) {
      if (CLAUSE_OPENERS.test(tokens[k].lower) && !(tokens[k].lower === 'that' && tokens[k + 1]?.start === t.start)) return { clauseStart: tokens[k].end, clauseFirst: k + 1, opener: k };
      // "Anadolu said a convoy was deployed": what a reporting verb introduces is a clause of its own
      const rv = !tokens[k].cap && this.lemmaAt(k);
      if (rv && VERB_CATEGORIES.get(rv.lemma) === 'public statement' && /Tense/.test(rv.tense)) return { clauseStart: tokens[k].end, clauseFirst: k + 1, opener: -1 };
    }
    return { clauseStart: s.start, clauseFirst: s.first, opener: -1 };
  }

  /** Who acts and who is acted upon, before the passive voice is taken into account. */
  private actorAndTarget(i: number, trigger: Trigger, s: Sentence, sm: M[], inClause: M[], clauseStart: number, clauseFirst: number,
    opener: number): { actor: M | null; target: M | null } {
    const { tokens, text } = this;
    const t = tokens[i];
    const { tense, end } = trigger;
    const speech = trigger.category === 'public statement';
    const lastInSentence = this.events.length ? this.events[this.events.length - 1] : null;
    let actor: M | null = null;
    let target: M | null = null;
    if (tense === 'Noun') {
      // a nominal event: its actor is said before it ("Syrian attacks", "Turkey's offensive") or is the subject of a
      // light verb ("rebels launched an operation"); its target follows "on"/"against"; "talks between X and Y"
      actor = this.nominalActor(i, s);
      const light = this.lightVerbBefore(i, s.first);
      if (!actor && light >= 0) actor = this.subjectBefore(light, s, clauseStart);
      const between = /^\s+between\s+$/i.test(text.slice(end, end + 9)) ? inClause.filter((m) => m.actor || m.country) : [];
      if (!actor && between.length >= 2) { actor = between[0]; target = between[1]; }
      // (a gerund's object follows "of": "the bombing of the U.S. embassies")
      else target = inClause.find((m) => (m.actor || m.country || trigger.gerund && m.place) &&
        (trigger.gerund ? /\b(?:on|against|of)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i : /\b(?:on|against)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i).test(text.slice(Math.max(end, m.start - 30), m.start))) ?? null;
    } else if (lastInSentence && lastInSentence.sentence.start === s.start &&
      ((/^(?:and|but|then)$/.test(tokens[i - 1]?.lower ?? '') && lastInSentence.actor) || tokens[i - 1]?.text === ';')) {
      // "Cavusoglu met with US lawmakers ... and added": a second verb of the same subject; so is a verb after a
      // semicolon in a list of actions ("destroyed four fighting positions; damaged six supply routes"), actor or none
      const id = lastInSentence.actor;
      actor = id ? sm.find((m) => m.id === id) ?? this.mentionOf(id) ?? null : null;
      if (!speech) target = inClause.find((m) => m.actor && !m.place) ?? inClause.find((m) => m.facility) ?? null;
    } else if (speech) {
      // a reporting verb: the speaker its quotation was given to, else its subject right before it; what is said is no target
      const id = this.speakerAt.get(t.start);
      const subject = this.subjectBefore(i, s, clauseStart);
      // ("state media said", "activists reported": a speaker who is not a named entity is nobody we know)
      const between = subject ? text.slice(subject.end, t.start) : '';
      const adjacent = subject && (!sm.includes(subject) || /^\s*(?:(?:\w+ly|also|has|had|have|then|later|again|once)\s+)*$/i.test(between) ||
        /^\s*,[^,]{1,120},\s*(?:\w+ly\s+)?$/.test(between) || describes(between));
      actor = (id ? sm.find((m) => m.id === id) ?? this.mentionOf(id) : undefined) ?? (adjacent ? subject : null);
    } else if (tense === 'Gerund' && tokens[i - 1]?.text === ',' && this.subjectOf.has(s.start)) {
      // ", warning it would ...": a participle after a comma has the sentence's subject
      actor = this.subjectOf.get(s.start)!;
      target = inClause.find((m) => m.actor && !m.place) ?? inClause.find((m) => m.actor) ?? null;
    } else {
      // "three strikes engaged two ISIL units and destroyed four positions": a verb after "and" shares the subject of
      // the verb before it (an event verb before it with an actor was read in the branch above)
      const first = this.coordinatedVerb(i, s);
      actor = first >= 0 ? this.subjectBefore(first, s, this.clauseStart(first, s).clauseStart) : this.subjectBefore(i, s, clauseStart);
      // "Turkey, which backs rebels": the relative pronoun stands for the actor named before it
      if (!actor && opener >= 0 && /^(which|who)$/.test(tokens[opener].lower)) actor = sm.filter((m) => m.actor && m.end <= tokens[opener].start).pop() ?? null;
      // "Syrian attacks ... killed": the subject is a nominal event, whose actor acts
      if (!actor) { const n = this.nominalBetween(clauseFirst, i); if (n >= 0) actor = this.nominalActor(n, s); }
      // a country right after the verb is acted upon, not a location: "urged Russia", "attacked Turkey"
      const objectCountry = inClause.find((m) => m.country && tokens.slice(i + 1, i + 4).some((x) => x.start === m.start));
      // the object follows the verb closely ("urged the Russian government"); a name further on belongs to another phrase
      // (nor one that an event noun in between governs: "condemned the bombing of the U.S. embassy" condemns the bombing)
      const near = inClause.filter((m) => m.start - end <= 40 && !/\b(?:looking|seeking|trying|hoping|wanting)\b/.test(text.slice(end, m.start)) &&
        !this.eventNounBetween(i + 1, m.start));
      target = near.find((m) => m.actor && !m.place) ?? near.find((m) => m.actor) ?? objectCountry ?? near.find((m) => m.facility) ?? null;
    }
    return { actor, target };
  }

  /** Where it happened: the first place after the trigger introduced by a preposition, else the object of a military verb, else a place in the sentence. */
  private placeOf(s: Sentence, sm: M[], end: number, category: string, actor: M | null, target: M | null): M | null {
    const { text } = this;
    const places = sm.filter((m) => m.place && !(m.actor && !m.place));
    // (not where the report of it was given: "recaptured the airfield on Tuesday, Colonel Ortega told reporters in Baghdad")
    const placeAfter = places.find((m) => m.start >= end && m.id !== target?.id && /\b(in|at|near|to|into|from|on|towards)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(s.start, m.start - 40), m.start)) &&
      !REPORTED_BETWEEN.test(text.slice(end, m.start)));
    // "seized Saraqib", "shelled Idlib": the object of a territorial or military verb is where it happened
    const objectPlace = /seize|fight|attack|withdraw|deploy/.test(category) ? places.find((m) => m.start >= end && m.start - end <= 12 && !m.country) : undefined;
    return placeAfter ?? objectPlace ?? places.find((m) => m.id !== actor?.id && m.id !== target?.id && /\b(in|at|near)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(s.start, m.start - 40), m.start))) ?? null;
  }

  /** Negation and modality in the few words before the trigger. */
  private negationAndModality(i: number, s: Sentence): { negated: boolean; modality: string | null } {
    const { tokens } = this;
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
    return { negated, modality };
  }

  /** The latest mention before `off` that satisfies `ok`, outside quotations. */
  private lastMention(off: number, ok: (m: M) => boolean): M | null {
    const { mentions, quoteRanges } = this;
    const lo = lowerBound(mentions.length, (i) => mentions[i].start < off);
    for (let k = lo - 1; k >= 0 && k >= lo - 40; k--) if (ok(mentions[k]) && !quoteRanges.some((q) => mentions[k].start >= q.start && mentions[k].start < q.end)) return mentions[k];
    return null;
  }

  /** "it": the latest organisation, government, group or country acting; "they": also armed forces and groups. */
  private resolvePronoun(w: string, off: number): M | null {
    return this.lastMention(off, (m) => m.actor && !m.person && (w === 'they' ? true : !m.plural));
  }

  /** The actor mention that is the subject of the verb at token `i`: the nearest actor before it in its clause, or a pronoun. */
  private subjectBefore(i: number, s: Sentence, clauseStart: number): M | null {
    const { tokens } = this;
    const sm = this.mentionsIn(s);
    // (not the object of an event noun: in "the bombing of the U.S. embassy killed 200" the embassy did not kill)
    let before = sm.filter((m) => m.end <= tokens[i].start && m.start >= clauseStart && m.actor && !this.objectOfEventNoun(m, clauseStart));
    // ("Albright, echoing the president, said": a phrase between commas right before the verb is not its subject)
    if (tokens[i - 1]?.text === ',') {
      let c = i - 2;
      while (c > s.first && tokens[c].text !== ',') c--;
      const outside = tokens[c]?.text === ',' ? before.filter((m) => m.end <= tokens[c].start) : [];
      if (outside.length) before = outside;
    }
    let actor = before.pop() ?? null;
    // a pronoun subject closer to the verb than any named actor: "It urged Russia", "He said"
    for (let k = i - 1; k >= s.first && k >= i - 8; k--) {
      const w = tokens[k].lower;
      if (tokens[k].kind !== 'word' || /^[,;:]$/.test(tokens[k].text)) break;
      if (actor && actor.end > tokens[k].start) break;
      if (/^(?:it|they|he|she|its|their|his|her)$/.test(w)) {
        // (a pronoun whose referent is known: the same entity its hover card names)
        const ref = this.referenceAt.get(tokens[k].start);
        if (ref) { actor = this.mentionOf(ref) ?? actor; break; }
        // ("his military will drive back": the possessor acts)
        const p = ({ its: 'it', their: 'they', his: 'he', her: 'she' } as Record<string, string>)[w] ?? w;
        // the subject the article is following: the previous sentence's for a pronoun opening a sentence, else this
        // one's; "they" later in a sentence is the latest group named ("... drive back Syrian forces unless they withdraw")
        const followed = k === s.first ? this.previousSubject : p === 'they' ? null : this.subjectOf.get(s.start) ?? null;
        const fits = (m: M | null | undefined) => !!m && (p === 'he' || p === 'she' ? m.person : !m.person && (p === 'they' || !m.plural));
        actor = fits(followed) ? followed : (p === 'he' || p === 'she' ? this.lastMention(tokens[k].start, (m) => m.person) : this.resolvePronoun(p, tokens[k].start)) ?? actor;
        break;
      }
    }
    return actor;
  }

  private mentionsIn(s: Sentence): M[] {
    // (asked several times per sentence, for consecutive sentences: the last two answers are kept)
    const { memo, mentions } = this;
    if (memo[0]?.s === s) return memo[0].m;
    if (memo[1]?.s === s) return memo[1].m;
    const lo = lowerBound(mentions.length, (k) => mentions[k].start < s.start);
    const out: M[] = [];
    for (let k = lo; k < mentions.length && mentions[k].start < s.end; k++) if (mentions[k].end <= s.end) out.push(mentions[k]);
    memo[1] = memo[0]; memo[0] = { s, m: out };
    return out;
  }

  /** The first mention of an entity, by id. */
  private mentionOf(id: string): M | undefined {
    if (!this.firstMention) { this.firstMention = new Map(); for (const m of this.mentions) if (!this.firstMention.has(m.id)) this.firstMention.set(m.id, m); }
    return this.firstMention.get(id);
  }

  /** The actor of the nominal event at token `n`: a demonym, a possessive or an actor ending right before it (a few modifiers allowed). */
  private nominalActor(n: number, s: Sentence): M | null {
    const { tokens, text } = this;
    const sm = this.mentionsIn(s);
    for (let k = n - 1; k >= s.first && k >= n - 4; k--) {
      const w = tokens[k];
      const m = sm.find((x) => x.end === w.end || (x.end === w.start && /^['’]s$/.test(text.slice(w.start, w.end))));
      if (m && (m.actor || m.country)) return m;
      const country = gazetteer().demonyms.get(w.lower);
      if (country) { const id = this.countryIds.get(country.name); return id ? sm.find((x) => x.id === id) ?? this.mentionOf(id) ?? null : null; }
      // adjectives and determiners between: "the Syrian government's recent advances", "heavy air strikes"
      if (w.kind !== 'word' && !/^['’]s$/.test(w.text) || w.cap && k !== s.first) return null;
      if (w.kind === 'word' && !DETERMINERS.has(w.lower) && (verbInfo(w.lower) || hasTag(w.lower, /Preposition|Conjunction|Pronoun|Determiner/))) return null;
    }
    return null;
  }

  /** "urges", "backs", "seizes": present tense of an action verb the lexicon files only as a plural noun (not after "the"). */
  private presentThirdPerson(i: number): { lemma: string; tense: string } | null {
    const base = thirdPersonBase(this.tokens[i].lower);
    return base && !this.nounPosition(i) ? { lemma: base, tense: 'PresentTense' } : null;
  }

  /** A word that reads as a noun or a verb ("advances", "attacks") is a noun after a determiner, a possessive or an adjective. */
  private nounPosition(i: number, determinerOnly = false): boolean {
    let p = this.tokens[i - 1];
    if (!p) return false;
    // (a year between: "the 1988 bombing")
    if (p.kind === 'number' && /^\d{4}$/.test(p.text) && this.tokens[i - 2] && DETERMINERS.has(this.tokens[i - 2].lower)) p = this.tokens[i - 2];
    // ("its"/"'s" of a possessor, not "it's", "he's", "let's": a verb follows those)
    if (determinerOnly) return DETERMINERS.has(p.lower) || /^['’]s$/.test(p.text) && !/^(?:it|he|she|that|what|there|here|who|let|where|how)$/i.test(this.tokens[i - 2]?.text ?? '');
    return DETERMINERS.has(p.lower) || /^['’]s$/.test(p.text) || (p.kind === 'word' && !verbInfo(p.lower) && (hasTag(p.lower, /^Adjective$/) || gazetteer().demonyms.has(p.lower)));
  }

  private nominalAhead(i: number, last: number): boolean {
    const { tokens } = this;
    for (let k = i + 1; k < last && k <= i + 5; k++) {
      if (/^[,;:]$/.test(tokens[k].text)) return false;
      if (NOUN_CATEGORIES.has(tokens[k].lower) || (tokens[k + 1] && NOUN_CATEGORIES.has(`${tokens[k].lower} ${tokens[k + 1].lower}`))) return true;
    }
    return false;
  }

  private lightVerbBefore(n: number, first: number): number {
    const { tokens } = this;
    for (let k = n - 1; k >= first && k >= n - 5; k--) {
      if (/^[,;:]$/.test(tokens[k].text)) return -1;
      const v = this.lemmaAt(k);
      if (v && LIGHT_VERBS.has(v.lemma)) return k;
    }
    return -1;
  }

  /** Whether mention `m` follows an event noun and "of", "on", "at" or "against" ("the bombing of the U.S. embassy"). */
  private objectOfEventNoun(m: M, from: number): boolean {
    const w = /(\S+)\s+(?:of|on|at|against)\s+(?:the\s+)?$/.exec(this.text.slice(Math.max(from, m.start - 40), m.start));
    if (!w) return false;
    const at = m.start - w[0].length;
    const k = lowerBound(this.tokens.length, (x) => this.tokens[x].start < at);
    return this.tokens[k]?.start === at && this.triggerAt(k)?.tense === 'Noun';
  }

  /** Whether an event noun ("attack", "the bombing") starts at a token from `from` that ends before offset `before`. */
  private eventNounBetween(from: number, before: number): boolean {
    for (let k = from; k < this.tokens.length && this.tokens[k].end <= before; k++) if (this.triggerAt(k)?.tense === 'Noun') return true;
    return false;
  }

  /**
   * The finite verb before "and"/"but"/"then" at token i - 1 that the verb at `i` is coordinated with, or -1 (an event
   * verb before with an actor is read earlier: its actor is shared).
   */
  private coordinatedVerb(i: number, s: Sentence): number {
    const { tokens } = this;
    if (!/^(?:and|but|then)$/.test(tokens[i - 1]?.lower ?? '')) return -1;
    for (let k = i - 2; k >= s.first && k >= i - 30; k--) {
      const u = tokens[k];
      // (not past another "and": "Dave Telgheder scattered seven hits and Mark McGwire hit a homer and drove in three runs")
      if ((u.kind === 'punct' && u.text !== ',') || u.lower === 'and' || u.lower === 'but') return -1;
      if (u.kind === 'word' && CLAUSE_OPENERS.test(u.lower)) return -1;
      if (u.kind !== 'word' || u.cap || isAuxiliary(u.lower)) continue;
      if (/^(?:PastTense|PresentTense)$/.test(verbInfo(u.lower)?.tense ?? '')) return k;
    }
    return -1;
  }

  /** Whether offset `at` lies in a place named by what it is ("fighting positions"). */
  private inFacility(at: number): boolean {
    const starts = this.facilityStarts;
    const k = lowerBound(starts.length, (x) => starts[x] <= at) - 1;
    return k >= 0 && at < this.facilityEnds[k];
  }

  /** The first event noun among tokens [from, to) (a noun of the list only; eventNounBetween counts gerunds too). */
  private nominalBetween(from: number, to: number): number {
    for (let k = from; k < to; k++) if (NOUN_CATEGORIES.has(this.tokens[k].lower)) return k;
    return -1;
  }
}

/**
 * A year or a vague time that modifies a noun tells which one of it, not when the sentence's actions happened:
 * "sent troops ... under a 2018 de-escalation agreement", "Trump called the 1996 pageant winner", "said of the
 * 2016 election", "the current system". Unless a preposition of time or place puts the whole phrase around the
 * action ("In a March 2016 meeting ... Trump said"). (A day is kept: "the Sept. 11 attacks", "an April 25
 * ceasefire" are dated by it, and so is what they did.)
 */
function attributive(text: string, d: DateAnnotation): boolean {
  if (!/^(?:\d{4}|PRESENT_REF|PAST_REF)$/.test(d.value)) return false;
  const before = text.slice(Math.max(0, d.start - 16), d.start);
  const next = /^[\s-]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(d.end, d.end + 24))?.[1];
  return !!next && /\b(?:a|an|the|its|their|his|her|this|that)\s+$/i.test(before) && !hasTag(next, /Preposition|Conjunction|Determiner|Pronoun|Copula|Modal|Auxiliary|Adverb/) &&
    !/\b(?:in|at|on|during|after|before|since|until|by)\s+\S+\s+$/i.test(before);
}

/** Words between a name and its reporting verb that only describe it: "Anadolu news agency said", "Ibaa news outlet affiliated with the group reported". */
function describes(between: string): boolean {
  if (/[,;:.!?“”"]/.test(between)) return false;
  const words = between.replace(/^['’]s\b/, '').trim().split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^(?:affiliated|based|linked|backed|owned|run|close)$/i.test(w) || !/Tense/.test(verbInfo(w.toLowerCase())?.tense ?? ''));
}
