// Bundles the extension, its worker and the CLI with esbuild; with --tests also the test suites.
// --production minifies and writes the bundle composition to dist/meta.json.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: !production, minify: production,
  logLevel: 'warning', define: { __VERSION__: JSON.stringify(pkg.version) }, legalComments: 'none',
};

const result = await esbuild.build({
  ...common,
  entryPoints: { extension: 'src/extension.ts', worker: 'src/worker.node.ts', cli: 'src/cli.ts' },
  outdir: 'dist', external: ['vscode'], metafile: true,
});
if (production) writeFileSync('dist/meta.json', JSON.stringify(result.metafile));

// The browser build (vscode.dev, github.dev): the same wiring with a web worker; no Node API may be reached.
const web = { ...common, platform: 'browser', target: 'es2022' };
await esbuild.build({ ...web, format: 'cjs', entryPoints: { extension: 'src/extension.web.ts' }, outdir: 'dist/web', external: ['vscode'] });
await esbuild.build({ ...web, format: 'iife', entryPoints: { worker: 'src/worker.web.ts' }, outdir: 'dist/web' });

if (args.has('--bench')) {
  await esbuild.build({ ...common, sourcemap: false, entryPoints: { analysis: 'src/analysis/index.ts', bench: 'test/bench/bench.ts' },
    outdir: 'out', external: ['compromise'] });
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
