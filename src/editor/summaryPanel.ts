/** The entity summary webview, for the active article or the whole workspace index. */
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/types';
import { entityName, eventLabel, speakerName } from './cards';
import { summaryHtml, type SummaryData } from './summaryHtml';
import type { WorkspaceIndex } from './workspaceIndex';

export function articleSummary(a: Analysis, title: string): SummaryData {
  return {
    title: `News Lens summary: ${title}`,
    subtitle: `Article date ${a.documentDate ?? 'unknown (no dateline)'} · ${a.entities.length} entities · ${a.dates.length} time expressions · ${a.quotes.length} quotes · ${a.events.length} events`,
    entities: a.entities.map((e) => ({ name: e.name, kind: e.kind, count: e.mentions.length, title: e.title, country: e.country, aliases: e.aliases,
      lat: e.coordinates?.lat, lng: e.coordinates?.lng })),
    events: [...a.events].sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.start - y.start)
      .map((ev) => ({ date: ev.date, label: eventLabel(a, ev), category: ev.category, place: entityName(a, ev.place) })),
    quotes: a.quotes.map((q) => ({ speaker: speakerName(a, q) ?? 'unattributed', text: q.text })),
  };
}

export function corpusSummary(index: WorkspaceIndex): SummaryData {
  const articles = index.all();
  const name = (uri: string) => decodeURIComponent(uri.replace(/^.*\//, ''));
  return {
    title: 'News Lens summary: the workspace',
    subtitle: `${articles.length} articles · ${index.entities().length} entities · ${index.timeline().length} events`,
    entities: index.entities().map((e) => ({ name: e.name, kind: e.kind, count: [...e.articles.values()].reduce((n, r) => n + r.length, 0), articles: e.articles.size,
      title: e.title, country: e.country, aliases: [...e.aliases].filter((x) => x !== e.name), lat: e.coordinates?.lat, lng: e.coordinates?.lng })),
    events: index.timeline().map(({ article, event }) => ({ date: event.date, label: event.label, category: event.category, place: null, source: name(article.uri) })),
    quotes: articles.flatMap((a) => a.quotes ?? []),
  };
}

/** Shows the summary in a webview beside the editor; returns the HTML (for tests). */
export function showSummaryPanel(data: SummaryData): string {
  const panel = vscode.window.createWebviewPanel('newsLens.summary', data.title.replace(/^News Lens summary: /, 'Summary: '), vscode.ViewColumn.Beside,
    { enableScripts: false, localResourceRoots: [] });
  const nonce = Array.from({ length: 24 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');
  panel.webview.html = summaryHtml(data, panel.webview.cspSource, nonce);
  return panel.webview.html;
}
