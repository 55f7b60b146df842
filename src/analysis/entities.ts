/**
 * Actors and places: capitalised chunks and demonym phrases, classified by gazetteers, titles,
 * organisation heads, first-name lists and context, then merged into document-wide entities.
 */
import { gazetteer, type Country } from './gazetteer';
import {
  ACTOR_MODIFIERS, ACTOR_NOUNS, BARE_GROUPS, TRAILING_ORG_HEADS, LEADING_ORG_HEADS, PORTFOLIO_WORDS, bodyWordKind, hasTag, wordTable, isCommonWord, tagsOf, isFirstName, isLastName, isGivenName, isFamilyName, isTitleHead,
  isTitleWord, knownOrganization, orgHeadKind, SPEECH_VERBS, verbInfo, isAuxiliary, isNickname,
} from './lexicon';
import { entityKey, FACILITY_NOUN, GROUP_NOUN, isGroupNoun, isLeadersRegime, isNameText, isPlaceKind, LEADERS_REGIME, UNNAMED_HOLDER, type Corrections, type Dateline, type Entity, type EntityKind, type Mention, type MentionRole } from './types';
import { ARABIC_ARTICLES, lowerBound, type Sentence, type Token } from './tokenize';

/** One mention before merging. */
export interface Candidate {
  start: number;
  end: number;
  kind: EntityKind;
  /** Canonical name proposed by this mention (e.g. "Aleppo province", "Syria" for "Syria’s"). */
  name: string;
  title: string | null;
  country: string | null;
  evidence: string;
  role: MentionRole;
  /** A single capitalised word with no evidence of being a name: kept only if the document confirms it. */
  guess?: boolean;
  /** Kept only as a surname of a person the article names in full (a word in an all-caps heading). */
  surnameOnly?: boolean;
  /** A name used as a modifier ("the Dole campaign"): joins the person or place of that name, else dropped. */
  modifier?: boolean;
  /** A title with no name ("the Foreign Secretary"): joins the person the article names with that title, else dropped. */
  titleOnly?: boolean;
  /** Token index range of the mention. */
  t0: number;
  t1: number;
  /**
   * Set when the candidate is a single capitalised word that is dropped if the document also uses
   * it in lower case ("Images showed ..." next to "images"): decided document-wide, after the
   * paragraph-local stage.
   */
  unlessLower?: string;
}

/**
 * Last words that make a capitalised phrase a law, a document, an event or a prize: named, but neither
 * an actor nor a place ("13th Amendment", "Paris Agreement", "World Cup", "Nobel Prize").
 */
const OTHER_HEADS = new Set(['amendment', 'act', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'constitution', 'declaration',
  'resolution', 'doctrine', 'initiative', 'war', 'cup', 'games', 'olympics', 'championship', 'championships', 'prize', 'award',
  'awards', 'festival', 'marathon', 'derby', 'grand prix', 'open', 'trophy', 'tournament', 'index', 'protocol', 'charter',
  // sporting events named like bodies: "PGA Tour", "World Series", "BellSouth Classic", "Pro Bowl", "IAAF Grand Prix Final"
  'tour', 'series', 'classic', 'bowl', 'final', 'finals', 'masters', 'rally', 'regatta', 'olympiad']);

/**
 * Kinds of place: last words that make a capitalised phrase a place ("Wall Street", "Gaza Strip", "Golan Heights",
 * "Mosul Dam"), and lower-case words after a name that make it one ("the Pamir mountains", "the Batajnica airport").
 */
const PLACE_HEADS = new Set(['street', 'road', 'avenue', 'square', 'bridge', 'river', 'mountains', 'mountain', 'hills', 'valley',
  'strip', 'island', 'islands', 'sea', 'ocean', 'gulf', 'lake', 'airport', 'airbase', 'desert', 'peninsula', 'heights', 'plateau',
  'plain', 'plains', 'basin', 'strait', 'straits', 'canal', 'coast', 'bay', 'highway', 'motorway', 'crossing', 'checkpoint', 'border',
  'enclave', 'corridor', 'port', 'harbour', 'harbor', 'dam', 'refinery', 'sanatorium', 'district', 'county', 'governorate',
  'province', 'oblast', 'prefecture']);
/** First words that make a capitalised phrase a place: "Mount Sinjar", "Fort Campbell", "Lake Chad", "Cape Horn", "Camp Bastion". */
const PLACE_LEADS = new Set(['mount', 'mt', 'fort', 'ft', 'lake', 'cape', 'camp',
  // (Arabic words of place: valley, mountain, village, spring, monastery)
  'wadi', 'jabal', 'jebel', 'kafr', 'ayn', 'ain', 'deir', 'dayr']);
/** Holidays named by one word ("Thanksgiving", "Christmas"): times, no names (the dates find them). */
const HOLIDAY = /^(?:Christmas|Easter|Thanksgiving|Ramadan|Hanukkah|Diwali|Passover|Eid)$/;
/** The ordinal of a rank's class in words: "Private First Class" ("1st Class" is read from its tokens). */
const RANK_ORDINAL = /^(?:First|Second|Third)$/;
/** First words of a natural feature named "of" something: "Gulf of Aden", "Bay of Bengal", "Strait of Hormuz". */
const OF_FEATURES = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'isle', 'isles', 'lake', 'cape', 'mount', 'island', 'islands', 'valley']);
const COMPASS = new Set(['west', 'east', 'north', 'south']);
/** A word of origin or faith used as an adjective: "Kurdish", "Islamic", "Moslem", "South Korean". */
function originWord(lower: string, ic = true): boolean {
  return gazetteer().demonyms.has(lower) || adjectiveOfOrigin(lower) || FAITHS.has(lower) || (ic && /[^aeiou]ic$/.test(lower));
}
/** An adjective by the lexicon or by its ending ("-ean", "-ian", "-ish", "-ese"). */
function adjectiveOfOrigin(lower: string): boolean {
  return hasTag(lower, /^(Demonym|Adjective)$/) || /(?:ean|ian|ish|ese)$/.test(lower);
}
/** Faiths and their branches, used as adjectives ("Moslem militants", "Sunni rebels"). */
const FAITHS = new Set(['muslim', 'moslem', 'islamist', 'jihadist', 'sunni', 'shia', 'shiite', "shi'ite", 'christian', 'catholic',
  'protestant', 'orthodox', 'jewish', 'hindu', 'sikh', 'buddhist', 'evangelical', 'salafist', 'salafi']);
/** Time zones and sports statistics written like acronyms. */
const NOT_ACRONYMS = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'msk', 'jst',
  'rbi', 'era', 'mph', 'kph', 'km', 'kg', 'pct', 'ot',
  // figures and indicators of business and economic reports
  'mln', 'bln', 'vs', 'gdp', 'gnp', 'cpi', 'ppi', 'pmi', 'ipo', 'eps', 'ytd', 'yoy', 'qtr', 'shrs', 'avg', 'revs', 'nav', 'roi', 'ebit', 'ebitda']);

/** Lower-case nouns before a name that say what it names: "news agency Tanjug", "club Atalanta". */
const APPOSITIVE_BODIES: Record<string, EntityKind> = /* @__PURE__ */ wordTable({
  agency: 'media', newspaper: 'media', daily: 'media', weekly: 'media', broadcaster: 'media', magazine: 'media', tabloid: 'media',
  club: 'organization', side: 'organization', team: 'organization', firm: 'organization', company: 'organization',
  group: 'organization', maker: 'organization', bank: 'organization', insurer: 'organization', retailer: 'organization',
  carrier: 'organization', airline: 'organization', party: 'organization', chain: 'organization', conglomerate: 'organization',
  subsidiary: 'organization', brewer: 'organization', publisher: 'organization', manufacturer: 'organization', lender: 'organization',
  militia: 'armed_group',
});
/** A word opened by the Arabic article ("al-Sham", "ut-Tahrir"). */
const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES})[-'’]`, 'i');
/** One to three syllables of a romanised Chinese, Korean or Vietnamese given name ("donghai", "jinping", "shui", "yeh"). */
const ROMANISED_SYLLABLES = /^(?:(?:ch|sh|zh|ts|hs|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|n|h|r|m|k|p|t)?){1,3}$/;

/** An initial: a capital letter with its full stop right after it ("J." in "J. Adams"). */
function initialAt(tokens: Token[], i: number): boolean {
  const t = tokens[i], dot = tokens[i + 1];
  return !!t && !!dot && dot.text === '.' && dot.start === t.end && t.text.length <= 2 && /^\p{Lu}$/u.test(t.text);
}

/** Particles inside a person's name ("bin", "van", "de"): a title's name goes on over them. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'du', 'del', 'della', 'da', 'dos', 'la', 'le', 'abu', 'ben']);
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'la', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'az', 'ash', 'ar', 'ez', 'and', '&', 'the']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'towards', 'toward', 'outside', 'across', 'around',
  'inside', 'through', 'throughout', 'via', 'within', 'between', 'entered', 'visited', 'reached', 'captured', 'seized', 'retake',
  'retook', 'including', 'and', 'north', 'south', 'east', 'west', 'of', 'northern', 'southern', 'eastern', 'western', 'linking']);
const REGION_WORDS: Record<string, string> = /* @__PURE__ */ wordTable({
  province: 'province', region: 'region', governorate: 'governorate', district: 'district', county: 'county',
  state: 'state', oblast: 'oblast', prefecture: 'prefecture', valley: 'valley', countryside: 'countryside',
});
const COMPOUND_SUFFIX = /^(.+?)[-‐](based|backed|led|run|born|allied|funded|controlled|held|supported|aligned|affiliated|owned|made|sponsored)$/i;
const NON_NAME_CAPS = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'no', 'the', 'a', 'an', 'it', 'he', 'she', 'we', 'they', 'in', 'on', 'but', 'and', 'as',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', "i'm", "i've", "i'd", "i'll", 'first', 'second', 'third', 'fourth', 'fifth', 'sixth',
  'seventh', 'eighth', 'ninth', 'tenth', 'last', 'next']);

function titleCase(s: string): string {
  // (acronyms stay as written: "CEO", "UN")
  // (and "of", "for", "the", "and" inside stay in lower case: "Minister of Defence")
  // (and initials with their periods: "U.S. Commerce Secretary")
  return s.replace(/[\p{L}\p{M}.']+/gu, (w) => (/^\p{Lu}{2,}$|^(?:\p{Lu}\.){2,}$/u.test(w) ? w : w.toLowerCase())).replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())
    .replace(/(?<=\s)(Of|For|The|And)(?=\s)/g, (w) => w.toLowerCase()).replace(/-(Elect|Designate)\b/g, (w) => w.toLowerCase());
}
/** Words before a title that make it another office: "Vice President", "Deputy Attorney General", "Press Secretary". */
const RANK_BELOW = /(?:^|[\s-])(?:vice|deputy|assistant|acting|former|under|associate|interim|press|junior|lieutenant|co)$/;

/** Strip a possessive and surrounding punctuation/quote marks from a token range; returns char offsets. */
function trimmed(tokens: Token[], t0: number, t1: number): [number, number] | null {
  while (t0 < t1 && tokens[t0].kind !== 'word' && tokens[t0].kind !== 'number') t0++;
  while (t1 > t0 && tokens[t1 - 1].kind !== 'word' && tokens[t1 - 1].kind !== 'number') t1--;
  if (t0 >= t1) return null;
  return [tokens[t0].start, tokens[t1 - 1].end];
}

/** A word read as a verb: a speech verb, an auxiliary, or a tensed verb form (not a gerund). */
export function isVerbToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (SPEECH_VERBS[t.lower] || isAuxiliary(t.lower)) return true;
  const v = verbInfo(t.lower);
  return !!v && v.tense !== 'Gerund';
}

/** Personal-name particles that stand before a surname ("al-Assad" -> "assad"). */
export function surnameKey(word: string): string {
  return word.toLowerCase().replace(/^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|van|von|de|di|da|du|le|la|d|o)[-'’]/, '').replace(/[’']s$/, '');
}

export interface EntityContext {
  /** Lower-case words that occur in lower case somewhere in the document ("factions"). */
  lowerWords?: Set<string>;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  corrections?: Corrections;
}

const CALENDAR_WORD = /^(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Prepositions of place that compromise files as adjectives ("Near Palmyra, one strike ..."): never the start of a name. */
const SPATIAL_PREPOSITIONS = new Set(['near', 'outside', 'inside', 'beyond', 'behind', 'beside', 'amid', 'amidst', 'opposite']);
/** Prepositions after which a name is a place, whatever it looks like (not "in" or "at": "confidence in Blair", "aimed at Dole"). */
const PLACE_ONLY_PREPS = new Set(['near', 'outside', 'inside', 'towards', 'toward', 'into', 'across']);
/** Navies' ship prefixes (United States, Royal, Australian, Canadian, New Zealand, French, Indian, Argentine, Russian, Singapore, Japanese, Turkish). */
const SHIP_PREFIX = /^(?:uss|usns|uscgc|hms|hmas|hmcs|hmnzs|fs|ins|ara|rfs|rss|jds|tcg)$/;
/** The evidence of a one-word person guess that only acts or speaks: any better evidence about the word wins over it. */
const WEAK_PERSON_EVIDENCE = /^(?:single name|subject of|speaker after)/;
/** Words that date or qualify a role, before the name of the body or the person ("former", "veteran"). */
const ROLE_TIME_WORDS = /^(?:former|ex|late|veteran|retired|outgoing|incoming|then|fellow|rival)$/;
/** Adverbs of time or sequence that open a sentence without a comma ("Later Hamas said", "Yesterday Barack Obama ..."). */
const OPENING_ADVERBS = /^(?:later|earlier|soon|still|afterwards?|yesterday|today|tonight|tomorrow|recently|previously|subsequently|eventually|finally|again|instead|meanwhile|now|thereafter|overnight|separately|also)$/;
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|several|many|some|both|most)$/;
const COMPANY_ABBREVIATION = /\b(?:Inc|Corp|Co|Ltd|Bros|Cos|Corps)$/;

/**
 * A candidate in the one shape every candidate has: the same keys in the same order, the optional ones undefined when
 * unset. The rules make them from literals of many key sets; read in the stages after (merging, places, titles) through
 * property loads that saw a dozen shapes, V8's inline caches went megamorphic (a hash probe per load).
 */
function shaped(c: Omit<Candidate, 'start' | 'end'>, start: number, end: number): Candidate {
  return { start, end, kind: c.kind, name: c.name, title: c.title, country: c.country, evidence: c.evidence, role: c.role, guess: c.guess,
    surnameOnly: c.surnameOnly, modifier: c.modifier, titleOnly: c.titleOnly, t0: c.t0, t1: c.t1, unlessLower: c.unlessLower };
}

/** The words in lower case that open something in findCandidates, but for an actor noun before "of": one set to ask, not three. */
const LOWER_OPENERS = /* @__PURE__ */ new Set(['the', ...BARE_GROUPS, ...ACTOR_MODIFIERS]);

export function findCandidates(ctx: EntityContext): Candidate[] {
  const { text, tokens, sentences } = ctx;
  const gz = gazetteer();
  const out: Candidate[] = [];
  const add = (c: Omit<Candidate, 'start' | 'end'> & { start?: number; end?: number }) => {
    const r = c.start !== undefined && c.end !== undefined ? [c.start, c.end] as [number, number] : trimmed(tokens, c.t0, c.t1);
    if (!r) return;
    // a company's abbreviated form keeps its period ("NationsBank Corp. could"), unless the period also ends the sentence
    if (text[r[1]] === '.' && COMPANY_ABBREVIATION.test(text.slice(Math.max(r[0], r[1] - 5), r[1])) && !/^\.(?:\s+\p{Lu}|\s*$)/u.test(text.slice(r[1], r[1] + 3))) r[1]++;
    out.push(shaped(c, r[0], r[1]));
  };

  for (const s of sentences) {
    const headline = isTitleCaseLine(tokens, s);
    let i = s.first;
    while (i < s.last) {
      const t = tokens[i];
      // Most tokens, words in lower case and punctuation, open nothing below but a group ("police", "rebels"), a
      // title after "the" or an actor noun "of" a country: the other rules ask for a capital letter, so they are not
      // tried on them.
      if (!t.cap && !t.upper && (t.kind !== 'word' || (!LOWER_OPENERS.has(t.lower) && !(tokens[i + 1]?.lower === 'of' && ACTOR_NOUNS[t.lower])))) { i++; continue; }
      const initial = initialAt(tokens, i) && tokens[i + 2]?.cap;
      // a number opening a sentence counts people or things ("Three Russian soldiers", "Seven Iraqis"): not part of a name
      if (t.cap && !t.upper && COUNT_WORDS.test(t.lower) && tokens[i + 1]?.cap) { i++; continue; }
      // nor does a word that dates a role ("Former England captain Will Carling", "Veteran Australian ...")
      if (t.cap && !t.upper && i === s.first && (ROLE_TIME_WORDS.test(t.lower) || OPENING_ADVERBS.test(t.lower)) && tokens[i + 1]?.cap) { i++; continue; }
      if (headline && headlineCommonWord(t) && !demonymAt(t) && !initial) { i++; continue; }
      // 1. Actor phrases, "<who> [modifiers] <actor noun>": an actor of a country or of a kind of body, its words up to `end`
      const phrase = (end: number, kind: EntityKind, country: string | null, evidence: string) => {
        add({ t0: i, t1: end, kind, name: text.slice(t.start, tokens[end - 1].end).replace(/\s+/g, ' '), title: null, country, evidence, role: 'actor' });
        i = end;
      };
      // 1a. A demonym or a "<country>-backed" compound: "Syrian government forces", "Iranian-backed militias"
      // (before a person's name the noun is a role: "Turkish envoy Ali Can")
      const dem = demonymAt(t);
      const afterDem = dem ? actorPhraseAfter(tokens, i, s.last) : null;
      if (dem && afterDem && !beforePersonName(tokens, afterDem.end, s.last)) {
        phrase(afterDem.end, afterDem.kind, dem.country.name, `${dem.how} + "${tokens[afterDem.end - 1].text}"`);
        continue;
      }
      // 1b. An actor noun "of" a country: "the government of Iraq", "the authorities of Yemen" (as "the Iraqi government")
      // ("of" first: a table lookup for every word of an article is what this costs otherwise)
      const ofKind = tokens[i + 1]?.lower === 'of' && t.kind === 'word' && !t.cap ? ACTOR_NOUNS[t.lower] : undefined;
      const c0 = ofKind && i + 2 < s.last ? (tokens[i + 2].lower === 'the' ? i + 3 : i + 2) : -1;
      const ofCountry = c0 >= 0 && c0 < s.last ? countryBefore(tokens, c0, s.last) : null;
      if (ofKind && ofCountry) {
        phrase(ofCountry.last + 1, ofKind, ofCountry.country.name, `"${t.lower} of" + country "${text.slice(tokens[c0].start, tokens[ofCountry.last].end)}"`);
        continue;
      }
      // 1c. A body named by its kind: "Coalition military forces", "Government troops" (a body's own name comes first
      // when one follows: "Coalition Provisional Authority")
      const bodyKind = t.kind === 'word' && t.cap && !t.upper && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].cap ? bodyWordKind(t.lower) : null;
      const afterBody = bodyKind ? actorPhraseAfter(tokens, i, s.last) : null;
      if (afterBody && !beforePersonName(tokens, afterBody.end, s.last)) {
        phrase(afterBody.end, afterBody.kind, null, `body "${t.text}" + "${tokens[afterBody.end - 1].text}"`);
        continue;
      }
      // 1d. A country's name in a demonym's place: "U.S. forces", "UK officials", "the South Korea government"
      const named = countryBefore(tokens, i, s.last);
      // (a compound written apart after an abbreviation: "U.S.-led coalition")
      const dash = named && tokens[named.last + 1]?.text === '-' && tokens[named.last + 1].start === tokens[named.last].end &&
        tokens[named.last + 2]?.start === tokens[named.last + 1].end && /^(?:led|backed|allied|funded|supported|sponsored)$/.test(tokens[named.last + 2].lower) ? named.last + 2 : -1;
      const afterCountry = named ? actorPhraseAfter(tokens, dash >= 0 ? dash : named.last, s.last) : null;
      if (named && afterCountry && !beforePersonName(tokens, afterCountry.end, s.last)) {
        phrase(afterCountry.end, afterCountry.kind, named.country.name, `country "${text.slice(t.start, tokens[named.last].end)}"${dash >= 0 ? `-${tokens[dash].lower}` : ''} + "${tokens[afterCountry.end - 1].text}"`);
        continue;
      }
      // 1e. A group named by what it is, no country or body before it: "police", "the army", "rebels", "government forces"
      // (not after a possessive, which says whose: "Turkey's troops", "their fighters"; not as a modifier: "military operations")
      const bare = t.kind === 'word' && !t.upper && (!t.cap || i === s.first) && (BARE_GROUPS.has(t.lower) || ACTOR_MODIFIERS.has(t.lower)) ? bareGroupAt(tokens, i, s.last) : null;
      if (bare) {
        add({ t0: i, t1: bare.end, kind: bare.kind, name: text.slice(t.start, tokens[bare.end - 1].end).replace(/\s+/g, ' ').toLowerCase(),
          title: null, country: null, evidence: `${GROUP_NOUN} "${tokens[bare.end - 1].lower}"`, role: 'actor' });
        i = bare.end;
        continue;
      }
      // 1f. A title in lower case after "the" ("the secretary said", "the prime minister"): a mention of the one person the
      // article names with that title (decided at merge time)
      const titled = t.lower === 'the' && t.kind === 'word' ? lowerTitleAfter(tokens, i + 1, s.last) : 0;
      if (titled) {
        const alone = titleCase(text.slice(tokens[i + 1].start, tokens[titled - 1].end));
        add({ t0: i + 1, t1: titled, kind: 'person', name: alone, title: alone, country: null, evidence: 'a title with no name', role: 'actor', titleOnly: true });
        i = titled;
        continue;
      }
      if (t.kind === 'word' && t.cap && !t.upper && (isFunctionWord(t.lower) || SPATIAL_PREPOSITIONS.has(t.lower)) && !initial && !opensFamilyName(tokens, i, s) &&
        !modalNamed(tokens, i, s, headline)) { i++; continue; }
      if (t.kind === 'word' && (t.cap || t.upper)) {
        // 2. A chunk of capitalised words, with connectors inside
        let j = i + 1;
        while (j < s.last) {
          const u = tokens[j];
          // in a title-case headline ("Putin Backs Ivanov Plan") capitalised verbs and common nouns separate names
          // (but a first name keeps its surname: "Michael Green", "Tiger Woods")
          if (headline && headlineCommonWord(u) && !(j === i + 1 && isGivenName(t.lower))) break;
          // (the pronoun "I" after one capitalised word is no numeral of it: "This Thanksgiving I want"; "Phase I of", "King
          // Baudouin I was" keep it)
          // (nor after a given name: "Pedro I proclaimed")
          if (u.text === 'I' && j - i === 1 && tokens[j + 1] && j + 1 < s.last && tokens[j + 1].kind === 'word' && !tokens[j + 1].cap && tokens[j + 1].lower !== 'of' &&
            !isGivenName(t.lower)) break;
          // a nickname in quotation marks inside a person's name: `John “J.D.” Dorrian`, `Richard "Tex" Coe`
          if (u.kind === 'quote' && u.start === tokens[j - 1].end + 1) {
            let q = j + 1;
            while (q < s.last && q < j + 8 && tokens[q].kind !== 'quote') q++;
            if (q + 1 < s.last && tokens[q].kind === 'quote' && isNickname(text, u.start, tokens[q].start) && tokens[q + 1].cap) { j = q + 1; continue; }
          }
          // (a shouted label after a name starts a field of its own: "Acme Building Authority DELIVERY: 45 days")
          if (u.upper && u.kind === 'word' && tokens[j + 1]?.text === ':' && !tokens[j - 1].upper) break;
          if (u.kind === 'word' && (u.cap || u.upper) && u.start - tokens[j - 1].end <= 1 && !/\n/.test(text.slice(tokens[j - 1].end, u.start))) { j++; continue; }
          // an initial: "J. Adams", "T.O'Gorman", "George W. Bush"
          const after = tokens[j + 1];
          if (u.text === '.' && initialAt(tokens, j - 1) && after && j + 1 < s.last && after.kind === 'word' && after.cap && after.start - u.end <= 1) { j += 2; continue; }
          // "St. Petersburg", "Mt. Kenya", "Ft. Worth"
          if (u.text === '.' && /^(?:st|mt|ft)$/.test(tokens[j - 1].lower) && u.start === tokens[j - 1].end && after && j + 1 < s.last && after.kind === 'word' && after.cap) { j += 2; continue; }
          if (u.kind === 'word' && CONNECTORS.has(u.lower) && j + 1 < s.last) {
            // allow "of", "for", "of the" between capitalised words
            let k = j + 1;
            if (tokens[k].lower === 'the' && k + 1 < s.last) k++;
            // not into a date ("West Bank on Monday"), nor after a lone capitalised common word ("Traders on Wall Street")
            // (nor into a holiday: "Syria on Thanksgiving Day", "Baghdad on Christmas Eve")
            const intoDate = CALENDAR_WORD.test(tokens[k].lower) || tokens[k].lower === 'may' ||
              (u.lower === 'on' && tokens.slice(k, Math.min(k + 3, s.last)).some((x) => x.cap && (HOLIDAY.test(x.text) || /^(?:Day|Eve)$/.test(x.text))));
            const loneCommon = j - i === 1 && i === s.first && (isCommonWord(t.lower) || isCommonWord(t.lower.replace(/s$/, ''))) && !orgHeadKind(t.lower) && !isTitleHead(t.lower);
            // ("Johnson Controls Inc and Lear Corp": two firms; "Test and County Cricket Board": one body)
            // ("Israel and the Palestine Liberation Organisation": a country does not open a body's name)
            // (a place's name has at most eight words: a longer chunk is not looked up)
            const leftPlace = j - i <= 8 ? placeOfWords(tokens, i, j) : null;
            const twoBodies = u.lower === 'and' && (COMPANY_ABBREVIATION.test(tokens[j - 1].text) || leftPlace?.kind === 'country');
            // ("and" joins the words of one body's name, not two names each with its "the": "Test and County Cricket
            // Board", "Guangdong Post and Telecommunications Administration" are one; "the Government of Iraq and the
            // Kurdistan Regional Government" two)
            // (not after a person named with a title: "Commerce Secretary Ron Brown and Pentagon Press Secretary Peter Cook")
            // (asked of "and" only: the other connectors join without it)
            const andJoins = u.lower === 'and' && !tokens.slice(Math.max(i, j - 6), j).some((x) => x.cap && isTitleHead(x.lower)) &&
              ((chunkHasOrgHead(tokens, k, s.last) && tokens[j + 1]?.lower !== 'the') || nameGoesOn(tokens, i, j, k, s.last));
            // ("Alexander the Great" is one name; "in Paris the Foreign Secretary will" two phrases)
            const theSplits = u.lower === 'the' && (isTitleWord(tokens[k].lower) || !!leftPlace);
            // ("left Raqqa for Fallujah": a town or a country does not open a body's name with "for" or "of")
            // (unless the place's word heads bodies, "Center for American Progress", or the whole is a place: "United States of America")
            const placeBefore = (u.lower === 'for' || u.lower === 'of') && !orgHeadKind(tokens[j - 1].lower) &&
              /^(?:city|country)$/.test(leftPlace?.kind ?? '') &&
              ![1, 2, 3].some((n) => k + n <= s.last && placeOfWords(tokens, i, k + n));
            // ("the Yazidis on Mount Sinjar": "on" a place is where they are, not a body "on" a matter: "Council on Foreign Relations")
            const onPlace = u.lower === 'on' && (PLACE_LEADS.has(tokens[k].lower) || !!placeLookup(tokens[k].lower)) && !chunkHasOrgHead(tokens, i, j);
            if (!intoDate && !loneCommon && !twoBodies && !theSplits && !placeBefore && !onPlace && tokens[k].kind === 'word' && tokens[k].cap && !(u.lower === 'and' && !/&/.test(u.text) && !andJoins)) { j = k; continue; }
          }
          if (u.text === '&' && j + 1 < s.last && tokens[j + 1].cap) { j++; continue; }
          break;
        }
        classifyChunk(ctx, s, i, j, add);
        i = j;
        continue;
      }
      i++;
    }
  }
  for (const c of out) { withOrdinal(text, tokens, c); withNumber(text, tokens, c); }
  // (only the sentences with a word of attack or capture, or a holder, are read word by word)
  if (STRIKE_HINT.test(text)) for (const s of sentences) if (STRIKE_HINT.test(text.slice(s.start, s.end))) facilities(tokens, s, add);
  return out;
}

