/**
 * Word classes. Most come from compromise's own lexicon and verb model (first names, titles,
 * organisations it knows, place words, verb tenses and infinitives); the rest are small general
 * rules of news English (organisation heads, actor nouns, speech verbs). No names from any article.
 */
import data from './data/lexicon.json';
import names from './data/names.json';
import { SortedTable } from './sortedTable';

// compromise's lexicon and verb infinitives, extracted at build time (scripts/build-lexicon.mjs) into
// sorted tables read by binary search: nothing to load (compromise itself takes about 280 ms).
// (made on first use, so that a bundle that imports this module without asking it anything leaves the data out)
let tables: { words: SortedTable<string[]>; infinitives: SortedTable<string>; given: SortedTable<true>; family: SortedTable<true> } | null = null;
function lexicon() {
  if (tables) return tables;
  const lex = data as { tagSets: string[]; words: string; lemmas: string };
  const tagLists = lex.tagSets.map((t) => t.split(','));
  const person = names as { given: string; family: string };
  return tables = {
    words: new SortedTable(lex.words, (i) => tagLists[+i]),
    infinitives: new SortedTable(lex.lemmas, (inf) => inf),
    given: new SortedTable(person.given, () => true),
    family: new SortedTable(person.family, () => true),
  };
}
const NO_TAGS: string[] = [];

export function tagsOf(lower: string): string[] {
  return (words ??= lexicon().words).get(lower) ?? NO_TAGS;
}
/** The lexicon's words, once made (tagsOf is asked about most words of an article: a call less each time). */
let words: SortedTable<string[]> | null = null;

