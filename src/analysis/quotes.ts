/**
 * Quotations and who said them. Finds straight and curly quotes (including quotes that run over
 * paragraphs with the opening mark repeated), then attributes each one: "quote, NAME said",
 * "NAME said: quote", the subject of a speech verb, pronouns to the person the text is about, and
 * continuation of the previous speaker. The same rules say whom each personal pronoun refers to (`references`).
 */
import { hasTag, isNickname, nameGender, PERSON_PRONOUNS, SPEECH_VERBS, verbInfo } from './lexicon';
import { isPlaceKind, type Entity, type Quote, type Reference, type Span, type Speaker } from './types';
import { lowerBound, type Paragraph, type Sentence, type Token } from './tokenize';

interface RawQuote { open: number; close: number; start: number; end: number; paragraphEnd: boolean; }

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const OPENING_MARKS = /[“"«„]/g;

/** Finds quoted passages; `start/end` exclude the quote marks. */
export function findQuoteSpans(text: string, from: number, paragraphs: Paragraph[]): { quotes: RawQuote[]; unbalanced: number } {
  const quotes: RawQuote[] = [];
  let unbalanced = 0;
  // the offsets of the marks that may open a quotation, found once; a cursor walks them
  const marks: number[] = [];
  for (const m of text.matchAll(OPENING_MARKS)) marks.push(m.index!);
  let mi = 0;
  for (const p of paragraphs) {
    if (p.end <= from) continue;
    const ps = Math.max(p.start, from);
    let i = ps;
    while (i < p.end) {
      while (mi < marks.length && marks[mi] < i) mi++;
      if (mi >= marks.length || marks[mi] >= p.end) break;
      i = marks[mi];
      const ch = text[i];
      const close = PAIRS[ch];
      const isOpen = ch !== '"' || i === ps || /[\s(\[—–-]/.test(text[i - 1]);
      if (!isOpen) { i++; continue; }
      let j = i + 1;
      let found = -1;
      while (j < p.end) {
        const c = text[j];
        if (c === close && (close !== '"' || j + 1 >= p.end || !/\p{L}/u.test(text[j + 1]) || /[\s,.;:!?]/.test(text[j - 1]))) { found = j; break; }
        if (ch === '“' && c === '“' && j > i + 1) break; // a new opening mark before a close: broken quote
        j++;
      }
      if (found < 0) {
        // Runs to the paragraph end: a quote continued in the next paragraph (opening mark repeated),
        // or a broken quote. Keep it only when it is long enough to be a quotation.
        // a new opening mark before any close ends this quotation there (a quote continued on the next line)
        const reopened = j < p.end && text[j] === '“';
        const end = reopened ? j : p.end;
        const q = end - i > 20 ? trimQuote(text, i, end, !reopened || /\n\s*$/.test(text.slice(i, j))) : null;
        if (q && q.end > q.start) quotes.push(q);
        else unbalanced++;
        if (reopened) { unbalanced++; i = j; continue; }
        break;
      }
      // (a nickname is no quotation: `Richard "Tex" Coe`)
      const q = found - i > 1 && !isNickname(text, i, found) ? trimQuote(text, i, found, false) : null;
      if (q && q.end > q.start) quotes.push(q); // "“ ”" quotes nothing
      i = found + 1;
    }
  }
  return { quotes, unbalanced };
}

function trimQuote(text: string, open: number, close: number, paragraphEnd: boolean): RawQuote {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return { open, close, start: s, end: e, paragraphEnd };
}

export interface AttributionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
}

/** The quotes with their speakers, and the personal pronouns of the text with whom they refer to (the same rules). */
export function quotesAndReferences(raw: RawQuote[], ctx: AttributionContext): { quotes: Quote[]; references: Reference[] } {
  const a = new Attributor(raw, ctx);
  const quotes = a.attribute();
  return { quotes, references: a.references(quotes) };
}

/** Personal pronouns (subject and object forms; "her" is left out: it is also the possessive) and what they say of their referent. */
const PRONOUN_KIND = new Map<string, Reference['kind']>([['i', 'person'], ['me', 'person'], ['he', 'person'], ['him', 'person'], ['she', 'person'],
  ['we', 'group'], ['us', 'group'], ['they', 'group'], ['them', 'group']]);
/**
 * Where a personal pronoun may start ("US" and "WE" are no pronouns: "I" alone is written in capitals). ASCII word
 * boundaries make a cheap scan; a match inside a longer word is no token of its own and is dropped.
 */
const PRONOUN_RE = /\b(?:I|[Mm]e|[Ww]e|[Uu]s|[Hh]e|[Hh]im|[Ss]he|[Tt]hey|[Tt]hem)\b/g;
/** Whether a text is one of the pronoun forms read ("I", "he", "They"; not "i" nor "US"): the evaluation and the fuzz tests ask. */
export function isPronounForm(text: string): boolean {
  return PRONOUN_FORM.test(text);
}
const PRONOUN_FORM = new RegExp(`^(?:${PRONOUN_RE.source.replace(/\\b/g, '')})$`);
/** A subject pronoun with its verb's contraction, one token: "We've", "I’m", "they'll" (the pronoun is the reference). */
const CONTRACTED = /^(i|we|he|she|they)['’](?:ve|re|ll|d|m|s)$/;

interface MentionRef { entity: Entity; start: number; end: number; actor: boolean }
/** A speaker found by one of the attribution rules, with the reporting verb when there is one. */
interface Found { speaker: Speaker; cue: Span | null }

/**
 * The attribution rules, one method each, tried in order for every quotation: small functions are optimised by
 * V8 in milliseconds, where one function of three hundred lines took a fifth of a second to compile again after
 * each deoptimisation (an article's first edits waited on it).
 */
class Attributor {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly sentences: Sentence[];
  /** mention lookup by start offset */
  private readonly mentionAt = new Map<number, MentionRef>();
  private readonly mentions: MentionRef[] = [];
  private readonly genders = new Map<Entity, 'f' | 'm' | null>();

  constructor(private readonly raw: RawQuote[], private readonly ctx: AttributionContext) {
    this.text = ctx.text;
    this.tokens = ctx.tokens;
    this.sentences = ctx.sentences;
    for (const e of ctx.entities) for (const m of e.mentions) {
      const x = { entity: e, start: m.start, end: m.end, actor: !isPlaceKind(e.kind) || m.role === 'actor' };
      this.mentionAt.set(m.start, x);
      this.mentions.push(x);
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  attribute(): Quote[] {
    const out: Quote[] = [];
    let previous: Quote | null = null;
    let prevParagraphEnd = false;
    for (const q of this.raw) {
      const found = this.speakerOf(q, previous, prevParagraphEnd);
      const cue = found?.cue ?? null;
      const quote: Quote = {
        start: q.start, end: q.end, text: this.text.slice(q.start, q.end),
        cue: cue ? SPEECH_VERBS[cue.text.toLowerCase()] ?? cue.text.toLowerCase() : null, cueSpan: cue, speaker: found?.speaker ?? null,
      };
      out.push(quote);
      previous = quote;
      prevParagraphEnd = q.paragraphEnd;
    }
    return out;
  }

  /**
   * The personal pronouns and whom they refer to. A pronoun that is a quotation's speaker refers to that speaker's entity
   * (the quote's attribution decided it); in a quotation "I" and "me" are its speaker when a person, "we" and "us" when a
   * body, a country or a group (for a person with a title, the country the person speaks for); "he", "him", "she" the
   * person the sentence or the one before is about (see personFor; in a quotation its speaker is passed over); "they"
   * and "them" the latest body, group or country acting, named in that sentence or the one before. See numeralI for
   * "World War I".
   */
  references(quotes: Quote[]): Reference[] {
    const { tokens, raw, sentences } = this;
    const out: Reference[] = [];
    const speakerAt = new Map<number, string | null>();
    for (const q of quotes) if (q.speaker) speakerAt.set(q.speaker.start, q.speaker.entity);
    const byId = new Map(this.ctx.entities.map((e) => [e.id, e]));
    const chain: MentionRef[] = [];
    let qi = 0;
    // (the engine's scan of the text finds the few candidates: a walk over every token costs a fresh worker 40 ms per megabyte)
    for (const m of this.text.matchAll(PRONOUN_RE)) {
      const i = this.tokenIndexAt(m.index!);
      const t = tokens[i];
      if (!t || t.start !== m.index || t.kind !== 'word') continue;
      const word = t.end - t.start === m[0].length ? t.lower : CONTRACTED.exec(t.lower)?.[1];
      const kind = word ? PRONOUN_KIND.get(word) : undefined;
      if (!word || !kind) continue;
      if (word === 'i' ? t.text[0] !== 'I' || this.numeralI(i) : t.upper || (t.cap && i !== sentences[t.sentence]?.first && tokens[i - 1]?.text !== '“' && tokens[i - 1]?.text !== '"')) continue;
      const end = t.start + word.length;
      while (qi < raw.length && raw[qi].close < t.start) qi++;
      const q = qi < raw.length && raw[qi].open < t.start ? quotes[qi] : null;
      const speaker = q?.speaker?.entity ? byId.get(q.speaker.entity) ?? null : null;
      let entity: string | null = null;
      if (speakerAt.has(t.start)) entity = speakerAt.get(t.start)!;
      else if (word === 'i' || word === 'me') entity = speaker?.kind === 'person' ? speaker.id : null;
      else if (word === 'we' || word === 'us') entity = !speaker ? null : speaker.kind !== 'person' ? speaker.id : this.countryOf(speaker);
      else if (kind === 'person') entity = this.personFor(t.start, speaker?.id ?? null, chain)?.entity.id ?? null;
      else entity = this.latestGroupBefore(i);
      out.push({ start: t.start, end, text: this.text.slice(t.start, end), entity, kind });
      // he, him, she outside quotations, resolved: links of the chain the next pronouns may follow
      const e = entity && kind === 'person' && word !== 'i' && word !== 'me' && !q ? byId.get(entity) : undefined;
      if (e) chain.push({ entity: e, start: t.start, end, actor: true });
    }
    return out;
  }

  /** The entity of the country a person speaks for ("we" of a foreign minister), when the article names it. */
  private countryOf(person: Entity): string | null {
    if (!person.country || !person.title) return null;
    return this.ctx.entities.find((e) => e.kind === 'country' && e.name === person.country)?.id ?? null;
  }

  /**
   * "I" as a numeral: before a period ("I. M. Pei"), after a name of two capitalised words ("World War I ended"), or
   * after a capitalised word of its sentence and before no verb ("Phase I of the plan"; "this Thanksgiving I hope",
   * "Yesterday I said" are the pronoun).
   */
  private numeralI(i: number): boolean {
    const { tokens } = this;
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (tokens[i].text !== 'I') return false; // ("I'm")
    if (next?.text === '.' || next?.text === ')') return true;
    if (!prev || prev.kind !== 'word' || !prev.cap || prev.sentence !== tokens[i].sentence) return false;
    // (after a name of two capitalised words it ends the name: "World War I ended", "Queen Elizabeth I died")
    const prev2 = tokens[i - 2];
    if (prev2?.kind === 'word' && prev2.cap && prev2.sentence === prev.sentence && prev2.end + 1 === prev.start &&
      !hasTag(prev2.lower, /Preposition|Determiner|Conjunction|Adverb|Pronoun/)) return true;
    if (next?.kind !== 'word' || next.cap) return true;
    // (a word the lexicon does not know reads as the verb: "I hope")
    return !verbInfo(next.lower) && !hasTag(next.lower, /Verb|Infinitive|PresentTense|PastTense|Adverb|Modal|Copula|Auxiliary/) &&
      hasTag(next.lower, /Noun|Plural|Singular|Preposition|Conjunction|Determiner|Adjective/);
  }

  /** The latest body, group or country acting, named outside quotations in the sentence of token `i` or the one before. */
  private latestGroupBefore(i: number): string | null {
    const { mentions, tokens, sentences } = this;
    const off = tokens[i].start;
    const from = sentences[Math.max(0, tokens[i].sentence - 1)]?.start ?? 0;
    const lo = lowerBound(mentions.length, (k) => mentions[k].start < off);
    for (let k = lo - 1; k >= 0 && mentions[k].start >= from; k--) {
      const m = mentions[k];
      if (m.actor && m.entity.kind !== 'person' && !this.insideQuote(m.start)) return m.entity.id;
    }
    return null;
  }

  /** The first rule that finds a speaker. */
  private speakerOf(q: RawQuote, previous: Quote | null, prevParagraphEnd: boolean): Found | null {
    const { tokens } = this;
    const closeTi = this.tokenIndexAt(q.close + 1);
    const openTi = this.tokenIndexAt(q.open);
    const sentOfClose = tokens[Math.min(closeTi, tokens.length - 1)]?.sentence ?? -1;
    const sentOfOpen = tokens[openTi]?.sentence ?? -1;
    // 0. 'NAME said “...”' with the verb right before the quote wins over a later reporting clause
    const directlyCued = openTi > 0 && (SPEECH_VERBS[tokens[openTi - 1]?.lower] !== undefined || (tokens[openTi - 1]?.text === ':' || tokens[openTi - 1]?.text === ',') && SPEECH_VERBS[tokens[openTi - 2]?.lower] !== undefined);
    return (!q.paragraphEnd && closeTi < tokens.length && !directlyCued ? this.clauseAfter(q, closeTi, sentOfClose) : null) ??
      (sentOfOpen >= 0 ? this.clauseBefore(openTi, sentOfOpen) : null) ??
      (closeTi < tokens.length ? this.dashName(q, closeTi) : null) ??
      this.clauseClosingSentence(q, closeTi) ??
      this.colonParagraphBefore(q, openTi) ??
      (closeTi < tokens.length ? this.accordingTo(closeTi) : null) ??
      // 4. Continuation: a quote in a paragraph that continues the previous one's quote, or a second quote
      //    in the same sentence/paragraph with no cue of its own
      (previous && previous.speaker && (prevParagraphEnd || sameParagraph(this.ctx, previous.start, q.start)) ? { speaker: { ...previous.speaker }, cue: null } : null) ??
      (sentOfOpen >= 0 && !q.paragraphEnd ? this.sentenceSubject(openTi, sentOfOpen) : null);
  }

  /** 1. After the quote: ', NAME said' / ', said NAME' / ', he added' / ', NAME, director of ..., said'. */
  private clauseAfter(q: RawQuote, closeTi: number, sentOfClose: number): Found | null {
    const { tokens, text } = this;
    let ti = closeTi;
    if (tokens[ti] && tokens[ti].text === ',') ti++;
    const sentLast = this.sentences[tokens[ti]?.sentence ?? 0]?.last ?? tokens.length;
    const sameLine = tokens[ti] && !/\n/.test(text.slice(q.close + 1, tokens[ti].start));
    if (!(tokens[ti] && sameLine && (tokens[ti].sentence === sentOfClose || tokens[ti].start - q.close < 4))) return null;
    if (SPEECH_VERBS[tokens[ti].lower]) {
      const sp = this.speakerFromToken(ti + 1, sentLast);
      return sp ? { speaker: sp.speaker, cue: tokSpan(text, tokens[ti]) } : null;
    }
    const sp = this.speakerFromToken(ti, sentLast);
    if (sp) {
      // the cue may come after an apposition: "Rami Abdulrahman, director of the ... monitor said"
      for (let k = sp.next; k < sentLast && k < sp.next + 25; k++) {
        if (tokens[k].kind === 'quote') break;
        if (SPEECH_VERBS[tokens[k].lower] !== undefined) return { speaker: sp.speaker, cue: tokSpan(text, tokens[k]) };
      }
    }
    return this.phraseBeforeVerb(ti, sentLast);
  }

  /**
   * Any short phrase between the quotation and a reporting verb is its source: "White House press secretary Josh
   * Earnest said", "panel Chairman Jason Chaffetz (R-Utah) said", "Obama's former campaign strategist said",
   * "my father often said".
   */
  private phraseBeforeVerb(ti: number, sentLast: number): Found | null {
    const { tokens, text } = this;
    let k = ti, depth = 0;
    for (; k < sentLast && k < ti + 14; k++) {
      const tk = tokens[k];
      const abbrev = tk.text === '.' && k > ti && tk.start === tokens[k - 1].end && tokens[k - 1].cap && tokens[k - 1].text.length <= 4; // "Rep."
      if (tk.kind === 'quote' || (depth === 0 && !abbrev && /^[.;:!?]$/.test(tk.text))) break;
      if (tk.text === '(') depth++;
      else if (tk.text === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && SPEECH_VERBS[tk.lower] !== undefined && k > ti) break;
    }
    // a noun phrase: a name, a determiner or possessive, or a word or two before a capitalised one
    // ("panel Chairman", "government spokeswoman Ana")
    const np = tokens[ti].cap || /^(the|a|an|my|his|her|their|our|its|one|two|several|some|another)$/.test(tokens[ti].lower) ||
      [1, 2].some((d) => ti + d < k && tokens[ti + d].cap && tokens[ti + d - 1].kind === 'word');
    if (!(np && k < sentLast && SPEECH_VERBS[tokens[k]?.lower] !== undefined && k > ti)) return null;
    let e = k; // drop adverbs, a parenthesis and commas before the verb
    while (e > ti && (/^(often|also|later|then|once|again|recently|repeatedly|further)$/.test(tokens[e - 1].lower) || /^[,)]$/.test(tokens[e - 1].text))) {
      if (tokens[e - 1].text === ')') { let d = e - 1; while (d > ti && tokens[d].text !== '(') d--; e = d; } else e--;
    }
    if (e <= ti) return null;
    const st = tokens[ti].start, en = tokens[e - 1].end;
    let person: Entity | null = null;
    for (const m of this.mentions) if (m.start >= st && m.end <= en && m.entity.kind === 'person') person = m.entity;
    return { speaker: this.spanSpeaker(person?.id ?? null, st, en), cue: tokSpan(text, tokens[k]) };
  }

  /** 2. Before the quote in the same sentence: 'NAME said: “...”', 'he told his counterpart “...”', 'saying Turkey would “...”'. */
  private clauseBefore(openTi: number, sentOfOpen: number): Found | null {
    const { tokens, text } = this;
    const s = this.sentences[sentOfOpen];
    // the outermost reporting verb of the sentence before the quotation: in "X said Y was “…” when he
    // said …", X reports the whole (nested reports are attributed to their outer speaker)
    let verbTi = -1;
    for (let k = openTi - 1; k >= s.first; k--) {
      if (tokens[k].kind === 'quote' && k !== openTi) break;
      const lemma = SPEECH_VERBS[tokens[k].lower];
      if (lemma === undefined) continue;
      if (verbTi < 0) verbTi = k; // the nearest reporting verb
      else if (REPORTING.has(lemma) && !/ing$/.test(tokens[k].lower)) verbTi = k; // an outer one ("X said Y called it “…”")
    }
    if (verbTi < 0) return null;
    // subject: the nearest mention or pronoun before the verb
    let speaker = this.subjectBefore(verbTi, s.first);
    if (!speaker && /ing$/.test(tokens[verbTi].lower)) {
      // "..., saying Turkey would “handle it”": the subject of the main clause
      for (let k = verbTi - 1; k >= s.first; k--) {
        if (PERSON_PRONOUNS.has(tokens[k].lower)) speaker = this.pronounSpeaker(tokens[k]);
        const m = this.mentionAt.get(tokens[k].start);
        if (m && m.entity.kind === 'person') speaker = this.spanSpeaker(m.entity.id, m.start, m.end);
      }
    }
    return speaker ? { speaker, cue: tokSpan(text, tokens[verbTi]) } : null;
  }

  /** 1a. A dash and a name after the quotation (vox pops, epigraphs): '“...” ― Carla Sanchez'. */
  private dashName(q: RawQuote, closeTi: number): Found | null {
    const { tokens, text } = this;
    let k = closeTi;
    if (tokens[k]?.text === '.') k++;
    if (!(tokens[k] && /^[―—–-]$/.test(tokens[k].text) && !/\n/.test(text.slice(q.close + 1, tokens[k].start)))) return null;
    const first = k + 1;
    let e = first;
    while (e < tokens.length && e < first + 4 && tokens[e].kind === 'word' && tokens[e].cap && !/\n/.test(text.slice(tokens[first].start, tokens[e].end))) e++;
    if (e <= first) return null;
    const m = this.mentionAt.get(tokens[first].start) ?? this.mentionCovering(tokens[e - 1].start, tokens[e - 1].end);
    const st = tokens[first].start, en = tokens[e - 1].end;
    return { speaker: this.spanSpeaker(m && !isPlaceKind(m.entity.kind) ? m.entity.id : null, st, en), cue: null };
  }

  /**
   * 1b. The reporting clause closes the sentence after a partial quotation:
   * '“You squeezed employees” to drive up the price, she said.'
   */
  private clauseClosingSentence(q: RawQuote, closeTi: number): Found | null {
    const { tokens, text } = this;
    const markSentence = tokens[this.tokenIndexAt(q.close)]?.sentence ?? -1; // the sentence of the closing mark itself
    if (q.paragraphEnd || markSentence < 0 || tokens[closeTi]?.sentence !== markSentence) return null;
    const sn = this.sentences[markSentence];
    for (let k = sn.last - 1; k > closeTi && k >= sn.last - 10; k--) {
      if (tokens[k].kind === 'quote') break;
      if (tokens[k].text !== ',') continue;
      const sp = this.speakerFromToken(k + 1, sn.last);
      if (sp && SPEECH_VERBS[tokens[sp.next]?.lower] !== undefined && sp.next + 4 >= sn.last) return { speaker: sp.speaker, cue: tokSpan(text, tokens[sp.next]) };
      break;
    }
    return null;
  }

  /** 2b. 'He said:' closing the previous paragraph, the quotation in its own paragraph. */
  private colonParagraphBefore(q: RawQuote, openTi: number): Found | null {
    const { tokens, text } = this;
    if (!(openTi > 0 && tokens[openTi - 1]?.text === ':' && /\n/.test(text.slice(tokens[openTi - 1].end, q.open)))) return null;
    const verbTi = openTi - 2;
    if (SPEECH_VERBS[tokens[verbTi]?.lower] === undefined) return null;
    const sp = this.subjectBefore(verbTi, this.sentences[tokens[verbTi].sentence]?.first ?? 0);
    return sp ? { speaker: sp, cue: tokSpan(text, tokens[verbTi]) } : null;
  }

  /** 3. "according to NAME" after the quote. */
  private accordingTo(closeTi: number): Found | null {
    const { tokens, text } = this;
    const k = closeTi + (tokens[closeTi]?.text === ',' ? 1 : 0);
    if (!(tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to')) return null;
    const sp = this.speakerFromToken(k + 2, tokens.length);
    return sp ? { speaker: sp.speaker, cue: { start: tokens[k].start, end: tokens[k + 1].end, text: text.slice(tokens[k].start, tokens[k + 1].end) } } : null;
  }

  /**
   * 5. A partial quotation inside a sentence with no reporting verb ("Blige sings ... “American Skin”",
   * "X called the plan “a disaster”"): the subject of the sentence speaks.
   */
  private sentenceSubject(openTi: number, sentOfOpen: number): Found | null {
    const { tokens } = this;
    const s = this.sentences[sentOfOpen];
    if (openTi <= s.first + 1) return null;
    for (let k = s.first; k < openTi && k < s.first + 12; k++) {
      if (tokens[k].kind === 'quote') break;
      const mm = this.mentionAt.get(tokens[k].start);
      if (mm && !isPlaceKind(mm.entity.kind)) return { speaker: this.spanSpeaker(mm.entity.id, mm.start, mm.end), cue: null };
      // a sentence-initial name the entity stage did not keep, followed by a verb: "Johnson tells MSNBC ..."
      if (k === s.first && tokens[k].cap && tokens[k].kind === 'word' && tokens[k + 1]?.kind === 'word' && /(?:s|ed)$/.test(tokens[k + 1].lower) && !tokens[k + 1].cap) {
        return { speaker: this.spanSpeaker(null, tokens[k].start, tokens[k].end), cue: null };
      }
      if (PERSON_PRONOUNS.has(tokens[k].lower) && k === s.first) return { speaker: this.pronounSpeaker(tokens[k]), cue: null };
    }
    return null;
  }

  // tokens, raw quotes and mentions are in text order: binary searches
  private tokenIndexAt(off: number): number {
    const { tokens } = this;
    return lowerBound(tokens.length, (i) => tokens[i].start < off);
  }

  private insideQuote(off: number): boolean {
    const { raw } = this;
    const k = lowerBound(raw.length, (i) => raw[i].open < off);
    return k > 0 && off < raw[k - 1].close;
  }

  /** A speaker for the text span [start, end), linked to an entity or not. */
  private spanSpeaker(entity: string | null, start: number, end: number): Speaker {
    return { entity, start, end, text: this.text.slice(start, end) };
  }

  /** "he" or "she" as the speaker, resolved as every "he" and "she" is (personFor). */
  private pronounSpeaker(t: Token): Speaker {
    return this.spanSpeaker(this.personFor(t.start)?.entity.id ?? null, t.start, t.end);
  }

  /**
   * The person a "he", "him" or "she" at `off` refers to: the first person named earlier in its sentence, else the
   * first named in the sentence before (the subject the article is following: "Har-Shefi pleaded innocent to charges
   * that she failed to report Amir's plan. She took the stand"), else the latest person named before it. Names inside
   * quotations and names of the other gender are passed over, and so is `skip` (the speaker of a quotation is not its "he").
   */
  private personFor(off: number, skip: string | null = null, chain: MentionRef[] = []): MentionRef | null {
    const { mentions, tokens, sentences } = this;
    const fits = this.personFits(off, skip);
    const s = tokens[Math.min(this.tokenIndexAt(off), tokens.length - 1)]?.sentence ?? 0;
    for (const si of [s, s - 1]) {
      const sent = sentences[si];
      if (!sent) continue;
      const to = Math.min(sent.end, off);
      const lo = lowerBound(mentions.length, (i) => mentions[i].start < sent.start);
      let first: MentionRef | null = null;
      for (let k = lo; k < mentions.length && mentions[k].start < to; k++) if (fits(mentions[k])) { first = mentions[k]; break; }
      // (a pronoun resolved before it in that sentence counts as its name: "he told me ... He said")
      const c = lowerBound(chain.length, (i) => chain[i].start < sent.start);
      if (c < chain.length && chain[c].start < to && (!first || chain[c].start < first.start) && fits(chain[c])) return chain[c];
      if (first) return first;
    }
    // (the latest name within the last hundred mentions: a long article's "she" with no woman named does not walk back to its start)
    const lo = lowerBound(mentions.length, (i) => mentions[i].start < off);
    for (let k = lo - 1; k >= 0 && k >= lo - 100; k--) if (fits(mentions[k])) return mentions[k];
    return null;
  }

  /** Whether a mention is a person the pronoun at `off` can refer to: "she" passes over men's names, "he" and "him" over women's. */
  private personFits(off: number, skip: string | null): (m: MentionRef) => boolean {
    const pronoun = this.text.slice(off, off + 3).toLowerCase();
    const want = pronoun === 'she' ? 'f' : /^(?:he|him)\b/.test(pronoun) ? 'm' : null;
    return (m) => {
      if (m.entity.kind !== 'person' || m.entity.id === skip || this.insideQuote(m.start)) return false;
      const g = want ? this.genderOf(m.entity) : null;
      return !want || g === null || g === want;
    };
  }

  private genderOf(e: Entity): 'f' | 'm' | null {
    let g = this.genders.get(e);
    if (g === undefined) { g = nameGender(e.name, e.title); this.genders.set(e, g); }
    return g;
  }

  /** The subject of a reporting clause: the nearest actor mention or pronoun before token `verbTi`. */
  private subjectBefore(verbTi: number, first: number): Speaker | null {
    const { tokens } = this;
    // adverbs between the subject and the verb: "the mayor also said"
    while (verbTi - 1 >= first && /^(also|later|then|previously|repeatedly|again|once|further|publicly|privately|recently|earlier)$/.test(tokens[verbTi - 1].lower)) verbTi--;
    for (let k = verbTi - 1; k >= first && k >= verbTi - 8; k--) {
      if (tokens[k].kind === 'quote') break;
      // the subject is in the verb's clause: "hatred of Clinton among his supporters, the Vermont senator acknowledged"
      if (/^[,;:(—–]$/.test(tokens[k].text) && k < verbTi - 1) break;
      const mm = this.mentionAt.get(tokens[k].start) ?? this.mentionCovering(tokens[k].start, tokens[k].end);
      if (mm && !isPlaceKind(mm.entity.kind)) return this.spanSpeaker(mm.entity.id, mm.start, mm.end);
      if (PERSON_PRONOUNS.has(tokens[k].lower)) return this.pronounSpeaker(tokens[k]);
    }
    // no entity: the words right before the verb, when they are a name ("Peabody said") or a noun phrase
    // opened by a determiner ("The Indiana governor said", "the letter reads")
    const v = verbTi - 1;
    if (v >= first && tokens[v].kind === 'word') {
      let k = v;
      while (k > first && k > v - 4 && tokens[k - 1].kind === 'word' && tokens[k - 1].cap) k--;
      if (tokens[k].cap && (k === v || tokens[v].cap)) {
        const det = k - 1 >= first && /^(the|a|an)$/i.test(tokens[k - 1].lower) ? k - 1 : k;
        if (tokens[det].cap || det < k) return this.spanSpeaker(null, tokens[det].start, tokens[v].end);
      }
      for (let d = v; d >= first && d >= v - 4; d--) {
        if (tokens[d].kind !== 'word' && tokens[d].kind !== 'possessive') break;
        if (/^(the|a|an|his|her|their|its)$/i.test(tokens[d].lower)) return this.spanSpeaker(null, tokens[d].start, tokens[v].end);
      }
    }
    return null;
  }

  private mentionCovering(s: number, e: number): MentionRef | undefined {
    const { mentions } = this;
    const m = mentions[lowerBound(mentions.length, (i) => mentions[i].start <= s) - 1];
    return m && m.start <= s && m.end >= e ? m : undefined;
  }

  private speakerFromToken(ti: number, stopAt: number): { speaker: Speaker; next: number } | null {
    const { tokens, mentionAt } = this;
    const t = tokens[ti];
    if (!t || ti >= stopAt) return null;
    let m = mentionAt.get(t.start);
    // "said Rep. Jim Clyburn", "added former Defence Minister Ali Akbar", "said the Rev. Peter Wherry": a title before the name
    for (let k = ti; !m && k < stopAt && k < ti + 5 && tokens[k].kind !== 'quote' && (tokens[k].cap || tokens[k].text === '.' || /^(former|retired|then)$/.test(tokens[k].lower) || (k === ti && tokens[k].lower === 'the')); k++) {
      m = mentionAt.get(tokens[k].start) ?? undefined;
      if (m && m.entity.kind !== 'person') m = undefined;
    }
    if (m) {
      let k = ti;
      while (k < tokens.length && tokens[k].end <= m.end) k++;
      return { speaker: this.spanSpeaker(m.entity.id, m.start, m.end), next: k };
    }
    if (PERSON_PRONOUNS.has(t.lower)) return { speaker: this.pronounSpeaker(t), next: ti + 1 };
    if (/^(they|we|i)$/.test(t.lower)) return { speaker: this.spanSpeaker(null, t.start, t.end), next: ti + 1 };
    // a name the entity stage did not keep ("Tester said"): one to four capitalised words before a speech verb
    if (t.kind === 'word' && t.cap) {
      const named = this.unkeptName(ti, stopAt);
      if (named) return named;
    }
    // "the statement said", "the ministry said", "state media said", "a spokesman said"
    if (/^(the|a|an|state|his|her|its|their)$/.test(t.lower)) {
      let k = ti + 1;
      while (k < stopAt && k < ti + 5 && (tokens[k].kind === 'word' || tokens[k].kind === 'possessive') && !SPEECH_VERBS[tokens[k].lower]) {
        const inner = mentionAt.get(tokens[k].start);
        if (inner) return this.speakerFromToken(k, stopAt);
        k++;
      }
      if (k > ti + 1 && k < stopAt && SPEECH_VERBS[tokens[k].lower]) {
        const s = t.start, e = tokens[k - 1].end;
        return { speaker: this.spanSpeaker(null, s, e), next: k };
      }
    }
    return null;
  }

  /** One to four capitalised words at `ti` before a speech verb, a name the entity stage did not keep ("Tester said"). */
  private unkeptName(ti: number, stopAt: number): { speaker: Speaker; next: number } | null {
    const { tokens } = this;
    const t = tokens[ti];
    let k = ti;
    // (with the period of "Mr." or "Sen." inside)
    while (k < stopAt && k < ti + 5 && ((tokens[k].kind === 'word' && tokens[k].cap) || (tokens[k].text === '.' && tokens[k].start === tokens[k - 1].end && k > ti))) k++;
    // "Mr. Morgan of the Sierra Club said": the name, then its affiliation, then the verb;
    // "Flynn, a top campaign surrogate, said": the name, an apposition between commas, then the verb
    let after = k;
    if (k > ti && tokens[k]?.text === ',') {
      for (let m = k + 1; m < stopAt && m < k + 14; m++) {
        if (tokens[m].kind === 'quote') break;
        if (tokens[m].text === ',' && SPEECH_VERBS[tokens[m + 1]?.lower] !== undefined) { after = m + 1; break; }
      }
    }
    if (after === k && k > ti && /^(of|at|from)$/.test(tokens[k]?.lower ?? '')) {
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const m0 = m;
      while (m < stopAt && m < m0 + 5 && tokens[m].kind === 'word' && tokens[m].cap) m++;
      if (m > m0 && m < stopAt && SPEECH_VERBS[tokens[m].lower] !== undefined) after = m;
    }
    if (k > ti && after < stopAt && SPEECH_VERBS[tokens[after].lower] !== undefined) {
      const inner = this.mentionAt.get(tokens[k - 1].start) ?? this.mentionCovering(tokens[k - 1].start, tokens[k - 1].end);
      const st = t.start, en = tokens[k - 1].end;
      return { speaker: this.spanSpeaker(inner && inner.entity.kind === 'person' ? inner.entity.id : null, st, en), next: after };
    }
    return null;
  }
}

function tokSpan(text: string, t: Token): Span { return { start: t.start, end: t.end, text: text.slice(t.start, t.end) }; }

function sameParagraph(ctx: AttributionContext, a: number, b: number): boolean {
  // no blank line between the two offsets
  return !/\n[ \t\r\f\v]*\n/.test(ctx.text.slice(a, b));
}

/** Verbs that report speech or writing outright (not "continued", "called", "urged"): an outer report wins. */
const REPORTING = new Set(['say', 'tell', 'claim', 'report', 'announce', 'insist', 'argue', 'state', 'write', 'declare', 'note', 'acknowledge', 'suggest', 'add']);
