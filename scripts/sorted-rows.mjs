// Rows for the analyser's SortedTable (src/analysis/sortedTable.ts): `key<TAB>value` (or `key` alone when the
// value is empty), one a line, sorted by key in code-unit order (the order of JavaScript's `<`, which the
// run-time binary search uses). The first row of a repeated key is kept.
export function sortedRows(rows) {
  const seen = new Set();
  const kept = [];
  for (const [k, v] of rows) {
    if (/[\t\n]/.test(k) || /\n/.test(String(v))) throw new Error(`a key or value with a tab or line break: ${JSON.stringify(k)}`);
    if (!seen.has(k)) { seen.add(k); kept.push([k, String(v)]); }
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return kept.map(([k, v]) => (v === '' ? k : `${k}\t${v}`)).join('\n');
}
