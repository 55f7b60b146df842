import * as assert from 'node:assert/strict';
import { analyze, chunkBounds, chunkedAnalysis, ParagraphCache } from '../../src/analysis';
import { fixture } from './helpers';

// An invented agency story (test/fixtures/border.news), not one of the shared samples.
const sample = fixture('border.news');

describe('incremental analysis (paragraph cache)', () => {
  it('gives exactly the fresh analysis after an edit, re-using the unchanged paragraphs', () => {
    const cache = new ParagraphCache();
    analyze(sample, { cache });
    const paragraphs = sample.split(/\n\s*\n/).length;
    const edited = sample.replace('Chisinau', 'Kishinev');
    const h0 = cache.hits, m0 = cache.misses;
    const incremental = analyze(edited, { cache });
    assert.deepEqual(incremental, analyze(edited));
    assert.equal(cache.misses - m0, 1, 'only the edited paragraph is analysed again');
    assert.equal(cache.hits - h0, paragraphs - 1);
    // the cache follows the document: entries of the old paragraph are gone
    assert.equal(cache.size, paragraphs);
  });
  it('stays exact when paragraphs move, repeat and disappear (cached tokens are moved in place)', () => {
    const cache = new ParagraphCache();
    const paras = sample.split(/\n\s*\n/);
    const versions = [
      paras.join('\n\n'),
      [paras[0], paras[2], paras[1], ...paras.slice(3)].join('\n\n'), // two paragraphs swapped
      [...paras, paras[1], paras[1]].join('\n\n'), // one paragraph three times
      [paras[0], ...paras.slice(2)].join('\n\n'), // one deleted
      [paras[0], paras[1], paras[1], ...paras.slice(2)].join('\n\n'),
    ];
    for (const text of versions) {
      const a = analyze(text, { cache });
      assert.deepEqual(a, analyze(text));
      for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (const ev of a.events) assert.ok(ev.sentence.start <= ev.start && ev.end <= ev.sentence.end && text.slice(ev.start, ev.end) === ev.text, ev.text);
    }
  });
  it('keys paragraphs by the article date too', () => {
    const cache = new ParagraphCache();
    const body = 'Troops withdrew on Sunday.';
    assert.equal(analyze(body, { cache, documentDate: '2020-02-17' }).dates[0].value, '2020-02-16');
    assert.equal(analyze(body, { cache, documentDate: '2021-03-04' }).dates[0].value, '2021-02-28');
  });
});

describe('chunked analysis of long texts', () => {
  it('cuts between paragraphs', () => {
    const text = 'One paragraph here.\n\nTwo paragraph here.\n\nThree paragraph here.';
    assert.deepEqual(chunkBounds(text, 30).map((b) => text.slice(b.start, b.end)), ['One paragraph here.\n\n', 'Two paragraph here.\n\n', 'Three paragraph here.']);
  });
  it('merges entities across chunks and keeps every span exact', () => {
    const body = sample.slice(sample.indexOf('\n\n') + 2);
    const text = sample + '\n\n' + body + '\n\n' + body;
    const run = chunkedAnalysis(text, {}, 500);
    assert.ok(run.chunks >= 4, `chunks: ${run.chunks}`);
    const a = run.result();
    assert.equal(a.documentDate, null); // the agency dateline has no year
    const one = analyze(sample).entities.find((e) => e.name === 'Elena Vasilescu')!;
    const merged = a.entities.filter((e) => e.name === 'Elena Vasilescu');
    assert.equal(merged.length, 1);
    assert.equal(merged[0].mentions.length, one.mentions.length + 2 * (one.mentions.length - 1)); // the first paragraph is not repeated
    assert.equal(merged[0].title, 'President');
    for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    const ids = new Set(a.entities.map((e) => e.id));
    for (const ev of a.events) for (const id of [ev.actor, ev.target, ev.place]) if (id) assert.ok(ids.has(id), id);
    // pronouns: at their offsets in the whole text, pointing at the merged entities, three times those of one copy but the first paragraph's
    const refs = analyze(sample).references;
    const first = refs.filter((r) => r.start < sample.indexOf('\n\n')).length;
    assert.ok(refs.length > first, 'the sample has pronouns after its first paragraph');
    assert.equal(a.references.length, refs.length + 2 * (refs.length - first));
    for (const r of a.references) { assert.equal(text.slice(r.start, r.end), r.text); if (r.entity) assert.ok(ids.has(r.entity), r.entity); }
    assert.deepEqual(a.dates.filter((d) => d.text === 'since 2020' || d.text === '2020').map((d) => d.value), ['2020', '2020', '2020']);
  });
  it('resolves later chunks against the first chunk\'s dateline', () => {
    const text = 'date 2020-02-17 Troops withdrew on Sunday.\n\n' + 'Troops withdrew on Saturday.\n\n'.repeat(200);
    const a = chunkedAnalysis(text, {}, 2000).result();
    assert.equal(a.dates.length, 202); // the dateline's own date, then one per sentence
    assert.deepEqual([...new Set(a.dates.map((d) => d.value))], ['2020-02-17', '2020-02-16', '2020-02-15']);
    assert.deepEqual(a.warnings, []);
  });
});

describe('tense of the governing clause', () => {
  it('reads "said on Sunday" as past even when the quotation speaks of the future', () => {
    const a = analyze('date 2020-02-17 Erdogan said on Sunday: "We will not withdraw."');
    assert.equal(a.dates.find((d) => d.text === 'Sunday')?.value, '2020-02-16');
    const b = analyze('date 2020-02-17 The talks will resume on Sunday in Moscow.');
    assert.equal(b.dates.find((d) => d.text === 'Sunday')?.value, '2020-02-23');
  });
});