/** Infinitive of a verb form the lexicon does not know ("shelled" -> "shell"), by suffix rules. */
function ruleInfinitive(lower: string, tense: string): string {
  const strip = (w: string, suf: string) => {
    const base = w.slice(0, -suf.length);
    if (/([bdfgklmnprstz])\1$/.test(base) && !/(ll|ss|zz|ff)$/.test(base)) return base.slice(0, -1); // "stopped"
    // "seized", "advanced", "continued", "detonated", "decided"; short consonant-vowel-consonant stems: "stated", "based"
    if (/[vzcu]$|[^aeiou](?:at|ut|ak|ok|id|iv|os|as)$/.test(base) || (base.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base))) return base + 'e';
    return base;
  };
  if (tense === 'Gerund' && lower.endsWith('ing')) return strip(lower, 'ing');
  if ((tense === 'PastTense' || tense === 'Participle') && lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  if ((tense === 'PastTense' || tense === 'Participle') && lower.endsWith('ed')) return strip(lower, 'ed');
  if (tense === 'PresentTense' && lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (tense === 'PresentTense' && /(?:ch|sh|ss|x|o)es$/.test(lower)) return lower.slice(0, -2);
  if (tense === 'PresentTense' && lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** Whether the lexicon files `lower` under a tag that `re` matches. */
export function hasTag(lower: string, re: RegExp): boolean {
  if (re.flags) return tagsOf(lower).some((t) => re.test(t)); // (a pattern with flags carries state: not remembered)
  // (words share their tag lists: the answer is remembered per list and pattern, not worked out for every word)
  let test = testsBySource.get(re.source);
  if (!test) testsBySource.set(re.source, test = tagTest(re));
  return test(lower);
}
const testsBySource = new Map<string, (lower: string) => boolean>();

/**
 * A test of the lexicon's tags by a pattern without flags: its answers are kept per tag list (words share them). The
 * predicates asked most (titles, names, organisations) make theirs once, without hasTag's look-up by the pattern's
 * source at every call.
 */
function tagTest(re: RegExp): (lower: string) => boolean {
  const answers = new Map<string[], boolean>();
  return (lower) => {
    const tags = tagsOf(lower);
    if (tags.length === 0) return false;
    let v = answers.get(tags);
    if (v === undefined) answers.set(tags, v = tags.some((t) => re.test(t)));
    return v;
  };
}

export const isFirstName = tagTest(/^(MaleName|FemaleName|FirstName)$/);
/** 'f' or 'm' when the lexicon files a first name (or an honorific) under one gender only, else null. */
export function nameGender(fullName: string, title?: string | null): 'f' | 'm' | null {
  const t = (title ?? '').toLowerCase();
  if (/\b(mrs|ms|miss|madam|queen|princess|sister|duchess)\b/.test(t)) return 'f';
  if (/\b(mr|king|prince|sir|lord|duke)\b/.test(t)) return 'm';
  const first = fullName.split(/\s+/)[0]?.toLowerCase() ?? '';
  const f = isFemaleName(first), m = isMaleName(first);
  return f && !m ? 'f' : m && !f ? 'm' : null;
}
const isFemaleName = tagTest(/^FemaleName$/), isMaleName = tagTest(/^MaleName$/);
export const isLastName = tagTest(/^LastName$/);

// Weak name evidence: given and family names of many languages (scripts/build-names.mjs, from
// @faker-js/faker's locales), beyond compromise's own lists. Many are also places or words
// ("Paris", "Green"), so the analyser asks only after the gazetteer and the organisation rules.
export const isGivenName = (lower: string) => isFirstName(lower) || lexicon().given.has(lower);
export const isFamilyName = (lower: string) => isLastName(lower) || lexicon().family.has(lower);
/** A word that compromise knows as something other than a name or a place. */
export const isCommonWord = (lower: string) => {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => /Name|Person|Place|City|Country|Region|Organization|ProperNoun|Demonym/.test(t));
};
export const knownOrganization = tagTest(/^Organization$/);

/** Titles and roles that stand before a name ("Foreign Minister", "President", "Speaker"). */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'director', 'commander', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'lieutenant', 'lt',
  'captain', 'capt', 'sergeant', 'admiral', 'leader', 'ambassador', 'envoy', 'governor', 'mayor', 'king',
  'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'ayatollah', 'chairman', 'chairwoman', 'chair',
  'ceo', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'judge', 'justice',
  'chancellor', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'state',
  'justice', 'economy', 'trade', 'energy', 'parliament', 'parliamentary', 'opposition', 'supreme', 'mr',
  'mrs', 'ms', 'dr', 'prof', 'professor', 'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'cleric',
  'brigadier', 'marshal', 'premier', 'head', 'official', 'officer', 'coach', 'striker', 'midfielder',
  'defender', 'manager', 'economist', 'analyst', 'lawmaker', 'mp', 'activist', 'founder', 'co-founder',
  'executive', 'council', 'national', 'security', 'adviser', 'advisor', 'attorney', 'army',
  // offices ("Press Secretary", "Crown Prince")
  'press', 'crown',
  // military ranks and their abbreviations ("Petty Officer", "Staff Sgt.", "Commodore", "Spc.")
  'commodore', 'corporal', 'cpl', 'sgt', 'pvt', 'spc', 'adm', 'brig', 'petty', 'warrant', 'staff', 'airman', 'seaman', 'ensign',
]);
/** The head words that make the last word of a title ("Minister" in "Foreign Minister"). */
const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'chief',
  'director', 'commander', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'lieutenant', 'lt', 'captain',
  'capt', 'sergeant', 'admiral', 'leader', 'ambassador', 'envoy', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'emir', 'sultan', 'ayatollah', 'chairman', 'chairwoman', 'chair', 'ceo',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'judge', 'justice', 'chancellor',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'cleric',
  'brigadier', 'marshal', 'premier', 'head', 'official', 'coach', 'striker', 'midfielder', 'defender',
  'manager', 'economist', 'analyst', 'lawmaker', 'mp', 'activist', 'founder', 'co-founder', 'executive',
  'adviser', 'advisor', 'attorney', 'officer', 'commodore', 'corporal', 'cpl', 'sgt', 'pvt', 'spc', 'adm', 'brig', 'airman', 'seaman', 'ensign',
]);
/** Portfolios before a title, no body of their own ("Commerce Secretary", "Homeland Security Secretary", "Education Minister"). */
export const PORTFOLIO_WORDS = new Set(['commerce', 'education', 'agriculture', 'transport', 'transportation', 'environment', 'labor',
  'labour', 'housing', 'tourism', 'industry', 'culture', 'information', 'communications', 'homeland', 'treasury', 'veterans',
  'immigration', 'intelligence', 'oil', 'petroleum', 'energy', 'water', 'science', 'technology', 'sports', 'youth', 'planning']);
export const isTitleWord = (lower: string): boolean => TITLE_WORDS.has(lower) || actorOrHonorific(lower) || (ELECT.test(lower) && isTitleWord(lower.replace(ELECT, '')));
export const isTitleHead = (lower: string): boolean => TITLE_HEADS.has(lower) || honorific(lower) || (ELECT.test(lower) && isTitleHead(lower.replace(ELECT, '')));
const actorOrHonorific = tagTest(/^Actor$|Honorific/), honorific = tagTest(/Honorific/);
/** A title not yet taken up: "President-elect", "Prime Minister-designate". */
const ELECT = /-(?:elect|designate)$/;

