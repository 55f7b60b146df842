import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { annotationsToCsv, toContract } from '../../src/analysis/contract';
import { BRAT_CONF, toBrat } from '../../src/analysis/brat';
import { cardsAt, entityCard } from '../../src/editor/cards';
import { isPronounForm } from '../../src/analysis';

const TEXT = 'date 2021-03-04 Kenyan Interior Minister Fred Matiangi visited Garissa on Monday. He said the army would stay in Kenya. ' +
  '“We will not leave,” Matiangi told reporters. World War I veterans and Phase I of the plan. The Red Cross said they had sent two teams. ' +
  'Doctors were tired. “I’m proud of them,” said Amina Mohamed. US officials and WE, the people.';

describe('personal pronouns and whom they refer to', () => {
  const a = analyze(TEXT);
  const name = (id: string | null) => (id ? a.entities.find((e) => e.id === id)!.name : null);
  const refs = a.references.map((r) => [r.text, TEXT.slice(r.start, r.end), r.kind, name(r.entity)]);

  it('reads subject and object pronouns, the pronoun of a contraction, and no numeral "I", "US" or shouted "WE"', () => {
    assert.deepEqual(refs, [
      ['He', 'He', 'person', 'Fred Matiangi'],
      ['We', 'We', 'group', 'Kenya'], // a minister's "we": the country he speaks for
      ['they', 'they', 'group', 'Red Cross'], // the body acting in the same sentence
      ['I', 'I', 'person', 'Amina Mohamed'], // "I’m" in her quotation: its speaker
      ['them', 'them', 'group', null], // no body named in its sentence or the one before
    ]);
  });
  it('reads no "I" that ends a name of two capitalised words, whatever follows ("World War I ended")', () => {
    assert.deepEqual(analyze('World War I ended in 1918. Belgian King Baudouin I was born. Yesterday I said no.').references.map((r) => r.text), ['I']);
  });
  it('knows its forms (what the evaluation and the fuzz tests check against)', () => {
    assert.deepEqual(['I', 'i', 'He', 'him', 'They', 'US', 'us', 'WE', 'her', 'Hem'].map(isPronounForm), [true, false, true, true, true, false, true, false, false, false]);
  });
  it('puts them in the contract as a new field, the version unchanged', () => {
    const c = toContract(a, null);
    assert.equal(c.version, 1);
    assert.deepEqual(c.references.map((r) => r.text), ['He', 'We', 'they', 'I', 'them']);
    const he = a.references[0];
    const fred = a.entities.find((e) => e.name === 'Fred Matiangi')!;
    assert.ok(annotationsToCsv(a, 'k.news').split('\n').includes(`k.news,pronoun,person,${fred.id},Fred Matiangi,${he.start},${he.end},He,,`));
  });
  it('shows whom a pronoun stands for in its hover card, and counts the pronouns on the entity card', () => {
    const he = TEXT.indexOf('He said');
    const [card] = cardsAt(a, he);
    assert.equal(card.start, he);
    assert.equal(card.end, he + 2);
    assert.match(card.markdown, /^\*\*“He”\*\* refers to \*\*Fred Matiangi\*\*\n\n\*\*Fred Matiangi\*\* — person/);
    const fred = a.entities.find((e) => e.name === 'Fred Matiangi')!;
    assert.match(entityCard(a, fred, 'actor'), /Mentions: 2 .*· Pronouns: 1/);
    // an unresolved pronoun has no card
    assert.deepEqual(cardsAt(a, TEXT.indexOf('them,')), cardsAt(a, TEXT.indexOf('them,')).filter((c) => !/refers to/.test(c.markdown)));
  });
});

describe('whom "he" and "she" follow', () => {
  const text = 'date 2020-05-04 Anna Berg accused Oskar Lind of fraud. She said the documents were forged. Lind denied it, and he told reporters ' +
    'he was innocent. He met Peter Holm on Monday. He said the case would collapse.';
  const a = analyze(text);
  const name = (id: string | null) => (id ? a.entities.find((e) => e.id === id)!.name : null);

  it('prefers the person the sentence, or the one before, is about to the latest name, and follows a chain of pronouns', () => {
    // the last "He": the sentence before opens with "He" (Lind), so Peter Holm, named later in it, is passed over
    assert.deepEqual(a.references.map((r) => [r.start, r.text, name(r.entity)]), [
      [text.indexOf('She'), 'She', 'Anna Berg'], [text.indexOf('he told'), 'he', 'Oskar Lind'], [text.indexOf('he was'), 'he', 'Oskar Lind'],
      [text.indexOf('He met'), 'He', 'Oskar Lind'], [text.indexOf('He said'), 'He', 'Oskar Lind'],
    ]);
  });
  it('gives a pronoun subject\'s event to the same entity', () => {
    assert.deepEqual(a.events.map((e) => [e.text, name(e.actor), name(e.target)]), [
      ['accused', 'Anna Berg', 'Oskar Lind'], ['said', 'Anna Berg', null], ['denied', 'Oskar Lind', null], ['met', 'Oskar Lind', 'Peter Holm'], ['said', 'Oskar Lind', null],
    ]);
  });
});


