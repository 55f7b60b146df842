#!/usr/bin/env node
/**
 * news-lens command line: `news-lens annotate [--date YYYY-MM-DD] [--format json|jsonl|csv|events-csv] FILE|FOLDER...`
 * Prints the version-1 JSON contract (see README). Stateless per document.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { isValidIsoDate } from './analysis/dateline';
import type * as EngineModule from './cliEngine';

const USAGE = `Usage:
  news-lens annotate [--date YYYY-MM-DD] [--format json|jsonl|csv|events-csv|brat] [--jobs N] [--stats] [--out FOLDER] FILE|FOLDER...
      Annotate news articles. One file prints one JSON object; several print JSON lines.
      A folder is searched recursively for news files (${'.news .txt .md'}).
      --date     the article date when a file has no dateline (the dateline wins otherwise)
      --format   json (default for one file), jsonl (default for several), csv (all annotations),
                 events-csv (one row per event), brat (standoff .ann; with --out, one .ann + .txt per article)
      --jobs     threads that read articles: the main one and N-1 workers (default for big batches: one per core)
      --stats    print articles, MB and MB/s to stderr at the end
      --out      with --format brat, the folder to write .ann/.txt pairs to (mirrors input folders)
  news-lens eval SET [PATH] [--json] [--limit N] [--timeml DIR]
      Score the analyser against a gold set: ${'conll2003 re3d meantime tempeval3 polnear'}.
      PATH defaults to ../shared/eval/<set>. Prints per-type precision, recall and F1.
      --timeml DIR (tempeval3): also write each article as TimeML with News Lens's time
      expressions, for the official TempEval-3 scorer.
  news-lens --version | --help`;

const NEWS_EXTENSIONS = new Set(['.news', '.txt', '.md']);

interface Options { date: string | null; format: string | null; files: string[]; jobs: number | null; stats: boolean; outDir: string | null; }

function parseArgs(argv: string[]): Options | string {
  const o: Options = { date: null, format: null, files: [], jobs: null, stats: false, outDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    /** "--name value" or "--name=value" */
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (is('--date')) {
      const v = value();
      if (!isValidIsoDate(v)) return `news-lens: --date expects YYYY-MM-DD, got "${v ?? ''}"`;
      o.date = v;
    } else if (is('--format')) {
      const v = value();
      if (!['json', 'jsonl', 'csv', 'events-csv', 'brat'].includes(v)) return `news-lens: --format expects json, jsonl, csv, events-csv or brat, got "${v ?? ''}"`;
      o.format = v;
    } else if (is('--jobs')) {
      const v = value();
      if (!/^[1-9]\d{0,2}$/.test(v ?? '')) return `news-lens: --jobs expects a number of threads, got "${v ?? ''}"`;
      o.jobs = +v;
    } else if (is('--out')) {
      const v = value();
      if (!v) return 'news-lens: --out expects a folder';
      o.outDir = v;
    } else if (a === '--stats') {
      o.stats = true;
    } else if (a === '--') {
      o.files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('--')) {
      return `news-lens: unknown option ${a}\n${USAGE}`;
    } else o.files.push(a);
  }
  return o;
}

