// The ecosystem's runner: downloads VS Code with @vscode/test-electron and runs the same suite.
// Works where VS Code can be downloaded (not on the offline build machines: use `npm run test:host`).
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const ws = mkdtempSync(join(tmpdir(), 'news-lens-electron-'));
  const sample = resolve(process.env.NEWS_LENS_SHARED ?? resolve(root, '../shared'), 'samples/idlib-2020-02-17.txt');
  if (existsSync(sample)) copyFileSync(sample, join(ws, 'idlib-2020-02-17.txt'));
  mkdirSync(join(ws, 'fixtures'), { recursive: true });
  cpSync(join(root, 'test/fixtures'), join(ws, 'fixtures'), { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out/test/suite/index'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
