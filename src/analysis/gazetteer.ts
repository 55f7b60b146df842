/**
 * Countries, demonyms and cities from real gazetteer data (see scripts/build-gazetteer.mjs):
 * parsed once, lazily, on first use.
 */
import data from './data/gazetteer.json';

export interface Country {
  name: string;
  code: string;
  capital: string;
  lat: number;
  lng: number;
}

export interface City {
  name: string;
  country: string; // country name
  lat: number;
  lng: number;
  population: number;
  seat: boolean; // national or provincial capital
}

export interface Region {
  name: string;
  country: string | null; // country name (null for a world region: "Middle East")
  code: string; // ISO 3166-2, or "world region"
}

export interface Gazetteer {
  /** lower-cased name or alternative spelling -> country */
  countries: Map<string, Country>;
  /** lower-cased demonym ("syrian", "turkish") -> country */
  demonyms: Map<string, Country>;
  /** lower-cased city name -> city */
  cities: Map<string, City>;
  /** lower-cased ISO 3166-2 subdivision name -> region */
  regions: Map<string, Region>;
  byCode: Map<string, Country>;
  source: string;
}

let cache: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const countries = new Map<string, Country>();
  const demonyms = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  for (const row of (data as { countries: string }).countries.split('\n')) {
    const [name, code, alt, dem, capital, lat, lng] = row.split('\t');
    const c: Country = { name, code, capital, lat: +lat, lng: +lng };
    byCode.set(code, c);
    countries.set(name.toLowerCase(), c);
    for (const a of alt ? alt.split('|') : []) if (!countries.has(a.toLowerCase())) countries.set(a.toLowerCase(), c);
    for (const d of dem ? dem.split('|') : []) if (!demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c);
  }
  const cities = new Map<string, City>();
  for (const row of (data as { cities: string }).cities.split('\n')) {
    const [name, cc, lat, lng, pop, feature] = row.split('\t');
    const key = name.toLowerCase();
    if (countries.has(key) || cities.has(key)) continue;
    cities.set(key, {
      name, country: byCode.get(cc)?.name ?? cc, lat: +lat, lng: +lng, population: +pop,
      seat: feature === 'PPLC' || feature === 'PPLA',
    });
  }
  const regions = new Map<string, Region>();
  for (const row of ((data as { regions?: string }).regions ?? '').split('\n')) {
    if (!row) continue;
    const [name, cc, code] = row.split('\t');
    const key = name.toLowerCase();
    if (countries.has(key) || cities.has(key) || regions.has(key)) continue;
    regions.set(key, { name, country: cc ? byCode.get(cc)?.name ?? cc : null, code });
  }
  cache = { countries, demonyms, cities, regions, byCode, source: (data as { source: string }).source };
  return cache;
}
