/**
 * News Lens never sends anything anywhere: no network module in the shipped bundles, and no
 * network call while the analyser and the command line run (they would throw here).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { main } from '../../src/cli';
import { fixture } from './helpers';
import { analyze } from '../../src/analysis';

// The modules themselves (not esbuild's read-only namespace copies), so that their functions can be trapped.
/* eslint-disable @typescript-eslint/no-require-imports */
const http = require('node:http') as typeof import('node:http');
const https = require('node:https') as typeof import('node:https');
const net = require('node:net') as typeof import('node:net');

const NETWORK = /require\("(?:node:)?(?:http|https|http2|net|tls|dgram|dns)"\)|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/g;

describe('offline', () => {
  it('the browser build reaches no Node API: it requires vscode and nothing else', () => {
    for (const bundle of ['dist/web/extension.js', 'dist/web/worker.js']) {
      const code = readFileSync(resolve(bundle), 'utf8');
      assert.deepEqual([...new Set(code.match(/require\("[^"]+"\)/g) ?? [])], bundle.endsWith('extension.js') ? ['require("vscode")'] : []);
      assert.doesNotMatch(code, /\bBuffer\.|\bprocess\.env\.(?!NEWS_LENS_LOG_TO_CONSOLE)/); // (setImmediate is only used behind a typeof guard)
    }
  });
  for (const bundle of ['dist/extension.js', 'dist/worker.js', 'dist/cli.js', 'dist/web/extension.js', 'dist/web/worker.js']) {
    it(`${bundle} has no network module or call`, () => {
      const code = readFileSync(resolve(bundle), 'utf8');
      assert.ok(code.length > 10000, 'the bundle is built');
      assert.deepEqual(code.match(NETWORK) ?? [], []);
    });
  }
  it('analyses and exports with every network entry point made to throw', async () => {
    const calls: string[] = [];
    const trap = (name: string) => () => { calls.push(name); throw new Error(`network call: ${name}`); };
    const saved = { hr: http.request, hg: http.get, sr: https.request, sg: https.get, nc: net.connect, ncc: net.createConnection, f: globalThis.fetch };
    Object.assign(http, { request: trap('http.request'), get: trap('http.get') });
    Object.assign(https, { request: trap('https.request'), get: trap('https.get') });
    Object.assign(net, { connect: trap('net.connect'), createConnection: trap('net.createConnection') });
    globalThis.fetch = trap('fetch') as typeof fetch;
    try {
      const a = analyze(fixture('border.news'));
      assert.ok(a.entities.length > 3);
      let out = '';
      const code = await main(['annotate', '--format', 'brat', resolve('test/fixtures/border.news')], (s) => { out += s; }, () => {}, { bundle: resolve('dist/cli.js') });
      assert.equal(code, 0);
      assert.match(out, /\tPerson \d+ \d+\tElena Vasilescu/);
    } finally {
      Object.assign(http, { request: saved.hr, get: saved.hg });
      Object.assign(https, { request: saved.sr, get: saved.sg });
      Object.assign(net, { connect: saved.nc, createConnection: saved.ncc });
      globalThis.fetch = saved.f;
    }
    assert.deepEqual(calls, []);
  });
});

describe('unreadable text', () => {
  it('tells binary and mis-decoded text from articles', async () => {
    const { unreadableText } = await import('../../src/analysis/read');
    assert.equal(unreadableText('date 2020-02-17 Syrian forces seized Saraqib.'), null);
    assert.equal(unreadableText('PNG\u0000\u0001\u0002'), 'binary');
    assert.equal(unreadableText('Caf\uFFFD in Montr\uFFFDal, the minist\uFFFDre said.'), 'not-utf8');
    assert.equal(unreadableText('One stray \uFFFD in a long text is tolerated.'), null);
  });
});
