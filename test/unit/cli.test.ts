import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('news-lens CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  const article = join(dir, 'a.news');
  const text = ' date 2020-02-17 Turkish troops withdrew from Idlib on Sunday, Turkish President Tayyip Erdogan said.\n';
  writeFileSync(article, text);
  const nodate = join(dir, 'b.txt');
  writeFileSync(nodate, 'Syrian forces seized Saraqib on Sunday.\n');

  it('prints one JSON object with the version-1 contract for one file', () => {
    const r = run(['annotate', article]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.version, 1);
    assert.equal(j.file, article);
    assert.equal(j.documentDate, '2020-02-17');
    const sunday = j.dates.find((d: { text: string }) => d.text === 'Sunday');
    assert.deepEqual([sunday.start, sunday.end, sunday.value, sunday.type], [text.indexOf('Sunday'), text.indexOf('Sunday') + 6, '2020-02-16', 'DATE']);
    const erdogan = j.entities.find((e: { name: string }) => e.name === 'Tayyip Erdogan');
    assert.equal(erdogan.title, 'President');
    assert.equal(erdogan.country, 'Turkey');
    for (const e of j.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
  it('uses --date when the file has no dateline, JSON lines for several files', () => {
    const r = run(['annotate', '--date', '2020-03-04', article, nodate]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.documentDate), ['2020-02-17', '2020-03-04']);
    assert.equal(lines[1].dates[0].value, '2020-03-01');
  });
  it('reports unreadable input in one line naming the file, goes on, and exits non-zero', () => {
    const bin = join(dir, 'c.news');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const latin1 = join(dir, 'd.news');
    writeFileSync(latin1, Buffer.from('date 2020-02-17 caf\xe9 in Montr\xe9al', 'latin1'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = run(['annotate', bin, latin1, empty, article]);
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split('\n'), [
      `news-lens: ${bin}: binary file, not a text article`,
      `news-lens: ${empty}: is a directory with no news files (.news, .txt, .md)`.replace(empty, empty),
      `news-lens: ${latin1}: not valid UTF-8 text (${latin1}); convert it to UTF-8 first`,
    ].sort((x, y) => r.err.indexOf(x) - r.err.indexOf(y)));
    assert.equal(r.out.trim().split('\n').length, 1);
    assert.equal(JSON.parse(r.out).file, article);
  });
  it('annotates a folder recursively, one result per article', () => {
    const r = run(['annotate', dir]);
    assert.equal(r.code, 1); // c.news and d.news are unreadable
    const files = r.out.trim().split('\n').map((l) => JSON.parse(l).file);
    assert.deepEqual(files, [article, nodate]);
  });
  it('rejects a bad --date', () => {
    const r = run(['annotate', '--date', '17/02/2020', article]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--date expects YYYY-MM-DD/);
  });
});
