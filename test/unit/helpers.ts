import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const SHARED = process.env.NEWS_LENS_SHARED ?? resolve(ROOT, '../shared');
export const SAMPLE = resolve(SHARED, 'samples/idlib-2020-02-17.txt');

/** The sample article from ../shared/samples, or null when this checkout has no shared/ beside it. */
export function sampleText(): string | null {
  return existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : null;
}

export function fixture(name: string): string {
  return readFileSync(resolve(ROOT, 'test/fixtures', name), 'utf8');
}
