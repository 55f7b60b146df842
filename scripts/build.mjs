// Bundles the extension, its worker and the CLI with esbuild; with --tests also the test suites.
// --production minifies and writes the bundle composition to dist/meta.json.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Writes the characters beyond ASCII in a bundle as \\u escapes (esbuild leaves them in regular expressions and
 * comments): V8 then holds the bundle's text one byte per character, and reads and compiles it quicker (the worker's
 * 1.5 MB: read and decoded in 3.4-5.3 ms against 8.7-9.3, compiled in 21.5-21.8 against 22.5-29.5). The same escape
 * means the same character in a string, a template, a regular expression (with or without the u flag) or a comment;
 * a character escaped with a backslash before it would not, so the build stops there. (A source map's columns shift on
 * the few lines that had such characters, comments mostly.)
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) { out += text[i]; continue; }
    if (text[i - 1] === '\\') throw new Error(`${file}: an escaped character beyond ASCII at ${i}`);
    out += '\\u' + c.toString(16).padStart(4, '0');
  }
  writeFileSync(file, out);
}

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// (esbuild 0.28 holds Unicode property escapes, /\p{Lu}/u, unsupported for every Node target (node18 to node24) and rewrites such a literal as
// `new RegExp(...)`, which V8 then builds again at each run of the line; every engine VS Code and Node 18 run has them)
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: !production, minify: production,
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning', define: { __VERSION__: JSON.stringify(pkg.version) }, legalComments: 'none',
};

const result = await esbuild.build({
  ...common,
  entryPoints: { extension: 'src/extension.ts', worker: 'src/worker.node.ts', cli: 'src/cli.ts', 'cli-engine': 'src/cliEngine.ts' },
  outdir: 'dist', external: ['vscode'], metafile: true,
});
if (production) writeFileSync('dist/meta.json', JSON.stringify(result.metafile));

// The analyser's bundles in ASCII (see asciiOnly: the extension's worker starts 5-8 ms sooner), then the command line's
// code cache (see loadEngine in src/cli.ts): V8 saves the engine's compiled functions after it has read an invented
// article (scripts/warm-up.news) and the test articles, under the flags of a run that takes the cache (writeCodeCache
// sets them: see withCacheFlags). Only this Node's V8 takes it; others compile as usual.
asciiOnly('dist/cli-engine.js');
asciiOnly('dist/worker.js');
const warmUp = ['scripts/warm-up.news', ...readdirSync('test/fixtures').filter((f) => f.endsWith('.news')).map((f) => `test/fixtures/${f}`)];
execFileSync(process.execPath, ['-e', `require('./dist/cli.js').writeCodeCache(${JSON.stringify(warmUp)})`], { stdio: 'inherit' });

// The browser build (vscode.dev, github.dev): the same wiring with a web worker; no Node API may be reached.
const web = { ...common, platform: 'browser', target: 'es2022' };
await esbuild.build({ ...web, format: 'cjs', entryPoints: { extension: 'src/extension.web.ts' }, outdir: 'dist/web', external: ['vscode'] });
await esbuild.build({ ...web, format: 'iife', entryPoints: { worker: 'src/worker.web.ts' }, outdir: 'dist/web' });
asciiOnly('dist/web/worker.js');

if (args.has('--bench')) {
  await esbuild.build({ ...common, sourcemap: false, entryPoints: { analysis: 'src/analysis/index.ts', bench: 'test/bench/bench.ts' },
    outdir: 'out', external: ['compromise'] });
  asciiOnly('out/analysis.js'); // (the bench times the analyser as the workers load it)
}

if (args.has('--fuzz')) {
  await esbuild.build({ ...common, sourcemap: true, entryPoints: { fuzz: 'test/fuzz/long-run.ts' }, outdir: 'out' });
}

if (args.has('--tests')) {
  const unit = readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `test/unit/${f}`);
  await esbuild.build({ ...common, sourcemap: true, entryPoints: unit, outdir: 'out/test/unit', external: ['mocha'] });
  mkdirSync('out/test/suite', { recursive: true });
  await esbuild.build({ ...common, sourcemap: true, entryPoints: { 'suite/index': 'test/suite/index.ts', 'run-electron': 'test/run-electron.ts' },
    outdir: 'out/test', external: ['vscode', 'mocha', '@vscode/test-electron'] });
}
