// Runs News Lens in a real VS Code, offline: code-server (provisioned into .vscode-test/ by
// scripts/provision-vscode.sh) serves the workbench, Debian chromium driven by playwright-core loads it.
//
//   node scripts/run-vscode.mjs test   extension-host mocha suite (test/suite) in the real extension host
//   node scripts/run-vscode.mjs ui     UI checks in the browser, screenshots into test-results/screenshots
//   node scripts/run-vscode.mjs start  starts VS Code with News Lens and the sample open; prints the URL
//
// code-server runs in its own process group and is killed with it on exit, Ctrl-C or failure; its logs
// and the browser console land in test-results/logs.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync, copyFileSync, rmSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'start';
const RESULTS = join(ROOT, 'test-results');
const LOGS = join(RESULTS, 'logs');
const SHOTS = join(RESULTS, 'screenshots');
mkdirSync(LOGS, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

const SHARED = process.env.NEWS_LENS_SHARED ?? resolve(ROOT, '../shared');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

function provision() {
  const out = execFileSync('bash', [join(ROOT, 'scripts/provision-vscode.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const get = (k) => new RegExp(`^${k}=(.*)$`, 'm').exec(out)?.[1];
  return { node: get('NODE24'), entry: get('CODE_SERVER') };
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
    s.on('error', rej);
  });
}

/** A workspace with the sample article (and the test fixtures), in a throwaway folder. */
function makeWorkspace(base) {
  const ws = join(base, 'workspace');
  mkdirSync(ws, { recursive: true });
  const sample = join(SHARED, 'samples/idlib-2020-02-17.txt');
  if (existsSync(sample)) {
    // The sample is a .txt file whose first line is a dateline: VS Code's firstLine rule makes it a news article
    copyFileSync(sample, join(ws, 'idlib-2020-02-17.txt'));
  }
  cpSync(join(ROOT, 'test/fixtures'), join(ws, 'fixtures'), { recursive: true });
  return ws;
}

const children = [];
let cleaning = false;
function cleanup() {
  if (cleaning) return;
  cleaning = true;
  for (const c of children) {
    try { process.kill(-c.pid, 'SIGTERM'); } catch { /* gone */ }
  }
  setTimeout(() => { for (const c of children) { try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ } } }, 1500).unref();
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { cleanup(); setTimeout(() => process.exit(130), 1600); });

const restricted = process.env.NEWS_LENS_SUITE === 'restricted';

async function startServer(base, ws) {
  const { node, entry } = provision();
  const port = Number(process.env.NEWS_LENS_PORT) || await freePort();
  const home = join(base, 'home');
  mkdirSync(home, { recursive: true });
  const userData = join(base, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.colorTheme': process.env.NEWS_LENS_THEME ?? 'Default Dark Modern',
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    // NEWS_LENS_SUITE=restricted opens the workspace untrusted (Restricted Mode), without the trust prompt
    ...(restricted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never' } : { 'security.workspace.trust.enabled': false }),
    'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'workbench.tips.enabled': false,
    'editor.minimap.enabled': false, 'window.commandCenter': false, 'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.fontSize': 14, 'editor.wordWrap': 'on',
  }, null, 2));
  const log = join(LOGS, `code-server-${mode}.log`);
  const args = [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    ...(restricted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--reconnection-grace-time', '10',
    '--user-data-dir', userData, '--extensions-dir', join(base, 'extensions'), '--vscode-option', 'enable-smoke-test-driver', ws];
  const { openSync } = await import('node:fs');
  const fd = openSync(log, 'w');
  const child = spawn(node, args, {
    detached: true, stdio: ['ignore', fd, fd],
    env: { ...process.env, ...(mode !== 'start' ? { NEWS_LENS_LOG_TO_CONSOLE: '1' } : {}), HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache') },
  });
  children.push(child);
  child.on('exit', (code) => { if (!cleaning) console.error(`news-lens: code-server exited (${code}); see ${log}`); });
  const base_url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(`${base_url}/healthz`); if (r.ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
    if (i === 99) throw new Error(`code-server did not start; see ${log}`);
  }
  return { port, url: base_url, log };
}

// NEWS_LENS_WEB=1: the extension runs from its browser build in VS Code's web worker extension host.
// VS Code would pick the Node build of an extension that has both, so the web run loads a copy of the
// extension whose manifest has only the `browser` entry, as a web-only extension.
const web = process.env.NEWS_LENS_WEB === '1';
let extensionPath = ROOT;

function webOnlyCopy(base) {
  const dir = join(base, 'news-lens-web');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  pkg.extensionKind = ['web'];
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  cpSync(join(ROOT, 'dist/web'), join(dir, 'dist/web'), { recursive: true });
  for (const f of ['media', 'syntaxes']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  copyFileSync(join(ROOT, 'language-configuration.json'), join(dir, 'language-configuration.json'));
  return dir;
}

function workbenchUrl(server, ws, extra = []) {
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${extensionPath}`],
    ...(web ? [['extensionDevelopmentKind', 'web']] : []), ...extra];
  return `${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function launchBrowser() {
  if (!CHROMIUM) {
    throw new Error('No Chromium found (looked for /usr/bin/chromium). Install it: apt-get update && apt-get install -y chromium ' +
      '(or set CHROMIUM_PATH). The real-VS-Code layers of the tests need a browser.');
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

async function runTests(server, ws) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  let exitCode;
  const done = new Promise((res) => { exitCode = res; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const list = Array.isArray(args) ? [...args] : [args];
    // console-style format strings: "%s) %s:" with the values after them
    let line = typeof list[0] === 'string' ? list.shift().replace(/%[sdifoOj]/g, () => { const v = list.shift(); return typeof v === 'string' ? v : JSON.stringify(v); }) : '';
    if (list.length) line += (line ? ' ' : '') + list.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (type === 'error') process.stderr.write(line + '\n'); else process.stdout.write(line + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => exitCode(code));
  const suite = `vscode-remote://127.0.0.1:${server.port}${join(ROOT, 'out/test/suite/index')}`;
  await page.goto(workbenchUrl(server, ws, [['extensionTestsPath', suite]]));
  const timeout = new Promise((res) => setTimeout(() => res('timeout'), Number(process.env.NEWS_LENS_TEST_TIMEOUT_MS) || 240000));
  const code = await Promise.race([done, timeout]);
  writeFileSync(join(LOGS, 'browser-console-test.log'), consoleLog.join('\n'));
  await browser.close();
  if (code === 'timeout') { console.error(`news-lens: the extension-host suite timed out; logs in ${LOGS}`); return 1; }
  if (code !== 0) console.error(`news-lens: extension-host suite failed (exit ${code}); logs in ${LOGS}`);
  return code;
}

async function main() {
  const base = mkdtempSync(join(tmpdir(), 'news-lens-vscode-'));
  const ws = makeWorkspace(base);
  if (web) extensionPath = webOnlyCopy(base);
  let code = 0;
  try {
    const server = await startServer(base, ws);
    if (mode === 'test') code = await runTests(server, ws);
    else if (mode === 'ui') {
      const { runUiChecks } = await import('./ui-checks.mjs');
      code = await runUiChecks({ server, ws, url: workbenchUrl(server, ws), launchBrowser, shots: SHOTS, logs: LOGS, web });
    } else {
      const sample = join(ws, 'idlib-2020-02-17.txt');
      const url = workbenchUrl(server, ws, existsSync(sample) ? [['openFile', `vscode-remote://127.0.0.1:${server.port}${sample}`]] : []);
      console.log('\nNews Lens is running in a real VS Code (code-server). Open this URL in a browser:\n');
      console.log(`  ${url}\n`);
      console.log(`The sample article is ${existsSync(sample) ? sample : '(not found: ../shared/samples is missing)'}; it opens with the workbench.`);
      console.log(`Logs: ${server.log}\nPress Ctrl-C to stop.\n`);
      if (process.env.NEWS_LENS_START_SMOKE) {
        // used by the tests of this script: check the workbench answers, then stop
        const r = await fetch(url);
        console.log(`workbench answered HTTP ${r.status}`);
        code = r.ok ? 0 : 1;
      } else {
        await new Promise(() => { /* until Ctrl-C */ });
      }
    }
  } catch (e) {
    console.error(`news-lens: ${e instanceof Error ? e.message : e}`);
    code = 1;
  } finally {
    cleanup();
    if (!process.env.NEWS_LENS_KEEP) setTimeout(() => { try { rmSync(base, { recursive: true, force: true }); } catch { /* busy */ } }, 1700).unref?.();
  }
  setTimeout(() => process.exit(code), 1800);
}

main();
