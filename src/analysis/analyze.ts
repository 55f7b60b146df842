/**
 * The one entry point: text in, one plain `Analysis` out.
 */
import { datelineDateSpan, detectDateline, isValidIsoDate } from './dateline';
import { affiliateGroups, datelinePlace, isSportsReport, mergeEntities, retagSportsTeams, sportOfReport } from './entities';
import { findEvents } from './events';
import { resolveAnaphoricDates } from './dates';
import { findQuoteSpans, quotesAndReferences } from './quotes';
import { paragraphStage } from './paragraphs';
import type { Analysis, AnalyzeOptions } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const timings = options.timings;
  let t = timings ? now() : 0;
  const lap = (stage: string) => { if (timings) { const x = now(); timings[stage] = (timings[stage] ?? 0) + x - t; t = x; } };
  const warnings: string[] = [];
  const fallback = isValidIsoDate(options.documentDate) ? options.documentDate : null;
  if (options.documentDate && !fallback) warnings.push(`Ignored the article date "${options.documentDate}": expected YYYY-MM-DD.`);
  const dateline = options.noDateline ? null : detectDateline(text, fallback ? +fallback.slice(0, 4) : undefined);
  const documentDate = dateline?.value ?? fallback;
  if (options.noDateline) { /* a later chunk: the first chunk reported on the dateline */ }
  else if (!dateline) warnings.push(fallback ? `No dateline: dates are resolved against ${fallback}.` : 'No dateline: relative dates ("Sunday", "last week") cannot be resolved to calendar dates.');
  else if (!dateline.value) warnings.push(`The dateline "${dateline.text}" has no readable date.`);

  // The dateline itself is blanked out (same offsets): a headline before it and the article after it
  // are annotated, the dateline's own place is added below.
  const work = dateline ? text.slice(0, dateline.start) + ' '.repeat(dateline.end - dateline.start) + text.slice(dateline.end) : text;
  const from = 0;
  const { tokens, sentences, paragraphs, dates: local0, candidates: local } = paragraphStage(work, from, documentDate, options.corrections,
    options.calendar === false || options.times === false ? undefined : options.cache, options.calendar !== false, options.times !== false);
  lap('paragraphs');
  // The dateline's own date is a time expression like any other (its hover tells where the article date comes from)
  const own = dateline?.value ? datelineDateSpan(dateline) : null;
  if (own && dateline) {
    local0.push({ start: own.start, end: own.end, text: text.slice(own.start, own.end), value: dateline.value!, type: 'DATE', explanation: `the article's date, from its dateline` });
    local0.sort((a, b) => a.start - b.start);
  }
  const dates = resolveAnaphoricDates(work, local0);

  // A single capitalised word that the article also uses in lower case is not a name ("Images showed").
  // (only the words some candidate asks about are collected)
  const asked = new Set<string>();
  for (const c of local) if (c.unlessLower) asked.add(c.unlessLower);
  const lowerWords = new Set<string>();
  if (asked.size) for (let q = 0; q < tokens.length; q++) { const t = tokens[q]; if (t.kind === 'word' && !t.cap && asked.has(t.lower)) lowerWords.add(t.lower); }
  const candidates = local.filter((c) => !c.unlessLower || !lowerWords.has(c.unlessLower));
  if (isSportsReport(work)) retagSportsTeams(candidates, tokens, sportOfReport(work));
  const place = dateline ? datelinePlace(dateline) : null;
  if (place) candidates.unshift(place);
  const entities = mergeEntities(text, candidates, options.corrections);
  affiliateGroups(text, entities, dateline);
  lap('merge');
  const { quotes: rawQuotes, unbalanced } = findQuoteSpans(work, from, paragraphs);
  if (unbalanced) warnings.push(`${unbalanced} quotation mark${unbalanced > 1 ? 's are' : ' is'} not closed.`);
  const { quotes, references } = quotesAndReferences(rawQuotes, { text: work, tokens, sentences, entities });
  lap('quotes');
  const events = options.events === false ? [] : findEvents({ text: work, tokens, sentences, entities, dates, quotes, references, quoteRanges: rawQuotes.map((q) => ({ start: q.open, end: q.close + 1 })) });
  lap('events');

  return { version: 1, documentDate, dateline, entities, dates, quotes, events, references, warnings };
}