/** Expands folders into the news files under them (sorted, recursive). */
function expand(path: string): string[] | null {
  let st;
  try { st = statSync(path); } catch { return [path]; }
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      let s;
      try { s = statSync(p); } catch { continue; }
      if (s.isDirectory()) walk(p);
      else if (NEWS_EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  walk(path);
  return out.length ? out : null;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s), env: { bundle?: string } = {}): Promise<number> {
  // the command line's bundle (dist/cli.js; tests run main from theirs): the workers run it, the engine is beside it
  const script = env.bundle ?? __filename;
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { out(USAGE + '\n'); return cmd ? 0 : 2; }
  if (cmd === '--version') { out(`news-lens ${VERSION} (contract version 1)\n`); return 0; }
  if (cmd === 'eval') return loadEngine(script, false).runEval(rest, out, err);
  if (cmd !== 'annotate') { err(`news-lens: unknown command "${cmd}"\n${USAGE}\n`); return 2; }
  const o = parseArgs(rest);
  if (typeof o === 'string') { err(o + '\n'); return 2; }
  if (!o.files.length) { err(`news-lens: no input files\n${USAGE}\n`); return 2; }
  // Work items in argument order; a folder with no articles is an error in its place.
  const items: ({ file: string } | { error: string })[] = [];
  for (const f of o.files) {
    const list = expand(f);
    if (!list) items.push({ error: `news-lens: ${f}: is a directory with no news files (.news, .txt, .md)\n` });
    else for (const file of list) items.push({ file });
  }
  const fileCount = items.filter((x) => 'file' in x).length;
  const oneFile = fileCount === 1 && o.files.length === 1 && !isDir(o.files[0]); // one file named, not a folder
  const format = o.format ?? (oneFile ? 'json' : 'jsonl');
  if (format === 'brat' && !oneFile && !o.outDir) {
    err('news-lens: --format brat writes one .ann per article: give one file, or --out FOLDER for several\n');
    return 2;
  }
  const t0 = performance.now();
  let bytes = 0;
  for (const x of items) if ('file' in x) { try { bytes += statSync(x.file).size; } catch { /* reported when read */ } }
  // One thread per core for a batch: the main thread and a worker per other core (see onThreads).
  const cores = availableParallelism();
  const jobs = o.jobs ?? (fileCount >= 8 && bytes > 256 * 1024 ? Math.max(1, Math.min(cores, fileCount)) : 1);
  // V8's optimising compiler runs on a background thread: with a reading thread on every core it competes with
  // them for the cores, and on a corpus of a few megabytes it costs more than it gains (measured on
  // two cores: 0.43 MB/s with it, 0.78 without). It stays on when a core is free for it. On a batch of many
  // megabytes it pays when held back to the functions of modest size, after longer runs of the interpreter (the
  // largest ones, each a rule set with its helpers inlined, were compiled again and again as rare branches
  // first ran): 13.1-13.5 s against 15.6-16.1 s on 11.6 MB, 5.2 against 4.6-5.1 s on 2.9 MB, alternated runs.
  // A short run (a few articles) has it off too: it could not pay there. With the optimiser off the threads load the
  // analyser from the code cache, made under the same flags (see withCacheFlags and loadEngine).
  let cached = false;
  if (jobs > 1 && jobs >= cores) {
    if (bytes >= BIG_BATCH_BYTES) { v8.setFlagsFromString('--max-optimized-bytecode-size=8000'); v8.setFlagsFromString('--interrupt-budget=200000'); }
    else cached = withCacheFlags();
  } else if (jobs === 1 && bytes < SHORT_RUN_BYTES) cached = withCacheFlags();
  // the workers start first: they load the analyser while this thread does
  const threads = jobs > 1 ? startWorkers(script, items, jobs - 1, o.date, format, cached) : null;
  let engine: Engine;
  try { engine = loadEngine(script, cached); } catch (e) { for (const w of threads?.workers ?? []) void w.terminate(); throw e; }

  let failed = 0;
  let csvHeaderDone = false;
  const emit = (file: string | null, r: { out?: string; err?: string }) => {
    if (r.err) { err(r.err); failed++; return; }
    let text = r.out ?? '';
    if (format === 'csv' || format === 'events-csv') {
      if (csvHeaderDone) text = text.slice(text.indexOf('\n') + 1);
      csvHeaderDone = true;
    }
    if (format === 'brat' && o.outDir && file) {
      const target = join(o.outDir, relativeTarget(file, o.files) .replace(/\.[^./\\]+$/, '') + '.ann');
      mkdirSync(dirname(target), { recursive: true });
      if (!existsSync(join(o.outDir, 'annotation.conf'))) writeFileSync(join(o.outDir, 'annotation.conf'), engine.BRAT_CONF);
      writeFileSync(target, text);
      copyFileSync(file, target.replace(/\.ann$/, '.txt'));
      return;
    }
    out(text);
  };
  // (this thread reads a batch, alone or beside workers: see indexTablesAtOnce)
  if (fileCount > 1 || jobs > 1) engine.indexTablesAtOnce();
  if (!threads) {
    for (const x of items) {
      if ('error' in x) emit(null, { err: x.error });
      else emit(x.file, engine.annotateFile(x.file, o.date, format));
    }
  } else {
    await onThreads(threads, engine, items, o.date, format, emit);
  }
  if (o.stats) {
    const s = (performance.now() - t0) / 1000;
    err(`news-lens: ${fileCount} article${fileCount === 1 ? '' : 's'}, ${(bytes / 1048576).toFixed(2)} MB in ${s.toFixed(2)} s: ${(bytes / 1048576 / s).toFixed(2)} MB/s on ${jobs} thread${jobs > 1 ? 's' : ''}${codeCacheUsed ? ', analyser from the code cache' : ''}\n`);
  }
  return failed ? 1 : 0;
}

