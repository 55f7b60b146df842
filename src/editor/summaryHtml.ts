/**
 * The entity summary as HTML for a webview: pure (no vscode import), every text escaped, no script,
 * no remote content. Theme-aware through VS Code's CSS variables. Works for one article or a corpus.
 */
import { dateLabel, KIND_LABEL } from './cards';

export interface SummaryEntity { name: string; kind: string; count: number; articles?: number; title?: string | null; country?: string | null; aliases: string[]; lat?: number; lng?: number }
export interface SummaryEvent { date: string | null; label: string; category: string; place: string | null; source?: string }
export interface SummaryQuote { speaker: string; text: string }
export interface SummaryData { title: string; subtitle: string; entities: SummaryEntity[]; events: SummaryEvent[]; quotes: SummaryQuote[] }

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const KINDS = ['person', 'organization', 'government', 'armed_group', 'media', 'country', 'city', 'region', 'place'];
const PLACE = new Set(['country', 'city', 'region', 'place']);

/** Equirectangular dots on a graticule: an offline map of the places that have coordinates. */
function map(places: SummaryEntity[]): string {
  const pts = places.filter((p) => p.lat !== undefined && p.lng !== undefined);
  if (!pts.length) return '';
  const x = (lng: number) => ((lng + 180) / 360) * 720, y = (lat: number) => ((90 - lat) / 180) * 360;
  const grid: string[] = [];
  for (let lng = -180; lng <= 180; lng += 30) grid.push(`<line x1="${x(lng)}" y1="0" x2="${x(lng)}" y2="360"/>`);
  for (let lat = -90; lat <= 90; lat += 30) grid.push(`<line x1="0" y1="${y(lat)}" x2="720" y2="${y(lat)}"/>`);
  const max = Math.max(...pts.map((p) => p.count));
  const dots = pts.map((p) => `<circle cx="${x(p.lng!).toFixed(1)}" cy="${y(p.lat!).toFixed(1)}" r="${(3 + 6 * Math.sqrt(p.count / max)).toFixed(1)}"><title>${esc(p.name)} (${p.count})</title></circle>` +
    `<text x="${(x(p.lng!) + 8).toFixed(1)}" y="${(y(p.lat!) + 4).toFixed(1)}">${esc(p.name)}</text>`);
  return `<svg class="map" viewBox="0 0 720 360" role="img" aria-label="Places on a map"><g class="grid">${grid.join('')}</g><g class="dots">${dots.join('')}</g></svg>`;
}

export function summaryHtml(d: SummaryData, cspSource: string, nonce: string): string {
  const maxCount = Math.max(1, ...d.entities.map((e) => e.count));
  const sections: string[] = [];
  for (const k of KINDS) {
    const es = d.entities.filter((e) => e.kind === k).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 60);
    if (!es.length) continue;
    const rows = es.map((e) => {
      const extra = [e.title, e.country && !PLACE.has(e.kind) ? e.country : null, e.aliases.length ? `also ${e.aliases.join(', ')}` : null].filter(Boolean).join(' · ');
      return `<tr><th scope="row">${esc(e.name)}${extra ? `<div class="muted">${esc(extra)}</div>` : ''}</th>` +
        `<td class="bar"><span style="width:${((e.count / maxCount) * 100).toFixed(1)}%"></span></td><td class="num">${e.count}${e.articles !== undefined ? ` in ${e.articles}` : ''}</td></tr>`;
    });
    sections.push(`<section><h2>${esc(KIND_LABEL[k] ?? k)} <span class="muted">${es.length}</span></h2><table>${rows.join('')}</table></section>`);
  }
  const places = d.entities.filter((e) => PLACE.has(e.kind));
  const placeTable = places.filter((p) => p.lat !== undefined).sort((a, b) => b.count - a.count).slice(0, 40)
    .map((p) => `<tr><th scope="row">${esc(p.name)}</th><td>${esc(KIND_LABEL[p.kind] ?? p.kind)}</td><td>${esc(p.country ?? '')}</td><td class="num">${p.lat!.toFixed(2)}, ${p.lng!.toFixed(2)}</td></tr>`);
  const timeline = d.events.slice(0, 300).map((ev) => `<li><time>${esc(dateLabel(ev.date))}</time> <span class="cat">${esc(ev.category)}</span> ${esc(ev.label)}` +
    `${ev.place ? ` <span class="muted">— ${esc(ev.place)}</span>` : ''}${ev.source ? ` <span class="muted">(${esc(ev.source)})</span>` : ''}</li>`);
  const bySpeaker = new Map<string, string[]>();
  for (const q of d.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q.text]);
  const quotes = [...bySpeaker].sort((a, b) => b[1].length - a[1].length).slice(0, 40).map(([sp, qs]) =>
    `<h3>${esc(sp)} <span class="muted">${qs.length}</span></h3><ul>${qs.slice(0, 10).map((t) => `<li>“${esc(t.length > 240 ? t.slice(0, 239) + '…' : t)}”</li>`).join('')}</ul>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(d.title)}</title>
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 1.5em 2em;line-height:1.45}
h1{font-size:1.5em;font-weight:600;margin:.8em 0 .1em}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid var(--vscode-panel-border);padding-bottom:.2em}h3{font-size:1em;margin:.8em 0 .2em}
.muted{color:var(--vscode-descriptionForeground);font-weight:normal;font-size:.92em}table{border-collapse:collapse;width:100%;max-width:60em}th,td{text-align:left;padding:.15em .6em .15em 0;vertical-align:top}
th{font-weight:500;width:40%}.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.bar{width:45%}.bar span{display:block;height:.8em;margin-top:.3em;background:var(--vscode-charts-blue);border-radius:2px}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:0 2em}ol.timeline{list-style:none;padding:0;border-left:2px solid var(--vscode-charts-blue)}
ol.timeline li{padding:.15em 0 .15em .8em}time{font-variant-numeric:tabular-nums;font-weight:600}.cat{font-size:.85em;padding:0 .35em;border-radius:3px;background:var(--vscode-badge-background);color:var(--vscode-badge-foreground)}
svg.map{width:100%;max-width:60em;background:var(--vscode-editorWidget-background);border:1px solid var(--vscode-panel-border)}svg.map .grid line{stroke:var(--vscode-panel-border);stroke-width:.5}
svg.map circle{fill:var(--vscode-charts-orange);fill-opacity:.75}svg.map text{fill:var(--vscode-foreground);font-size:10px}ul{margin:.2em 0 .6em;padding-left:1.2em}
</style></head><body>
<h1>${esc(d.title)}</h1><div class="muted">${esc(d.subtitle)}</div>
<div class="cols">${sections.join('')}</div>
${places.length ? `<h2>Places</h2>${map(places)}${placeTable.length ? `<table>${placeTable.join('')}</table>` : ''}` : ''}
${timeline.length ? `<h2>Timeline <span class="muted">${d.events.length}</span></h2><ol class="timeline">${timeline.join('')}</ol>` : ''}
${quotes.length ? `<h2>Quotes by speaker <span class="muted">${d.quotes.length}</span></h2>${quotes.join('')}` : ''}
</body></html>`;
}
