#!/usr/bin/env node
/**
 * news-lens command line: `news-lens annotate [--date YYYY-MM-DD] [--format json|jsonl|csv|events-csv] FILE|FOLDER...`
 * Prints the version-1 JSON contract (see README). Stateless per document.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { analyze, annotationsToCsv, eventsToCsv, isValidIsoDate, toContract } from './analysis';
import { readArticle } from './analysis/read';
import { defaultPath, evaluate, parseSet } from './eval/run';
import { SET_NAMES } from './eval/readers';

const USAGE = `Usage:
  news-lens annotate [--date YYYY-MM-DD] [--format json|jsonl|csv|events-csv] FILE|FOLDER...
      Annotate news articles. One file prints one JSON object; several print JSON lines.
      A folder is searched recursively for news files (${'.news .txt .md'}).
      --date     the article date when a file has no dateline (the dateline wins otherwise)
      --format   json (default for one file), jsonl (default for several), csv (all annotations),
                 events-csv (one row per event)
  news-lens eval SET [PATH] [--json] [--limit N]
      Score the analyser against a gold set: ${'conll2003 re3d meantime tempeval3 polnear'}.
      PATH defaults to ../shared/eval/<set>. Prints per-type precision, recall and F1.
  news-lens --version | --help`;

const NEWS_EXTENSIONS = new Set(['.news', '.txt', '.md']);

interface Options { date: string | null; format: string | null; files: string[]; }

function parseArgs(argv: string[]): Options | string {
  const o: Options = { date: null, format: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--date' || a.startsWith('--date=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!isValidIsoDate(v)) return `news-lens: --date expects YYYY-MM-DD, got "${v ?? ''}"`;
      o.date = v;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : argv[++i];
      if (!['json', 'jsonl', 'csv', 'events-csv'].includes(v)) return `news-lens: --format expects json, jsonl, csv or events-csv, got "${v ?? ''}"`;
      o.format = v;
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

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { out(USAGE + '\n'); return cmd ? 0 : 2; }
  if (cmd === '--version') { out(`news-lens ${VERSION} (contract version 1)\n`); return 0; }
  if (cmd === 'eval') return runEval(rest, out, err);
  if (cmd !== 'annotate') { err(`news-lens: unknown command "${cmd}"\n${USAGE}\n`); return 2; }
  const o = parseArgs(rest);
  if (typeof o === 'string') { err(o + '\n'); return 2; }
  if (!o.files.length) { err(`news-lens: no input files\n${USAGE}\n`); return 2; }
  const files: string[] = [];
  let failed = 0;
  for (const f of o.files) {
    const list = expand(f);
    if (!list) { err(`news-lens: ${f}: is a directory with no news files (.news, .txt, .md)\n`); failed++; continue; }
    files.push(...list);
  }
  const format = o.format ?? (files.length === 1 && o.files.length === 1 && !isDir(o.files[0]) ? 'json' : 'jsonl');
  let csvHeaderDone = false;
  for (const file of files) {
    let text: string;
    try {
      text = readArticle(readFileSync(file), file);
    } catch (e) {
      err(`news-lens: ${file}: ${errorMessage(e)}\n`);
      failed++;
      continue;
    }
    const a = analyze(text, { documentDate: o.date });
    if (format === 'json') out(JSON.stringify(toContract(a, file), null, 2) + '\n');
    else if (format === 'jsonl') out(JSON.stringify(toContract(a, file)) + '\n');
    else {
      const csv = format === 'csv' ? annotationsToCsv(a, file) : eventsToCsv(a, file);
      out(csvHeaderDone ? csv.slice(csv.indexOf('\n') + 1) : csv);
      csvHeaderDone = true;
    }
  }
  return failed ? 1 : 0;
}

function runEval(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const json = argv.includes('--json');
  const li = argv.indexOf('--limit');
  const limit = li >= 0 ? Number(argv[li + 1]) : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(li >= 0 && i === li + 1));
  const set = parseSet(positional[0]);
  if (!set) { err(`news-lens eval: expected a set (${SET_NAMES.join(', ')}), got "${positional[0] ?? ''}"\n`); return 2; }
  const path = positional[1] ?? defaultPath(set);
  if (!path || !existsSync(path)) { err(`news-lens eval: ${path ?? `../shared/eval/${set}`}: no such folder\n`); return 1; }
  try {
    const r = evaluate(set, path, { limit });
    out(json ? JSON.stringify({ ...r, report: undefined }, null, 2) + '\n' : r.report + '\n');
    return 0;
  } catch (e) {
    err(`news-lens eval: ${path}: ${errorMessage(e)}\n`);
    return 1;
  }
}

function isDir(p: string): boolean { try { return statSync(p).isDirectory(); } catch { return false; } }

function errorMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
