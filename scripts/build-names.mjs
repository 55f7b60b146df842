// Builds src/analysis/data/names.json: given names and family names from the person data of
// @faker-js/faker's 77 locales (MIT), Latin script only, lower case, minus the names compromise's
// lexicon already knows. The analyser uses them as weak evidence ("Frank Bruno" is a person because
// "frank" is a given name and "bruno" a family name); places and organisations are decided first.
// Run with `npm run names`; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { sortedRows } from './sorted-rows.mjs';
const { allLocales } = await import('@faker-js/faker');
const lexicon = JSON.parse(readFileSync(new URL('../src/analysis/data/lexicon.json', import.meta.url), 'utf8'));
const known = new Set();
for (const row of lexicon.words.split('\n')) {
  const [w, i] = row.split('\t');
  if (/MaleName|FemaleName|FirstName|LastName/.test(lexicon.tagSets[+i])) known.add(w);
}
const flat = (x) => Array.isArray(x) ? x.flatMap(flat) : x && typeof x === 'object' ? Object.values(x).flatMap(flat) : typeof x === 'string' ? [x] : [];
const given = new Set(), family = new Set();
for (const locale of Object.values(allLocales)) {
  const p = locale.person;
  if (!p) continue;
  for (const [list, into] of [[p.first_name, given], [p.last_name, family]]) {
    for (const n of flat(list)) {
      // one word, Latin letters (with accents), three letters or more
      if (!/^[A-Za-z\u00C0-\u024F][a-z\u00DF-\u024F'-]{2,}$/.test(n)) continue;
      const w = n.toLowerCase();
      if (!known.has(w)) into.add(w);
    }
  }
}
const out = {
  source: `@faker-js/faker (MIT): person first and last names of ${Object.keys(allLocales).length} locales`,
  // sorted tables of keys alone (src/analysis/sortedTable.ts)
  given: sortedRows([...given].map((w) => [w, ''])),
  family: sortedRows([...family].map((w) => [w, ''])),
};
writeFileSync(new URL('../src/analysis/data/names.json', import.meta.url), JSON.stringify(out));
console.log(`names: ${given.size} given, ${family.size} family, ${JSON.stringify(out).length} bytes`);
