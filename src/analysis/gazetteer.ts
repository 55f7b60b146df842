/**
 * Countries, demonyms and cities from real gazetteer data (see scripts/build-gazetteer.mjs):
 * the country table is parsed on first use, cities and regions row by row as they are asked for.
 */
import data from './data/gazetteer.json';
import { SortedTable } from './sortedTable';

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

/** A name lookup: a Map for the small tables, a SortedTable for the large ones. */
export interface NameLookup<T> {
  get(lowerName: string): T | undefined;
  has(lowerName: string): boolean;
}

export interface Gazetteer {
  /** lower-cased name or alternative spelling -> country */
  countries: Map<string, Country>;
  /** lower-cased demonym ("syrian", "turkish") -> country */
  demonyms: Map<string, Country>;
  /** lower-cased city name -> city (not a country's name) */
  cities: NameLookup<City>;
  /** lower-cased ISO 3166-2 subdivision or world region name -> region (not a country's or a city's name) */
  regions: NameLookup<Region>;
  /**
   * lower-cased name of a place named like a person ("virginia", "kent", "austin": compromise files them as names)
   * -> that region or city; taken for the place only where the text says a place ("in Virginia")
   */
  namedLikePersons: NameLookup<(City & { kind: 'city' }) | (Region & { kind: 'region' })>;
  byCode: Map<string, Country>;
  source: string;
}

let cache: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  // countries are few and read by spelling and demonym: a Map each, built now (a few milliseconds)
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
  // cities and regions, thousands of rows, are read row by row as they are asked for (the build script
  // already gave each name to a country, a city or a region, in that order)
  const city = (row: string): City => {
    const [name, cc, lat, lng, pop, feature] = row.split('\t');
    return { name, country: byCode.get(cc)?.name ?? cc, lat: +lat, lng: +lng, population: +pop, seat: feature === 'PPLC' || feature === 'PPLA' };
  };
  const region = (row: string): Region => {
    const [name, cc, code] = row.split('\t');
    return { name, country: cc ? byCode.get(cc)?.name ?? cc : null, code };
  };
  const cities = new SortedTable<City>((data as { cities: string }).cities, city);
  const regions = new SortedTable<Region>((data as { regions: string }).regions, region);
  // (the same rows, after their kind)
  const namedLikePersons = new SortedTable<(City & { kind: 'city' }) | (Region & { kind: 'region' })>((data as { namedLikePersons: string }).namedLikePersons, (row) => {
    const tab = row.indexOf('\t');
    return row.slice(0, tab) === 'region' ? { kind: 'region', ...region(row.slice(tab + 1)) } : { kind: 'city', ...city(row.slice(tab + 1)) };
  });
  cache = { countries, demonyms, cities, regions, namedLikePersons, byCode, source: (data as { source: string }).source };
  return cache;
}