/** What an attack hits or a group holds: its last word. */
const FACILITY_HEADS = new Set(['building', 'buildings', 'position', 'positions', 'bridge', 'bridges', 'tunnel', 'tunnels', 'entrance',
  'entrances', 'facility', 'facilities', 'compound', 'compounds', 'headquarters', 'route', 'routes', 'cache', 'caches', 'station', 'stations',
  'airfield', 'airfields', 'base', 'bases', 'checkpoint', 'checkpoints', 'depot', 'depots', 'bunker', 'bunkers', 'warehouse', 'warehouses',
  'factory', 'factories', 'site', 'sites', 'node', 'nodes', 'fortification', 'fortifications', 'structure', 'structures', 'hospital',
  'hospitals', 'complex', 'school', 'schools', 'market', 'markets', 'mosque', 'mosques', 'airport', 'airports', 'port', 'refinery', 'refineries',
  'pipeline', 'pipelines', 'highway', 'target', 'targets', 'post', 'posts', 'outpost', 'outposts', 'barracks', 'camp', 'camps', 'stronghold', 'strongholds']);
/** ... and what a group holds besides: "ISIL-held territory", "rebel-controlled areas". */
const HELD_HEADS = new Set(['territory', 'terrain', 'area', 'areas', 'town', 'towns', 'village', 'villages', 'neighborhood', 'neighborhoods',
  'neighbourhood', 'neighbourhoods', 'district', 'districts', 'city', 'region', 'regions', 'enclave', 'enclaves', 'pocket', 'pockets',
  'suburb', 'suburbs', 'countryside', 'province', 'provinces', 'zone', 'zones']);
/** Verbs of an attack or a capture, whose objects are places hit or taken. */
const STRIKE_VERB = /^(?:destroy(?:ed|s|ing)?|damag(?:ed|es|ing)|engag(?:ed|es|ing)|disabl(?:ed|es|ing)|clear(?:ed|s|ing)|recaptur(?:ed|es|ing)|retook|retak(?:en|es|ing)|struck|hit|hits|hitting|target(?:ed|s|ing)|bomb(?:ed|s|ing)|shell(?:ed|s|ing)|attack(?:ed|s|ing)|seiz(?:ed|es|ing)|captur(?:ed|es|ing)|demolish(?:ed|es|ing)|raid(?:ed|s|ing)|overran|overrun|stormed|storm(?:s|ing)?)$/;
const STRIKE_HINT = /\b(?:assault|strik|destroy|damag|engag|disabl|clear|recaptur|retoo|retak|struck|hit|target|bomb|shell|attack|seiz|captur|demolish|raid|overr|storm)|-(?:held|controlled)\b/i;
const ATTACK_NOUN = /^(?:strikes?|airstrikes?|attacks?|raids?|assaults?|bombings?|shelling)$/;
/** What opens a noun phrase before a place hit, besides a count (COUNT_WORDS or a number). */
const FACILITY_LEADS = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|multiple|numerous)$/;
const HELD = /^(\S+)-(?:held|controlled)$/;

/**
 * Places an attack hits or a group holds, named by what they are: the objects of a verb of attack ("destroyed two
 * fighting positions, a tunnel entrance and three supply routes"; each phrase of the list whose last word is a
 * building or a work, up to the verb's clause end) and what "X-held" or "X-controlled" goes with ("an ISIL-held
 * building", "rebel-held territory"). The mention is the thing's own words, without the article, the count or the
 * holder ("fighting positions", "building"); the entity is named by the singular ("fighting position"), one per
 * article, as a group named by what it is.
 */
function facilities(tokens: Token[], s: Sentence, add: Adder): void {
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const held = t.text.length > 5 && t.text.includes('-') ? HELD.exec(t.text) : null;
    // (a holder is a name or a group: "ISIL-held", "rebel-held", "government-controlled"; not "long-held")
    if (held && !t.cap && !(BARE_GROUPS.has(held[1].toLowerCase()) || ACTOR_MODIFIERS.has(held[1].toLowerCase()))) continue;
    if (held) {
      const np = facilityPhrase(tokens, i + 1, s.last, true);
      if (np?.facility) addFacility(tokens, np, `held by ${held[1]}`, add);
      continue;
    }
    // (or of a noun of attack: "strikes against a compound", "an attack on the airport")
    const nounOfAttack = ATTACK_NOUN.test(t.lower) && /^(?:on|against)$/.test(tokens[i + 1]?.lower ?? '');
    if (t.cap || !(nounOfAttack || STRIKE_VERB.test(t.lower))) continue;
    // the objects of the verb: phrases separated by commas and "and", to the end of its clause
    let j = i + 1 + (nounOfAttack ? 1 : 0);
    while (j < s.last) {
      const np = facilityPhrase(tokens, j, s.last, false);
      if (!np) break;
      // (what a holder goes with is read at the holder: "an ISIL-held building")
      if (np.facility && !tokens.slice(np.words, np.end).some((u) => HELD.test(u.text)) && concrete(tokens, np, t.lower, s.last)) {
        addFacility(tokens, np, `a place hit or taken (after "${t.text}")`, add);
      }
      j = np.end;
      // (past the rest of a phrase the rule does not read: "six oil refinement stills, two bridges")
      for (let n = 0; n < 6 && j < s.last && tokens[j].kind !== 'punct' && !isFunctionWord(tokens[j].lower) && !(tokens[j].cap && !tokens[j].upper); n++) j++;
      const sep = j;
      while (j < s.last && (tokens[j].text === ',' || tokens[j].lower === 'and' || tokens[j].lower === 'or')) j++;
      if (j === sep) break;
    }
  }
}

/** A noun phrase read for a place: its words from `words` (after an article or a count) to `end`, and whether its last word names a place. */
interface FacilityPhrase { words: number; end: number; facility: boolean }

/** Heads that name an abstraction as often as a place ("captured the market", "its base of customers", "a strong position"). */
const ABSTRACT_HEADS = new Set(['market', 'markets', 'structure', 'structures', 'site', 'sites', 'base', 'bases', 'position', 'positions',
  'node', 'nodes', 'station', 'stations', 'complex', 'route', 'routes', 'target', 'targets', 'post', 'posts']);
/** Verbs of physical violence: what they hit is a thing even when its name alone could be an abstraction. */
const VIOLENT_VERB = /^(?:destroy|damag|demolish|raz|bomb|shell|struck|strik|raid|storm|overr)/;

/**
 * Whether the phrase names a thing on the ground: not a head followed by "of" ("the structure of the deal", "the
 * heart of"), and a head that names an abstraction as often only with a word before it ("fighting positions",
 * "launch site") or after a verb of physical violence ("bombed a market").
 */
function concrete(tokens: Token[], np: FacilityPhrase, verb: string, last: number): boolean {
  if (np.end < last && tokens[np.end].lower === 'of') return false;
  const head = tokens[np.end - 1].lower;
  if (!ABSTRACT_HEADS.has(head)) return true;
  // (a target is one only of violence: "strikes against ISIL targets", not "hit its sales targets")
  return (np.end - np.words >= 2 && !/^targets?$/.test(head)) || VIOLENT_VERB.test(verb);
}

/**
 * The noun phrase at token `i`: an article or a count, then words in lower case, acronyms or compounds, then its head;
 * null when none starts there. `facility`: its last word names a building or a work (or, after a holder, land).
 */
function facilityPhrase(tokens: Token[], i: number, last: number, afterHolder: boolean): FacilityPhrase | null {
  let k = i;
  if (k < last && (tokens[k].kind === 'number' || FACILITY_LEADS.test(tokens[k].lower) || COUNT_WORDS.test(tokens[k].lower))) k++;
  const words = k;
  let end = k;
  while (end < last && end - words < 5) {
    const u = tokens[end];
    // (a demonym says whose: "an attack on Russian positions")
    if (u.kind !== 'word' || (u.cap && !u.upper && !HELD.test(u.text) && !gazetteer().demonyms.has(u.lower)) || isFunctionWord(u.lower) && !FACILITY_HEADS.has(u.lower)) break;
    // (a building or a work ends the phrase, unless another follows: "tunnel entrance"; not "the building housing them")
    const before = tokens[end - 1].lower;
    if (end > words && (FACILITY_HEADS.has(before) || (afterHolder && HELD_HEADS.has(before))) && !FACILITY_HEADS.has(u.lower)) break;
    // (a verb of attack or a past tense with no article before it starts a clause of its own: "engaged three units and
    // destroyed two fighting positions")
    if (end === i && (STRIKE_VERB.test(u.lower) || (/ed$/.test(u.lower) && /PastTense/.test(verbInfo(u.lower)?.tense ?? '')))) break;
    end++;
  }
  if (end === words) return null;
  const head = tokens[end - 1].lower;
  const facility = FACILITY_HEADS.has(head) || (afterHolder && HELD_HEADS.has(head));
  return { words, end, facility };
}

/** Adds the place of a phrase read by `facilities`, named by its own words in the singular. */
function addFacility(tokens: Token[], np: FacilityPhrase, evidence: string, add: Adder): void {
  let k = np.words;
  // (a holder or a name inside the phrase is not the place's words, but a mention of its own: "an ISIL-held building",
  // "ISIL fighting positions", "a U.S. compound", "a VBIED facility" -> "building", "fighting positions", "compound", "facility")
  for (let x = np.words; x < np.end - 1; x++) if (HELD.test(tokens[x].text) || tokens[x].upper) k = x + 1;
  if (k >= np.end) return;
  const words = tokens.slice(k, np.end).map((u) => (u.cap ? u.text : u.lower)).join(' ');
  const name = /(?:headquarters|barracks)$/.test(words) ? words : words.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  add({ t0: k, t1: np.end, kind: 'place', name, title: null, country: null, evidence: `${FACILITY_NOUN} "${tokens[np.end - 1].lower}": ${evidence}`, role: 'place' });
}

/**
 * A number after an acronym that names a body is part of its name: "CTF 50", "JTF 2" (a task force by its number). Not
 * a figure or a score: a number followed by another figure, a name, a decimal point or a comma ("PSV 2 Ajax 1").
 */
function withNumber(text: string, tokens: Token[], c: Candidate): void {
  // (a space and a digit after the name, first)
  const d = text.charCodeAt(c.end + 1);
  if (text.charCodeAt(c.end) !== 32 || d < 48 || d > 57) return;
  if (c.kind !== 'organization' && c.kind !== 'armed_group' || !/^\p{Lu}{2,6}$/u.test(c.name) || c.end !== tokens[c.t1 - 1]?.end) return;
  const m = /^ (\d{1,3})(?![\d.,:%/-])(?!\s+(?:\p{Lu}|\d|percent|per\b|points?|goals?|runs?|to\b|-))/u.exec(text.slice(c.end, c.end + 24));
  const t = tokens[c.t1];
  if (!m || !t || t.start !== c.end + 1 || t.text !== m[1]) return;
  // (a count of something is no name: "NATO 50 years ago", "the ECB 25 basis points"; a verb or a function word follows a name)
  const after = tokens[c.t1 + 1];
  if (after && after.kind === 'word' && after.sentence === t.sentence && !(isVerbToken(after) || isFunctionWord(after.lower) || /^(?:last|next|this)$/.test(after.lower))) return;
  c.end = t.end; c.t1++; c.name = `${c.name} ${m[1]}`;
}

/** The last word of a military unit's name: "3rd Battalion", "the 82nd Airborne Division", "the 5th Fleet". */
const UNIT_HEAD = /(?:^|\s)(?:[Bb]attalion|[Rr]egiment|[Bb]rigade|[Dd]ivision|[Cc]orps|[Aa]rmy|[Ff]leet|[Ss]quadron|[Ww]ing|[Gg]roup|[Bb]attery|[Pp]latoon|[Cc]ompany|[Ii]nfantry|[Cc]avalry|[Mm]arines|[Aa]irborne|[Cc]ommand|[Tt]ask [Ff]orce|[A-Z]{2,5})$/;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

/**
 * An ordinal before a name is part of it: "3rd Battalion" and "2nd Battalion" are two units, "the 82nd Airborne
 * Division" one, "42nd Street" a street. A name read as a person only for want of better ("Airborne Division",
 * "Fleet sailed") is a military unit when a unit's word ends it. Not a day of a month ("June 3rd").
 */
function withOrdinal(text: string, tokens: Token[], c: Candidate): void {
  // (most names have no ordinal before them: a look at the two characters before, "h " / "d " / "t ", first)
  const sp = text.charCodeAt(c.start - 1), sfx = text.charCodeAt(c.start - 2), digit = text.charCodeAt(c.start - 4);
  if ((sp !== 32 && sp !== 9) || (sfx !== 104 && sfx !== 100 && sfx !== 116) || digit < 48 || digit > 57) return;
  const m = /(?<![\p{L}\p{N}.,])(\d{1,4}(?:st|nd|rd|th))[ \t]+$/u.exec(text.slice(Math.max(0, c.start - 12), c.start));
  // ("Petty Officer 1st Class Charles Keating": a rank)
  if (!m || /^Class\b/.test(c.name) || MONTH_BEFORE.test(text.slice(Math.max(0, c.start - m[0].length - 12), c.start - m[0].length))) return;
  const unit = UNIT_HEAD.test(c.name);
  if (c.kind === 'person' && (c.title || !WEAK_PERSON_EVIDENCE.test(c.evidence) && !/^capitalised name$/.test(c.evidence) || !unit)) return;
  const start = c.start - m[0].length;
  let t0 = c.t0;
  while (t0 > 0 && tokens[t0 - 1].start >= start) t0--;
  if (tokens[t0].start !== start) return;
  c.start = start; c.t0 = t0; c.name = `${m[1]} ${c.name}`;
  if (c.kind === 'person' || (unit && c.kind === 'organization')) {
    c.kind = 'armed_group'; c.role = 'actor'; c.guess = false; c.title = null;
    c.evidence = `a military unit ("${m[1]}")`;
  }
}

/** The tokens outside quotation marks (a nickname's inside a name: `John “J.D.” Dorrian`), the marks left out too. */
function outsideQuotes(tokens: Token[]): Token[] {
  let inside = false;
  return tokens.filter((t) => {
    if (t.kind === 'quote') { inside = !inside; return false; }
    return !inside;
  });
}

/** A capitalised particle that opens a family name, right before a capitalised word: "De Wilde said", "El Hassane Lahssini", "Le Monde". */
function opensFamilyName(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i], u = tokens[i + 1];
  return NAME_PARTICLES.has(t.lower) && i + 1 < s.last && u.kind === 'word' && u.cap && !u.upper && u.start === t.end + 1 && !isFunctionWord(u.lower);
}

/**
 * A modal that is also a given name, capitalised inside a sentence and right before another capitalised word, is
 * that name ("England captain Will Carling", "journalist Can Dundar"); at the start of a sentence or in a
 * title-case headline it stays a modal ("Will Russia withdraw?").
 */
