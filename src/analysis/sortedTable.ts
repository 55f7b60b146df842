/**
 * A data table that costs nothing to load: one string of rows `key<TAB>value` (or `key` alone), one row a
 * line, sorted by key in code-unit order at build time (scripts/sorted-rows.mjs). A lookup is a binary
 * search on the string itself, so nothing is split or parsed before it is asked for: the worker's first
 * highlights do not wait for tens of thousands of rows to become a Map. Answers are remembered.
 */
export class SortedTable<T> {
  private readonly memo = new Map<string, T | null>();
  /** Every row by key, made once the table has been searched often (a corpus, not one article). */
  private index: Map<string, string> | null = null;
  private searches = 0;

  /** `parse` turns a row's value (the text after the key's tab, '' when there is none) into what `get` returns. */
  constructor(private readonly data: string, private readonly parse: (value: string, key: string) => T) {}

  get(key: string): T | undefined {
    let v = this.memo.get(key);
    if (v === undefined) {
      // A binary search costs a dozen probes; after a thousand of them (an article asks a few hundred
      // words), splitting the whole table once is the cheaper way on.
      if (!this.index && ++this.searches > indexAfter) this.index = indexRows(this.data);
      const value = this.index ? this.index.get(key) : findRow(this.data, key);
      v = value === undefined ? null : this.parse(value, key);
      if (this.memo.size > 100_000) this.memo.clear(); // (bounded: a megabyte of unknown words does not keep them all)
      this.memo.set(key, v);
    }
    return v ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

let indexAfter = 1000;

/**
 * For a batch of articles (the command line): tables index themselves at their first search. The binary searches
 * before the thousandth cost a fresh worker about 170 million instructions over its first hundred articles, more
 * than splitting the tables at once (measured with valgrind's instruction count); an editor's single article asks
 * a few hundred words and keeps the binary searches.
 */
export function indexTablesAtOnce(): void { indexAfter = 0; }

function indexRows(data: string): Map<string, string> {
  const index = new Map<string, string>();
  // (split by the engine, then each row: twice as fast as walking the string by indexOf, 29 against 61-75 ms for the
  // five tables in a worker with the optimiser off)
  for (const row of data.split('\n')) {
    if (!row) continue;
    const tab = row.indexOf('\t');
    if (tab >= 0) index.set(row.slice(0, tab), row.slice(tab + 1));
    else index.set(row, '');
  }
  return index;
}

/** The value of the row whose key is `key` in sorted `data` ('' for a row with no tab), or undefined. */
export function findRow(data: string, key: string): string | undefined {
  // lo and hi are offsets of row starts (hi may be the end): the row, if any, starts in [lo, hi)
  let lo = 0, hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = data.lastIndexOf('\n', mid - 1) + 1; // the row that holds offset mid (>= lo: lo starts a row)
    let end = data.indexOf('\n', start);
    if (end < 0) end = data.length;
    let keyEnd = data.indexOf('\t', start);
    if (keyEnd < 0 || keyEnd > end) keyEnd = end;
    const k = data.slice(start, keyEnd);
    if (k === key) return keyEnd < end ? data.slice(keyEnd + 1, end) : '';
    if (k < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