/** The path of a file under the folder argument it came from, for --out FOLDER. */
function relativeTarget(file: string, args: string[]): string {
  for (const a of args) if (isDir(a)) { const r = relative(a, file); if (!r.startsWith('..')) return r; }
  return basename(file);
}

/** A batch's worker threads and the counter of articles they share with this thread (see onThreads). */
interface Threads { workers: Worker[]; counter: Int32Array; files: (string | null)[]; results: Map<number, { out?: string; err?: string }>; finished: Promise<void>; failure: { error: unknown }; wake: { flush: () => void } }

/**
 * Starts `count` worker threads on a batch. Each loads the analyser (from the code cache when `cached`) and takes the
 * next article itself from a counter the threads share, so that a worker never waits for the main thread.
 */
function startWorkers(script: string, items: ({ file: string } | { error: string })[], count: number, date: string | null, format: string,
  cached: boolean): Threads {
  const files = items.map((x) => ('file' in x ? x.file : null));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const results = new Map<number, { out?: string; err?: string }>();
  const workers: Worker[] = [];
  const failure: { error: unknown } = { error: null };
  const wake = { flush: () => {} };
  const finished = new Promise<void>((resolve) => {
    let running = count;
    for (let k = 0; k < count; k++) {
      const w = new Worker(script, { workerData: { newsLensCliWorker: true, files, counter, date, format, cached } });
      workers.push(w);
      w.on('message', (m: { i: number; out?: string; err?: string } | { done: true }) => {
        if ('done' in m) { if (--running === 0) resolve(); return; }
        results.set(m.i, m);
        wake.flush();
      });
      w.on('error', (e) => { failure.error ??= e; Atomics.store(counter, 0, files.length); if (--running === 0) resolve(); });
    }
  });
  return { workers, counter, files, results, finished, failure, wake };
}

/**
 * Reads a batch on the workers and this thread, emitting results in input order: this thread takes its articles
 * from the shared counter too, one at a time, and between them takes the workers' results and writes the output.
 */
async function onThreads(t: Threads, engine: Engine, items: ({ file: string } | { error: string })[], date: string | null, format: string,
  emit: (file: string | null, r: { out?: string; err?: string }) => void): Promise<void> {
  const { counter, files, results } = t;
  let emitted = 0;
  const flush = () => {
    while (emitted < items.length) {
      const x = items[emitted];
      if ('error' in x) { emit(null, { err: x.error }); emitted++; continue; }
      const r = results.get(emitted);
      if (!r) break;
      results.delete(emitted);
      emit(x.file, r);
      emitted++;
    }
  };
  t.wake.flush = flush;
  flush();
  for (let i; (i = nextArticle(counter, files)) >= 0;) {
    results.set(i, engine.annotateFile(files[i]!, date, format));
    flush();
    await new Promise<void>((r) => setImmediate(r));
  }
  await t.finished;
  for (const w of t.workers) void w.terminate();
  if (t.failure.error) throw t.failure.error;
  flush();
}

/** The index of the next article for a thread to read, taken from the counter the threads share; -1 when none is left. */
function nextArticle(counter: Int32Array, files: (string | null)[]): number {
  for (let i; (i = Atomics.add(counter, 0, 1)) < files.length;) if (files[i] !== null) return i; // (null: a folder's error, emitted in place)
  return -1;
}

/** The size of a batch from which the command line's workers run V8's optimising compiler, held back (see main). */
const BIG_BATCH_BYTES = 6 * 1024 * 1024;
/** A run too short for the optimiser to pay (a few articles): it runs with it off, from the code cache (see main). */
const SHORT_RUN_BYTES = 64 * 1024;

/**
 * The V8 flags of a run from the code cache (the cache is made under them, see writeCodeCache; V8 takes it only under
 * the flags it was made with): the optimiser off, and each regular expression compiled to machine code at its first
 * run. (By default V8 compiles a pattern first for its regexp interpreter and again to machine code at its second run:
 * the analyser's ~400 patterns, per string encoding, were compiled twice on every thread. Set here, before the engine
 * makes its patterns, the count applies to the patterns made after; those Node made before keep theirs. Turning the
 * tier-up off instead, `--no-regexp-tier-up`, crashes at run time: V8 then runs a pattern compiled for the
 * interpreter as machine code.) Returns true: the run takes the cache.
 */
function withCacheFlags(): true {
  v8.setFlagsFromString('--no-opt');
  v8.setFlagsFromString('--regexp-tier-up-ticks=0');
  return true;
}

function isDir(p: string): boolean { try { return statSync(p).isDirectory(); } catch { return false; } }