function modalNamed(tokens: Token[], i: number, s: Sentence, titleCase: boolean): boolean {
  const t = tokens[i], next = tokens[i + 1], prev = tokens[i - 1];
  return !titleCase && i > s.first && !!prev && prev.kind !== 'quote' && !/^[(:]$/.test(prev.text) && !!next && next.kind === 'word' && next.cap &&
    next.start === t.end + 1 && hasTag(t.lower, /^Modal$/) && isGivenName(t.lower);
}

const FUNCTION_TAGS = /^(Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Possessive|Modal|Copula)$/;
/** "The", "As", "In", "But", "Its", "No": never the start of a name. */
function isFunctionWord(lower: string): boolean {
  // ("no" and "please" are expressions to the lexicon, as are "holy" and "oy": "Holy See", "Oy Waertsilae" are names;
  // "there" is a noun to it)
  // (and a pronoun's contraction: "We've", "I’m", "They're")
  const contracted = /^([a-z]+)['’](?:ve|re|ll|d|m|s)$/.exec(lower);
  if (contracted) return contracted[1] === 'i' || isFunctionWord(contracted[1]);
  return lower === 'no' || lower === 'please' || lower === 'there' || lower === 'here' || tagsOf(lower).some((t) => FUNCTION_TAGS.test(t));
}

/** A sentence-initial capitalised word that is an ordinary word ("Images", "Factions", "Speaking"). */
function isOrdinaryWord(lower: string): boolean {
  if (isFirstName(lower) || isLastName(lower)) return false;
  if (isCommonWord(lower)) return true;
  const singular = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('es') && isCommonWord(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.replace(/s$/, '');
  if (singular !== lower && isCommonWord(singular)) return true;
  return !!verbInfo(lower) && /ing$|ed$/.test(lower);
}

/**
 * "and" at `j` goes on the name of a body that has "of", "for" or "on" in it when what follows names no body of its own:
 * "Department of Health and Human Services", "Organization for Security and Cooperation in Europe"; after "and the",
 * only a region: "Islamic State of Iraq and the Levant" (not "the Government of Iraq and the Kurdistan Regional
 * Government", nor "the Ministry of Defence and the Army"). `k` is the first word after "and" (and its "the").
 */
function nameGoesOn(tokens: Token[], i: number, j: number, k: number, last: number): boolean {
  // (the first "of", "for" or "on" of the chunk, looked for in its last dozen words: a chunk may be thousands long)
  let of = -1;
  for (let x = Math.max(i, j - 12); x < j; x++) if (tokens[x].lower === 'of' || tokens[x].lower === 'for' || tokens[x].lower === 'on') { of = x; break; }
  if (of < 0 || chunkHasOrgHead(tokens, k, last)) return false;
  const ofPlace = tokens[of].lower === 'of';
  let end = k;
  while (end < last && end < k + 4 && tokens[end].kind === 'word' && tokens[end].cap) end++;
  const rest = tokens.slice(k, end);
  // a body named with ordinary words after "and": "Department of Health and Human Services", "Ministry of Trade and Industry"
  // ("the Bank of England and Barclays" are two)
  if (chunkHasOrgHead(tokens, i, of) && tokens[j + 1]?.lower !== 'the' && rest.length > 0 && rest.every((t) => ordinaryNoun(t.lower))) return true;
  // a body "of" two places: "Islamic State of Iraq and Syria", "... of Iraq and the Levant" (not a title's: "the Foreign
  // Ministers of Britain and France")
  const placeOf = j - of <= 5 ? placeLookup(tokens.slice(of + 1, j).filter((t) => t.lower !== 'the').map((t) => t.lower).join(' ')) : null;
  const placeAfter = placeLookup(rest.map((t) => t.lower).join(' '));
  return ofPlace && !!placeOf && !!placeAfter && placeAfter.kind !== 'city' && !isTitleWord(tokens[i].lower) && !placeLookup(tokens[i].lower);
}

/** An ordinary word, as the lexicon knows it or by an abstract noun's or an adjective's ending ("Industry", "Cooperation",
 * "Economic"), no one's name. (isOrdinaryWord asks of a sentence's first word, where a name the lists know wins over a
 * common word: "Rice arrived"; here, inside a body's name or a title, the common word wins: "Human Services".) */
function ordinaryNoun(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  if (isGivenName(lower) || isFamilyName(lower) || placeLookup(lower)) return false;
  return /(?:ion|ment|ity|ance|ence|ness|ship|ics|ture|ism|ry|gy|cy|ies|ing)s?$|(?:ic|al|ive|ous|ary)$/.test(lower);
}

function chunkHasOrgHead(tokens: Token[], k: number, last: number): boolean {
  for (let x = k; x < last && x < k + 6 && tokens[x].kind === 'word' && tokens[x].cap; x++) if (orgHeadKind(tokens[x].lower)) return true;
  return false;
}

/** A demonym ("Syrian"), a "<demonym|country>-backed" compound, or null. */
function demonymAt(t: Token): { country: Country; how: string; backed: boolean } | null {
  if (t.kind !== 'word' || !t.cap) return null;
  const gz = gazetteer();
  const d = gz.demonyms.get(t.lower);
  if (d) return { country: d, how: `demonym "${t.text}"`, backed: false };
  const m = COMPOUND_SUFFIX.exec(t.text);
  if (m) {
    const base = m[1].toLowerCase();
    const c = gz.demonyms.get(base) ?? gz.countries.get(base);
    if (c) return { country: c, how: `${gz.demonyms.has(base) ? 'demonym' : 'country'} "${m[1]}"-${m[2]}`, backed: true };
  }
  return null;
}

/** The first words of the countries' names and spellings ("u.s.", "south", "united"): most capitalised words are none. */
let firstWords: Set<string> | null = null;
function countryFirstWords(): Set<string> {
  return (firstWords ??= new Set([...gazetteer().countries.keys()].map((k) => k.split(' ')[0])));
}

/** An actor phrase ending before `end` is a role when a person's name follows: "U.S. envoy Dennis Ross", "Turkish envoy Ali Can". */
function beforePersonName(tokens: Token[], end: number, last: number): boolean {
  const t = tokens[end], u = tokens[end + 1];
  return end < last && t.kind === 'word' && t.cap && !t.upper && isTitleHead(tokens[end - 1].lower) && t.start === tokens[end - 1].end + 1 &&
    (isGivenName(t.lower) || (!!u && end + 1 < last && u.kind === 'word' && u.cap));
}

/** A country named by the capitalised words from `i` (one to three: "U.S.", "UK", "South Korea"), with its last token. */
function countryBefore(tokens: Token[], i: number, last: number): { country: Country; last: number } | null {
  if (tokens[i].kind !== 'word' || !tokens[i].cap || !countryFirstWords().has(tokens[i].lower)) return null;
  let key = '';
  for (let j = i; j < last && j < i + 3 && tokens[j].kind === 'word' && tokens[j].cap; j++) {
    if (j > i && tokens[j].start !== tokens[j - 1].end + 1) break;
    key = key ? `${key} ${tokens[j].lower}` : tokens[j].lower;
    // (the longest name: "South Korea", not a country called "South")
    if (j + 1 < last && tokens[j + 1].kind === 'word' && tokens[j + 1].cap) continue;
    const c = gazetteer().countries.get(key);
    return c ? { country: c, last: j } : null;
  }
  return null;
}

/**
 * The words (their end) and the kind of a group named by what it is from token `i` ("police", "government forces"; see
 * BARE_GROUPS), or null. Not a name's own: after a possessive or a capitalised word, nor before "of" and a name
 * ("Turkey's troops", "Hezbollah fighters", "fighters of the Islamic State"); not a modifier: only a verb or a function
 * word may follow ("military operations", "army chief").
 */
function bareGroupAt(tokens: Token[], i: number, last: number): { end: number; kind: EntityKind } | null {
  const prev = tokens[i - 1];
  if (prev) {
    const possessor = prev.kind === 'possessive' || /^(?:its|their|his|her|our|my|your)$/.test(prev.lower) ||
      (/^['’]$/.test(prev.text) && /s$/.test(tokens[i - 2]?.text ?? '')); // ("the United States’ military")
    const afterName = prev.kind === 'word' && prev.cap && prev.sentence === tokens[i].sentence && !isFunctionWord(prev.lower);
    // (inside a phrase begun before: "Tajik government troops")
    const inPhrase = prev.kind === 'word' && !prev.cap && (ACTOR_MODIFIERS.has(prev.lower) || !!ACTOR_NOUNS[prev.lower]);
    if (possessor || afterName || inPhrase) return null;
  }
  const p = actorPhraseAfter(tokens, i - 1, last, true);
  if (!p) return null;
  const head = tokens[p.end - 1].lower;
  if (!BARE_GROUPS.has(head) || (head === 'forces' && p.end - i === 1)) return null;
  // "military", "army", "coalition" alone are a noun after "the" ("the military said"), else a modifier ("military
  // exercises", "full military might", "coalition aircraft")
  const needsThe = head === 'military' || head === 'army' || head === 'coalition' || head === 'community';
  if (needsThe && prev?.lower !== 'the') return null;
  // only a verb or a function word may follow: "the military said", "police arrested", "rebels attack", "the army, which"
  // ("military action", "police officers", "military equipment": a noun it modifies, or a word the lexicon does not know)
  const next = tokens[p.end];
  if (next && p.end < last && next.kind === 'word') {
    if (next.cap) return null;
    const v = verbInfo(next.lower);
    const verb = !!v && (v.tense === 'PastTense' || v.tense === 'PresentTense' || (!needsThe && v.tense === 'Infinitive'));
    if (!verb && !SPATIAL_PREPOSITIONS.has(next.lower) && !hasTag(next.lower, /Preposition|Conjunction|Determiner|Adverb|Copula|Modal|Auxiliary|Pronoun/)) return null;
  }
  if (next?.lower === 'of' && p.end + 1 < last && (tokens[p.end + 1].cap || (tokens[p.end + 1].lower === 'the' && tokens[p.end + 2]?.cap))) return null;
  return p;
}

/** Offices one person holds at a time, whose holder "the secretary", "the president" names (not "the official", "the analyst"). */
const OFFICES = new Set(['president', 'minister', 'secretary', 'premier', 'chancellor', 'governor', 'mayor', 'king', 'queen', 'pope',
  'ambassador', 'envoy', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'speaker', 'general']);

/**
 * The end of a title written in lower case from token `k` (after "the"): up to three title words ending with an office
 * ("secretary", "prime minister", "foreign minister"), not before a noun, a name or "of" ("the general public", "the
 * president Bill Clinton", "the head of"), or 0.
 */
function lowerTitleAfter(tokens: Token[], k: number, last: number): number {
  // (asked at every "the": an office within three words first, before any lookup of title words)
  let office = false;
  for (let x = k; x < last && x < k + 3 && !office; x++) office = OFFICES.has(tokens[x].lower);
  if (!office) return 0;
  let j = k;
  while (j < last && j < k + 3 && tokens[j].kind === 'word' && !tokens[j].cap && isTitleWord(tokens[j].lower)) j++;
  if (j === k || !OFFICES.has(tokens[j - 1].lower)) return 0;
  const next = tokens[j];
  if (j < last && next && (next.cap || next.lower === 'of' || nounAfter(next))) return 0;
  return j;
}

/** After a demonym at `i`: optional modifiers then an actor noun, all lower case (`capFirst`: the first may open its sentence). */
function actorPhraseAfter(tokens: Token[], i: number, last: number, capFirst = false): { end: number; kind: EntityKind } | null {
  let j = i + 1;
  let mods = 0;
  let lastNoun: { end: number; kind: EntityKind } | null = null;
  while (j < last && mods <= 3) {
    const u = tokens[j];
    if (u.kind !== 'word' || (u.cap && !(capFirst && j === i + 1))) break;
    const two = j + 1 < last ? `${u.lower} ${tokens[j + 1].lower}` : '';
    if (two && ACTOR_NOUNS[two]) return { end: j + 2, kind: ACTOR_NOUNS[two] };
    const noun = ACTOR_NOUNS[u.lower];
    if (noun) {
      lastNoun = { end: j + 1, kind: noun };
      // "government forces": keep going when the noun can also modify
      if (ACTOR_MODIFIERS.has(u.lower) && j + 1 < last && ACTOR_NOUNS[tokens[j + 1].lower] && !tokens[j + 1].cap) { j++; mods++; continue; }
      return lastNoun;
    }
    if (!ACTOR_MODIFIERS.has(u.lower)) break;
    j++; mods++;
  }
  return lastNoun;
}

type Adder = (c: Omit<Candidate, 'start' | 'end'> & { start?: number; end?: number }) => void;

function classifyChunk(ctx: EntityContext, s: Sentence, i: number, j: number, outerAdd: Adder): void {
  const { tokens, text } = ctx;
  // a military operation's or exercise's name is an event, no actor nor place ("Operation Inherent Resolve", "Exercise Eager Lion")
  if (j - i >= 2 && (tokens[i].text === 'Operation' || tokens[i].text === 'Exercise')) return;
  // nor is a letter alone a name ("C$0.45", "Proleter (Z)", "Division A", "iPhone 3G")
  if (j - i === 1 && tokens[i].text.length === 1) return;
  // nor a time zone ("Greenwich Mean Time", "Eastern Standard Time", "British Summer Time", "Coordinated Universal Time")
  if (j - i >= 2 && tokens[j - 1].text === 'Time' && /^(?:Mean|Standard|Daylight|Summer|Universal)$/.test(tokens[j - 2].text)) return;
  // nor a holiday ("Thanksgiving Day", "Christmas Eve", "Memorial Day"; not a person's name: "Doris Day")
  // (a name before it is read alone: "U.S. Labor Day", "Barack Obama Election Day")
  if (j - i >= 2 && /^(?:Day|Eve)$/.test(tokens[j - 1].text) && !isGivenName(tokens[j - 2].lower) && !tokens.slice(j - 2, j).some((t) => orgHeadKind(t.lower))) {
    if (j - i > 2) classifyChunk(ctx, s, i, j - 2, outerAdd);
    return;
  }
  if (j - i === 1 && HOLIDAY.test(tokens[i].text)) return;
  // an abbreviated title right before the chunk ("the Rev. Peter Wherry", "Gen. Joseph Votel") is the title of the
  // person the chunk names
  const dot = tokens[i - 1], abbr = tokens[i - 2];
  const abbreviatedTitle = dot?.text === '.' && abbr && abbr.kind === 'word' && abbr.cap && dot.start === abbr.end && abbr.sentence === tokens[i].sentence &&
    abbr.text.length <= 5 && isTitleWord(abbr.lower) && !/^(?:mr|mrs|ms|mme|mlle)$/.test(abbr.lower) ? `${abbr.text}.` : null; // (a courtesy is no role)
  let add: Adder = abbreviatedTitle ? (c) => outerAdd(c.kind === 'person' && !c.title && c.t0 === i ? { ...c, title: abbreviatedTitle } : c) : outerAdd;
  // a part split off a longer chunk never starts or ends with a connector ("Tono Eitel | of Germany")
  while (i < j && !tokens[i].cap && CONNECTORS.has(tokens[i].lower)) i++;
  while (j > i && !tokens[j - 1].cap && CONNECTORS.has(tokens[j - 1].lower)) j--;
  // nor with a month or a weekday ("the July FOMC meeting", "the August Chicago NAPM", "on CNBC Friday")
  while (j - i >= 2 && CALENDAR_WORD.test(tokens[i].lower) && tokens[i].lower !== 'may') i++;
  while (j - i >= 2 && CALENDAR_WORD.test(tokens[j - 1].lower) && tokens[j - 1].lower !== 'may') j--;
  if (i >= j) return;
  const gz = gazetteer();
  const prev = tokens[i - 1] && tokens[i - 1].sentence === tokens[i].sentence ? tokens[i - 1] : undefined;
  const sentenceInitial = i === s.first || (prev !== undefined && (prev.kind === 'quote' || prev.text === '(' || prev.text === ':'));

  // All-caps headings ("TURKEY-RUSSIA TALKS", "NEW YORK") and all-caps runs in tables ("WESTERN DIVISION TEXAS 75 58"):
  // only gazetteer look-ups, longest name first, then part by part
  const shouting = j - i >= 3 && tokens.slice(i, j).every((t) => t.kind !== 'word' || t.upper || t.text.length === 1);
  if (s.heading || shouting) { classifyHeading(ctx, s, i, j, shouting, add); return; }

  // "UK-based", "Turkish-backed" compounds that did not start an actor phrase: mention the country part
  if (j - i === 1) {
    const m = COMPOUND_SUFFIX.exec(tokens[i].text);
    if (m) {
      const c = gz.countries.get(m[1].toLowerCase());
      if (c) add({ t0: i, t1: i + 1, start: tokens[i].start, end: tokens[i].start + m[1].length, kind: 'country', name: c.name,
        title: null, country: c.name, evidence: `gazetteer: country (in "${tokens[i].text}")`, role: 'place' });
      // an acronym or an organisation's name: "ISIL-held territory", "Hezbollah-backed"
      else if (/^\p{Lu}{2,8}$/u.test(m[1]) || (knownOrganization(m[1].toLowerCase()))) {
        add({ t0: i, t1: i + 1, start: tokens[i].start, end: tokens[i].start + m[1].length, kind: 'organization', name: m[1],
          title: null, country: null, evidence: `named in "${tokens[i].text}"`, role: 'actor' });
      }
      return;
    }
  }
  // Two countries joined by a hyphen ("UK-France co-operation", "Turkey-Russia talks"): each country, acting together
  // when a word of partnership follows
  if (j - i === 1 && tokens[i].text.includes('-')) {
    const parts = /^([\p{L}.]+)-([\p{L}.]+)$/u.exec(tokens[i].text);
    const a = parts && gz.countries.get(parts[1].toLowerCase()), b = parts && gz.countries.get(parts[2].toLowerCase());
    if (parts && a && b) {
      const next = tokens[j]?.sentence === tokens[i].sentence ? tokens[j] : undefined;
      const role: MentionRole = next && !next.cap && PARTNER_WORDS.has(next.lower.replace(/-/g, '')) ? 'actor' : 'place';
      const at = tokens[i].start, mid = at + parts[1].length + 1;
      add({ t0: i, t1: j, start: at, end: at + parts[1].length, kind: 'country', name: a.name, title: null, country: a.name, evidence: `gazetteer: country (in "${tokens[i].text}")`, role });
      add({ t0: i, t1: j, start: mid, end: mid + parts[2].length, kind: 'country', name: b.name, title: null, country: b.name, evidence: `gazetteer: country (in "${tokens[i].text}")`, role });
      return;
    }
  }
  // A nationality alone ("Syrian attacks", "West Indian", "Iraqis"): a description, not a name
  const whole = text.slice(tokens[i].start, tokens[j - 1].end).toLowerCase();
  if (gz.demonyms.has(whole) || gz.demonyms.has(whole.replace(/s$/, ''))) return;
  // "the New York-based group": the place the body is based in
  if (COMPOUND_SUFFIX.test(tokens[j - 1].text) && /-based$/i.test(tokens[j - 1].text)) {
    const end = tokens[j - 1].end - '-based'.length;
    const name = text.slice(tokens[i].start, end);
    const hit = placeLookup(name.toLowerCase());
    if (hit) add({ t0: i, t1: j, start: tokens[i].start, end, kind: hit.kind, name: hit.name, title: null, country: hit.country, evidence: `gazetteer: ${hit.kind}, before "-based"`, role: 'place' });
    return;
  }
  // Field labels of a form or a table: "ISSUER: ... DELIVERY: ...", "LAST SALE: None" (a line with several "LABEL:")
  if (tokens[j]?.text === ':' && tokens[j].start === tokens[j - 1].end && tokens.slice(i, j).every((t) => t.kind !== 'word' || t.upper)) {
    const ls = text.lastIndexOf('\n', tokens[i].start) + 1, le = text.indexOf('\n', tokens[j].end);
    const line = text.slice(ls, le < 0 ? text.length : le);
    if ((line.match(/[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*:(?=\s)/gu) ?? []).length >= 2) return;
  }
  // A capitalised word opening the sentence before a demonym describes the person: "Controversial Australian
  // Anthony Hill", "Former Italian Prime Minister ..."
  if (sentenceInitial && j - i >= 3 && gz.demonyms.has(tokens[i + 1].lower) && !gz.demonyms.has(tokens[i].lower) && !placeLookup(tokens[i].lower) && !orgHeadKind(tokens[i].lower)) {
    classifyChunk(ctx, s, i + 1, j, add);
    return;
  }
  // A verb's -ing form opening the sentence is no part of the name after it: "Declaring Mosul district under the code",
  // "Condemning Russia's strikes" (not a place or a name of its own: "Reading", "Sterling")
  if (i === s.first && j - i >= 2 && /ing$/.test(tokens[i].lower) && verbInfo(tokens[i].lower) && !placeLookup(tokens[i].lower) &&
    !isGivenName(tokens[i].lower) && !isFamilyName(tokens[i].lower) && !orgHeadKind(tokens[i].lower) && !CONNECTORS.has(tokens[i + 1].lower)) {
    classifyChunk(ctx, s, i + 1, j, add);
    return;
  }
  // Split a leading "X-based" compound off a longer chunk ("UK-based Syrian Observatory ...")
  if (j - i > 1 && COMPOUND_SUFFIX.test(tokens[i].text)) {
    classifyChunk(ctx, s, i, i + 1, add);
    classifyChunk(ctx, s, i + 1, j, add);
    return;
  }

  // "Daniels Pharmaceuticals Inc of St. Petersburg", "Kia Motor Corp of South Korea": a firm, then where it is
  {
    let of = -1;
    for (let x = i + 1; x < j - 1; x++) if (tokens[x].lower === 'of' && COMPANY_ABBREVIATION.test(tokens[x - 1].text)) { of = x; break; }
    if (of > 0) {
      classifyChunk(ctx, s, i, of, add);
      classifyChunk(ctx, s, of + 1, j, add);
      return;
    }
  }
  // "John Casesa of Schroder Wertheim & Co.", "Keith O'Neill of Norwich City": a person, then the body he is of
  // (a title may come first: "Economist Joel Naroff of First Union")
  let given = i;
  while (given < j - 3 && isTitleWord(tokens[given].lower) && tokens[given].cap) given++;
  if (j - given >= 4 && isGivenName(tokens[given].lower) && !NON_NAME_CAPS.has(tokens[given].lower)) {
    let of = -1;
    // (not inside a nickname: `Roberto "Hands of Stone" Duran`)
    for (let x = given + 2; x <= given + 3 && x < j - 1; x++) if (tokens[x].lower === 'of' && !tokens.slice(given, x).some((t) => t.kind === 'quote')) { of = x; break; }
    if (of > 0 && !tokens.slice(given, of).some((t) => orgHeadKind(t.lower) || isTitleWord(t.lower))) {
      classifyChunk(ctx, s, i, of, add);
      classifyChunk(ctx, s, tokens[of + 1].lower === 'the' ? of + 2 : of + 1, j, add);
      return;
    }
  }
  // A rank with its class ("Petty Officer 2nd Class", "Special Warfare Operator 1st Class Charles Keating"): the words
  // before the ordinal are the rank, no body; the name after "Class" is the person's, the rank their title
  // ("1st" is two tokens, a number and its suffix; "First Class" is inside the chunk)
  const ordinalAt = (x: number) => tokens[x]?.kind === 'number' && /^(?:st|nd|rd|th)$/.test(tokens[x + 1]?.text ?? '') && tokens[x + 1].start === tokens[x].end;
  if (j + 2 < s.last && ordinalAt(j) && tokens[j + 2].text === 'Class') return;
  let classEnd = -1;
  if (tokens[i].text === 'Class' && i - 2 >= s.first && ordinalAt(i - 2)) classEnd = i + 1;
  else for (let x = i; x + 2 < j; x++) if (RANK_ORDINAL.test(tokens[x].text) && tokens[x + 1].text === 'Class') { classEnd = x + 2; break; }
  if (classEnd > 0 && classEnd < j) {
    // (the rank's words before its ordinal: "Navy Special Warfare Operator 1st Class")
    let r0 = classEnd === i + 1 ? i - 2 : i;
    while (classEnd === i + 1 && r0 - 1 >= s.first && tokens[r0 - 1].kind === 'word' && tokens[r0 - 1].cap) r0--;
    const rank = text.slice(tokens[r0].start, tokens[classEnd - 1].end);
    classifyChunk(ctx, s, classEnd, j, (c) => add(c.kind === 'person' && !c.title && c.t0 === classEnd ? { ...c, title: rank } : c));
    return;
  }
  // A ship by its navy's prefix ("USS Mahan", "HMS Ocean", "FS Forbin"): a unit of armed forces, not a person
  if (j - i >= 2 && tokens[i].upper && SHIP_PREFIX.test(tokens[i].lower)) {
    add({ t0: i, t1: j, kind: 'armed_group', name: text.slice(tokens[i].start, tokens[j - 1].end), title: null, country: null,
      evidence: `a ship ("${tokens[i].text}")`, role: 'actor' });
    return;
  }
  // A feature "of" a name: "Gulf of Aden", "Bay of Bengal", "Strait of Hormuz", "Sea of Japan", "Isle of Man"
  if (j - i >= 3 && OF_FEATURES.has(tokens[i].lower) && tokens[i + 1].lower === 'of' && tokens.slice(i + 2, j).every((t) => t.cap || t.lower === 'the')) {
    add({ t0: i, t1: j, kind: 'place', name: text.slice(tokens[i].start, tokens[j - 1].end), title: null, country: null,
      evidence: `place name opening with "${tokens[i].text} of"`, role: 'place' });
    return;
  }
  // Leading demonym and title: "Turkish Foreign Minister Mevlut Cavusoglu", "President Donald Trump"
  let k = i;
  let country: string | null = null;
  const dem = gz.demonyms.get(tokens[k].lower);
  if (dem && j - k > 1) { country = dem.name; k++; }
  else if (gz.countries.has(tokens[k].lower) && j - k > 2 && isTitleWord(tokens[k + 1].lower)) {
    // ("In Turkey Minister Ellwood met ...": the country after a preposition of place is where, the title opens the person's name)
    if (prev && (!prev.cap || i - 1 === s.first) && prev.lower !== 'from' && LIST_OPENERS.has(prev.lower)) {
      classifyChunk(ctx, s, i, i + 1, add);
      classifyChunk(ctx, s, i + 1, j, add);
      return;
    }
    country = gz.countries.get(tokens[k].lower)!.name; k++;
  }
  // a title with no name ("the Foreign Secretary", "the Iraqi Foreign Minister"): the person holding it, when the
  // article names them with that title (decided at merge time)
  // (one word only after "the": "Major said" is a surname; an abbreviated title belongs to the name after it: "the
  // Rev. Peter Wherry", "Sen. Bob Dole" -- not a body called "Rev")
  const afterThe = tokens[i - 1]?.lower === 'the' && tokens[i - 1].sentence === tokens[i].sentence;
  const titleWords = isTitleHead(tokens[j - 1].lower) && tokens.slice(k, j).every((t) => t.kind === 'word' && t.cap && isTitleWord(t.lower)) &&
    !tokens.slice(k, j).some((t) => orgHeadKind(t.lower));
  if (titleWords && tokens[j]?.text === '.' && tokens[j].start === tokens[j - 1].end && tokens[j + 1]?.cap) return;
  // (not a modifier: "the Justice properties")
  if (titleWords && (j - k >= 2 || afterThe) && tokens[j]?.text !== '.' && !nounAfter(tokens[j])) {
    const alone = titleCase(text.slice(tokens[k].start, tokens[j - 1].end));
    add({ t0: i, t1: j, kind: 'person', name: alone, title: alone, country, evidence: 'a title with no name', role: 'actor', titleOnly: true });
    return;
  }
  let titleEnd = -1;
  for (let x = k; x < j - 1; x++) {
    if (!isTitleWord(tokens[x].lower)) break;
    if (isTitleHead(tokens[x].lower)) titleEnd = x + 1;
  }
  // ("Major League Baseball": a body's name after a word that can be a rank is no person)
  if (titleEnd > k && tokens.slice(titleEnd, j).some((t) => orgHeadKind(t.lower))) titleEnd = -1;
  // a portfolio or a company before the title: "Education Minister Nagoum Yamassoum", "Cofinec CEO Stephen Frater"
  if (titleEnd < 0) {
    for (let x = j - 2; x >= k + 1 && x >= j - 6; x--) {
      if (!isTitleHead(tokens[x].lower) || !tokens[x].cap) continue;
      const rest = tokens.slice(x + 1, j);
      const nameLike = isGivenName(rest[0].lower) || (rest.length >= 2 && rest.every((t) => !isCommonWord(t.lower)));
      if (rest.length <= 4 && rest.every((t) => t.cap || t.text === '.') && nameLike && !rest.some((t) => orgHeadKind(t.lower))) { titleEnd = x + 1; break; }
    }
    // (the company is a body of its own, the title keeps its name: "Apple Computer CEO Steve Jobs")
    // (a portfolio's words belong to the title: "Pentagon Press Secretary", "U.S. District Judge", "Education Minister";
    // a body's head word to the body: "Oversight Committee Chairman")
    let tw = titleEnd - 1;
    while (titleEnd > k && tw - 1 >= k && (isTitleWord(tokens[tw - 1].lower) || PORTFOLIO_WORDS.has(tokens[tw - 1].lower) ||
      (ordinaryNoun(tokens[tw - 1].lower) && !orgHeadKind(tokens[tw - 1].lower)))) tw--;
    const company = titleEnd > k && tw > k ? tokens.slice(k, tw) : [];
    if (company.length && company.every((t) => t.kind === 'word' && t.cap) && !company.every((t) => ordinaryNoun(t.lower)) &&
      !ordinaryNoun(company[0].lower) && !gz.demonyms.has(company[0].lower) && !hasTag(company[0].lower, /Demonym/) &&
      !placeLookup(company.map((t) => t.lower).join(' '))) {
      add({ t0: k, t1: tw, kind: 'organization', name: text.slice(tokens[k].start, tokens[tw - 1].end), title: null, country,
        evidence: `before "${text.slice(tokens[tw].start, tokens[titleEnd - 1].end)}"`, role: 'actor' });
    }
  }
  // lower-case title words right before the chunk: "Iranian parliament Speaker Ali Larijani", "director Jane Doe"
  let title: string | null = null;
  if (titleEnd > k) {
    let t0 = k;
    let lead = '';
    for (let x = k - 1 - (country ? 1 : 0); x >= s.first && x >= i - 4; x--) {
      const u = tokens[x];
      if (u.kind === 'word' && !u.cap && isTitleWord(u.lower)) { lead = u.text + ' ' + lead; continue; }
      if (u.kind === 'word' && u.cap && gz.demonyms.has(u.lower) && !country) { country = gz.demonyms.get(u.lower)!.name; }
      break;
    }
    // the portfolio after "of" belongs to the title: "Minister of Defence Ali Smith", "Secretary of State John Kornblum"
    let end = titleEnd;
    if (tokens[end] && end < j - 1 && /^(?:of|for)$/.test(tokens[end].lower)) {
      let x = end + 1;
      if (tokens[x]?.lower === 'the') x++;
      while (x < j && tokens[x].cap && !isGivenName(tokens[x].lower)) x++;
      end = x;
    }
    title = titleCase((lead + text.slice(tokens[t0].start, tokens[end - 1].end)).trim());
    k = end;
  } else if (prev && !prev.cap && isTitleHead(prev.lower) && prev.kind === 'word') {
    title = titleCase(prev.text);
    let x = i - 2;
    let lead = '';
    while (x >= s.first && tokens[x].kind === 'word' && (isTitleWord(tokens[x].lower) || gz.demonyms.has(tokens[x].lower))) {
      if (gz.demonyms.has(tokens[x].lower) && tokens[x].cap) { country = gz.demonyms.get(tokens[x].lower)!.name; break; }
      lead = tokens[x].text + ' ' + lead; x--;
    }
    if (lead) title = titleCase(lead + prev.text);
  }
  if (k >= j) return; // only a demonym and/or a title with no name ("Syrian President")
  // a title with no name, then whose it is: "the Minister of Foreign Affairs of Iraq"
  if (title && !tokens[k].cap && CONNECTORS.has(tokens[k].lower)) { classifyChunk(ctx, s, k + 1, j, add); return; }
  if (title) {
    // Whatever follows a title is a person's name (stop at a connector: "Minister of Defence")
    let end = k;
    // (with its initials: "Petty Officer Scott C. Dayton")
    // (and its particles: "Crown Prince Mohammed bin Salman", "Judge Jan van der Berg")
    while (end < j && ((tokens[end].cap && !CONNECTORS.has(tokens[end].lower)) || (tokens[end].text === '.' && initialAt(tokens, end - 1)) ||
      (end > k && NAME_PARTICLES.has(tokens[end].lower) && tokens[end + 1]?.cap && end + 1 < j))) end++;
    if (end > k && tokens.slice(k, end).filter((t) => t.text !== '.').length <= 4) {
      add({ t0: k, t1: end, kind: 'person', name: text.slice(tokens[k].start, tokens[end - 1].end), title, country,
        evidence: `title "${title}" before a name`, role: 'actor' });
      if (end < j) classifyChunk(ctx, s, end, j, add);
      return;
    }
  }
  if (dem && k === i + 1) {
    // A demonym before a person's name: "Australian Tom Moody"
    const rest = tokens.slice(k, j).filter((t) => t.kind === 'word');
    if (rest.length >= 2 && rest.length <= 4 && isFirstName(rest[0].lower) && !rest.some((t) => orgHeadKind(t.lower))) {
      add({ t0: k, t1: j, kind: 'person', name: text.slice(tokens[k].start, tokens[j - 1].end), title: null, country,
        evidence: `${tokens[i].text} + first name "${rest[0].text}"`, role: 'actor' });
      return;
    }
    // Otherwise a demonym followed by a capitalised name that is not a title: "Syrian Observatory ..." stays whole;
    // let the name rules decide on the whole chunk.
    k = i;
    country = null;
  }

  classifyName(ctx, s, i, j, k, title, country, add);
}

/**
 * All-caps headings ("TURKEY-RUSSIA TALKS", "NEW YORK") and all-caps runs in tables ("WESTERN DIVISION TEXAS 75 58"):
 * only gazetteer look-ups, longest name first, then part by part.
 */
function classifyHeading(ctx: EntityContext, s: Sentence, i: number, j: number, shouting: boolean, add: Adder): void {
  const { tokens } = ctx;
  const gz = gazetteer();
  for (let k = i; k < j; k++) {
    let matched = false;
    for (let n = Math.min(3, j - k); n >= 2 && !matched; n--) {
      const name = tokens.slice(k, k + n).map((t) => t.lower).join(' ');
      const hit = placeLookup(name);
      if (hit) {
        add({ t0: k, t1: k + n, kind: hit.kind, name: hit.name, title: null, country: hit.country, evidence: 'gazetteer (heading)', role: 'place' });
        k += n - 1;
        matched = true;
      }
    }
    if (matched) continue;
    const t = tokens[k];
    // a shouted word that is not a place may be a surname the article gives in full ("SHEARER NAMED AS CAPTAIN"):
    // a guess, kept only if it meets that person at merge time
    // (one word: "TURKEY-RUSSIA" is two places, read below)
    if (t.kind === 'word' && t.text.length >= 3 && !isCommonWord(t.lower) && !NON_NAME_CAPS.has(t.lower) && !isFunctionWord(t.lower) &&
      !placeLookup(t.lower) && !gz.demonyms.has(t.lower) && /^\p{Lu}[\p{Lu}'’]+$/u.test(t.text)) {
      add({ t0: k, t1: k + 1, kind: 'person', name: titleCase(t.text), title: null, country: null, evidence: 'name in a heading', role: 'actor', guess: true, surnameOnly: true });
    }
    let off = t.start;
    for (const part of t.text.split(/[-‐/]/)) {
      const hit = placeLookup(part.toLowerCase());
      // (a word that names a kind of body, or stands before one, is part of a name: "AMERICAN LEAGUE", "CENTRAL DIVISION")
      const nextWord = tokens[k + 1] && tokens[k + 1].kind === 'word' && tokens[k + 1].sentence === t.sentence ? tokens[k + 1].lower : '';
      const bodyName = hit?.kind === 'city' && (!!orgHeadKind(part.toLowerCase()) || (!!nextWord && !!orgHeadKind(nextWord)));
      // (a region in a heading only in a table row, before its figures: "MINNESOTA 67 67 .500")
      const row = tokens[k + 1]?.kind === 'number' && tokens[k + 1].sentence === t.sentence;
      if (hit && (hit.kind !== 'region' || shouting || row) && !bodyName) {
        add({ t0: k, t1: k + 1, start: off, end: off + part.length, kind: hit.kind, name: hit.name,
          title: null, country: hit.country, evidence: 'gazetteer (heading)', role: 'place' });
      }
      off += part.length + 1;
    }
  }
}

/**
 * The kind of the name in tokens [k, j) of chunk [i, j), its title and demonym read off: a country, a region, a
 * body by its head or its context, a place, a person, or nothing. The first rule that applies decides.
 */
function classifyName(ctx: EntityContext, s: Sentence, i: number, j: number, k: number, title: string | null, country: string | null, add: Adder): void {
  const { tokens, text } = ctx;
  const gz = gazetteer();
  const prev = tokens[i - 1] && tokens[i - 1].sentence === tokens[i].sentence ? tokens[i - 1] : undefined;
  const prev2 = tokens[i - 2];
  const next = tokens[j] && j < s.last ? tokens[j] : undefined;
  const sentenceInitial = i === s.first || (prev !== undefined && (prev.kind === 'quote' || prev.text === '(' || prev.text === ':'));
  const words = tokens.slice(k, j);
  const lowerName = words.map((w) => w.lower).join(' ');
  const name = text.slice(tokens[k].start, tokens[j - 1].end);
  const nextWord = next && next.kind === 'word' ? next : undefined;
  const nextTwo = nextWord && tokens[j + 1] ? `${nextWord.lower} ${tokens[j + 1].lower}` : '';

  // A law or a treaty is a text, no actor nor place: "the Criminal Code", "the Constitution", "the Geneva Conventions"
  // (a name of two words or more, or one after "the")
  // (the body that made it is named: "UN Security Council Resolution 2254"; "the Palace of Conventions" is a building)
  if (!title && DOCUMENT_HEADS.has(tokens[j - 1].lower) && (j - k >= 2 || prev?.lower === 'the') && tokens[j - 2]?.lower !== 'of' && !gz.countries.has(lowerName)) {
    if (j - k >= 2 && orgHeadKind(tokens[j - 2].lower)) classifyChunk(ctx, s, i, j - 1, add);
    return;
  }
  // Country
  const countryHit = gz.countries.get(lowerName);
  if (countryHit) {
    add({ t0: k, t1: j, kind: 'country', name: countryHit.name, title: null, country: countryHit.name,
      evidence: 'gazetteer: country', role: countryRole(tokens, k, j, s) });
    return;
  }
  // "Aleppo province", "Idlib region"
  if (nextWord && REGION_WORDS[nextWord.lower] && !nextWord.cap) {
    const city = gz.cities.get(lowerName);
    const region = gz.regions.get(lowerName);
    add({ t0: k, t1: j + 1, kind: 'region', name: `${name} ${nextWord.lower}`, title: null,
      country: city ? city.country : region ? region.country : null, evidence: `"${name}" + "${nextWord.text}"`, role: 'place' });
    return;
  }
  // A government named after its leader: "the Assad regime", "Assad’s brutal regime", "the murderous regime of Assad" (the
  // leader alone elsewhere is the person; named by the leader's family name: "the Fidel Castro regime" and "the Castro
  // regime" are one)
  const regime = j - k <= 3 ? leadersRegime(tokens, k, j, s) : null;
  if (regime && !originWord(lowerName) && !gz.countries.has(lowerName)) {
    add({ t0: regime.t0, t1: regime.t1, kind: 'government', name: `${tokens[j - 1].text} regime`, title: null, country, evidence: regime.evidence, role: 'actor' });
    return;
  }
  // A region's own government, in lower case: "the Kurdistan regional government"
  if (nextTwo === 'regional government' && gz.regions.has(lowerName)) {
    add({ t0: k, t1: j + 2, kind: 'government', name: `${name} regional government`, title: null, country: gz.regions.get(lowerName)!.country,
      evidence: `region "${name}" + "regional government"`, role: 'actor' });
    return;
  }
  // Trailing lower-case organisation head: "Hayat Tahrir al-Sham faction", "Anadolu news agency"
  const trailing = (nextTwo && TRAILING_ORG_HEADS[nextTwo]) || (nextWord && !nextWord.cap && TRAILING_ORG_HEADS[nextWord.lower]);
  // (not after a word of origin or faith: "Islamic rebels", "Moslem militants" describe, they do not name)
  // (nor a common word capitalised by the start of a sentence or a headline: "Opposition group says ...", known as
  // common or used in lower case elsewhere in the article)
  const openingWord = j - k === 1 && k === s.first;
  if (trailing && !gz.cities.has(lowerName) && !(gz.regions.has(lowerName) || gz.countries.has(lowerName)) && !(j - k <= 2 && originWord(lowerName)) && !(openingWord && isCommonWord(lowerName))) {
    add({ t0: k, t1: j, kind: trailing, name, title: null, country, evidence: `followed by "${nextTwo && TRAILING_ORG_HEADS[nextTwo] ? nextTwo : nextWord!.lower}"`, role: 'actor',
      ...(openingWord ? { unlessLower: lowerName } : {}) });
    return;
  }
  // An appositive after a kind of body: "the Yugoslav news agency Tanjug", "first division side Nice"
  if (prev && prev.kind === 'word' && !prev.cap && !title) {
    const two = prev2 && prev2.kind === 'word' ? `${prev2.lower} ${prev.lower}` : '';
    const body = two === 'news agency' ? 'media' : APPOSITIVE_BODIES[prev.lower];
    // (a day or a month after the body is when it acted: "the agency Saturday launched")
    if (body && !(j - k === 1 && CALENDAR_WORD.test(lowerName))) {
      add({ t0: k, t1: j, kind: body, name, title: null, country, evidence: `after "${two === 'news agency' ? two : prev.text}"`, role: 'actor' });
      return;
    }
  }
  // "Douglas & Lomason", "Procter & Gamble": a firm
  if (j - k >= 3 && words.some((w) => w.text === '&')) {
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: 'a name with "&"', role: 'actor' });
    return;
  }
  // Laws, documents, events, prizes: not annotated as actors or places
  if (j - k >= 2 && OTHER_HEADS.has(tokens[j - 1].lower)) return;
  // Organisation by its head or by compromise's list of organisations
  let headKind: EntityKind | null = null;
  let headWord = '';
  // (not a nickname's word in quotation marks: `Marcia "Cia" Price`)
  for (const u of outsideQuotes(tokens.slice(k + (j - k > 1 ? 1 : 0), j))) {
    const h = orgHeadKind(u.lower);
    if (h && !(h === 'organization' && knownOrganization(u.lower) && u === tokens[k])) { headKind = h; headWord = u.text; }
  }
  const compassBank = j - k === 2 && tokens[j - 1].lower === 'bank' && COMPASS.has(tokens[k].lower); // "West Bank"
  if (j - k > 1 && headKind && !compassBank) {
    add({ t0: k, t1: j, kind: headKind, name: name.replace(/^the\s+/i, ''), title: null, country, evidence: `organisation head "${headWord}"`, role: 'actor' });
    return;
  }
  const last = tokens[j - 1].lower;
  // Named features: "Wall Street", "Gaza Strip", "Red Sea", "West Bank"
  if (j - k >= 2 && (PLACE_HEADS.has(last) || compassBank) && !gz.cities.has(lowerName)) {
    add({ t0: k, t1: j, kind: 'place', name, title: null, country: null, evidence: `place name ending in "${tokens[j - 1].text}"`, role: 'place' });
    return;
  }
  if (j - k >= 2 && PLACE_LEADS.has(tokens[k].lower) && !placeLookup(lowerName)) {
    add({ t0: k, t1: j, kind: 'place', name, title: null, country: null, evidence: `place name opening with "${tokens[k].text}"`, role: 'place' });
    return;
  }
  if (knownOrganization(lowerName)) {
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: 'known organisation (compromise lexicon)', role: 'actor' });
    return;
  }
  // City
  const city = gz.cities.get(lowerName);
  if (city && !(j - k === 1 && isFirstName(lowerName) && nextWord?.cap)) {
    add({ t0: k, t1: j, kind: 'city', name: city.name, title: null, country: city.country,
      evidence: `gazetteer: city${city.seat ? ' (capital or provincial seat)' : ''}`, role: countryRole(tokens, k, j, s) === 'actor' && city.seat ? 'actor' : 'place' });
    return;
  }
  // Region: ISO 3166-2 subdivisions ("England", "Bavaria", "Idlib")
  const region = gz.regions.get(lowerName);
  if (region && !(j - k === 1 && isFirstName(lowerName) && nextWord?.cap)) {
    add({ t0: k, t1: j, kind: 'region', name: region.name, title: null, country: region.country,
      evidence: region.country ? `gazetteer: region of ${region.country} (ISO 3166-2 ${region.code})` : 'gazetteer: world region', role: countryRole(tokens, k, j, s) === 'actor' ? 'actor' : 'place' });
    return;
  }
  // The body a lower-case title belongs to: "Pentagon spokesman Doug Kennett", "Cofinec chairman John Smith"
  // (one lower-case word may come first: "Petofi general manager Laszlo Sebesvari")
  // (the longer title first: "general" is a title too, "manager" follows it)
  const twoWordTitle = nextWord && !nextWord.cap && isTitleWord(nextWord.lower) && tokens[j + 1] && tokens[j + 1].kind === 'word' && !tokens[j + 1].cap && isTitleHead(tokens[j + 1].lower);
  const titleAt = nextWord && !nextWord.cap ? (twoWordTitle ? j + 1 : isTitleHead(nextWord.lower) ? j : -1) : -1;
  const afterTitle = titleAt >= 0 ? tokens[titleAt + 1] : undefined;
  // (not a word of origin, a count or a common word capitalised by its place: "Chechen leader", "Former prime minister",
  // "Conservative economist", "Party spokesman")
  if (afterTitle && afterTitle.cap && afterTitle.kind === 'word' && afterTitle.sentence === tokens[titleAt].sentence &&
    !(j - k === 1 && (isGivenName(tokens[k].lower) || NON_NAME_CAPS.has(tokens[k].lower) || originWord(lowerName, false) ||
      isCommonWord(lowerName) || COUNT_WORDS.test(lowerName) || ROLE_TIME_WORDS.test(lowerName)))) {
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: `before "${text.slice(tokens[j].start, tokens[titleAt].end)}"`, role: 'actor' });
    return;
  }
  // initials in the plural name things or kinds, no one ("two UAVs", "VBIEDs", "NGOs")
  if (j - k === 1 && /^\p{Lu}{2,6}s$/u.test(tokens[k].text)) return;
  // time zones and statistics are not names ("1800 GMT", "three RBI")
  if (j - k === 1 && NOT_ACRONYMS.has(tokens[k].lower) && tokens[k].upper) return;
  // Acronyms: "SANA", "NATO"
  // (not a shouted word: "FRIDAY", "SCHEDULE", "AT")
  if (j - k === 1 && tokens[k].upper && tokens[k].text.replace(/\./g, '').length >= 2 && tokens[k].text.length <= 8 &&
    !NON_NAME_CAPS.has(tokens[k].lower) && !NOT_ACRONYMS.has(tokens[k].lower) && !isFunctionWord(tokens[k].lower) && !(isCommonWord(tokens[k].lower) && tokens[k].lower.length >= 4)) {
    // (a thing named by its initials after "a" or "an" is no body: "destroyed a VBIED, a UAV and an IED"; "a NATO
    // spokesman", "an EU official" name the body before their noun)
    if (prev && (prev.lower === 'a' || prev.lower === 'an') && headOfPhrase(tokens[j])) return;
    const mediaBefore = prev && (prev.lower === 'agency' || prev.lower === 'outlet' || prev.lower === 'broadcaster' || prev.lower === 'newspaper');
    add({ t0: k, t1: j, kind: mediaBefore ? 'media' : 'organization', name, title: null, country, evidence: mediaBefore ? `acronym after "${prev!.text}"` : 'acronym', role: 'actor' });
    return;
  }
  const first = tokens[k];
  // Sentence-initial common words ("Images showed", "Speaking to ...") are not names
  // ("Cook said", "said Russell": a speaker, even when the name is also a word)
  // ("add" reports speech before a clause, a quotation or punctuation, not before its object: "Sanctions add pressure")
  const afterVerb = nextWord ? tokens[j + 1] : undefined;
  const speechNext = nextWord && SPEECH_VERBS[nextWord.lower] !== undefined &&
    !(/^adds?$/.test(nextWord.lower) && afterVerb?.kind === 'word' && afterVerb.lower !== 'that' && afterVerb.sentence === nextWord.sentence);
  const speaks = (speechNext && !nextWord!.cap) || (prev && prev.kind === 'word' && /^(?:said|says|added|wrote)$/.test(prev.lower));
  // (but a plural noun speaks for a crowd, not as a name: "Analysts said", "Residents told reporters", "Police said")
  const pluralNoun = j - k === 1 && hasTag(first.lower, /^Plural$/) && !isFirstName(first.lower) && !isLastName(first.lower);
  if (j - k === 1 && (!speaks || pluralNoun) && (sentenceInitial || k > i) && (isOrdinaryWord(first.lower) || ctx.lowerWords?.has(first.lower) ||
    (/[^s]s$/.test(first.lower) && !gz.cities.has(first.lower) && tagsOf(first.lower).length === 0 && !nextWord?.cap))) {
    // (a family name that is also a word, "Wang was sentenced", "Rice arrived": kept only if it meets the person the
    // article names in full, at merge time)
    if (sentenceInitial && !pluralNoun && isFamilyName(first.lower) && nextWord && !nextWord.cap && isVerbToken(nextWord)) {
      add({ t0: k, t1: j, kind: 'person', name, title: null, country: null, evidence: `family name "${first.text}"`, role: 'actor', guess: true, surnameOnly: true });
    }
    return;
  }
  if (j - k === 1 && (sentenceInitial || k > i) && !ctx.lowerWords) {
    const outer = add;
    add = (c) => outer({ ...c, unlessLower: first.lower });
  }
  if (j - k === 1 && NON_NAME_CAPS.has(first.lower)) return;
  // A lone adjective of origin before a noun ("European leaders", "Kurdish fighters" without a country):
  // a description, not a name
  if (j - k === 1 && nextWord && !nextWord.cap && !isVerbToken(nextWord) &&
    adjectiveOfOrigin(first.lower) && !isFirstName(first.lower)) return;
  // a two-word demonym ("South Korean traders"), a lone one after "the" ("the occupied Arab lands"), words of
  // origin only ("Iraqi Kurdish control", "Olympic 100 metres champion")
  if (gz.demonyms.has(lowerName) && (!nextWord || !nextWord.cap)) return;
  // (a word in "-ian" read as one of origin only by its ending is a surname when a verb follows: "Dorrian said", "Petrosian
  // won", "Elian was"; not a place's people: "Virginian", "Bostonian")
  const surnameByEnding = j - k === 1 && /ian$/.test(lowerName) && !!nextWord && isVerbToken(nextWord) && !gz.demonyms.has(lowerName) &&
    !FAITHS.has(lowerName) && !hasTag(lowerName, /^(Demonym|Adjective)$/) && !placeLookup(lowerName.slice(0, -1)) && !placeLookup(lowerName.slice(0, -3)) &&
    !gz.namedLikePersons.has(lowerName.slice(0, -1));
  if (j - k <= 2 && words.every((w) => originWord(w.lower)) && (!nextWord || !nextWord.cap) && !surnameByEnding) return;
  if (!speaks && words.every((w) => NON_NAME_CAPS.has(w.lower) || isCommonWord(w.lower)) && sentenceInitial) return;

  // A body named in Arabic by its leading noun ("Jaish al-Islam", "Hayat Tahrir al-Sham", "Kataib Hezbollah"); a
  // leading noun that is also a given name needs an article particle after it ("Hayat Boumeddiene" is a woman)
  const leadingHead = LEADING_ORG_HEADS[first.lower];
  if (leadingHead && j - k >= 2 && (!isGivenName(first.lower) || words.slice(1).some((w) => ARABIC_ARTICLE.test(w.text)))) {
    add({ t0: k, t1: j, kind: leadingHead, name, title: null, country, evidence: `a body's name opened by "${first.text}"`, role: 'actor' });
    return;
  }
  // Person: first name + more, known surname, or the subject of a speech verb
  const lastLower = tokens[j - 1].lower;
  const givenAndFamily = isGivenName(first.lower) && !NON_NAME_CAPS.has(first.lower) && !placeLookup(first.lower) &&
    (isFamilyName(lastLower) || !isCommonWord(lastLower));
  // an initial and a surname: "M. Butcher", "A. Ranatunga"
  if (j - k >= 3 && j - k <= 5 && initialAt(tokens, k) && !words.some((w) => orgHeadKind(w.lower))) {
    add({ t0: k, t1: j, kind: 'person', name, title, country, role: 'actor', evidence: 'an initial and a surname' });
    return;
  }
  // after a preposition that only places things ("near Tal Afar", "outside Ayn Isa"), a name with no title is a
  // place, even when it reads like a given name and a family name
  if (prev && PLACE_ONLY_PREPS.has(prev.lower) && !title && next?.kind !== 'possessive' && !words.some((w) => orgHeadKind(w.lower))) {
    add(placeAfter(prev, k, j, name, lowerName));
    return;
  }
  // family name first, as Chinese, Korean and Vietnamese names are written: "Wang Donghai", "Chen Shui-bian" (a known
  // family name before a word no list knows, made of one to three syllables of a romanisation: not "White Sox")
  if (j - k === 2 && isFamilyName(first.lower) && !isGivenName(first.lower) && tagsOf(lastLower).length === 0 && !placeLookup(lowerName) &&
    lastLower.split('-').every((part) => ROMANISED_SYLLABLES.test(part))) {
    add({ t0: k, t1: j, kind: 'person', name, title, country, role: 'actor', evidence: `family name "${first.text}" first` });
    return;
  }
  // (four words at most, an initial's period aside: "Charles H. Keating IV")
  const wordCount = words.filter((w) => w.kind === 'word').length;
  // (a nickname's words in quotation marks say nothing of the kind: `Marcia "Cia" Price`)
  const nameWords = outsideQuotes(words);
  const quoted = nameWords.length < words.length;
  // (a particle before a given name: "El Hassane Lahssini")
  const givenAfterParticle = j - k >= 3 && first.cap && NAME_PARTICLES.has(first.lower) && isGivenName(tokens[k + 1].lower);
  if (j - k >= 2 && (j - k <= 4 || (wordCount <= 4 && j - k <= 6) || (quoted && nameWords.length <= 4)) && (isFirstName(first.lower) || isLastName(lastLower) || givenAndFamily || givenAfterParticle) &&
    !nameWords.some((w) => orgHeadKind(w.lower))) {
    add({ t0: k, t1: j, kind: 'person', name, title, country, role: 'actor',
      evidence: isFirstName(first.lower) ? `first name "${first.text}"` : isLastName(lastLower) ? `surname "${tokens[j - 1].text}"` :
        givenAfterParticle && !givenAndFamily ? `"${first.text}" + given name "${tokens[k + 1].text}"` : `given name "${first.text}" and family name "${tokens[j - 1].text}"` });
    return;
  }
  // compass words alone name a part of somewhere ("the North West of the country", "the South"): a place
  if (words.every((w) => COMPASS.has(w.lower) || /^(?:north|south)(?:east|west)$/.test(w.lower))) {
    add({ t0: k, t1: j, kind: 'place', name, title: null, country: null, evidence: 'compass words', role: countryRole(tokens, k, j, s) });
    return;
  }
  if (prev?.lower === 'the' || (prev2?.lower === 'the' && prev && !prev.cap && prev.kind === 'word')) {
    // "the Pamir mountains", "the Batajnica airport": a place named before its kind
    if (j - k === 1 && nextWord && !nextWord.cap && PLACE_HEADS.has(nextWord.lower)) {
      add({ t0: k, t1: j, kind: 'place', name, title: null, country, evidence: `"the" + name + "${nextWord.text}"`, role: 'place' });
      return;
    }
    // "the Dole campaign", "the Wimbledon semifinals": a name used as a modifier, of any kind; decided at merge time
    const modifier = j - k === 1 && nextWord && !nextWord.cap && !isVerbToken(nextWord) && !speechNext && !CONNECTORS.has(nextWord.lower);
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: modifier ? `"the" + name before "${nextWord!.text}"` : '"the" + proper name', role: 'actor', modifier: !!modifier });
    return;
  }
  // A body's word alone: "Congress voted", "in Parliament" (not a given or family name: "Chase", "Marshall"; not a
  // modifier: "Coalition nations")
  const head = j - k === 1 ? orgHeadKind(lowerName) : null;
  const bodyWord = head && !isGivenName(first.lower) && !isFamilyName(first.lower) && !nounAfter(next) ? head : null;
  if (bodyWord && bodyWord !== 'media') {
    add({ t0: k, t1: j, kind: bodyWord, name, title: null, country, evidence: `a body's word ("${first.text}")`, role: 'actor' });
    return;
  }
  // Place by preposition: "in Kafr Aleppo", "including Anadan and Haritan"
  // (not a person's name with a possessive, "in Saddam Hussein's Iraq", "in Rabin's government"; nor a body the lexicon knows)
  const personsOwn = next?.kind === 'possessive' && (givenAndFamily || isFamilyName(lastLower) || conductAfter(tokens, j + 1, s.last));
  // (nor whoever something is done at the hands of)
  const byHand = prev?.lower === 'of' && tokens[k - 2]?.lower === 'hands' && !placeLookup(lowerName);
  if (prev && PLACE_PREPS.has(prev.lower) && !speechNext && !personsOwn && !byHand && !knownOrganization(lowerName) &&
    !(/^(?:and|between)$/.test(prev.lower) && !placeConjunct(tokens, i - 1, words, s))) {
    add(placeAfter(prev, k, j, name, lowerName));
    return;
  }
  // ... and a name inside such a list, between commas: "in Qamenas, Sarmin and Talamenes"
  if (prev?.text === ',' && !speechNext && !personsOwn && !knownOrganization(lowerName) && !isGivenName(first.lower) && !isFamilyName(lastLower) &&
    j - k <= 3 && !words.some((w) => !w.cap) && !originWord(lowerName.replace(/s$/, '')) && listGoesOn(tokens, j, s) && listOfPlaces(tokens, i - 1, s)) {
    add(placeAfter(prev, k, j, name, lowerName));
    return;
  }
  // ... and a state or a province after a place and a comma: "of Woodbridge, Virginia", "in Virginia Beach, Virginia"
  if (prev?.text === ',' && !speechNext && !personsOwn && gz.namedLikePersons.get(lowerName)?.kind === 'region' && placeBeforeComma(tokens, i - 1, s)) {
    add(placeAfter(prev, k, j, name, lowerName));
    return;
  }
  // Two names run together in a title-case headline: "Lebed Chechnya" -> a name and a place
  // (a country or a region: cities are surnames too often, "MaliVai Washington")
  const lastPlace = j - k >= 2 && !title ? placeLookup(last) : null;
  // ("Air France", "Royal Jordanian": a common word before the country makes one name, left to the rules below)
  if (lastPlace && lastPlace.kind !== 'city' && !placeLookup(lowerName) && !isGivenName(first.lower) && !(j - k === 2 && isCommonWord(first.lower))) {
    // ("Karlsruhe of Germany": the connector belongs to neither)
    classifyChunk(ctx, s, k, CONNECTORS.has(tokens[j - 2].lower) && j - 2 > k ? j - 2 : j - 1, add);
    classifyChunk(ctx, s, j - 1, j, add);
    return;
  }
  // (a country after the first word makes it a firm or a team: "Atlas Bangladesh")
  if (j - k >= 2 && j - k <= 3 && words.every((w) => !isCommonWord(w.lower)) && !words.slice(1).some((w) => placeLookup(w.lower)?.kind === 'country')) {
    // a place first and no family name last: a club or a firm ("Bristol Rovers", "Inverness Thistle"); a place last
    // is a surname as often ("MaliVai Washington"): the sports rules decide those
    const placeFirst = placeLookup(first.lower) !== null && !isFamilyName(words[words.length - 1].lower);
    if (title || !placeFirst || isGivenName(first.lower)) {
      add({ t0: k, t1: j, kind: 'person', name, title, country, evidence: 'capitalised name', role: 'actor' });
      return;
    }
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: 'capitalised phrase named after a place', role: 'actor' });
    return;
  }
  if (j - k === 1) {
    // "told Reuters": a listener that is no person's name is a body (a news outlet, most often)
    if (prev && /^(?:told|tells|telling)$/.test(prev.lower) && !isGivenName(first.lower) && !isFamilyName(first.lower)) {
      add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: `listener after "${prev.text}", not a person's name`, role: 'actor' });
      return;
    }
    // A single unknown capitalised word: a surname if it speaks or acts, otherwise decided at merge time.
    const acts = speaks || speechNext || isVerbToken(nextWord);
    const family = !acts && isFamilyName(first.lower) && !isCommonWord(first.lower);
    add({ t0: k, t1: j, kind: 'person', name, title, country, evidence: acts ? (speaks && !speechNext && !isVerbToken(nextWord) ? `speaker after "${prev!.text}"` : `subject of "${nextWord!.text}"`) : family ? `family name "${first.text}"` : 'single name',
      role: 'actor', guess: !acts && !family });
    return;
  }
  if (j - k >= 2) {
    // capitalised common words with no name and no body word among them are a label ("Financial Data", "Share Numbers")
    if (words.every((w) => isCommonWord(w.lower) || CONNECTORS.has(w.lower) || isFunctionWord(w.lower) || NOT_ACRONYMS.has(w.lower))) return;
    add({ t0: k, t1: j, kind: 'organization', name, title: null, country, evidence: 'capitalised phrase', role: 'actor' });
  }
}

