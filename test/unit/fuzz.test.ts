/** A fixed-seed slice of the fuzz suite (the long run is `npm run fuzz`). */
import * as fc from 'fast-check';
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { anyDate, anyText, checkAnalysis, checkText, newsish } from '../fuzz/properties';

const SEED = 20261125;

describe('fuzz (fixed seed)', function () {
  this.timeout(60000);
  it('the checker itself catches a shifted span, a dangling id and a bad date value', () => {
    const text = 'date 2020-02-17 Turkish troops left Idlib on Sunday, President Tayyip Erdogan said.';
    const fresh = () => analyze(text);
    checkAnalysis(text, fresh());
    const a = fresh(); a.entities[0].mentions[0].start++;
    assert.throws(() => checkAnalysis(text, a), /≠ slice/);
    const b = fresh(); b.events[0].actor = 'e999';
    assert.throws(() => checkAnalysis(text, b), /unknown entity e999/);
    const c = fresh(); c.dates[0].value = '2020-2-16';
    assert.throws(() => checkAnalysis(text, c), /not a TIMEX3 value/);
  });
  it('news-like text with awkward characters: no exception, every span exact', () => {
    fc.assert(fc.property(newsish, anyDate, (t, d) => { checkText(t, d); }), { seed: SEED, numRuns: 300 });
  });
  it('raw random Unicode, lone surrogates included', () => {
    fc.assert(fc.property(anyText, (t) => { checkText(t); }), { seed: SEED, numRuns: 300 });
  });
  it('an empty quotation and a Buddhist-era year, found by the long run', () => {
    checkText('“ ”'); checkText('He said: " " and left.');
    checkText('Feb. 28 1 BEIRUT, Feb 17 (Reuters) -');
  });
  it('a 1 MB single line, thousands of capitalised words, unbalanced and nested quotes', () => {
    checkText('date 2020-02-17 ' + 'Aleppo Ankara “Moscow ‘Tehran” '.repeat(35000));
    checkText(Array.from({ length: 5000 }, (_, i) => `Name${i % 97} Word${i}`).join(' '));
    checkText('“'.repeat(5000) + ' He said ' + '”'.repeat(3000) + '"'.repeat(2001));
    checkText('\r'.repeat(1000) + 'Syrian forces seized Saraqib.\r\r\r“Quote\r\nacross lines');
  });
});