type Engine = typeof EngineModule;

/**
 * The analyser's side of the command line (cliEngine.ts), bundled apart as cli-engine.js next to this file, loaded
 * once per thread. The build saves V8's code cache of it after reading the test articles (cli-engine.cache, see
 * writeCodeCache): a thread that loads the engine from it does not compile the analyser's functions again (one
 * article: 1.16 -> 0.98 billion instructions; the 739 eval texts on two threads: 14.7 -> 14.4, with the engine's text
 * in ASCII, see scripts/build.mjs). V8 takes a cache only under the V8 version and the flags it
 * was made with (see withCacheFlags: `cached`), and checks only the length of the text, so the cache
 * starts with a checksum of the engine's text and of itself (see hashOf); when anything differs the engine compiles as usual.
 */
function loadEngine(script: string, cached: boolean): Engine {
  const file = join(dirname(script), 'cli-engine.js');
  const known = engines.get(file);
  if (known) return known.engine;
  const bytes = readFileSync(file);
  const cachedData = cached ? readCodeCache(file, bytes) : undefined;
  const compiled = new vm.Script(wrap(bytes.toString('utf8')), { filename: file, cachedData });
  if (isMainThread) codeCacheUsed = !!cachedData && !compiled.cachedDataRejected;
  const m = { exports: {} as Engine };
  (compiled.runInThisContext() as (...a: unknown[]) => void).call(m.exports, m.exports, createRequire(file), m, file, dirname(file));
  engines.set(file, { engine: m.exports, compiled, bytes });
  return m.exports;
}
const engines = new Map<string, { engine: Engine; compiled: vm.Script; bytes: Buffer }>();
/** Whether this thread's engine came from the code cache (`--stats` says so). */
let codeCacheUsed = false;

/** A CommonJS module's wrapper, as Node's loader puts it around a file. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
const CACHE_NAME = 'cli-engine.cache';
/**
 * The checksum a cache starts with: a CRC-32 of the engine's text (V8 checks only its length) and of the cache (V8 does
 * not check a cache's bytes: a damaged one can make it abort while it reads it). zlib's CRC (Node 20.15 and later; an
 * older Node takes no cache) reads the 4.6 MB in about 2 ms, a SHA-1 in about 4.
 */
function hashOf(engine: Buffer, cache: Buffer): Buffer | null {
  const crc32 = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (typeof crc32 !== 'function') return null;
  const out = Buffer.alloc(HASH_LENGTH);
  out.writeUInt32LE(crc32(cache, crc32(engine)));
  return out;
}
const HASH_LENGTH = 4;

function readCodeCache(file: string, engine: Buffer): Buffer | undefined {
  let data: Buffer;
  try { data = readFileSync(join(dirname(file), CACHE_NAME)); } catch { return undefined; }
  const cache = data.subarray(HASH_LENGTH);
  const hash = data.length > HASH_LENGTH ? hashOf(engine, cache) : null;
  return hash && data.subarray(0, HASH_LENGTH).equals(hash) ? cache : undefined;
}

/**
 * Writes the engine's code cache next to it (under the flags of a run that takes it): the engine, compiled afresh,
 * reads `articles` as a batch does, so that the functions an article runs are compiled, and V8 saves them.
 */
export function writeCodeCache(articles: string[]): void {
  withCacheFlags();
  const engine = loadEngine(__filename, false);
  engine.indexTablesAtOnce();
  for (const a of articles) engine.annotateFile(a, null, 'jsonl');
  const { compiled, bytes } = engines.get(join(__dirname, 'cli-engine.js'))!;
  const cache = compiled.createCachedData();
  const hash = hashOf(bytes, cache);
  if (hash) writeFileSync(join(__dirname, CACHE_NAME), Buffer.concat([hash, cache]));
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (!isMainThread && (workerData as { newsLensCliWorker?: boolean } | null)?.newsLensCliWorker) {
  // a worker of a batch: takes articles from the shared counter until there are none left (see onThreads)
  const { files, counter, date, format, cached } = workerData as { files: (string | null)[]; counter: Int32Array; date: string | null; format: string; cached: boolean };
  const engine = loadEngine(__filename, cached);
  engine.indexTablesAtOnce();
  for (let i; (i = nextArticle(counter, files)) >= 0;) parentPort!.postMessage({ i, ...engine.annotateFile(files[i]!, date, format) });
  parentPort!.postMessage({ done: true });
} else if (require.main === module) {
  // (what main cannot report itself, such as a missing cli-engine.js, gets one line too)
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`news-lens: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; });
}
