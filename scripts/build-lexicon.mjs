// Builds src/analysis/data/lexicon.json from compromise's English lexicon (MIT): every word with
// its tags, and the infinitive of every conjugated verb form, computed once with compromise's own
// conjugation model. At run time the analyser reads this compact table instead of loading
// compromise (about 280 ms of start-up saved in the worker and the command line).
// Run with `npm run lexicon`; the output is committed.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { sortedRows } from './sorted-rows.mjs';
const require = createRequire(import.meta.url);
const nlp = require('compromise/two');
const lexicon = nlp.model().one.lexicon;
const transform = nlp.methods().two.transform;
const model = nlp.model();

const byTags = new Map();
const lemmas = [];
for (const [word, t] of Object.entries(lexicon)) {
  if (/[|>\n]/.test(word)) continue;
  const tags = (Array.isArray(t) ? t : [t]).slice().sort().join(',');
  if (!byTags.has(tags)) byTags.set(tags, []);
  byTags.get(tags).push(word);
  // verb forms, and -ed/-ing words the lexicon files as adjectives ("injured", "advanced"), which the
  // analyser still reads as verbs by their ending
  const tense = (Array.isArray(t) ? t : [t]).find((x) => /^(PastTense|PresentTense|Gerund|Participle)$/.test(x)) ??
    (/ed$/.test(word) && word.length > 4 ? 'PastTense' : /ing$/.test(word) && word.length > 5 ? 'Gerund' : undefined);
  if (tense) {
    let lemma = word;
    try { lemma = transform.verb.toInfinitive(word, model, tense === 'Participle' ? 'PastTense' : tense) || word; } catch { lemma = word; }
    if (lemma !== word) lemmas.push(`${word}>${lemma}`);
  }
}
// Sorted tables (src/analysis/sortedTable.ts), read by binary search without being loaded: word -> the index
// of its tag set, verb form -> infinitive.
const tagSets = [...byTags.keys()];
const out = {
  source: `compromise ${nlp.version} (MIT): lexicon tags and verb infinitives`,
  tagSets,
  words: sortedRows([...byTags].flatMap(([tags, words], i) => words.map((w) => [w, i]))),
  lemmas: sortedRows(lemmas.map((x) => x.split('>'))),
};
writeFileSync(new URL('../src/analysis/data/lexicon.json', import.meta.url), JSON.stringify(out));
console.log(`lexicon: ${Object.keys(lexicon).length} words, ${byTags.size} tag sets, ${lemmas.length} verb forms, ${JSON.stringify(out).length} bytes`);