/**
 * After "and" or "between", a name is a place only in a list of places: the name before "and" is a place the gazetteer
 * knows or follows a preposition of place ("including Anadan and Haritan", "between Aleppo and Saraqib"). A name that
 * reads as a person's or a body's is not ("Senators Rand Paul and Ted Cruz", "Northrop Grumman and Lockheed Martin",
 * "between Republican Donald Trump and Hillary Clinton").
 */
function placeConjunct(tokens: Token[], at: number, words: Token[], s: Sentence): boolean {
  if ((words.length >= 2 && isGivenName(words[0].lower)) || words.some((w) => orgHeadKind(w.lower))) return false;
  if (tokens[at].lower === 'between') return true;
  // the capitalised words before "and" (a comma's list too: "Anadan, Haritan and Kafr Hamra")
  let x = at - 1;
  while (x >= s.first && tokens[x].text === ',') x--;
  const y = nameStart(tokens, x + 1, s, 5);
  if (x < s.first || tokens[x].kind !== 'word' || !tokens[x].cap) return false;
  if (placeOfWords(tokens, y, x + 1)) return true;
  // ... or the words before them, back over a list: a preposition of place opens it
  for (let z = y - 1; z >= s.first && z >= y - 12; z--) {
    const w = tokens[z];
    if (w.kind === 'word' && !w.cap) return PLACE_PREPS.has(w.lower) && w.lower !== 'and';
  }
  return false;
}

