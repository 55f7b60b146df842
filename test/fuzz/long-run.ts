/**
 * `npm run fuzz [-- --runs N --seed S]`: the long fuzz run (default 100,000 cases), figures for the README.
 */
import * as fc from 'fast-check';
import { anyDate, anyTextOf, checkText, newsishOf } from './properties';

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const runs = arg('--runs', 100000);
const seed = arg('--seed', Date.now() % 2 ** 31);
// larger inputs than the fixed-seed slice in npm test
const newsish = newsishOf('medium'), anyText = anyTextOf('medium');
const t0 = Date.now();
let chars = 0;
const news = Math.round(runs * 0.7);
fc.assert(fc.property(newsish, anyDate, (t, d) => { chars += t.length; checkText(t, d); }), { seed, numRuns: news });
fc.assert(fc.property(anyText, (t) => { chars += t.length; checkText(t); }), { seed, numRuns: runs - news });
const s = (Date.now() - t0) / 1000;
console.log(`fuzz: ${runs} cases (${news} news-like, ${runs - news} raw Unicode), seed ${seed}, ${(chars / 1e6).toFixed(1)} M characters, ${s.toFixed(0)} s, no failure`);
