import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { summaryHtml } from '../../src/editor/summaryHtml';
import { fixture } from './helpers';

// summaryPanel.ts imports vscode; build the data the same way from cards (pure) here
import { entityName, eventLabel, speakerName } from '../../src/editor/cards';

describe('entity summary HTML', () => {
  const a = analyze(fixture('border.news').replace('The crossings must reopen.', 'The crossings <img src=x onerror=alert(1)> must reopen & stay open.'));
  const data = {
    title: 'News Lens summary: border.news', subtitle: 'test',
    entities: a.entities.map((e) => ({ name: e.name, kind: e.kind, count: e.mentions.length, title: e.title, country: e.country, aliases: e.aliases,
      lat: e.coordinates?.lat, lng: e.coordinates?.lng })),
    events: a.events.map((ev) => ({ date: ev.date, label: eventLabel(a, ev), category: ev.category, place: entityName(a, ev.place) })),
    quotes: a.quotes.map((q) => ({ speaker: speakerName(a, q) ?? 'unattributed', text: q.text })),
  };
  const html = summaryHtml(data, 'vscode-webview://abc', 'NONCE123');
  it('has a strict content security policy, no script and no remote content', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-webview:\/\/abc data:; style-src 'nonce-NONCE123';">/);
    assert.doesNotMatch(html, /<script|https?:\/\//i);
    assert.match(html, /<style nonce="NONCE123">/);
  });
  it('lists entities by kind with counts, places on a map, quotes by speaker, the timeline', () => {
    assert.match(html, /<h2>person <span class="muted">\d+<\/span><\/h2><table><tr><th scope="row">Elena Vasilescu<div class="muted">President · Moldova/);
    assert.match(html, /<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+"><title>Brussels \(\d+\)<\/title><\/circle>/);
    assert.match(html, /<h3>Elena Vasilescu \(“Vasilescu”\) <span class="muted">2<\/span><\/h3><ul><li>“We will not be pushed/);
    assert.match(html, /<ol class="timeline"><li><time>/);
  });
  it('escapes article text', () => {
    assert.ok(html.includes('<li>“The crossings &lt;img src=x onerror=alert(1)&gt; must reopen &amp; stay open.”</li>'), html.slice(-600));
    assert.ok(!html.includes('<img'));
  });
});

describe('events grouped for the tree', () => {
  it('dates in time order, vague times in words after them, undated last', async () => {
    const { groupEvents } = await import('../../src/editor/cards');
    const a = analyze('date 2020-02-17 Turkey urged Russia on Sunday. The Syrian government’s recent advances upset fragile co-operation between Ankara and Moscow. Syrian forces shelled Idlib. Turkey will attack Damascus soon.');
    const labels = groupEvents(a, 'date').map((g) => `${g.label}:${g.events.length}`);
    assert.equal(labels[0], '2020-02-16:1');
    assert.ok(labels.includes('earlier, no date given:1'), labels.join(' | '));
    assert.ok(!labels.some((l) => /_REF/.test(l)), labels.join(' | '));
    assert.match(labels[labels.length - 1], /^undated:/);
    const { dateLabel } = await import('../../src/editor/cards');
    assert.deepEqual([dateLabel('2020-02-16'), dateLabel('FUTURE_REF'), dateLabel(null)], ['2020-02-16', 'later, no date given', 'undated']);
  });
});