/** Where the capitalised words that end before token `end` start, `most` of them at most, within the sentence (`end` when there are none). */
function nameStart(tokens: Token[], end: number, s: Sentence, most: number): number {
  let y = end;
  while (y - 1 >= s.first && y > end - most && tokens[y - 1].kind === 'word' && tokens[y - 1].cap) y--;
  return y;
}

/** The place the gazetteer knows by the words [a, b), if any. */
function placeOfWords(tokens: Token[], a: number, b: number): ReturnType<typeof placeLookup> {
  return placeLookup(tokens.slice(a, b).map((t) => t.lower).join(' '));
}

/** Prepositions that open a list of places: "in Qamenas, Sarmin and Talamenes" (not "including", "to": "firms
 * including Mobil, Shell and Caltex", "holy to Moslems, Arabs and Jews"). */
const LIST_OPENERS = new Set(['in', 'at', 'near', 'from', 'into', 'around', 'outside', 'across', 'through', 'throughout', 'inside', 'within', 'towards', 'toward']);

/** The names before the comma at `comma`, back to the word that opens their list, are places: a place the gazetteer
 * knows among them, or a preposition of place opening the list; and none a body's, a person's or a people's name. */
function listOfPlaces(tokens: Token[], comma: number, s: Sentence): boolean {
  let known = false;
  let x = comma;
  while (x > s.first && x > comma - 16 && tokens[x].text === ',') {
    const y = nameStart(tokens, x, s, 5);
    if (y === x) return false;
    const item = tokens.slice(y, x).map((t) => t.lower);
    const whole = item.join(' ');
    if (placeLookup(whole)) known = true;
    else if (knownOrganization(whole) || originWord(whole.replace(/s$/, '')) || isGivenName(item[0]) || (item.length === 1 && isFamilyName(item[0]))) return false;
    x = y - 1;
  }
  const opener = tokens[x];
  return x >= s.first && opener.kind === 'word' && !opener.cap && (known || LIST_OPENERS.has(opener.lower));
}

/** The name before the comma at `comma` is a place: the gazetteer knows it, or a preposition of place comes before it. */
function placeBeforeComma(tokens: Token[], comma: number, s: Sentence): boolean {
  const y = nameStart(tokens, comma, s, 5);
  if (y === comma) return false;
  return !!placeOfWords(tokens, y, comma) || (y - 1 >= s.first && PLACE_PREPS.has(tokens[y - 1].lower) && !tokens[y - 1].cap);
}