describe('groups named by what they are', () => {
  const a = analyze('date 2020-05-04 Police arrested 20 protesters in Beirut. Rebels attacked the army near Aleppo, and the military said ' +
    'government forces advanced. Turkey has sent troops to Idlib. Military operations continued, police officers stayed, ' +
    'and fighters of the Islamic State fled. Turkey’s troops and its soldiers held. The forces of the Tajik government troops moved.');
  const name = (id: string | null) => (id ? a.entities.find((e) => e.id === id)!.name : null);

  it('are actors of their kind: police, protesters, rebels, the army, the military, government forces, troops', () => {
    assert.deepEqual(a.entities.filter((e) => e.evidence.startsWith('group noun')).map((e) => `${e.name}|${e.kind}|${e.mentions.map((m) => m.text).join('/')}`), [
      'police|armed_group|Police', 'rebels|armed_group|Rebels', 'army|armed_group|army', 'military|armed_group|military',
      'government forces|armed_group|government forces', 'troops|armed_group|troops', 'protesters|organization|protesters',
    ]);
  });
  it('include the coalition and the international community, not a coalition or a community modifying a noun', () => {
    const b = analyze('The international community condemned the attack. The coalition struck ISIL. Coalition aircraft flew. An international community center opened.');
    assert.deepEqual(b.entities.filter((e) => e.evidence.startsWith('group noun')).map((e) => `${e.name}|${e.kind}|${e.mentions.map((m) => m.text).join('/')}`),
      ['international community|organization|international community', 'coalition|organization|coalition']);
  });
  it('take the country of the place after them, else of the dateline\'s place', () => {
    const b = analyze('ISTANBUL, Feb 17 (Reuters) - Police detained 20 protesters on Sunday. Rebels from Homs fled.', { documentDate: '2020-02-17' });
    assert.deepEqual(b.entities.filter((e) => e.evidence.startsWith('group noun')).map((e) => `${e.name}|${e.country}|${e.evidence}`), [
      'police|Turkey|group noun "police" + the dateline\'s Istanbul', 'rebels|Syria|group noun "rebels" + "from Homs"',
      'protesters|Turkey|group noun "protesters" + the dateline\'s Istanbul',
    ]);
  });
  it('act and are acted upon in events; troops sent are the force sent, not a target', () => {
    assert.deepEqual(a.events.slice(0, 5).map((e) => [e.text, name(e.actor), name(e.target), name(e.place)]), [
      ['arrested', 'police', 'protesters', 'Beirut'], ['attacked', 'rebels', 'army', 'Aleppo'], ['said', 'military', null, 'Aleppo'],
      ['advanced', 'government forces', null, 'Aleppo'], ['sent', 'Turkey', null, 'Idlib'],
    ]);
  });
});

describe('a phrase between commas before the verb', () => {
  it('is not the verb\'s subject: the name before it is', () => {
    const a = analyze('President Bill Clinton spoke. Madeleine Albright, echoing the president, said the United States would act.');
    const name = (id: string | null) => (id ? a.entities.find((e) => e.id === id)!.name : null);
    assert.deepEqual(a.events.map((e) => [e.text, name(e.actor)]), [['said', 'Madeleine Albright']]);
    // ("the president" is a mention of Bill Clinton, the one president the article names)
    assert.deepEqual(a.entities.find((e) => e.name === 'Bill Clinton')!.mentions.map((m) => m.text), ['Bill Clinton', 'president']);
  });
});

describe('pronouns in brat standoff', () => {
  it('are Pronoun annotations with a Refers_to relation to the mention before them; a speaker pronoun keeps its Speaker annotation', () => {
    const text = 'date 2020-02-17 Defense Secretary Ash Carter visited Baghdad. He said the coalition would stay. "We will win," he told reporters.\n';
    const lines = toBrat(analyze(text), text).trim().split('\n');
    const id = (re: RegExp) => lines.find((l) => re.test(l))!.split('\t')[0];
    const carter = id(/\tPerson \d+ \d+\tAsh Carter$/), he = id(/\tPronoun \d+ \d+\tHe$/), speaker = id(/\tSpeaker \d+ \d+\the$/);
    assert.ok(lines.some((l) => l.endsWith(`\tRefers_to Arg1:${he} Arg2:${carter}`)), lines.join('\n'));
    assert.ok(lines.some((l) => l.endsWith(`\tRefers_to Arg1:${speaker} Arg2:${carter}`)), lines.join('\n'));
    assert.ok(lines.some((l) => /\tPronoun \d+ \d+\tWe$/.test(l))); // (unresolved: no relation)
    assert.match(BRAT_CONF, /\nPronoun\n[\s\S]*\nRefers_to\tArg1:<ANY>, Arg2:<ANY>\n/);
  });
});

