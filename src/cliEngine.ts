/**
 * What the command line's threads run: an article read and annotated, an evaluation. The front (cli.ts) is a small
 * bundle that parses the arguments, lists the files and starts the threads; each thread then loads this bundle
 * (dist/cli-engine.js), compiled from V8's code cache when the build made one for this Node (see loadEngine in
 * cli.ts), so that a worker starts while the main thread is still loading, and neither compiles the analyser again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze, annotationsToCsv, eventsToCsv, toBrat, toContract } from './analysis';
import { readArticle } from './analysis/read';
import { defaultPath, evaluate, parseSet } from './eval/run';
import { SET_NAMES } from './eval/readers';
export { BRAT_CONF } from './analysis';
export { indexTablesAtOnce } from './analysis/sortedTable';

/** One article, read and annotated in the requested format: what a thread returns for it. */
export function annotateFile(file: string, date: string | null, format: string): { out?: string; err?: string } {
  let text: string;
  try {
    text = readArticle(readFileSync(file), file);
  } catch (e) {
    return { err: `news-lens: ${file}: ${errorMessage(e)}\n` };
  }
  const a = analyze(text, { documentDate: date });
  if (format === 'json') return { out: JSON.stringify(toContract(a, file), null, 2) + '\n' };
  if (format === 'jsonl') return { out: JSON.stringify(toContract(a, file)) + '\n' };
  if (format === 'brat') return { out: toBrat(a, text) };
  return { out: format === 'csv' ? annotationsToCsv(a, file) : eventsToCsv(a, file) };
}

/** `news-lens eval SET [PATH] [--json] [--limit N] [--timeml DIR]` */
export function runEval(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const json = argv.includes('--json');
  const li = argv.indexOf('--limit');
  const limit = li >= 0 ? Number(argv[li + 1]) : undefined;
  const ti = argv.indexOf('--timeml');
  const timeml = ti >= 0 ? argv[ti + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(li >= 0 && i === li + 1) && !(ti >= 0 && i === ti + 1));
  const set = parseSet(positional[0]);
  if (!set) { err(`news-lens eval: expected a set (${SET_NAMES.join(', ')}), got "${positional[0] ?? ''}"\n`); return 2; }
  const path = positional[1] ?? defaultPath(set);
  if (!path || !existsSync(path)) { err(`news-lens eval: ${path ?? `../shared/eval/${set}`}: no such folder\n`); return 1; }
  try {
    const r = evaluate(set, path, { limit, timeml });
    out(json ? JSON.stringify({ ...r, report: undefined }, null, 2) + '\n' : r.report + '\n');
    return 0;
  } catch (e) {
    err(`news-lens eval: ${path}: ${errorMessage(e)}\n`);
    return 1;
  }
}

function errorMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
