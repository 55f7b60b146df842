/**
 * The one entry point: text in, one plain `Analysis` out.
 */
import { detectDateline, isValidIsoDate } from './dateline';
import { findDates } from './dates';
import { findCandidates, mergeEntities } from './entities';
import { findEvents } from './events';
import { attributeQuotes, findQuoteSpans } from './quotes';
import { segment, tokenize } from './tokenize';
import type { Analysis, AnalyzeOptions } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const warnings: string[] = [];
  const fallback = isValidIsoDate(options.documentDate) ? options.documentDate : null;
  if (options.documentDate && !fallback) warnings.push(`Ignored the article date "${options.documentDate}": expected YYYY-MM-DD.`);
  const dateline = detectDateline(text, fallback ? +fallback.slice(0, 4) : undefined);
  const documentDate = dateline?.value ?? fallback;
  if (!dateline) warnings.push(fallback ? `No dateline: dates are resolved against ${fallback}.` : 'No dateline: relative dates ("Sunday", "last week") cannot be resolved to calendar dates.');
  else if (!dateline.value) warnings.push(`The dateline "${dateline.text}" has no readable date.`);

  const from = dateline ? dateline.end : 0;
  const tokens = tokenize(text).filter((t) => t.start >= from);
  const { sentences, paragraphs } = segment(text, tokens);

  const lowerWords = new Set(tokens.filter((t) => t.kind === 'word' && !t.cap).map((t) => t.lower));
  const candidates = findCandidates({ text, tokens, sentences, lowerWords, corrections: options.corrections });
  const entities = mergeEntities(text, candidates, options.corrections);
  const dates = findDates(text, from, documentDate, sentences, tokens);
  const { quotes: rawQuotes, unbalanced } = findQuoteSpans(text, from, paragraphs);
  if (unbalanced) warnings.push(`${unbalanced} quotation mark${unbalanced > 1 ? 's are' : ' is'} not closed.`);
  const quotes = attributeQuotes(rawQuotes, { text, tokens, sentences, entities });
  const events = findEvents({ text, tokens, sentences, entities, dates, quoteRanges: rawQuotes.map((q) => ({ start: q.open, end: q.close + 1 })) });

  return { version: 1, documentDate, dateline, entities, dates, quotes, events, warnings };
}
