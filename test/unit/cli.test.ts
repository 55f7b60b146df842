import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await main(args, (s) => { out += s; }, (s) => { err += s; }, { bundle: resolve('dist/cli.js') });
  return { code, out, err };
}

describe('news-lens CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const article = join(dir, 'a.news');
  const text = ' date 2020-02-17 Turkish troops withdrew from Idlib on Sunday, Turkish President Tayyip Erdogan said.\n';
  writeFileSync(article, text);
  const nodate = join(dir, 'b.txt');
  writeFileSync(nodate, 'Syrian forces seized Saraqib on Sunday.\n');

  it('prints one JSON object with the version-1 contract for one file', async () => {
    const r = await run(['annotate', article]);
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
  it('uses --date when the file has no dateline, JSON lines for several files', async () => {
    const r = await run(['annotate', '--date', '2020-03-04', article, nodate]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.documentDate), ['2020-02-17', '2020-03-04']);
    assert.equal(lines[1].dates[0].value, '2020-03-01');
  });
  it('reports unreadable input in one line naming the file, goes on, and exits non-zero', async () => {
    const bin = join(dir, 'c.news');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const latin1 = join(dir, 'd.news');
    writeFileSync(latin1, Buffer.from('date 2020-02-17 caf\xe9 in Montr\xe9al', 'latin1'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await run(['annotate', bin, latin1, empty, article]);
    assert.equal(r.code, 1);
    // one line per problem, in the order of the arguments
    assert.deepEqual(r.err.trim().split('\n'), [
      `news-lens: ${bin}: binary file, not a text article`,
      `news-lens: ${latin1}: not valid UTF-8 text (${latin1}); convert it to UTF-8 first`,
      `news-lens: ${empty}: is a directory with no news files (.news, .txt, .md)`,
    ]);
    assert.equal(r.out.trim().split('\n').length, 1);
    assert.equal(JSON.parse(r.out).file, article);
  });
  it('annotates a folder recursively, one result per article', async () => {
    const r = await run(['annotate', dir]);
    assert.equal(r.code, 1); // c.news and d.news are unreadable
    const files = r.out.trim().split('\n').map((l) => JSON.parse(l).file);
    assert.deepEqual(files, [article, nodate]);
  });
  it('rejects a bad --date', async () => {
    const r = await run(['annotate', '--date', '17/02/2020', article]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--date expects YYYY-MM-DD/);
  });
  it('gives the same JSON lines with worker threads as file by file, in input order', async function () {
    this.timeout(20000);
    const corpus = mkdtempSync(join(tmpdir(), 'news-lens-corpus-'));
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      const f = join(corpus, `sub${i % 2}`, `art${i}.news`);
      mkdirSync(join(corpus, `sub${i % 2}`), { recursive: true });
      writeFileSync(f, ` date 2020-02-1${i} Turkish troops withdrew from Idlib on Sunday, Turkish President Tayyip Erdogan said in article ${i}.\n`);
      names.push(f);
    }
    writeFileSync(join(corpus, 'notes.bin'), Buffer.from([0, 1, 2])); // not a news file type: not picked up
    const one = await run(['annotate', '--jobs', '1', corpus]);
    const two = await run(['annotate', '--jobs', '2', '--stats', corpus]);
    rmSync(corpus, { recursive: true, force: true });
    assert.equal(two.code, 0, two.err);
    assert.equal(two.out, one.out);
    assert.deepEqual(two.out.trim().split('\n').map((l) => JSON.parse(l).file), [...names].sort());
    // (the analyser comes from the code cache when the optimiser is off: two threads on two cores)
    assert.match(two.err, /^news-lens: 6 articles, 0\.00 MB in \d+\.\d\d s: \d+\.\d\d MB\/s on 2 threads(, analyser from the code cache)?\n$/);
  });
  it('reads a short run with the analyser from the code cache the build made, and not from a cache of another engine or a damaged one', function () {
    this.timeout(30000);
    const cli = (bundle: string) => spawnSync(process.execPath, [bundle, 'annotate', '--stats', article], { encoding: 'utf8' });
    const cached = cli(resolve('dist/cli.js'));
    assert.equal(cached.status, 0, cached.stderr);
    assert.match(cached.stderr, /^news-lens: 1 article, .* on 1 thread, analyser from the code cache\n$/);
    assert.equal(JSON.parse(cached.stdout).dates.find((d: { text: string }) => d.text === 'Sunday').value, '2020-02-16');
    // an engine changed after the cache was made (here a comment, so the length V8 checks is the same) compiles afresh
    const copy = mkdtempSync(join(tmpdir(), 'news-lens-bundle-'));
    for (const f of ['cli.js', 'cli-engine.js', 'cli-engine.cache']) copyFileSync(resolve('dist', f), join(copy, f));
    const engine = readFileSync(join(copy, 'cli-engine.js'), 'utf8');
    assert.ok(engine.includes('\n// src/'));
    writeFileSync(join(copy, 'cli-engine.js'), engine.replace('\n// src/', '\n// SRC/'));
    const fresh = cli(join(copy, 'cli.js'));
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.match(fresh.stderr, /on 1 thread\n$/);
    assert.equal(fresh.stdout, cached.stdout);
    // a cache with damaged bytes (V8 would abort reading it) is not used either
    copyFileSync(resolve('dist/cli-engine.js'), join(copy, 'cli-engine.js'));
    const cache = readFileSync(join(copy, 'cli-engine.cache'));
    for (let k = 1; k < 40; k++) cache[Math.floor((cache.length * k) / 40)] ^= 0x5a;
    writeFileSync(join(copy, 'cli-engine.cache'), cache);
    const damaged = cli(join(copy, 'cli.js'));
    rmSync(copy, { recursive: true, force: true });
    assert.equal(damaged.status, 0, damaged.stderr);
    assert.match(damaged.stderr, /on 1 thread\n$/);
    assert.equal(damaged.stdout, cached.stdout);
  });
  it('writes brat standoff with Unicode code-point offsets', async () => {
    const f = join(dir, 'e.news');
    const t = 'date 2020-02-17 \u{1F4F0} Turkish President Tayyip Erdogan said on Sunday: "We will not withdraw from Idlib."\n';
    writeFileSync(f, t);
    const r = await run(['annotate', '--format', 'brat', f]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    const person = lines.find((l) => /\tPerson /.test(l))!;
    const [, typeSpan, surface] = person.split('\t');
    const [, s, e] = typeSpan.split(' ').map(Number);
    assert.equal(surface, 'Tayyip Erdogan');
    assert.equal([...t].slice(s, e).join(''), 'Tayyip Erdogan'); // code points, one less than UTF-16 after the emoji
    assert.equal(s, t.indexOf('Tayyip') - 1);
    const sunday = lines.find((l) => l.endsWith('\tSunday'))!;
    assert.match(sunday, /^T\d+\tDate \d+ \d+\tSunday$/);
    assert.ok(lines.some((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${sunday.split('\t')[0]}\\tvalue=2020-02-16$`).test(l)), r.out);
    const quote = lines.find((l) => /\tQuote /.test(l))!;
    assert.equal(quote.split('\t')[2], 'We will not withdraw from Idlib.');
    assert.ok(lines.includes(`R1\tSpeaker Arg1:${quote.split('\t')[0]} Arg2:${person.split('\t')[0]}`), r.out);
  });
});