/** A list goes on after the name ending at `j`: through commas and capitalised words to "and" or "or" and a name. */
function listGoesOn(tokens: Token[], j: number, s: Sentence): boolean {
  if (tokens[j]?.text !== ',' && tokens[j]?.lower !== 'and' && tokens[j]?.lower !== 'or') return false;
  let y = j;
  while (y < s.last && y < j + 12 && (tokens[y].text === ',' || (tokens[y].kind === 'word' && tokens[y].cap))) y++;
  return y + 1 < s.last && (tokens[y].lower === 'and' || tokens[y].lower === 'or') && tokens[y + 1].kind === 'word' && tokens[y + 1].cap;
}

/**
 * A name after a preposition of place: a place, which the gazetteer knows when it is named like a person ("in
 * Virginia", "near Austin", "in Kent": compromise files these names as persons', so they are looked up only here).
 */
function placeAfter(prev: Token, k: number, j: number, name: string, lowerName: string): Omit<Candidate, 'start' | 'end'> {
  const named = gazetteer().namedLikePersons.get(lowerName);
  return named
    ? { t0: k, t1: j, kind: named.kind, name: named.name, title: null, country: named.country, evidence: `after "${prev.text}"; gazetteer: ${named.kind} named like a person`, role: 'place' }
    : { t0: k, t1: j, kind: 'place', name, title: null, country: null, evidence: `after "${prev.text}"`, role: 'place' };
}

function countryRole(tokens: Token[], k: number, j: number, s: Sentence): MentionRole {
  const next = tokens[j];
  const prev = tokens[k - 1];
  // the agent of a passive: "the ceasefire announced by Russia", "a town seized by Syria"
  // (the country's name the whole phrase: not "cited by District of Columbia traffic police", "owned by Toronto's Thomson family")
  if (prev?.lower === 'by' && k - 2 >= s.first && /PastTense|Participle/.test(verbInfo(tokens[k - 2].lower)?.tense ?? '') &&
    (!next || j >= s.last || (next.kind !== 'word' && next.kind !== 'possessive') || verbInfo(next.lower) || hasTag(next.lower, /Preposition|Conjunction|Determiner|Adverb/))) return 'actor';
  // a partner or a party: "working closely with Turkey", "talks between the UK and France"; a member of a body that acts:
  // "Coalition nations which have conducted strikes include Australia, Belgium and Canada"
  if (partnerOf(tokens, k, s) || memberOfActors(tokens, k, s) || agentOfInfinitive(tokens, k, j, s)) return 'actor';
  // (after a preposition too: "the efficacy of Australia's diplomatic efforts")
  const afterPrep = !!prev && prev.sentence === tokens[k].sentence && PLACE_PREPS.has(prev.lower) && prev.lower !== 'and';
  if (next?.kind === 'possessive' && j < s.last) {
    // what the country does or wants, a word or two on: "Turkey's support", "Iraq's democratic process", "Australia's diplomatic efforts"
    for (let a = j + 1; a < s.last && a <= j + 3; a++) {
      const w = tokens[a];
      // (after a preposition, what it does only: "of Tajikistan's armed forces" are the actor, the country their owner)
      if (AGENT_NOUNS.has(w.lower) || (!afterPrep && (ACTOR_NOUNS[w.lower] || ACTOR_MODIFIERS.has(w.lower)))) return 'actor';
      // (an adjective by the lexicon or by its ending: "democratic", "diplomatic", "dangerous")
      if (w.kind !== 'word' || w.cap || !(hasTag(w.lower, /Adjective/) || /(?:ic|al|ous|ive|ary)$/.test(w.lower))) break;
    }
    return 'place';
  }
  if (afterPrep) return 'place';
  if (!next || j >= s.last) return 'place';
  // what the country does, named right after it: "UK support", "a U.S. strike", "U.S. airstrikes"
  if (next.kind === 'word' && !next.cap && COUNTRY_ACTIONS.has(next.lower)) return 'actor';
  if (next.text === ',' && tokens[j + 1] && /^(which|who)$/.test(tokens[j + 1].lower)) return 'actor';
  if (finiteAt(tokens[j])) return 'actor';
  // the subject of its sentence: "The UK, as part of the coalition, is ..." (a verb after the phrase between commas;
  // not "StatesWest Airlines, Phoenix, Ariz., said")
  const opens = k === s.first || (k === s.first + 1 && tokens[s.first].lower === 'the');
  if (opens && next.text === ',') {
    for (let x = j + 2; x < s.last && x <= j + 12; x++) if (tokens[x].text === ',') return finiteAt(tokens[x + 1]) && x + 1 < s.last ? 'actor' : 'place';
  }
  // a sentence's subject before a verb in "-s" the lexicon files as a plural ("The UK stands by Iraq", "Germany welcomes
  // the deal"): a preposition, a determiner or a pronoun after it, and no verb of the sentence's own a few words on
  // ("UK exports to China rose" is a noun phrase)
  if (opens && next.kind === 'word' && !next.cap && /[^s]s$/.test(next.lower) && tokens[j + 1] && j + 1 < s.last &&
    hasTag(tokens[j + 1].lower, /Preposition|Determiner|Pronoun|Possessive/) && !tokens.slice(j + 2, Math.min(s.last, j + 6)).some(finiteAt)) return 'actor';
  return 'place';
}

/**
 * The tokens [t0, t1) of a leader's regime named with the name in tokens [k, j), and how: "the Assad regime(s)", "Assad’s
 * regime", "Assad’s brutal regime" (two describing words at most), "the regime of Assad"; null when there is none.
 */
function leadersRegime(tokens: Token[], k: number, j: number, s: Sentence): { t0: number; t1: number; evidence: string } | null {
  const next = j < s.last ? tokens[j] : undefined;
  if (next?.kind === 'word' && !next.cap && /^regimes?$/.test(next.lower)) return { t0: k, t1: j + 1, evidence: `${LEADERS_REGIME} before "${next.text}"` };
  if (next?.kind === 'possessive') {
    for (let a = j + 1; a < s.last && a <= j + 3; a++) {
      const w = tokens[a];
      if (w.kind !== 'word' || w.cap) return null;
      if (w.lower === 'regime') return { t0: k, t1: a + 1, evidence: `${LEADERS_REGIME} with "regime"` };
      if (!(hasTag(w.lower, /Adjective/) || /(?:ic|al|ous|ive|ary|ful|less|ing)$/.test(w.lower))) return null;
    }
    return null;
  }
  return k - 2 >= s.first && tokens[k - 1].lower === 'of' && tokens[k - 2].lower === 'regime' && !tokens[j]?.cap
    ? { t0: k - 2, t1: j, evidence: `${LEADERS_REGIME} with "regime"` } : null;
}

/** The last word of the name of a law, a treaty or a charter. */
const DOCUMENT_HEADS = new Set(['code', 'constitution', 'charter', 'act', 'treaty', 'protocol', 'accord', 'accords', 'conventions',
  'declaration', 'resolution', 'amendment', 'doctrine', 'statute', 'ordinance']);

/** What only people and bodies have, after a possessive: "Assad’s inhumanity", "Saddam's crimes" (a place's streets or economy are no such thing). */
const CONDUCT_NOUNS = new Set(['inhumanity', 'brutality', 'cruelty', 'savagery', 'crimes', 'atrocities', 'policies', 'policy', 'regime',
  'forces', 'troops', 'henchmen', 'supporters', 'loyalists', 'rule', 'dictatorship', 'tyranny', 'war', 'campaign', 'decision', 'refusal',
  'intentions', 'aims', 'lies', 'propaganda']);

/** Whether a noun of conduct follows the possessive at token `at`, after at most two describing words ("Assad’s brutal policies"). */
function conductAfter(tokens: Token[], at: number, last: number): boolean {
  for (let a = at; a < last && a <= at + 2; a++) {
    const w = tokens[a];
    if (w.kind !== 'word' || w.cap) return false;
    if (CONDUCT_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** A word of what befalls a place or of its parts, before "of" and a name: "the liberation of Sinjar", "the outskirts of Homs". */
const PLACE_BEFORE_OF = /\b(?:liberation|capture|recapture|fall|siege|seizure|occupation|encirclement|outskirts|suburbs|streets|centre|center|residents|inhabitants|population|governorate|province|district|town|city|village|region|north|south|east|west|heart)\s+of\s+$/i;

const ALSO_KNOWN_AS = /\b(?:also known as|a\.k\.a|aka|otherwise known as)\b/i;

/** Words of working together, before "with" or "between": "working closely with Turkey", "talks between the UK and France". */
const PARTNER_WORDS = new Set(['work', 'works', 'worked', 'working', 'cooperation', 'cooperate', 'cooperates', 'cooperated', 'cooperating',
  'partnership', 'partnerships', 'agreement', 'agreements', 'deal', 'talks', 'negotiations', 'dialogue', 'coordination', 'coordinate',
  'coordinating', 'alliance', 'relations', 'ties', 'action', 'together', 'war', 'conflict', 'summit', 'treaty', 'accord',
  'stand', 'stands', 'stood', 'standing', 'sided', 'allied', 'relationship', 'relationships']);
/** Bodies made of members that act: "Coalition nations ... include", "the international community – including". */
const MEMBER_HEADS = new Set(['nations', 'countries', 'members', 'partners', 'allies', 'coalition', 'community', 'backers', 'powers',
  'governments', 'states', 'supporters', 'sponsors', 'participants', 'contributors', 'signatories']);

/**
 * A country asked, urged or pressed to do something: "pressed for Russia to use its influence", "called on Iran to stop",
 * "urged Turkey to withdraw" (not where someone goes to do it: "went to Syria to fight").
 */
function agentOfInfinitive(tokens: Token[], k: number, j: number, s: Sentence): boolean {
  const to = tokens[j], verb = tokens[j + 1], prev = tokens[k - 1];
  if (!to || to.lower !== 'to' || !verb || j + 1 >= s.last || verb.kind !== 'word' || verb.cap || !prev || k - 1 < s.first) return false;
  // (a verb after "to": the lexicon files "stop", "end", "return" as nouns only, so anything but a determiner, a pronoun or a preposition)
  if (verbInfo(verb.lower)?.tense !== 'Infinitive' && hasTag(verb.lower, /Determiner|Pronoun|Preposition|Possessive|Adjective|Conjunction/)) return false;
  // ("she will leave that day for Bolivia to attend": where someone leaves for)
  if (prev.lower === 'for' && [tokens[k - 2], tokens[k - 3], tokens[k - 4]].some((u) => u && /^(?:leave|leaves|left|leaving|depart\w*|head\w*|bound|fly|flies|flew|sail\w*|travel\w*|set)$/.test(u.lower))) return false;
  return prev.lower === 'for' || prev.lower === 'on' || prev.lower === 'upon' || /^(?:urged?|urges|urging|asked?|asks|asking|pressed|presses|pressing|told|tells|telling|called|calls|calling|encouraged?|encourages|invited?|invites|allowed?|allows|forced?|forces|pushed|pushes)$/.test(prev.lower);
}

/** A country named as a partner or a party: after "with" or in "between X and Y" after a word of working together. */
function partnerOf(tokens: Token[], k: number, s: Sentence): boolean {
  let x = k - 1;
  // (back over the other party of "between X and": names, "the", "and")
  if (tokens[x]?.lower === 'and') { x--; while (x > s.first && (tokens[x].cap || tokens[x].lower === 'the' || tokens[x].text === '.') && tokens[x].lower !== 'between') x--; }
  else if (tokens[x]?.lower === 'the') x--;
  const prep = tokens[x];
  // (joined as an ally: "forces will join Jordan in Exercise Eager Lion"; stood by: "The UK stands by Iraq")
  if (prep && x >= s.first && /^join(?:s|ed|ing)?$/.test(prep.lower) && !tokens[k - 1].cap) return true;
  if (prep && x > s.first && prep.lower === 'by' && /^(?:stand|stands|stood|standing)$/.test(tokens[x - 1].lower)) return true;
  if (!prep || x <= s.first || (prep.lower !== 'with' && prep.lower !== 'between')) return false;
  let w = tokens[x - 1];
  if (w && /ly$/.test(w.lower) && x - 2 >= s.first) w = tokens[x - 2]; // ("working closely with")
  return !!w && w.kind === 'word' && PARTNER_WORDS.has(w.lower);
}

/**
 * A country in a list of the members of a body that acts: "Coalition nations which have conducted strikes in Iraq
 * include Australia, Belgium, Canada", "The international community – including Russia and Iran – must", "the regime
 * and its backers, notably Russia" (not where they come from: "refugees from countries including Syria").
 */
function memberOfActors(tokens: Token[], k: number, s: Sentence): boolean {
  let x = k - 1;
  while (x > s.first && (tokens[x].text === ',' || tokens[x].lower === 'and' || tokens[x].lower === 'the' || tokens[x].text === '.' || (tokens[x].kind === 'word' && tokens[x].cap))) x--;
  const cue = tokens[x];
  if (!cue || !/^(?:include|includes|included|including|notably|as)$/.test(cue.lower) || (cue.lower === 'as' && tokens[x - 1]?.lower !== 'such')) return false;
  for (let h = x - 1; h >= s.first && h >= x - 12; h--) {
    if (!MEMBER_HEADS.has(tokens[h].lower)) continue;
    const before = [tokens[h - 1], tokens[h - 2]].filter((t) => t && t.sentence === tokens[k].sentence);
    return !before.some((t) => /^(?:from|in|to|into|across|throughout|of|among)$/.test(t.lower));
  }
  return false;
}

/** Nouns of what a country does or wants, after its possessive: "Turkey's support", "Iraq's democratic process". */
const AGENT_NOUNS = new Set(['efforts', 'desire', 'support', 'decision', 'position', 'call', 'demand', 'plan', 'offer', 'commitment', 'response',
  'role', 'strategy', 'policy', 'determination', 'contribution', 'process', 'influence', 'partnership', 'cooperation', 'involvement',
  'intervention', 'campaign', 'interests', 'stance', 'leadership', 'backing', 'aid', 'assistance', 'diplomacy', 'allies', 'partners']);
/** Nouns of action that a country's name before them performs: "UK support", "a U.S. strike" ("Syria policy" is a topic: not here). */
const COUNTRY_ACTIONS = new Set(['support', 'strike', 'strikes', 'airstrike', 'airstrikes', 'aid', 'assistance', 'efforts', 'involvement',
  'intervention', 'backing', 'diplomacy']);

/** A finite verb, an auxiliary or a verb of speech ("said", "is", "will", "condemns"). */
function finiteAt(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const v = verbInfo(t.lower);
  return !!SPEECH_VERBS[t.lower] || isAuxiliary(t.lower) || (!!v && /Tense|Modal/.test(v.tense));
}

const SPORTS = 'soccer|football|cricket|tennis|golf|rugby(?: union| league)?|baseball|basketball|ice hockey|hockey|athletics|cycling|boxing|' +
  'motor racing|motorcycling|formula one|horse racing|racing|swimming|skiing|alpine skiing|volleyball|handball|badminton|squash|snooker|' +
  'darts|sailing|yachting|rowing|judo|wrestling|nfl|nba|nhl|mlb|sport|sports';
/** An agency slug naming one of `sports` at the top of the article ("SOCCER - ...", "Cricket: ..."). */
const slugOf = (sports: string) => new RegExp(`^[\\s\\uFEFF]*(?:${sports})\\b[^\\n]{0,40}?\\s[-–—:]\\s`, 'i');
const SPORTS_SLUG = slugOf(SPORTS);
/** Sports played by teams: their sides are named after their towns. */
const TEAM_SPORT_SLUG = slugOf('soccer|football|cricket|rugby(?: union| league)?|baseball|basketball|ice hockey|hockey|volleyball|handball|nfl|nba|nhl|mlb');

/** Sports played one against one: "beat X" there names a player. */
const INDIVIDUAL_SPORT_SLUG = slugOf('tennis|golf|athletics|cycling|boxing|motor racing|motorcycling|formula one|swimming|skiing|alpine skiing|badminton|squash|snooker|darts|judo|wrestling');

/** What kind of sport a report's slug names: played by teams ("SOCCER - ..."), one against one ("TENNIS - ..."), or neither said. */
export function sportOfReport(text: string): 'team' | 'individual' | null {
  const head = text.slice(0, 200);
  return TEAM_SPORT_SLUG.test(head) ? 'team' : INDIVIDUAL_SPORT_SLUG.test(head) ? 'individual' : null;
}

/**
 * A sports report: an agency slug naming the sport ("SOCCER - ...", "Cricket: ..."), or scores with
 * sports words in the first lines. In such a report a city or region named without "in"/"at" before
 * it is a team ("Surrey beat Kent"), an organisation.
 */
export function isSportsReport(text: string): boolean {
  if (SPORTS_SLUG.test(text.slice(0, 200))) return true;
  const head = text.slice(0, 1500);
  const scores = head.match(/\b\d{1,3}-\d{1,3}\b/g)?.length ?? 0;
  const words = head.match(/\b(?:beat|beats|drew|draw|defeated|match|goals?|innings|wickets?|league|cup|championship|scored|halftime|half-time|semifinal|quarterfinal|title|season)\b/gi)?.length ?? 0;
  return scores >= 3 && words >= 3;
}

/** Whether tokens [t0, t1) stand inside round brackets of their sentence (looking a few tokens each way). */
function inBrackets(tokens: Token[], t0: number, t1: number): boolean {
  const sentence = tokens[t0].sentence;
  let open = false;
  for (let k = t0 - 1; k >= 0 && k >= t0 - 8 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].text === ')') return false;
    if (tokens[k].text === '(') { open = true; break; }
  }
  if (!open) return false;
  for (let k = t1; k < tokens.length && k < t1 + 8 && tokens[k].sentence === sentence; k++) {
    if (tokens[k].text === '(') return false;
    if (tokens[k].text === ')') return true;
  }
  return false;
}

export function retagSportsTeams(cands: Candidate[], tokens: Token[], sport: 'team' | 'individual' | null = null): void {
  const teamSport = sport === 'team';
  const team = (c: Candidate, why: string) => {
    c.kind = 'organization';
    c.role = 'actor';
    c.guess = false;
    c.evidence = `team: ${why} named in a sports report`;
  };
  // A region that plays against a country is a national side, named like the country it stands for ("England v
  // Pakistan", "Scotland 1 Belarus 0"): it stays a place acting, as "Pakistan" does, in every sentence it plays in
  const withCountry = new Set<number>();
  for (const c of cands) if (c.t0 >= 0 && c.kind === 'country') withCountry.add(tokens[c.t0].sentence);
  const nationalSides = new Set<string>();
  for (const c of cands) if (c.t0 >= 0 && c.kind === 'region' && withCountry.has(tokens[c.t0].sentence)) nationalSides.add(c.name);
  for (const c of cands) {
    if (c.t0 < 0) continue;
    const prev = tokens[c.t0 - 1], next = tokens[c.t1];
    if (c.kind === 'region' && nationalSides.has(c.name)) { c.role = 'actor'; c.evidence = `${c.evidence}; a national side, named with countries in a sports report`; continue; }
    const sameSentence = prev && prev.sentence === tokens[c.t0].sentence;
    // "Hove: Sussex 363": the place before a colon is the ground
    if (next && next.text === ':') continue;
    if (c.kind === 'city' || c.kind === 'region') {
      if (sameSentence && PLACE_PREPS.has(prev.lower) && prev.lower !== 'and') continue;
      // a dateline inside the report ("NEW YORK 1996-08-30"), a venue or home town in brackets ("at The Oval,
      // London)", "The Oval (London):")
      if (next && next.kind === 'number' && /^\d{4}-\d\d-\d\d$/.test(next.text)) continue;
      if (inBrackets(tokens, c.t0, c.t1)) continue;
      team(c, c.evidence.replace(/^gazetteer: /, ''));
      continue;
    }
    // a name that is not a person's by its own evidence (a first name, an initial, a title), with a score
    // after it or a fixture word before it: "Puchon 2 Chonbuk 1", "v Glamorgan", "beat Dinamo"
    // (or a longer capitalised name in which the name lists know no given or family name: "Port Vale 1")
    const unknownName = c.kind === 'person' && c.evidence === 'capitalised name' && !c.title &&
      !c.name.split(/\s+/).some((w) => isGivenName(w.toLowerCase()) || isFamilyName(w.toLowerCase()));
    const unsure = unknownName || (c.kind === 'person' && c.t1 - c.t0 === 1 && (c.guess || /^(?:single name|subject of)/.test(c.evidence))) ||
      (c.kind === 'organization' && c.evidence === 'capitalised phrase') || (c.kind === 'place' && /^after/.test(c.evidence));
    if (!unsure) continue;
    // a town or a county read as a person only because it acts ("Kent made up for lost time"), and in a team sport
    // an unknown name after a word that is no given name with a town last ("Rotor Volgograd", "Dynamo Moscow")
    const words = c.name.split(/\s+/);
    const townAlone = c.kind === 'person' && words.length === 1 && !c.title && WEAK_PERSON_EVIDENCE.test(c.evidence) &&
      ['city', 'region'].includes(placeLookup(c.name.toLowerCase())?.kind ?? '');
    const clubOfTown = teamSport && (unknownName || (c.kind === 'place' && /^after "(?:to|and|against|with)"/i.test(c.evidence) && !placeLookup(c.name.toLowerCase()))) && words.length >= 2 &&
      ['city', 'region'].includes(placeLookup(words[words.length - 1].toLowerCase())?.kind ?? '');
    if (townAlone || clubOfTown) { team(c, townAlone ? 'a town acting' : 'a name with its town last'); continue; }
    // (not a bowler's figures "Gough 8-0-39-3", nor a fielder or bowler in a scorecard: "c Knight b Gough 4")
    const after = tokens[c.t1 + 1];
    const score = next && next.kind === 'number' && next.start - tokens[c.t1 - 1].end <= 2 && /^\d+(?:-\d+)?$/.test(next.text) &&
      !(sameSentence && /^(?:b|c|st|lbw|and)$/.test(prev.text)) && !originWord(c.name.toLowerCase(), false) &&
      !(after && after.kind === 'word' && /^(?:metres|meters|m|km|kilometres|miles|kg|pct|percent)$/.test(after.lower));
    // (in a sport played one against one, or, unless the slug names a team sport, with the player's country in
    // brackets after the name, "Anne-Gaelle Sidot (France)", whoever is beaten is a player)
    const player = sport === 'individual' || (sport !== 'team' && next?.text === '(' && !!tokens[c.t1 + 1] && tokens[c.t1 + 2]?.text === ')' &&
      (!!gazetteer().countries.get(tokens[c.t1 + 1].lower) || /^[A-Z]{2,3}$/.test(tokens[c.t1 + 1].text)));
    const fixture = sameSentence && /^(?:v|vs|beat|beats|against|drew|defeated)$/.test(prev.lower) && !player;
    if (score || fixture) team(c, score ? 'a name before a score' : `after "${prev.text}"`);
  }
}

/** A word ends its noun phrase before `next`: punctuation, the end, or a word that cannot go on the phrase ("and", "in", "was"). */
function headOfPhrase(next: Token | undefined): boolean {
  return !next || next.kind !== 'word' || (!next.cap && (SPATIAL_PREPOSITIONS.has(next.lower) || hasTag(next.lower, /Preposition|Conjunction|Determiner|Copula|Modal|Auxiliary|Adverb/)));
}

/** A lower-case noun (a plural most often), no verb nor adjective: "the Justice [properties]"; not "left", "pressed".
 * (Stricter than beforeNoun, which lets adjectives through; headOfPhrase asks the opposite: nothing can follow.) */
function nounAfter(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  return !verbInfo(w) && !/ed$/.test(w) && !hasTag(w, /Adjective|Adverb|Preposition|Conjunction|Determiner|Copula|Modal|Pronoun/) &&
    (hasTag(w, /Plural|Singular|Noun|Uncountable/) || /[^s]s$/.test(w));
}

/** The word after `end` is a lower-case word that is no verb, adverb or function word: the name before it modifies it. */
function beforeNoun(text: string, end: number): boolean {
  const w = /^ ([a-z]+)\b/.exec(text.slice(end, end + 30))?.[1];
  return !!w && !verbInfo(w) && !hasTag(w, /Adverb|Preposition|Conjunction|Determiner|Pronoun|Copula|Modal|Auxiliary/);
}

/** An organisation's name whose first word may stand for it alone: not a demonym, a place or (unless the name ends
 * in a company form) a common word ("Lear Corp", "Commerce Bancshares Inc.", "Rotor Volgograd"; not "Air France"). */
function shortFormOf(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0].toLowerCase(), last = words[words.length - 1].replace(/\.$/, '');
  if (gazetteer().demonyms.has(first) || placeLookup(first) || first.length < 3 || isFunctionWord(first)) return false;
  // (an institution named after a person is not that person's short form: "Truman Presidential Library", "Carter Center")
  if (/^(?:Library|Museum|Foundation|Center|Centre|Institute|University|College|School|Hospital|Memorial|Airport|Stadium)$/.test(last) &&
    (isFamilyName(first) || isGivenName(first))) return false;
  return !isCommonWord(first) || COMPANY_ABBREVIATION.test(last) || /^(?:Bancshares|Bancorp|Holdings|Group|Industries)$/.test(last);
}

