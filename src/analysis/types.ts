/**
 * The plain data model produced by `analyze()`. No VS Code types: the CLI, the tests, the
 * benchmark and the editor adapters all read the same object.
 *
 * Offsets are UTF-16 code-unit offsets into the analysed text (JavaScript string indices),
 * `end` exclusive, and `text === content.slice(start, end)` always holds.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'government' | 'armed_group' | 'media';
export type PlaceKind = 'country' | 'city' | 'region' | 'place';
export type EntityKind = ActorKind | PlaceKind;

/** Countries, cities, regions and other places, as opposed to actors. */
export function isPlaceKind(kind: string): kind is PlaceKind {
  return kind === 'country' || kind === 'city' || kind === 'region' || kind === 'place';
}

/** The evidence of a title the article gives nobody by name ("The Foreign Secretary met Sergei Lavrov"). */
export const UNNAMED_HOLDER = 'a title with no name: the article does not say who holds it';

/** The evidence of a group named by what it is, with its head noun: `group noun "police"` (see entities.ts, bareGroupAt). */
export const GROUP_NOUN = 'group noun';

/** Whether an entity is a group named by what it is ("police", "rebels", "government forces"). */
export function isGroupNoun(e: { evidence: string }): boolean {
  return e.evidence.startsWith(`${GROUP_NOUN} "`);
}

/** The evidence of a government named after its leader ("the Assad regime", "Assad’s brutal regime"): a leader's name with "regime". */
export const LEADERS_REGIME = "a leader's name";

/** Whether an entity is a regime named after its leader. */
export function isLeadersRegime(e: { evidence: string }): boolean {
  return e.evidence.startsWith(LEADERS_REGIME);
}

/**
 * Whether a mention's text names (a capital letter but an opening "The"), as opposed to describing: "the secretary" for
 * Ash Carter, "The city" for Raqqa, "regime" are descriptions; "al-Aqsa" is a name.
 */
export function isNameText(text: string): boolean {
  return /\p{Lu}/u.test(text.replace(/^The\s/, ''));
}

export const FACILITY_NOUN = 'facility noun';

/** Whether an entity is a place named by what it is, hit by an attack or held by a group ("fighting positions", "an ISIL-held building"). */
export function isFacilityNoun(e: { evidence: string }): boolean {
  return e.evidence.startsWith(`${FACILITY_NOUN} "`);
}

/**
 * Whether an entity is named, as opposed to described: a group named by what it is ("police", "rebels") and a title the
 * article gives nobody ("the Foreign Secretary") describe someone, and the same words in two articles may be two actors.
 */
export function isNamedEntity(e: { evidence: string }): boolean {
  return !isGroupNoun(e) && !isFacilityNoun(e) && e.evidence !== UNNAMED_HOLDER;
}

/** The key that identifies an entity across analyses (chunks, articles): its family and lower-cased name. */
export function entityKey(name: string, kind: string): string {
  return `${isPlaceKind(kind) ? 'place' : 'actor'}:${name.toLowerCase()}`;
}

/** How one mention is used: an actor doing something, or a place where something happens. */
export type MentionRole = 'actor' | 'place';

export interface Mention extends Span {
  role: MentionRole;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  title: string | null;
  /** Country the entity belongs to or is affiliated with ("Syrian forces" -> "Syria"). */
  country: string | null;
  /** For places: latitude/longitude from the gazetteer. */
  coordinates: { lat: number; lng: number } | null;
  /** How the kind was decided, for the hover card ("gazetteer: city", "title before a name", ...). */
  evidence: string;
  mentions: Mention[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateAnnotation extends Span {
  /** TIMEX3-style value: 2020-02-16, 2020-02, 2020-W07, P2W, PRESENT_REF, XXXX-WXX-7 ... */
  value: string;
  type: TimexType;
  /** Human-readable account of how the value was resolved. */
  explanation: string;
}

export interface Speaker extends Span {
  entity: string | null;
}

export interface Quote extends Span {
  cue: string | null;
  /** Span of the speech verb, when one was found. */
  cueSpan: Span | null;
  speaker: Speaker | null;
}

/**
 * A personal pronoun ("he", "they", "we", "I") and the entity it refers to, when the article names it: "he" after
 * Erdogan, "I" in a quotation of Erdogan's, "we" in a ministry's statement.
 */
export interface Reference extends Span {
  /** The entity referred to, or null when the article does not name it ("I" of an unnamed witness). */
  entity: string | null;
  /** What the pronoun says of its referent: one person ("I", "me", "he", "him", "she") or a group ("we", "us", "they", "them"). */
  kind: 'person' | 'group';
}

export interface NewsEvent extends Span {
  /** Lemma of the action ("seize"). */
  action: string;
  category: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  date: string | null;
  negated: boolean;
  /** Modal or hypothetical framing ("would", "urged ... to"), or null for a reported fact. */
  modality: string | null;
  /** The sentence the event was read from. */
  sentence: { start: number; end: number };
}

export interface Dateline extends Span {
  /** ISO date (YYYY-MM-DD) the dateline gives, or null when it has no readable date. */
  value: string | null;
  /** Which dateline form matched ("date", "agency", "day-month-year", ...). */
  form: string;
}

export interface Analysis {
  version: 1;
  documentDate: string | null;
  dateline: Dateline | null;
  entities: Entity[];
  dates: DateAnnotation[];
  quotes: Quote[];
  events: NewsEvent[];
  /** Personal pronouns and whom they refer to. */
  references: Reference[];
  /** Non-fatal problems worth telling the reader about (no dateline, unbalanced quotes...). */
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Article date (YYYY-MM-DD) when the text has no dateline; the dateline wins otherwise. */
  documentDate?: string | null;
  /** User corrections: extra aliases, forced kinds, ignored names. */
  corrections?: Corrections;
  /** When given, filled with milliseconds spent per stage (tokenize, candidates, merge, dates, quotes, events). */
  timings?: Record<string, number>;
  /** Memo of the paragraph-local stage, kept between analyses of the same document (incremental analysis). */
  cache?: import('./paragraphs').ParagraphCache;
  /** Do not look for a dateline (a later chunk of a long text). */
  noDateline?: boolean;
  /**
   * false: leave chrono-node out (calendar expressions such as "Sunday" or "Feb. 28" are then missing, the
   * other time rules run): a quick first pass while chrono-node's patterns are still to be compiled.
   */
  calendar?: boolean;
  /**
   * false: read no time expressions but the dateline's own date (the first article's quick pass: the date rules'
   * patterns compile on their first use, about 18 ms in a fresh worker, and its highlights should not wait for them).
   */
  times?: boolean;
  /** false: read no events (a quick first pass paints highlights only; the views wait for the full result). */
  events?: boolean;
}

export interface Corrections {
  /** alias -> canonical name */
  aliases?: Record<string, string>;
  /** name -> kind */
  kinds?: Record<string, EntityKind>;
  /** names never reported */
  ignore?: string[];
}
