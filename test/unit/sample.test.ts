import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import type { Analysis, Entity } from '../../src/analysis/types';
import { sampleText } from './helpers';

describe('the sample article (../shared/samples/idlib-2020-02-17.txt)', function () {
  let text: string;
  let a: Analysis;
  before(function () {
    const t = sampleText();
    if (t === null) { this.skip(); return; }
    text = t;
    a = analyze(text);
  });
  const entity = (name: string): Entity => {
    const e = a.entities.find((x) => x.name === name);
    assert.ok(e, `entity ${name}; have ${a.entities.map((x) => x.name).join(', ')}`);
    return e;
  };
  const at = (needle: string, nth = 0) => { let i = -1; for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1); return i; };

  it('reads the dateline with a leading space and text after it', () => {
    assert.equal(a.documentDate, '2020-02-17');
    assert.deepEqual(a.dateline, { start: 1, end: 16, text: 'date 2020-02-17', value: '2020-02-17', form: 'date' });
  });
  it("marks the dateline's own date as a time expression", () => {
    assert.deepEqual(a.dates[0], { start: 6, end: 16, text: '2020-02-17', value: '2020-02-17', type: 'DATE', explanation: "the article's date, from its dateline" });
  });
  it('annotates the text after the dateline on the first line', () => {
    const e = entity('Syrian government forces');
    assert.deepEqual(e.mentions[0], { start: 17, end: 41, text: 'Syrian government forces', role: 'actor' });
    assert.equal(e.country, 'Syria');
    assert.equal(e.kind, 'armed_group');
  });
  it('resolves "On Sunday" to 2020-02-16 with the preposition trimmed', () => {
    const d = a.dates.filter((x) => x.text === 'Sunday');
    assert.equal(d.length, 2);
    for (const x of d) { assert.equal(x.value, '2020-02-16'); assert.equal(x.type, 'DATE'); assert.equal(x.explanation, 'Sunday before the dateline 2020-02-17'); }
    assert.equal(d[0].start, at('Sunday'));
  });
  it('reads durations as durations, and "On Saturday" in the past', () => {
    const byText = Object.fromEntries(a.dates.map((d) => [d.text, d]));
    assert.equal(byText['eight years'].value, 'P8Y');
    assert.equal(byText['eight years'].type, 'DURATION');
    assert.equal(byText['two weeks'].value, 'P2W');
    assert.equal(byText['Saturday'].value, '2020-02-15');
    assert.equal(byText['month-end'].value, '2020-02');
    assert.equal(byText['2018'].value, '2018');
  });
  it('merges "Assad" with "Bashar al-Assad" and reads his title and country', () => {
    const e = entity('Bashar al-Assad');
    assert.equal(e.kind, 'person');
    assert.equal(e.title, 'President');
    assert.equal(e.country, 'Syria');
    assert.deepEqual(e.aliases, ['Assad']);
    assert.equal(e.mentions.length, 5);
    assert.ok(e.mentions.every((m) => m.text === 'Assad' || m.text === 'Bashar al-Assad'));
    assert.equal(a.entities.filter((x) => x.name === 'Assad').length, 0);
  });
  it('merges "Abdulrahman" with "Rami Abdulrahman" without the trailing comma', () => {
    const e = entity('Rami Abdulrahman');
    assert.deepEqual(e.mentions.map((m) => m.text), ['Rami Abdulrahman', 'Abdulrahman']);
  });
  it('reads titles: Turkish Foreign Minister Mevlut Cavusoglu, Iranian parliament Speaker Ali Larijani', () => {
    const c = entity('Mevlut Cavusoglu');
    assert.equal(c.title, 'Foreign Minister');
    assert.equal(c.country, 'Turkey');
    assert.deepEqual(c.aliases, ['Cavusoglu']);
    const l = entity('Ali Larijani');
    assert.equal(l.title, 'Parliament Speaker');
    assert.equal(l.country, 'Iran');
    assert.equal(entity('Tayyip Erdogan').title, 'President');
    assert.deepEqual(entity('Donald Trump').aliases, ['Trump']);
  });
  it('keeps organisation names whole', () => {
    assert.equal(entity('Hayat Tahrir al-Sham').kind, 'armed_group');
    assert.equal(entity('Syrian Observatory for Human Rights').kind, 'organization');
    assert.deepEqual(entity('Syrian Observatory for Human Rights').aliases, ['Observatory']);
    assert.equal(entity('Anadolu').kind, 'media');
    assert.equal(entity('SANA').kind, 'media');
    assert.equal(entity('Munich Security Conference').kind, 'organization');
  });
  it('finds places with their country and coordinates', () => {
    const p = entity('Aleppo province');
    assert.equal(p.kind, 'region');
    assert.equal(p.country, 'Syria');
    assert.equal(entity('Idlib').kind, 'city');
    assert.equal(entity('Kafr Aleppo').kind, 'place');
    const d = entity('Damascus');
    assert.equal(d.country, 'Syria');
    assert.ok(d.coordinates && Math.abs(d.coordinates.lat - 33.5) < 0.2 && Math.abs(d.coordinates.lng - 36.3) < 0.2);
    const t = entity('Turkey');
    assert.equal(t.kind, 'country');
    // "Turkey, which backs rebels" acts, and so do the parties of "talks between Turkey and Russia" and "an agreement with Russia"
    assert.equal(t.mentions.find((m) => m.start === at('Turkey, which'))?.role, 'actor');
    assert.equal(t.mentions.find((m) => m.start === at('Turkey and Russia'))?.role, 'actor');
    assert.equal(entity('Russia').mentions.find((m) => m.start === at('Russia. Images'))?.role, 'actor');
    assert.equal(entity('Idlib').mentions.find((m) => m.start === at('Idlib to retake'))?.role, 'place');
  });
  it('links demonym phrases to their country', () => {
    assert.equal(entity('Turkish troops').country, 'Turkey');
    assert.equal(entity('Iranian-backed militias').country, 'Iran');
    assert.equal(entity('Russian warplanes').country, 'Russia');
    assert.equal(entity('Syrian forces').mentions.length, 5);
  });
  it('attributes the three Abdulrahman quotes to him', () => {
    const id = entity('Rami Abdulrahman').id;
    const his = a.quotes.filter((q) => q.speaker?.entity === id);
    assert.equal(his.length, 3);
    assert.deepEqual(his.map((q) => [q.speaker!.text, q.cue]), [['Rami Abdulrahman', 'say'], ['Abdulrahman', 'say'], ['he', 'add']]);
    assert.ok(his[0].text.startsWith('In day one, they took an area'));
    assert.ok(his[0].text.endsWith('could not take a single village'));
  });
  it('attributes the other quotes', () => {
    const who = (start: string) => {
      const q = a.quotes.find((x) => x.text.startsWith(start));
      assert.ok(q, start);
      return q.speaker ? a.entities.find((e) => e.id === q.speaker!.entity)?.name ?? q.speaker.text : null;
    };
    assert.equal(who('the aggression in Idlib'), 'Mevlut Cavusoglu');
    assert.equal(who('We told them'), 'Mevlut Cavusoglu');
    assert.equal(who('President Trump reiterated'), 'the statement');
    assert.equal(who('handle it'), 'Tayyip Erdogan');
    assert.equal(who('the Syrian nation'), 'Bashar al-Assad');
    assert.equal(a.quotes.length, 8);
  });
  it('has no span that ends or starts in punctuation or a quote mark, and every span is exact', () => {
    const spans = [
      ...a.entities.flatMap((e) => e.mentions), ...a.dates, ...a.quotes,
      ...a.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])), ...a.events,
    ];
    assert.ok(spans.length > 100);
    for (const s of spans) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(!/^[\s,.;:!?"“”‘’']|[\s,;:!?"“”‘’']$/.test(s.text), JSON.stringify(s.text));
    }
  });
  it('extracts the main events', () => {
    const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;
    const find = (action: string, actor: string) => a.events.find((e) => e.action === action && name(e.actor) === actor);
    const seize = find('seize', 'Syrian forces');
    assert.ok(seize, 'Syrian forces seize');
    assert.equal(seize.category, 'seize territory');
    const strikes = find('strike', 'Russian warplanes');
    assert.ok(strikes);
    assert.equal(strikes.category, 'aerial attack');
    assert.equal(strikes.date, '2020-02-16');
    assert.equal(name(strikes.place), 'Aleppo province');
    const call = find('call', 'Donald Trump');
    assert.ok(call);
    assert.equal(name(call.target), 'Tayyip Erdogan');
    assert.equal(call.date, '2020-02-16');
    const threat = a.events.find((e) => e.action === 'drive' && name(e.actor) === 'Tayyip Erdogan');
    assert.ok(threat);
    assert.equal(threat.modality, 'will');
    assert.equal(threat.category, 'threaten');
    // the towns seized are a place, not the warplanes; "state media said" is nobody named; talks between two countries
    const seized = a.events.find((e) => e.action === 'seize' && e.date === '2020-02-16')!;
    assert.deepEqual([name(seized.actor), name(seized.target), name(seized.place)], ['Syrian forces', null, 'Anadan']);
    assert.ok(!a.events.some((e) => e.action === 'say' && name(e.actor) === 'Syrian government forces'));
    const talks = a.events.find((e) => e.action === 'talk')!;
    assert.deepEqual([name(talks.actor), name(talks.target)], ['Turkey', 'Russia']);
    const urge = find('urge', 'Turkey');
    assert.equal(name(urge?.target ?? null), 'Russia');
  });
});