/**
 * A nickname in quotation marks between a given name and a family name: `John “J.D.” Dorrian`, `Richard "Tex" Coe`
 * (one to four words, capitalised but "of" and "the": `Roberto "Hands of Stone" Duran`). `open` and `close` are the
 * offsets of the marks in `text`.
 */
export function isNickname(text: string, open: number, close: number): boolean {
  // (double quotation marks only: a single one is an apostrophe as often)
  if (!/["“]/.test(text[open]) || !/["”]/.test(text[close])) return false;
  if (close - open > 26 || !/^[\p{Lu}][\p{L}.'’-]*(?: (?:[\p{Lu}][\p{L}.'’-]*|of|the)){0,3}$/u.test(text.slice(open + 1, close))) return false;
  // (the given name opens the name: after a title or nothing capitalised, not after another name, "Hillary Clinton 'A Disgrace'")
  const before = /(?:^|[^\p{L}])(?:(\p{Lu}[\p{L}'’-]*) )?(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, open - 40), open));
  return !!before && isGivenName(before[2].toLowerCase()) && (!before[1] || isTitleWord(before[1].toLowerCase())) &&
    /^ \p{Lu}\p{L}/u.test(text.slice(close + 1, close + 4));
}

/**
 * A table of words with no prototype: looking up a word of the text ("constructor", "toString") finds nothing
 * that Object.prototype has.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Heads of organisation names, by the kind they give. */
const ORG_HEADS: Record<string, 'organization' | 'government' | 'armed_group' | 'media'> = /* @__PURE__ */ wordTable({
  ministry: 'government', government: 'government', administration: 'government', cabinet: 'government',
  parliament: 'government', assembly: 'government', congress: 'government', senate: 'government',
  presidency: 'government', department: 'government', office: 'government', kremlin: 'government',
  council: 'organization', commission: 'organization', committee: 'organization', agency: 'organization',
  observatory: 'organization', conference: 'organization', organization: 'organization', organisation: 'organization',
  association: 'organization', union: 'organization', institute: 'organization', foundation: 'organization',
  party: 'organization', bank: 'organization', fund: 'organization', court: 'government', university: 'organization',
  group: 'organization', company: 'organization', corporation: 'organization', inc: 'organization', corp: 'organization',
  ltd: 'organization', alliance: 'organization', coalition: 'organization', federation: 'organization',
  league: 'organization', society: 'organization', forum: 'organization', network: 'organization', center: 'organization',
  centre: 'organization', program: 'organization', programme: 'organization', authority: 'government',
  army: 'armed_group', front: 'armed_group', faction: 'armed_group', brigade: 'armed_group', brigades: 'armed_group',
  militia: 'armed_group', battalion: 'armed_group', forces: 'armed_group', guard: 'armed_group', guards: 'armed_group',
  movement: 'armed_group', corps: 'armed_group', command: 'armed_group', navy: 'armed_group', 'air force': 'armed_group',
  regiment: 'armed_group', squadron: 'armed_group', fleet: 'armed_group', platoon: 'armed_group',
  news: 'media', times: 'media', post: 'media', journal: 'media', herald: 'media', tribune: 'media', gazette: 'media',
  press: 'media', television: 'media', tv: 'media', radio: 'media', outlet: 'media', broadcaster: 'media',
  channel: 'media', newspaper: 'media', daily: 'media', reuters: 'media', 'news agency': 'media', media: 'media',
  newsroom: 'media', bureau: 'media',
  // company forms and the industries companies name themselves by ("Jones Medical", "Cofinec S.A.")
  plc: 'organization', ag: 'organization', gmbh: 'organization', 's.a.': 'organization', 'n.v.': 'organization', nv: 'organization',
  spa: 'organization', bv: 'organization', llc: 'organization', sa: 'organization', ab: 'organization', asa: 'organization', oyj: 'organization', co: 'organization', holdings: 'organization',
  industries: 'organization', pharmaceuticals: 'organization', airlines: 'organization', airways: 'organization',
  motors: 'organization', technologies: 'organization', communications: 'organization', telecom: 'organization',
  petroleum: 'organization', chemicals: 'organization', securities: 'organization', investments: 'organization',
  insurance: 'organization', enterprises: 'organization', electronics: 'organization', exchange: 'organization',
  board: 'organization', club: 'organization', trust: 'organization', bancorp: 'organization', bancshares: 'organization',
  bancorporation: 'organization', desk: 'media', library: 'organization', museum: 'organization',
});
/**
 * Transliterated Arabic nouns that open the name of a body, as "Front", "Army" or "Party" close an English one:
 * "Jabhat al-Nusra" (front), "Jaish al-Islam" (army), "Hayat Tahrir al-Sham" (body), "Harakat Hazm" (movement),
 * "Hizb ut-Tahrir" (party), "Kataib Hezbollah" (battalions), "Liwa al-Quds" (brigade), "Saraya al-Salam"
 * (companies), "Ansar al-Sharia" (supporters), "Jamaat-ul-Ahrar" (society), "Faylaq al-Rahman" (corps).
 */
export const LEADING_ORG_HEADS: Record<string, 'organization' | 'armed_group'> = /* @__PURE__ */ wordTable({
  jabhat: 'armed_group', jabha: 'armed_group', jaish: 'armed_group', jaysh: 'armed_group', hayat: 'armed_group', "hay'at": 'armed_group',
  'hay’at': 'armed_group', harakat: 'armed_group', haraka: 'armed_group', kataib: 'armed_group', "kata'ib": 'armed_group', katibat: 'armed_group',
  liwa: 'armed_group', liwaa: 'armed_group', saraya: 'armed_group', ansar: 'armed_group', ahrar: 'armed_group', faylaq: 'armed_group',
  firqat: 'armed_group', hizb: 'organization', hezb: 'organization', jamaat: 'organization', jamaah: 'organization', jamiat: 'organization',
  majlis: 'organization', tanzim: 'organization',
});
/** A word for a kind of body ("coalition", "ministry", "party"), not a news outlet's name ("Reuters", "Times") nor a company form ("Corp"). */
export function bodyWordKind(lower: string): 'organization' | 'government' | 'armed_group' | null {
  const k = ORG_HEADS[lower];
  return k && k !== 'media' && lower.length > 4 ? k : null;
}
export function orgHeadKind(lower: string): 'organization' | 'government' | 'armed_group' | 'media' | null {
  return ORG_HEADS[lower] ?? (knownOrganization(lower) ? 'organization' : null);
}
/** Lower-case nouns after a capitalised name that make it an organisation ("Anadolu news agency"). */
export const TRAILING_ORG_HEADS: Record<string, 'organization' | 'government' | 'armed_group' | 'media'> = /* @__PURE__ */ wordTable({
  faction: 'armed_group', group: 'armed_group', militia: 'armed_group', movement: 'armed_group', brigade: 'armed_group',
  rebels: 'armed_group', fighters: 'armed_group', militants: 'armed_group', operatives: 'armed_group', terrorists: 'armed_group',
  jihadists: 'armed_group', insurgents: 'armed_group', 'news agency': 'media', agency: 'organization',
  'news outlet': 'media', outlet: 'media', newspaper: 'media', broadcaster: 'media', monitor: 'organization', party: 'organization',
  'news website': 'media', website: 'media', channel: 'media', daily: 'media',
});

/** Nouns that make "<demonym> ... <noun>" an actor ("Syrian government forces", "Turkish troops"). */
export const ACTOR_NOUNS: Record<string, 'government' | 'armed_group' | 'media' | 'organization'> = /* @__PURE__ */ wordTable({
  government: 'government', regime: 'government', administration: 'government', authorities: 'government',
  officials: 'government', ministry: 'government', leadership: 'government', diplomats: 'government', envoy: 'government',
  parliament: 'government', presidency: 'government', embassy: 'government', lawmakers: 'government',
  forces: 'armed_group', troops: 'armed_group', army: 'armed_group', military: 'armed_group', soldiers: 'armed_group',
  militias: 'armed_group', militia: 'armed_group', rebels: 'armed_group', fighters: 'armed_group', insurgents: 'armed_group',
  warplanes: 'armed_group', jets: 'armed_group', aircraft: 'armed_group', planes: 'armed_group', drones: 'armed_group',
  police: 'armed_group', navy: 'armed_group', militants: 'armed_group', jihadists: 'armed_group', artillery: 'armed_group',
  media: 'media', television: 'media', tv: 'media', press: 'media', 'news agency': 'media',
  opposition: 'organization', activists: 'organization', monitor: 'organization',
  gunmen: 'armed_group', protesters: 'organization', demonstrators: 'organization',
  coalition: 'organization', 'international community': 'organization',
  personnel: 'armed_group', servicemembers: 'armed_group', 'service members': 'armed_group',
});
/**
 * Actor nouns that name a group acting without a country or a body before them ("police arrested", "the army shelled",
 * "rebels", "protesters"): the forces and crowds of conflict and protest reports. "forces" alone only with a modifier
 * ("government forces", "security forces"), "community" only as "the international community" (the one actor noun
 * ending with it); "officials", "authorities",
 * "government" alone name no one in particular.
 */
export const BARE_GROUPS = new Set(['police', 'army', 'military', 'troops', 'soldiers', 'forces', 'rebels', 'militants', 'insurgents',
  'fighters', 'militia', 'militias', 'jihadists', 'gunmen', 'protesters', 'demonstrators', 'coalition', 'community']);
/** Modifiers allowed between a demonym and its actor noun. */
export const ACTOR_MODIFIERS = new Set([
  'government', 'state', 'state-run', 'state-owned', 'military', 'opposition', 'rebel', 'special', 'armed',
  'security', 'air', 'ground', 'naval', 'pro-government', 'regime', 'allied', 'army', 'backed', 'elite', 'official',
  'border', 'police', 'federal', 'national', 'secret', 'international',
]);

/** Speech and reporting verbs, any form -> lemma. */
export const SPEECH_VERBS: Record<string, string> = /* @__PURE__ */ wordTable({});
for (const [lemma, forms] of Object.entries({
  say: ['say', 'says', 'said', 'saying'], tell: ['tell', 'tells', 'told', 'telling'], add: ['add', 'adds', 'added', 'adding'],
  warn: ['warn', 'warns', 'warned', 'warning'], urge: ['urges', 'urged'], claim: ['claim', 'claims', 'claimed', 'claiming'],
  report: ['report', 'reports', 'reported'], announce: ['announce', 'announces', 'announced'],
  state: ['states', 'stated'], declare: ['declare', 'declares', 'declared'], insist: ['insist', 'insists', 'insisted'],
  explain: ['explains', 'explained'], write: ['writes', 'wrote'], ask: ['asks', 'asked'], reply: ['replied'],
  respond: ['responded'], note: ['notes', 'noted'], argue: ['argues', 'argued'], acknowledge: ['acknowledged'],
  admit: ['admitted'], deny: ['denied'], confirm: ['confirmed', 'confirms'], tweet: ['tweeted'], quote: ['quoted'],
  stress: ['stressed'], reiterate: ['reiterated'], accuse: ['accused'], describe: ['described'], call: ['called'],
  vow: ['vowed'], promise: ['promised'], threaten: ['threatened'], demand: ['demanded'], comment: ['commented'],
  continue: ['continued'], recall: ['recalled'], estimate: ['estimated'], predict: ['predicted'], conclude: ['concluded'],
  read: ['reads'], post: ['posted'], testify: ['testified'], suggest: ['suggested', 'suggests'], complain: ['complained'],
  joke: ['joked'], recount: ['recounted'], shout: ['shouted'], yell: ['yelled'], whisper: ['whispered'], put: ['put'], observe: ['observed'], remark: ['remarked'], assert: ['asserted'], concede: ['conceded'],
})) for (const f of forms) SPEECH_VERBS[f] = lemma;

/** Pronouns that refer to a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

const VERB_TAG = /^(PastTense|PresentTense|Infinitive|Gerund|Participle|Modal|Copula|Auxiliary|PhrasalVerb)$/;
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);
export const isAuxiliary = (lower: string) => AUX.has(lower);

const verbMemo = new Map<string, { lemma: string; tense: string } | null>();

/** Verb reading of a lower-cased word: its lemma and tense, or null when it is not a verb (memoised). */
export function verbInfo(lower: string): { lemma: string; tense: string } | null {
  let v = verbMemo.get(lower);
  if (v === undefined) {
    v = computeVerbInfo(lower);
    if (verbMemo.size > 50000) verbMemo.clear();
    verbMemo.set(lower, v);
  }
  return v;
}

function computeVerbInfo(lower: string): { lemma: string; tense: string } | null {
  if (AUX.has(lower)) return { lemma: lower, tense: 'Auxiliary' };
  const tags = tagsOf(lower);
  let tense = tags.find((t) => VERB_TAG.test(t) && t !== 'PhrasalVerb');
  if (!tense) {
    if (tags.some((t) => /Noun|Singular|Plural|Determiner|Preposition|Conjunction|Pronoun|Adverb/.test(t))) return null;
    if (/ed$/.test(lower) && lower.length > 4) tense = 'PastTense';
    else if (/ing$/.test(lower) && lower.length > 5) tense = 'Gerund';
    else return null;
  }
  let lemma = lower;
  if (tense === 'PastTense' || tense === 'PresentTense' || tense === 'Gerund' || tense === 'Participle') {
    lemma = lexicon().infinitives.get(lower) ?? (tags.some((t) => VERB_TAG.test(t)) ? lower : ruleInfinitive(lower, tense));
  }
  return { lemma, tense };
}
