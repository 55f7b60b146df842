import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datelineDateSpan, detectDateline } from '../../src/analysis/dateline';
import { analyze } from '../../src/analysis/analyze';
import { ROOT } from './helpers';

describe('dateline', () => {
  const cases: [string, string | null, string | null][] = [
    [' date 2020-02-17 Syrian government forces made advances', '2020-02-17', 'date 2020-02-17'],
    ['date 2020-02-17\n\nText.', '2020-02-17', 'date 2020-02-17'],
    ['\uFEFFdate 2021-03-04 Text', '2021-03-04', 'date 2021-03-04'],
    ['\t  Date: 2019-12-31\nText', '2019-12-31', 'Date: 2019-12-31'],
    ['ANKARA, Feb 17 (Reuters) - Turkey said', null, 'ANKARA, Feb 17 (Reuters) -'],
    ['BEIRUT, March 3, 2024 (AP) — Lebanon', '2024-03-03', 'BEIRUT, March 3, 2024 (AP) —'],
    ['12 March 2024 - The council met', '2024-03-12', '12 March 2024 -'],
    ['March 12, 2024 - The council met', '2024-03-12', 'March 12, 2024 -'],
    ['date 2020-02-30 invalid day', null, 'date 2020-02-30'],
    ['LONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four', '1996-08-30', 'LONDON 1996-08-30'],
    ['SOCCER - JAPAN GET LUCKY WIN.\nAL-AIN, United Arab Emirates 1996-12-06\nJapan', '1996-12-06', 'AL-AIN, United Arab Emirates 1996-12-06'],
    ['Results of the day\nLondon 1996-08-30\nText', null, null],
    ['CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nNEW YORK 1996-08-22\nResults', '1996-08-22', 'NEW YORK 1996-08-22'],
  ];
  for (const [input, value, span] of cases) {
    it(`reads ${JSON.stringify(input.slice(0, 30))}`, () => {
      const d = detectDateline(input);
      if (span === null) { assert.equal(d, null); return; }
      assert.ok(d, 'a dateline');
      assert.equal(d.value, value);
      assert.equal(d.text, span);
      assert.equal(input.slice(d.start, d.end), d.text);
    });
  }
  it('completes a year-less agency dateline from a fallback year', () => {
    assert.equal(detectDateline('ANKARA, Feb 17 (Reuters) - Turkey said', 2020)?.value, '2020-02-17');
  });
  it('finds the date written inside each form of dateline, and the analysis marks it as a date', () => {
    const inside = (t: string) => { const d = detectDateline(t, 2020)!; const s = datelineDateSpan(d)!; return t.slice(s.start, s.end); };
    assert.equal(inside(' date 2020-02-17 Syrian forces'), '2020-02-17');
    assert.equal(inside('ANKARA, Feb 17 (Reuters) - Turkey said'), 'Feb 17');
    assert.equal(inside('BEIRUT, March 3, 2024 (AP) — Lebanon'), 'March 3, 2024');
    assert.equal(inside('12 March 2024 - The council met'), '12 March 2024');
    assert.equal(inside('SOCCER - JAPAN WIN.\nAL-AIN, United Arab Emirates 1996-12-06\nJapan'), '1996-12-06');
    const a = analyze('ANKARA, Feb 17 (Reuters) - Turkey said on Sunday it would act.', { documentDate: '2020-02-10' });
    assert.deepEqual(a.dates.map((d) => [d.text, d.value, d.explanation]), [
      ['Feb 17', '2020-02-17', "the article's date, from its dateline"], ['Sunday', '2020-02-16', 'Sunday before the dateline 2020-02-17']]);
  });
  it('finds no dateline in plain prose', () => {
    assert.equal(detectDateline('Syrian forces advanced on Sunday.'), null);
    assert.equal(detectDateline('The date 2020-02-17 appears later.'), null);
  });
  it('VS Code firstLine pattern in package.json accepts the same date forms', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
    const re = new RegExp(pkg.contributes.languages[0].firstLine);
    for (const line of [' date 2020-02-17 Syrian forces', 'date 2020-02-17', '\uFEFFdate 2020-02-17', 'Date: 2020-02-17', 'ANKARA, Feb 17 (Reuters) - Turkey']) {
      assert.ok(re.test(line), line);
    }
    for (const line of ['Syrian forces', 'An update 2020-02-17', 'TURKEY-RUSSIA TALKS']) assert.ok(!re.test(line), line);
  });
});
