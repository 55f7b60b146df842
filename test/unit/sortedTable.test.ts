import * as assert from 'node:assert/strict';
import { findRow, SortedTable } from '../../src/analysis/sortedTable';
import { gazetteer } from '../../src/analysis/gazetteer';
import { isFamilyName, isGivenName, tagsOf, verbInfo } from '../../src/analysis/lexicon';
// (the build scripts write the tables with this helper)
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { sortedRows } = require('../../scripts/sorted-rows.mjs') as { sortedRows: (rows: [string, string | number][]) => string };

describe('sorted tables (data read by binary search)', () => {
  const data = sortedRows([['paris', 'FR'], ['aba', 'NG'], ['abadan', 'IR'], ['zurich', 'CH'], ['ab', ''], ['paris', 'US'], ['é', 'x']]);

  it('writes rows sorted by key, the first of a repeated key kept, a key alone when the value is empty', () => {
    assert.equal(data, 'ab\naba\tNG\nabadan\tIR\nparis\tFR\nzurich\tCH\né\tx');
  });

  it('finds every row, the first and the last included, and nothing else', () => {
    assert.equal(findRow(data, 'ab'), '');
    assert.equal(findRow(data, 'aba'), 'NG');
    assert.equal(findRow(data, 'abadan'), 'IR');
    assert.equal(findRow(data, 'paris'), 'FR');
    assert.equal(findRow(data, 'zurich'), 'CH');
    assert.equal(findRow(data, 'é'), 'x');
    for (const missing of ['', 'a', 'abad', 'abadanx', 'par', 'zz', 'aa', 'NG', 'ab\tNG']) assert.equal(findRow(data, missing), undefined, missing);
    assert.equal(findRow('', 'x'), undefined);
    assert.equal(findRow('solo', 'solo'), '');
  });

  it('parses a row once and answers again from memory', () => {
    let parsed = 0;
    const t = new SortedTable(data, (v) => { parsed++; return v.toLowerCase(); });
    assert.equal(t.get('aba'), 'ng');
    assert.equal(t.get('aba'), 'ng');
    assert.equal(t.has('paris'), true);
    assert.equal(t.has('lyon'), false);
    assert.equal(t.get('lyon'), undefined);
    assert.equal(parsed, 2);
  });

  it('answers the same once it has indexed the whole table (after a thousand searches)', () => {
    const t = new SortedTable(data, (v) => v);
    for (let i = 0; i < 5000; i++) assert.equal(t.get(`missing${i}`), undefined);
    assert.equal(t.get('ab'), '');
    assert.equal(t.get('abadan'), 'IR');
    assert.equal(t.get('é'), 'x');
    assert.equal(t.get('par'), undefined);
  });

  it('serves the gazetteer, the lexicon and the name lists', () => {
    const gz = gazetteer();
    const aleppo = gz.cities.get('aleppo');
    assert.equal(aleppo?.name, 'Aleppo');
    assert.equal(aleppo?.country, 'Syria');
    assert.equal(gz.cities.has('syria'), false, 'a country name is the country, not a city');
    assert.equal(gz.regions.get('texas')?.country, 'United States');
    assert.equal(gz.regions.get('england')?.code, 'GB-ENG');
    assert.equal(gz.regions.get('middle east')?.code, 'world region');
    assert.deepEqual(tagsOf('nonexistentword'), []);
    assert.ok(tagsOf('house').includes('Noun') || tagsOf('house').includes('Singular'), tagsOf('house').join());
    assert.deepEqual(verbInfo('shelled'), { lemma: 'shell', tense: 'PastTense' });
    assert.deepEqual(verbInfo('seized'), { lemma: 'seize', tense: 'PastTense' });
    assert.equal(isGivenName('mohammed'), true);
    assert.equal(isFamilyName('kowalski'), true);
    assert.equal(isGivenName('qqqq'), false);
  });
});