/** In a title-case headline, a capitalised verb or common noun ("Backs", "Plan"): it separates names. */
function headlineCommonWord(t: Token): boolean {
  return t.kind === 'word' && t.cap && !t.upper && isCommonWord(t.lower) && !orgHeadKind(t.lower) && !isTitleWord(t.lower);
}

/** A headline in title case: most words of four letters or more capitalised, no lower-case run of prose. */
function isTitleCaseLine(tokens: Token[], s: Sentence): boolean {
  if (s.heading || s.last - s.first < 3 || s.last - s.first > 20) return false;
  // title case leaves only articles, short prepositions and conjunctions in lower case ("Peace in the Middle
  // East is far off." is a sentence: "is", "far" and "off" would be capitalised in a headline)
  let long = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (t.text.length >= 4) long++;
    if (!t.cap && (t.text.length >= 4 || !HEADLINE_LOWER.test(t.lower))) return false;
  }
  return long >= 3;
}
const HEADLINE_LOWER = /^(?:a|an|the|and|but|or|nor|for|on|at|to|by|of|in|with|as|vs|v|from|into|over|per|via)$/;

/** A country, city or region by its lower-case name. */
function placeLookup(lower: string): { kind: 'country' | 'city' | 'region'; name: string; country: string | null } | null {
  const gz = gazetteer();
  const c = gz.countries.get(lower);
  if (c) return { kind: 'country', name: c.name, country: c.name };
  const city = gz.cities.get(lower);
  if (city) return { kind: 'city', name: city.name, country: city.country };
  const r = gz.regions.get(lower);
  if (r) return { kind: 'region', name: r.name, country: r.country };
  return null;
}

/** The place a dateline names ("ANKARA, Feb 17 (Reuters) -", "NEW YORK 1996-08-22"), as a place mention. */
export function datelinePlace(d: Dateline): Candidate | null {
  if (d.form !== 'agency' && d.form !== 'place-date') return null;
  const m = /^\p{Lu}[\p{Lu}\p{M} .'/-]*\p{Lu}/u.exec(d.text);
  if (!m) return null;
  const name = m[0].trim();
  const hit = placeLookup(name.toLowerCase());
  return shaped({
    kind: hit?.kind ?? 'place', name: hit?.name ?? name.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase()),
    title: null, country: hit?.country ?? null, evidence: hit ? `dateline; gazetteer: ${hit.kind}` : 'the place of the dateline', role: 'place', t0: -1, t1: -1,
  }, d.start, d.start + name.length);
}

/** A count before initials, and what may follow initials that end their phrase (see thingsByInitials). */
const COUNT_BEFORE = /[^A-Za-z0-9_](?:[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/;
const PHRASE_ENDS = /(?=\s*[,.;:)]|\s+(?:and|or)\s+(?![A-Z])|\s+(?:in|on|near|at|was|were|is|are|has|had|have|that|which|with|from|to|of|by|for|as)\b|$)/y;

/**
 * Whether the text counts the initials `name` as things: "a VBIED", "two UAVs", "VBIEDs", ending their phrase.
 * (Each occurrence is looked at where indexOf finds it: a pattern opening with the counts would be tried at every
 * position of a long article.)
 */
function countedAsThing(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const plural = text[at + name.length] === 's';
    const lo = Math.max(0, at - 24);
    const counted = COUNT_BEFORE.test((lo === 0 ? ' ' : '') + text.slice(lo, at));
    // (the plural alone starts a word: "\bVBIEDs")
    if (!counted && !(plural && (at === 0 || !/[A-Za-z0-9_]/.test(text[at - 1])))) continue;
    for (const end of plural && counted ? [at + name.length + 1, at + name.length] : [at + name.length + (plural ? 1 : 0)]) {
      PHRASE_ENDS.lastIndex = end;
      if (PHRASE_ENDS.test(text)) return true;
    }
  }
  return false;
}

/** Merge candidates into entities: same name, surname-only repeats, acronyms, head-word repeats. */
export function mergeEntities(text: string, cands: Candidate[], corrections?: Corrections): Entity[] {
  return new Merger(text, corrections).merge(cands);
}

/** The evidence of a title whose holder the article does not name (the evaluation leaves them out for CoNLL). */
export { UNNAMED_HOLDER };

/** Groups of the place an article is datelined from: its state's forces and its crowds. */
const LOCAL_GROUPS = new RegExp(`^${GROUP_NOUN} "(?:police|army|military|troops|soldiers|forces|protesters|demonstrators)"`);

/**
 * The country of a group named by what it is, as event datasets record it ("Police Forces of Lebanon"): the place right
 * after one of its mentions ("police in Beirut", "protesters from Homs"), else, for the state's forces and crowds, the
 * place of the article's dateline ("ISTANBUL (Reuters) - Police detained ..."). Said in the evidence; changed in place.
 */
export function affiliateGroups(text: string, entities: Entity[], dateline: Dateline | null): void {
  const places: { start: number; end: number; e: Entity }[] = [];
  for (const e of entities) if (isPlaceKind(e.kind) && e.kind !== 'place') for (const m of e.mentions) places.push({ start: m.start, end: m.end, e });
  if (!places.length) return;
  places.sort((a, b) => a.start - b.start);
  const countryOf = (e: Entity) => (e.kind === 'country' ? e.name : e.country);
  const home = dateline ? places.find((p) => p.start >= dateline.start && p.end <= dateline.end) : undefined;
  for (const g of entities) {
    if (g.country || !isGroupNoun(g)) continue;
    let found: { country: string; how: string } | null = null;
    for (const m of g.mentions) {
      const k = lowerBound(places.length, (i) => places[i].start < m.end);
      const p = places[k];
      const between = p ? text.slice(m.end, p.start) : '';
      const c = p && /^\s+(?:in|from|of)\s+(?:the\s+)?$/.test(between) ? countryOf(p.e) : null;
      if (c) { found = { country: c, how: `"${between.trim()} ${p.e.name}"` }; break; }
    }
    // (the dateline's country for the state's forces and the crowds of the place, not for rebels or the coalition: an
    // article datelined Moscow tells of Chechen rebels)
    const c = home && LOCAL_GROUPS.test(g.evidence) ? countryOf(home.e) : null;
    if (!found && c) found = { country: c, how: `the dateline's ${home!.e.name}` };
    if (found) { g.country = found.country; g.evidence += ` + ${found.how}`; }
  }
}

interface Group { key: string; name: string; kind: EntityKind; title: string | null; country: string | null; evidence: string; cands: Candidate[]; }

/**
 * The merge, one step per method: small functions are optimised by V8 in milliseconds, where one function of two
 * hundred lines took a fifth of a second to compile again after each deoptimisation (an article's first edits).
 */
class Merger {
  private readonly ignore: Set<string>;
  private readonly aliasMap: Map<string, string>;
  private readonly forced: Map<string, EntityKind>;
  private readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  /** single words the article puts "in" or "at" somewhere, or that the gazetteer knows as places */
  private readonly placeNamed = new Map<string, Candidate>();
  /** first words of firms the article names ("Lear" of "Lear Corp") */
  private readonly firmFirstWords = new Set<string>();
  /** surname -> persons */
  private readonly bySurname = new Map<string, Group[]>();
  /** word -> multi-word groups containing it (in creation order) */
  private readonly byWord = new Map<string, { g: Group; first: boolean }[]>();
  /** the last words of the persons the article names in full */
  private readonly fullNameSurnames = new Set<string>();
  /** one-word names the article shows to be a body */
  private readonly bodyWords = new Set<string>();

  constructor(private readonly text: string, corrections?: Corrections) {
    this.ignore = new Set((corrections?.ignore ?? []).map((x) => x.toLowerCase()));
    this.aliasMap = new Map(Object.entries(corrections?.aliases ?? {}).map(([a, c]) => [a.toLowerCase(), c]));
    this.forced = new Map(Object.entries(corrections?.kinds ?? {}).map(([n, k]) => [n.toLowerCase(), k]));
  }

