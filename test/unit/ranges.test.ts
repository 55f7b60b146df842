import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis';
import { firstPairFrom, flatRanges, lineOf, lineStartsOf } from '../../src/editor/ranges';

describe('highlight ranges computed in the worker', () => {
  it('line starts count \\r\\n, \\n and \\r as VS Code does, and map offsets to lines', () => {
    const text = 'a\r\nbb\ncc\rd';
    const starts = lineStartsOf(text);
    assert.deepEqual([...starts], [0, 3, 6, 9]);
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((o) => lineOf(starts, o)), [0, 0, 1, 1, 2, 3, 3]);
    assert.deepEqual([...lineStartsOf('')], [0]);
  });
  it('flat ranges by category, with the line starts of the text when it is given', () => {
    const text = 'date 2020-02-17\nTurkey urged Russia on Sunday.\n“Stop,” Erdogan said.';
    const a = analyze(text);
    const r = flatRanges(a, text);
    const spans = (arr: Int32Array) => { const out: string[] = []; for (let i = 0; i < arr.length; i += 2) out.push(text.slice(arr[i], arr[i + 1])); return out.sort(); };
    assert.deepEqual(spans(r.ranges.place), ['Russia']);
    assert.deepEqual(spans(r.ranges.actor), ['Erdogan', 'Turkey']);
    assert.deepEqual(spans(r.ranges.date), ['2020-02-17', 'Sunday']);
    assert.deepEqual(spans(r.ranges.quote), ['Stop']);
    assert.deepEqual([...r.lineStarts!], [0, 16, 47]);
    assert.equal(flatRanges(a).lineStarts, undefined);
  });
  it('pairs come sorted by start, and a window is found by binary search', () => {
    const text = 'date 2020-02-17\nErdogan met Putin. Turkey and Russia talked. Erdogan left; Putin stayed.';
    const actor = flatRanges(analyze(text)).ranges.actor;
    const starts = [...actor].filter((_, i) => i % 2 === 0);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    assert.ok(starts.length >= 4);
    assert.equal(firstPairFrom(actor, 0), 0);
    assert.equal(firstPairFrom(actor, starts[2]), 2);
    assert.equal(firstPairFrom(actor, starts[2] + 1), 3);
    assert.equal(firstPairFrom(actor, 1e9), starts.length);
  });
});

describe('the worker: a quick first pass for the first article', () => {
  it('answers the first request twice: a provisional result with names but no time expressions save the dateline, then the full one', async () => {
    const { startWorker } = await import('../../src/workerCore');
    const got: Record<string, unknown>[] = [];
    const take = startWorker((m) => got.push(m as unknown as Record<string, unknown>));
    const text = 'date 2020-02-17 On Sunday, Turkish troops entered Idlib for two weeks.';
    take({ type: 'analyze', id: 1, uri: 'a', text, options: {}, chunked: false });
    take({ type: 'analyze', id: 2, uri: 'b', text, options: {}, chunked: false });
    await new Promise((r) => setTimeout(r, 300));
    const dates = (a: unknown) => (a as { dates: { text: string }[] }).dates.map((d) => d.text);
    const first = got.filter((m) => m.id === 1);
    assert.deepEqual(first.map((m) => ('provisional' in m ? 'provisional' : 'analysis' in m ? 'analysis' : '?')), ['provisional', 'analysis']);
    assert.deepEqual(dates(first[0].provisional), ['2020-02-17']);
    assert.deepEqual((first[0].provisional as { entities: { name: string }[] }).entities.map((e) => e.name), ['Turkish troops', 'Idlib']);
    assert.deepEqual(dates(first[1].analysis), ['2020-02-17', 'Sunday', 'two weeks']);
    // later requests get the full result only
    assert.deepEqual(got.filter((m) => m.id === 2).map((m) => Object.keys(m).includes('provisional')), [false]);
  });
});