  merge(cands: Candidate[]): Entity[] {
    const kept = this.dropOverlaps(cands);
    this.placesByName(kept);
    this.conjuncts(kept);
    // First pass: multi-word and strong candidates
    const singles: Candidate[] = [];
    const titlesAlone: Candidate[] = [];
    for (const c of kept) if (c.kind === 'person' && c.name.includes(' ')) this.fullNameSurnames.add(surnameKey(c.name.slice(c.name.lastIndexOf(' ') + 1)));
    // (a town named like the first word of a firm the article names is read with the firms: "Commerce", "Lear")
    for (const c of kept) if (c.kind === 'organization' && shortFormOf(c.name)) this.firmFirstWords.add(c.name.split(/\s+/)[0].toLowerCase());
    for (const c of kept) {
      if (c.titleOnly) { titlesAlone.push(c); continue; }
      if ((c.kind === 'person' || c.kind === 'organization' || weakPlace(c) || this.townOfFirm(c) || this.surnameTown(c)) && !c.name.includes(' ')) { singles.push(c); continue; }
      this.put(c, this.keyOf(c));
    }
    if (titlesAlone.length) this.titlesToHolders(titlesAlone);
    // Second pass: single-word person guesses -> a known person's surname or first name, else their own entity.
    // Indexes keep this linear.
    for (const g of this.groups) {
      if (g.kind !== 'person') continue;
      const parts = g.name.split(/\s+/);
      // (the family name of "Wang Donghai" comes first)
      const k = surnameKey(/^family name "[^"]+" first$/.test(g.evidence) ? parts[0] : parts[parts.length - 1]);
      const list = this.bySurname.get(k);
      if (list) list.push(g); else this.bySurname.set(k, [g]);
    }
    for (const g of this.groups) this.indexWords(g);
    // one-word names the article shows to be a body ("Petofi general manager ...", "the news-stand chain Ruch"): the
    // same word elsewhere, read as a person or a place only for want of better evidence, is that body
    for (const c of singles) if (c.kind === 'organization' && /^(?:before|after) "/.test(c.evidence) && !c.modifier) this.bodyWords.add(c.name.toLowerCase());
    for (const c of singles) this.placeSingle(c);
    this.groupsByDeeds();
    this.regimeLeaders();
    this.thingsByInitials();
    this.acronyms();
    this.alsoKnownAs();
    this.theRegime();
    this.theTown();
    this.namesWithin();
    const entities: Entity[] = [];
    for (const g of this.groups) {
      const e = this.entityOf(g, entities.length + 1);
      if (e) entities.push(e);
    }
    return entities;
  }

  /** Drop overlapping candidates (keep the earlier/longer one) and the names the user ignores. */
  private dropOverlaps(cands: Candidate[]): Candidate[] {
    const { ignore, text } = this;
    cands.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Candidate[] = [];
    let lastEnd = -1;
    for (const c of cands) {
      if (c.start < lastEnd) continue;
      if (ignore.size && (ignore.has(c.name.toLowerCase()) || ignore.has(text.slice(c.start, c.end).toLowerCase()))) continue;
      kept.push(c);
      lastEnd = c.end;
    }
    return kept;
  }

  /**
   * One name, one kind per article: a single word that the article puts "in" or "at" somewhere, or that the
   * gazetteer knows as a place, is a place wherever else it stands only as a guessed name ("in Chechnya" ...
   * "Chechnya's future").
   */
  private placesByName(kept: Candidate[]): void {
    const { placeNamed } = this;
    // (a word read as a place only for the preposition before it is the surname of a person the article names in full:
    // "Steve Jobs ... the same move made in Jobs' last two absences")
    const surnames = new Set<string>();
    // (named by a rule that reads a person's name: a title, a given name, an initial; not a capitalised pair of words, "Lebed Chechnya")
    for (const c of kept) {
      if (c.kind === 'person' && c.name.includes(' ') && /^(?:title|first name|given name|an initial)/.test(c.evidence)) surnames.add(c.name.slice(c.name.lastIndexOf(' ') + 1).toLowerCase());
    }
    for (const c of kept) {
      if (c.name.includes(' ')) continue;
      if (c.kind === 'place' && /^after "/.test(c.evidence) && surnames.has(c.name.toLowerCase())) {
        c.kind = 'person'; c.role = 'actor'; c.country = null;
        c.evidence = `family name of a person the article names in full (not a place for the "${/^after "([^"]*)"/.exec(c.evidence)![1]}" before it)`;
        continue;
      }
      // (or after "of" a word of what befalls a place: "the liberation of Sinjar", "the siege of Homs", "the outskirts of X")
      if (isPlaceKind(c.kind) && c.kind !== 'place' || (c.kind === 'place' && (/^after "(?:in|at|near|into|across|throughout|inside|outside|within)"/i.test(c.evidence) ||
        (/^after "of"/.test(c.evidence) && PLACE_BEFORE_OF.test(this.text.slice(Math.max(0, c.start - 30), c.start)))))) {
        if (!placeNamed.has(c.name.toLowerCase())) placeNamed.set(c.name.toLowerCase(), c);
      }
    }
    for (const c of kept) {
      if (c.kind !== 'person' || c.name.includes(' ') || c.title || !/^(?:single name|subject of|family name)/.test(c.evidence)) continue;
      const p = placeNamed.get(c.name.toLowerCase());
      if (!p) continue;
      c.kind = p.kind; c.country = p.country; c.role = 'place'; c.guess = false;
      c.evidence = `a place elsewhere in the article (${p.evidence})`;
    }
  }

  /**
   * A name read as a place only because "and" stood before it, or as a person for want of better (one word), takes the
   * kind of what stands before the "and": a person ("Co-Premiers Prince Norodom Ranariddh and Hun Sen", "Rachel
   * Legeard, 18, and Severine Potty") or a body named as one ("GM and Chrysler").
   */
  private conjuncts(kept: Candidate[]): void {
    for (let x = 1; x < kept.length; x++) {
      const c = kept[x], p = kept[x - 1];
      // (a name read as a place only for the "and" before it, or as a person only for want of better: one word)
      const weak = (c.kind === 'place' && /^after "and"/.test(c.evidence)) ||
        (c.kind === 'person' && !/\s/.test(c.name) && (c.guess || /^subject of "/.test(c.evidence)) && !c.title);
      if (!weak) continue;
      // (the person before has a name the lists know, or a title: a guess beside it proves nothing)
      const person = p.kind === 'person' && !p.guess && (!!p.title || /^(?:first name|given name|surname|an initial|family name "[^"]+" first)/.test(p.evidence));
      // (a body before it, named as one: "the Bank of England and Barclays", "between Hezbollah and Amal")
      const body = (p.kind === 'organization' || p.kind === 'government' || p.kind === 'armed_group' || p.kind === 'media') && !p.guess && !p.modifier &&
        !/^capitalised phrase/.test(p.evidence) && !/\s/.test(c.name) && !isFamilyName(c.name.toLowerCase()) && !isGivenName(c.name.toLowerCase());
      if (!person && !body) continue;
      if (!/^(?:\s*,\s*\d{1,3}\s*,)?,?\s+and\s+$/.test(this.text.slice(p.end, c.start)) || originWord(c.name.toLowerCase(), false) || beforeNoun(this.text, c.end)) continue;
      c.kind = person ? 'person' : p.kind; c.role = 'actor'; c.country = null;
      c.evidence = `after "and", beside ${p.name}`;
    }
  }

  private keyOf(c: Candidate): string {
    // (the user's aliases, when there are any)
    const { aliasMap } = this;
    const n = (aliasMap.size ? aliasMap.get(c.name.toLowerCase()) ?? aliasMap.get(this.text.slice(c.start, c.end).toLowerCase()) ?? c.name : c.name).toLowerCase();
    return entityKey(n.replace(/^the\s+/, ''), c.kind);
  }

  private put(c: Candidate, key: string): Group {
    let g = this.byKey.get(key);
    if (!g) {
      const alias = this.aliasMap.get(c.name.toLowerCase());
      g = { key, name: alias ?? c.name, kind: c.kind, title: c.title, country: c.country, evidence: c.evidence, cands: [] };
      this.byKey.set(key, g);
      this.groups.push(g);
    }
    g.cands.push(c);
    if (!g.title && c.title) g.title = c.title;
    if (!g.country && c.country) g.country = c.country;
    // a strong kind (not a guess) wins over a single-name guess
    if (g.kind === 'person' && c.kind !== 'person' && /^(?:single name|capitalised|subject of|speaker after|family name)/.test(g.evidence)) { g.kind = c.kind; g.evidence = c.evidence; }
    return g;
  }

  private indexWords(g: Group): void {
    // (the leader's name in "the Assad regime" alone is the leader, not the regime)
    if (!g.name.includes(' ') || isLeadersRegime(g)) return;
    g.name.split(/\s+/).forEach((w, i) => {
      const k = w.toLowerCase();
      const list = this.byWord.get(k);
      if (list) list.push({ g, first: i === 0 }); else this.byWord.set(k, [{ g, first: i === 0 }]);
    });
  }

  private putIndexed(c: Candidate): void {
    const before = this.groups.length;
    const g = this.put(c, this.keyOf(c));
    if (this.groups.length > before) this.indexWords(g);
  }

  /** A one-word town that is no capital or seat, not after a preposition of place, named like a person the article names in full. */
  private surnameTown(c: Candidate): boolean {
    // (a country or a region too: "Michael Jordan ... Jordan added eight rebounds", "Denzel Washington ... Washington said")
    return (c.kind === 'city' || c.kind === 'country' || c.kind === 'region') && !c.name.includes(' ') && this.fullNameSurnames.has(surnameKey(c.name)) &&
      !(c.kind === 'city' && gazetteer().cities.get(c.name.toLowerCase())?.seat) &&
      !/\b(?:in|at|near|from|to|into|towards?|outside|inside|across|around|of|via|through|between|and|outskirts)\s+$/i.test(this.text.slice(Math.max(0, c.start - 12), c.start));
  }

  private townOfFirm(c: Candidate): boolean {
    return c.kind === 'city' && !c.name.includes(' ') && this.firmFirstWords.has(c.name.toLowerCase()) && !gazetteer().cities.get(c.name.toLowerCase())?.seat;
  }

  /**
   * A title with no name is the person the article names with that title, when exactly one person has it
   * ("Foreign Secretary Boris Johnson ... The Foreign Secretary said"); otherwise it is not marked.
   */
  private titlesToHolders(titlesAlone: Candidate[]): void {
    // "The Foreign Secretary, Boris Johnson, said": the name after the title, between commas, holds it
    const personAt = new Map<number, Group>();
    for (const g of this.groups) if (g.kind === 'person') for (const c of g.cands) personAt.set(c.start, g);
    const rest: Candidate[] = [];
    for (const c of titlesAlone) {
      const comma = /^\s*,\s*/.exec(this.text.slice(c.end, c.end + 4));
      const g = comma ? personAt.get(c.end + comma[0].length) : undefined;
      if (!g) { rest.push(c); continue; }
      g.title ??= c.title;
      g.cands.push({ ...c, name: g.name, title: c.title, evidence: `the ${c.title} (${g.name}, named after it)` });
    }
    titlesAlone = rest;
    const holders = new Map<string, Group[]>();
    for (const g of this.groups) if (g.kind === 'person' && g.title) { const k = g.title.toLowerCase(); const l = holders.get(k); if (l) l.push(g); else holders.set(k, [g]); }
    for (const c of titlesAlone) {
      // (a title in lower case, "the secretary said", joins the one person whose title it is or ends with, else nobody:
      // never an unnamed holder)
      const common = !/\p{Lu}/u.test(this.text.slice(c.start, c.end));
      let h = holders.get(c.title!.toLowerCase());
      // ("the secretary": the one person whose title ends with it, "Defense Secretary Ash Carter"; not a deputy's: "the
      // president" is not "Vice President Biden", "the attorney general" not "Deputy Attorney General Yates")
      if (!h && common) {
        const tail = ` ${c.title!.toLowerCase()}`;
        h = [...holders].filter(([k]) => k.endsWith(tail) && !RANK_BELOW.test(k.slice(0, -tail.length))).flatMap(([, gs]) => gs);
      }
      if (common && h?.length !== 1) continue;
      if (h?.length === 1) h[0].cands.push({ ...c, name: h[0].name, title: h[0].title, evidence: `the ${c.title} (${h[0].name})` });
      // a title the article gives nobody by name ("The Foreign Secretary met Sergei Lavrov"): the person holding it,
      // unnamed, one entity for all its mentions
      else if (!h) this.put({ ...c, evidence: UNNAMED_HOLDER }, `title\u0000${c.title!.toLowerCase()}`);
    }
  }

  /** The person named last of those whose surname has this key, if any. */
  private latestPerson(key: string): Group | undefined {
    return this.bySurname.get(key)?.filter((g) => g.kind === 'person').pop();
  }

  /** A single-word candidate: a known person's surname or first name, a body's short form, or an entity of its own. */
  private placeSingle(c: Candidate): void {
    const { byWord } = this;
    const key = surnameKey(c.name);
    const lower = c.name.toLowerCase();
    const person = this.latestPerson(key);
    if (this.bodyWords.has(lower) && c.kind !== 'organization' && !c.title && (weakPlace(c) || WEAK_PERSON_EVIDENCE.test(c.evidence)) && !person) {
      this.putIndexed({ ...c, kind: 'organization', role: 'actor', evidence: `a body elsewhere in the article` });
      return;
    }
    // a firm or a club named by its first word ("Lear" for "Lear Corp", "Rotor" for "Rotor Volgograd"), when the
    // article names no person of that surname
    // (nor when the article has a person of that one name already: "President Truman ... Truman's secretary of state"
    // beside "the Truman Presidential Library")
    const samePerson = c.kind === 'person' ? this.byKey.get(this.keyOf(c)) : undefined;
    const firm = byWord.get(lower)?.find((x) => x.first && x.g.kind === 'organization' && shortFormOf(x.g.name))?.g;
    if (firm && !c.title && !person && !samePerson) {
      firm.cands.push({ ...c, kind: 'organization', role: 'actor', evidence: `short form of ${firm.name}` });
      return;
    }
    if (c.kind === 'organization') { this.placeSingleBody(c, person, lower); return; }
    const aliasKey = this.aliasMap.get(lower);
    if (aliasKey) { this.putIndexed(c); return; }
    // a town named like a person the article names in full, with no preposition of place before it, is that person
    // ("Boris Johnson ... Johnson left"; "in Johnson" stays the town)
    if (this.surnameTown(c)) {
      if (person) person.cands.push({ ...c, kind: 'person', role: 'actor', evidence: `surname of ${person.name}` }); else this.putIndexed(c);
      return;
    }
    if (weakPlace(c)) {
      if (person && !this.placeNamed.has(lower)) person.cands.push({ ...c, kind: 'person', role: 'actor' }); else this.putIndexed(c);
      return;
    }
    if (c.surnameOnly && !person) return;
    if (person) {
      person.cands.push(c);
      if (!person.title && c.title) person.title = c.title;
      return;
    }
    // An organisation named by its head word ("the Observatory") or a known actor's one-word name
    // (not for a name with a title before it: "Mr. Obama" is a person even after a headline "Obama on Climate Change")
    const orgMatch = c.title || samePerson ? undefined : byWord.get(lower)?.find((x) => x.g.kind !== 'person')?.g;
    if (orgMatch) { orgMatch.cands.push(c); return; }
    const existing = this.byKey.get(this.keyOf(c));
    if (existing) { existing.cands.push(c); return; }
    this.putIndexed(c);
  }

  /** A single-word organisation: the body whose name holds the word, the player of a team read from a place, or its own. */
  private placeSingleBody(c: Candidate, person: Group | undefined, lower: string): void {
    const org = this.byWord.get(lower)?.find((x) => !x.first && x.g.kind !== 'person')?.g;
    if (org) { org.cands.push(c); return; }
    // a place read as a team in a sports report is the player the article names in full ("MaliVai Washington")
    if (/^team: /.test(c.evidence) && person) { person.cands.push({ ...c, kind: 'person', evidence: `surname of ${person.name}` }); return; }
    if (c.modifier) {
      // a modifier ("the Dole campaign") belongs to the person or place of that name, if the article has one
      if (person) { person.cands.push({ ...c, kind: 'person' }); return; }
      const place = this.placeNamed.get(lower);
      if (place) { this.putIndexed({ ...c, kind: place.kind, country: place.country, role: 'place', evidence: `a place elsewhere in the article (${place.evidence})` }); return; }
      // otherwise its kind is anybody's guess ("the Wimbledon semifinals"): not marked
      return;
    }
    this.putIndexed(c);
  }

  /**
   * A one-word name read as a person only for want of better ("Daesh targeted families", "to defeat Daesh") is an
   * armed group when the article says what is said of armed groups: it claims responsibility for an attack, or it is
   * what a war, a campaign or a coalition is fought against. Not a name the lists know as a given or family name, nor
   * one with a title: those stay persons ("the campaign against Smith").
   */
  private groupsByDeeds(): void {
    const { text } = this;
    for (const g of this.groups) {
      if (g.kind !== 'person' || g.title || g.name.includes(' ') || !g.cands.length) continue;
      const lower = g.name.toLowerCase();
      if (isGivenName(lower) || isFamilyName(lower) || !g.cands.every((c) => WEAK_PERSON_EVIDENCE.test(c.evidence) && !c.title)) continue;
      let cue: string | null = null;
      for (const c of g.cands) {
        const before = GROUP_DEED_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
        const after = before ? null : GROUP_DEED_AFTER.exec(text.slice(c.end, c.end + 40));
        const m = before ?? after;
        if (m) { cue = m[1].replace(/\s+/g, ' '); break; }
      }
      if (!cue) continue;
      g.kind = 'armed_group';
      g.evidence = `an armed group by what the article says of it ("${cue}")`;
      for (const c of g.cands) { c.kind = 'armed_group'; c.evidence = g.evidence; }
      // the same word read as a place only for an "of" before it ("the defeat of Daesh") is the group
      const lowerKey = this.keyOf({ ...g.cands[0], kind: 'place' });
      const place = this.byKey.get(lowerKey);
      if (place && place !== g && place.cands.every((c) => weakPlace(c))) {
        for (const c of place.cands) g.cands.push({ ...c, kind: 'armed_group', role: 'actor', evidence: g.evidence });
        place.cands = [];
        // (in the place's position among the entities: the order of first mentions)
        const a = this.groups.indexOf(place), b = this.groups.indexOf(g);
        if (a < b) { this.groups[a] = g; this.groups[b] = place; }
      }
    }
  }

  /**
   * A one-word name read as a person only for want of better is the leader a regime the article names is named after
   * ("Assad’s brutal regime" ... "Assad’s war"): a person, even when the article names him once more only.
   */
  private regimeLeaders(): void {
    const regimes = new Set<string>();
    for (const g of this.groups) if (g.kind === 'government' && isLeadersRegime(g) && / regime$/.test(g.name)) regimes.add(g.name.slice(0, -7).toLowerCase());
    if (!regimes.size) return;
    for (const g of this.groups) {
      if (g.kind !== 'person' || g.name.includes(' ') || !regimes.has(g.name.toLowerCase())) continue;
      for (const c of g.cands) if (c.guess) { c.guess = false; c.evidence = `the leader the ${g.name} regime is named after`; }
      if (g.cands.every((c) => c.evidence.startsWith('the leader'))) g.evidence = g.cands[0].evidence;
    }
  }

  /**
   * Initials the article counts as things are no body anywhere in it: "destroyed a VBIED, two UAVs" makes "a VBIED
   * facility" a facility for such weapons, not one of a group called VBIED ("a NATO spokesman", "an EU official" name
   * the body before their noun: a count of the initials alone, or their plural, is what says a thing).
   */
  private thingsByInitials(): void {
    for (const g of this.groups) {
      if (g.kind !== 'organization' || !/^[A-Z]{2,6}$/.test(g.name) || !g.cands.length) continue;
      // (the initials end their phrase: punctuation or a function word after them, not a noun, "a NATO spokesman", nor
      // other initials they share a noun with, "an MTV and BET town hall")
      if (countedAsThing(this.text, g.name)) g.cands = [];
    }
  }

  /** Acronyms of multi-word organisations ("SOHR" for "Syrian Observatory for Human Rights"). */
  private acronyms(): void {
    const byInitials = new Map<string, Group>();
    for (const o of this.groups) {
      if (o.kind === 'person' || !o.name.includes(' ')) continue;
      const ini = o.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (!byInitials.has(ini)) byInitials.set(ini, o);
    }
    for (const g of this.groups) {
      if (g.kind !== 'organization' || !/^[A-Z]{2,8}$/.test(g.name)) continue;
      const target = byInitials.get(g.name);
      if (target && target !== g) {
        // (a name read as a place only for the preposition before it is the body its initials name: "free from Islamic
        // State of Iraq and Levant atrocities" ... "ISIL")
        if (target.kind === 'place' && /^after "/.test(target.evidence)) {
          target.kind = 'organization'; target.evidence = `named by its initials elsewhere ("${g.name}")`;
          for (const c of target.cands) { c.kind = 'organization'; c.role = 'actor'; }
        }
        target.cands.push(...g.cands); g.cands = [];
      }
    }
  }

  /**
   * "the regime" after the article has named one ("the Assad regime", "the Syrian regime"): a mention of it, when it
   * names exactly one (the word alone, as the other mentions are names without their "the").
   */
  private theRegime(): void {
    if (!/\bthe regime\b/i.test(this.text)) return;
    const regimes = this.groups.filter((g) => g.kind === 'government' && /\bregime$/i.test(g.name));
    if (regimes.length !== 1) return;
    const g = regimes[0];
    const taken = this.groups.flatMap((x) => x.cands);
    const first = Math.min(...g.cands.map((c) => c.start));
    for (const m of this.text.matchAll(/\b[Tt]he (regime)\b(?!['’]s\s+(?:of|in)\b)/g)) {
      const start = m.index! + 4, end = start + 6;
      if (start < first || taken.some((c) => c.start < end && start < c.end)) continue;
      g.cands.push({ ...g.cands[0], start, end, name: g.name, titleOnly: false, evidence: `"the regime" (${g.name}, named before)` });
    }
  }

  /**
   * "the city", "the town", "the village" after the article has named a city: a mention of the city named last before
   * it ("... to isolate Raqqah and enable the liberation of the city"). Not "the city of X" (X is named there), nor
   * "the city council" and the like (a body of the city, not the city).
   */
  private theTown(): void {
    if (!/\b[Tt]he (?:city|town|village)\b/.test(this.text)) return;
    // (a city the gazetteer knows, or a place named only after a preposition, a town under its floor: "aid to Madaya")
    const town = (g: Group) => g.kind === 'city' || (g.kind === 'place' && g.cands.every((c) => /^after "(?:in|at|near|to|from|outside|into|around|inside|within|towards?)"/i.test(c.evidence)));
    const cities: Candidate[] = [];
    const byCand = new Map<Candidate, Group>();
    for (const g of this.groups) {
      if (!town(g)) continue;
      for (const c of g.cands) {
        byCand.set(c, g);
        if (c.role === 'place' || c.kind === 'city' || c.kind === 'place') cities.push(c);
      }
    }
    if (!cities.length) return;
    cities.sort((a, b) => a.start - b.start);
    const taken = this.groups.flatMap((x) => x.cands);
    for (const m of this.text.matchAll(/\b[Tt]he (?:city|town|village)\b(?!\s+(?:of\s+(?:the\s+)?\p{Lu}|(?:council|hall|cent(?:re|er)|authorities|government|police|mayor|limits)\b)|-)/gu)) {
      const start = m.index!, end = start + m[0].length;
      if (taken.some((c) => c.start < end && start < c.end)) continue;
      // (of the cities named in the last two thousand characters, the one named most often so far, then the last named:
      // "Charlotte" ... "Uptown" ... "the city" is Charlotte)
      const seen = new Map<Group, { n: number; at: number }>();
      for (const c of cities) {
        if (c.end > start) break;
        const g = byCand.get(c)!;
        const x = seen.get(g) ?? { n: 0, at: 0 };
        x.n++; x.at = c.end; seen.set(g, x);
      }
      let best: Group | undefined, bestN = 0, bestAt = 0;
      for (const [g, x] of seen) if (start - x.at <= 2000 && (x.n > bestN || (x.n === bestN && x.at > bestAt))) { best = g; bestN = x.n; bestAt = x.at; }
      if (!best) continue;
      const g = best;
      // (a mention like the city's first, at the phrase: as "the regime" in theRegime)
      const c: Candidate = { ...g.cands[0], start, end, role: 'place', guess: false, evidence: `"${m[0].toLowerCase()}" (${g.name}, named before)` };
      g.cands.push(c);
      // (it counts as a mention of that city for the next "the city")
      let at = cities.length;
      while (at > 0 && cities[at - 1].start > start) at--;
      cities.splice(at, 0, c);
      byCand.set(c, g);
    }
  }

  /**
   * A person's name of two words or more that ends a longer name the article gives a person is that person: "Suu Kyi"
   * for "Aung San Suu Kyi", "Peña Nieto" for "Enrique Peña Nieto", "Bin Laden" for "Osama bin Laden" (one longer
   * name only: two people who share the ending keep their own).
   */
  private namesWithin(): void {
    // (and a family name opened by a particle, read as a body for want of better: "De Wilde" for "Filip De Wilde", "El
    // Hassane Lahssini")
    const particled = (g: Group) => g.kind === 'organization' && g.evidence === 'capitalised phrase' && /^\p{Lu}\S* \S+(?: \S+)?$/u.test(g.name) &&
      NAME_PARTICLES.has(g.name.slice(0, g.name.indexOf(' ')).toLowerCase());
    const persons = this.groups.filter((g) => ((g.kind === 'person' && /\s/.test(g.name)) || particled(g)) && g.cands.length);
    if (persons.length < 2) return;
    // (by last word: a longer name ending with this one ends with the same word)
    const lower = new Map(persons.map((g) => [g, g.name.toLowerCase()]));
    const byLast = new Map<string, Group[]>();
    for (const g of persons) {
      const last = lower.get(g)!.slice(lower.get(g)!.lastIndexOf(' ') + 1);
      const list = byLast.get(last);
      if (list) list.push(g); else byLast.set(last, [g]);
    }
    for (const g of persons) {
      const name = lower.get(g)!;
      const tail = ` ${name}`;
      const longer = byLast.get(name.slice(name.lastIndexOf(' ') + 1))!.filter((x) => x !== g && x.kind === 'person' && x.cands.length && lower.get(x)!.endsWith(tail));
      if (longer.length !== 1) continue;
      // (the words before are a name's, not a word or a title read into it: "Making Juan Miguel Gonzalez", "Fullback Andre Joubert")
      const before = longer[0].name.slice(0, longer[0].name.length - tail.length).split(/\s+/);
      // (a first name that is also a word is a name's: "Bill de Blasio")
      if (before.some((w) => (isCommonWord(w.toLowerCase()) && !isGivenName(w.toLowerCase())) || isTitleWord(w.toLowerCase()))) continue;
      for (const c of g.cands) longer[0].cands.push({ ...c, kind: 'person', role: 'actor', evidence: `the end of ${longer[0].name}` });
      g.cands = [];
    }
  }

  /**
   * Names the article gives as one: "Daesh (also known as ISIL)", "Hayat Tahrir al-Sham, also known as HTS",
   * "Abu Mohammad al-Julani (a.k.a. Abu Mohammad al-Golani)". The second name's mentions join the first's entity.
   */
  private alsoKnownAs(): void {
    const { text } = this;
    // (most articles give no second name: a look for the words first, before the maps of every mention)
    if (!ALSO_KNOWN_AS.test(text)) return;
    const byStart = new Map<number, Group>(), byEnd = new Map<number, Group>();
    for (const g of this.groups) for (const c of g.cands) { byStart.set(c.start, g); byEnd.set(c.end, g); }
    for (const m of text.matchAll(/(\s*,\s*|\s*\(\s*)(?:also known as|a\.k\.a\.?|aka|otherwise known as)\s+/gi)) {
      const a = byEnd.get(m.index!), b = byStart.get(m.index! + m[0].length);
      if (!a || !b || a === b || !a.cands.length || !b.cands.length) continue;
      // (a kind read from the name's look or the word before it gives way to a body's: "Hayat Tahrir al-Sham, also
      // known as HTS" is no person, "the threat of Daesh (also known as ISIL)" no place)
      const guessed = (g: Group) => g.kind === 'person' && !g.title || g.kind === 'place' && /^after "/.test(g.evidence);
      const body = (g: Group) => g.kind !== 'person' && !isPlaceKind(g.kind);
      if (a.kind !== b.kind) {
        if (guessed(a) && body(b)) { a.kind = b.kind; a.evidence = b.evidence; a.country ??= b.country; }
        else if (!(guessed(b) && body(a))) continue; // two different things
      }
      a.evidence = `${a.evidence}; also known as ${b.name}`;
      // the other mentions of either name, read as a guess elsewhere in the article ("to defeat Daesh"), join too
      const names = new Set([a.name.toLowerCase(), b.name.toLowerCase()]);
      for (const g of this.groups) {
        if (g === a || !g.cands.length || !(g === b || names.has(g.name.toLowerCase()) && guessed(g))) continue;
        a.cands.push(...g.cands);
        g.cands = [];
      }
      if (body(a)) for (const c of a.cands) c.role = 'actor';
    }
  }

  /** The entity of a group, numbered `n`, or null when it is dropped. */
  private entityOf(g: Group, n: number): Entity | null {
    const { text } = this;
    if (!g.cands.length) return null;
    // single capitalised words with no evidence of being a name, seen once, are dropped; so are those only ever
    // seen before a lower-case noun, a modifier ("Coalition aircraft", "Coalition nations")
    if (g.kind === 'person' && g.cands.every((c) => c.guess) && (g.cands.length < 2 || g.cands.every((c) => beforeNoun(text, c.end)))) return null;
    g.cands.sort((a, b) => a.start - b.start);
    const mentions: Mention[] = g.cands.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), role: c.role }));
    const forcedKind = this.forced.get(g.name.toLowerCase());
    const kind = forcedKind ?? g.kind;
    const gz = gazetteer();
    let coords: { lat: number; lng: number } | null = null;
    if (kind === 'country') { const c = gz.countries.get(g.name.toLowerCase()); if (c) coords = { lat: c.lat, lng: c.lng }; }
    if (kind === 'city') {
      const named = gz.namedLikePersons.get(g.name.toLowerCase());
      const c = gz.cities.get(g.name.toLowerCase()) ?? (named?.kind === 'city' ? named : undefined);
      if (c) coords = { lat: c.lat, lng: c.lng };
    }
    if (kind === 'region') { const c = gz.cities.get(g.name.toLowerCase().replace(/\s+\S+$/, '')); if (c) coords = { lat: c.lat, lng: c.lng }; }
    // canonical person name: the longest mention (a title alone is no name)
    let name = g.name;
    if (kind === 'person') mentions.forEach((m, x) => { if (!g.cands[x].titleOnly && m.text.length > name.length && !/\n/.test(m.text)) name = m.text; });
    // (an alias is another name: not a description the article refers with, "the city", "the secretary", "regime", "fighting positions")
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== name && isNameText(a));
    return {
      id: `e${n}`, name, kind, aliases, title: g.title, country: kind === 'country' ? null : g.country,
      coordinates: coords, evidence: forcedKind ? `set by your corrections (was ${g.kind})` : g.evidence, mentions,
    };
  }
}

/** What a war, a campaign or a coalition is fought against, just before a name: "the fight against X", "to defeat X". */
const GROUP_DEED_BEFORE = /\b((?:campaign|fight|fighting|war|struggle|offensive|operations|strikes|airstrikes|coalition|battle)\s+against|(?:war|attacks)\s+on|defeat(?:ing)?|defeat\s+of|counter(?:ing)?|combat(?:ing)?)\s+(?:the\s+)?$/i;
/** What armed groups do and persons seldom say they did: "X claimed responsibility", "X has claimed the attack". */
const GROUP_DEED_AFTER = /^\s+(?:has\s+|have\s+|had\s+)?(claimed\s+(?:responsibility|the\s+attack))/i;

/** Single words taken for places only because of the word before them ("of Wang", "and Dole") may be surnames. */
function weakPlace(c: Candidate): boolean {
  return c.kind === 'place' && /^after "/.test(c.evidence) && !c.name.includes(' ');
}
