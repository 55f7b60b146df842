/**
 * Runs inside the real VS Code extension host and asserts through the vscode API.
 * The workspace (prepared by scripts/run-vscode.mjs or test/run-electron.ts) holds the sample article
 * and test/fixtures.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXT_ID = 'news-lens.news-lens';

function wsFile(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, rel);
}

async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, what: string, ms = 20000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n').replace(/\\(.)/g, '$1');
}

async function openSample(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsFile('idlib-2020-02-17.txt'));
  const ed = await vscode.window.showTextDocument(doc);
  await waitFor(() => doc.languageId === 'news' || undefined, 'the sample to become a news article');
  return ed;
}

/* eslint-disable @typescript-eslint/no-require-imports */
/** Every network entry point of this extension host, wrapped to record who called it. */
const networkCalls: string[] = [];
function recordNetwork(): void {
  const wrap = (mod: Record<string, unknown>, name: string, label: string) => {
    const orig = mod[name] as (...a: unknown[]) => unknown;
    if (typeof orig !== 'function') return;
    mod[name] = function (this: unknown, ...a: unknown[]) { networkCalls.push(`${label}\n${new Error().stack}`); return orig.apply(this, a); };
  };
  for (const [m, label] of [['node:http', 'http'], ['node:https', 'https']] as const) { const mod = require(m); wrap(mod, 'request', `${label}.request`); wrap(mod, 'get', `${label}.get`); }
  const net = require('node:net'); wrap(net, 'connect', 'net.connect'); wrap(net, 'createConnection', 'net.createConnection');
  wrap(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
}

describe('News Lens in the extension host', () => {
  let editor: vscode.TextEditor;
  let text: string;
  const pos = (needle: string, nth = 0, delta = 1) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, needle);
    return editor.document.positionAt(i + delta);
  };

  before(async () => {
    recordNetwork();
    editor = await openSample();
    text = editor.document.getText();
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, 'the extension is installed');
    await waitFor(() => ext.isActive || undefined, 'activation');
  });

  after(() => {
    // A measurement for the README, not an assertion: timings belong in benchmarks.
    const api = vscode.extensions.getExtension<{ firstHighlightsMs(): number | undefined }>(EXT_ID)?.exports;
    console.log(`    (first highlights ${api?.firstHighlightsMs()?.toFixed(0) ?? '?'} ms after the first article was shown)`);
  });

  it('treats the sample (.txt starting with " date 2020-02-17") as the news language', () => {
    assert.equal(editor.document.languageId, 'news');
  });

  it('hovers "Assad" with the merged entity card', async () => {
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Assad’s forces'));
      return h.length ? h : undefined;
    }, 'a hover at Assad');
    const t = hoverText(hovers);
    assert.match(t, /\*\*Bashar al-Assad\*\* — person/);
    assert.match(t, /Title: President · Affiliation: Syria/);
    assert.match(t, /Also: Assad/);
    assert.match(t, /Mentions: 5 · Quotes: 1/);
  });

  it('hovers a pronoun with whom it stands for', async () => {
    // "“Factions have withdrawn from most of the area,” he added.": the Observatory's head, named just before
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('he added'));
    const t = hoverText(hovers);
    assert.match(t, /^\*\*“he”\*\* refers to \*\*Rami Abdulrahman\*\*/);
    assert.match(t, /\*\*Rami Abdulrahman\*\* — person/);
  });

  it('hovers "Sunday" with its ISO value and how it was resolved', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Sunday'));
    const t = hoverText(hovers);
    assert.match(t, /\*\*2020-02-16\*\* — date/);
    assert.match(t, /Sunday before the dateline 2020-02-17/);
  });

  it("hovers the dateline's own date as the article's date", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('2020-02-17'));
    const t = hoverText(hovers);
    assert.match(t, /\*\*2020-02-17\*\* — date/);
    assert.match(t, /the article's date, from its dateline/);
  });

  it('hovers a quote with its speaker, and a place with its country', async () => {
    const q = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Factions have withdrawn', 0, 3)));
    assert.match(q, /speaker: \*\*Rami Abdulrahman \(“he”\)\*\* · cue: add/);
    const p = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Damascus')));
    assert.match(p, /\*\*Damascus\*\* — city/);
    assert.match(p, /Country: Syria · Coordinates: 33\.5\d, 36\.\d\d/);
  });

  it('lists events, quotes and entities as document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name).sort();
    assert.deepEqual(names, ['Entities', 'Events', 'Quotes']);
    const group = (n: string) => symbols.find((s) => s.name === n)!;
    const events = group('Events').children.map((c) => c.name);
    assert.ok(events.includes('Russian warplanes air strikes'), events.join(' | '));
    assert.ok(events.includes('Donald Trump called Tayyip Erdogan'), events.join(' | '));
    assert.equal(group('Quotes').children.length, 8);
    assert.ok(group('Entities').children.some((c) => c.name === 'Bashar al-Assad' && c.detail === 'person · 5×'));
  });

  it('exports the annotations as JSON with the contract', async () => {
    const target = wsFile('out/sample.annotations.json');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('newsLens.exportJson', target);
    assert.equal(uri?.toString(), target.toString());
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.equal(json.version, 1);
    assert.equal(json.documentDate, '2020-02-17');
    const assad = json.entities.find((e: { name: string }) => e.name === 'Bashar al-Assad');
    assert.deepEqual(assad.aliases, ['Assad']);
    for (const m of assad.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('exports the events as CSV', async () => {
    const target = wsFile('out/sample.events.csv');
    await vscode.commands.executeCommand('newsLens.exportEventsCsv', target);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).split('\n');
    assert.match(csv[0], /^file,event_id,event_date,category,action,actor1,/);
    assert.ok(csv.some((l) => /,2020-02-16,aerial attack,strike,Russian warplanes,armed_group,Russia,/.test(l)), csv.join('\n'));
  });

  it('toggles highlights through settings, and the command changes the setting', async () => {
    const cfg = () => vscode.workspace.getConfiguration('newsLens');
    const before = cfg().get<boolean>('highlight.enabled');
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.equal(cfg().get<boolean>('highlight.enabled'), !before);
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.equal(cfg().get<boolean>('highlight.enabled'), before);
    await vscode.commands.executeCommand('newsLens.toggleDates');
    assert.equal(cfg().get<{ date: boolean }>('highlight.categories')?.date, false);
    await vscode.commands.executeCommand('newsLens.toggleDates');
    assert.equal(cfg().get<{ date: boolean }>('highlight.categories')?.date, true);
  });

  it('applies an "ignore" correction from the settings on the next analysis', async () => {
    const cfg = vscode.workspace.getConfiguration('newsLens');
    await cfg.update('corrections.ignore', ['Munich Security Conference'], vscode.ConfigurationTarget.Global);
    try {
      // (the Outline caches symbols per document version, so read the effect through the export)
      const target = wsFile('out/ignored.json');
      const names = await waitFor(async () => {
        await vscode.commands.executeCommand('newsLens.exportJson', target);
        const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
        const n: string[] = json.entities.map((e: { name: string }) => e.name);
        return n.includes('Munich Security Conference') ? undefined : n;
      }, 'the ignored name to disappear');
      assert.ok(names.includes('Bashar al-Assad'));
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Munich Security')));
      assert.doesNotMatch(hover, /Munich Security Conference/);
    } finally {
      await cfg.update('corrections.ignore', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('keeps document text inert in hovers (markdown, command links, HTML)', async () => {
    const doc = await vscode.workspace.openTextDocument(wsFile('fixtures/markup.news'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'news');
    const t = doc.getText();
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(t.indexOf('We will') + 2));
      return h.length ? h : undefined;
    }, 'a quote hover');
    for (const h of hovers) for (const c of h.contents) {
      const m = c as vscode.MarkdownString;
      assert.notEqual(m.isTrusted, true);
      assert.notEqual(m.supportHtml, true);
      assert.ok(!/(?<!\\)\[deal(?<!\\)\]\(/.test(m.value), m.value);
      assert.ok(!/(?<!\\)`this(?<!\\)`/.test(m.value), m.value);
    }
  });

  it('drops results for an edited version and re-analyses the new text', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content: 'date 2020-02-17 Syrian forces seized Saraqib on Sunday.\n' });
    const ed = await vscode.window.showTextDocument(doc);
    for (let i = 0; i < 5; i++) await ed.edit((e) => e.insert(doc.positionAt(doc.getText().length), ` Turkish troops withdrew on Monday (${i}).`));
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s.find((x) => x.name === 'Entities')?.children.some((c) => c.name === 'Turkish troops') ? s : undefined;
    }, 'analysis of the edited text');
    const len = doc.getText().length;
    for (const g of symbols) for (const c of g.children) assert.ok(doc.offsetAt(c.range.end) <= len);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports brat standoff with a Speaker relation, and annotation.conf beside it', async () => {
    await vscode.window.showTextDocument(editor.document);
    const target = wsFile('out/brat/sample.ann');
    await vscode.commands.executeCommand('newsLens.exportBrat', target);
    const ann = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).split('\n');
    const assad = ann.find((l) => /^T\d+\tPerson \d+ \d+\tBashar al-Assad$/.test(l));
    assert.ok(assad, ann.slice(0, 20).join('\n'));
    const [s, e] = assad.split('\t')[1].split(' ').slice(1).map(Number);
    assert.equal(text.slice(s, e), 'Bashar al-Assad'); // the sample is all BMP: code points = UTF-16 units
    const sunday = ann.find((l) => /\tDate \d+ \d+\tSunday$/.test(l))!;
    assert.ok(ann.some((l) => l.startsWith('#') && l.endsWith(`AnnotatorNotes ${sunday.split('\t')[0]}\tvalue=2020-02-16`)), ann.join('\n'));
    assert.ok(ann.some((l) => /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/.test(l)));
    const conf = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsFile('out/brat/annotation.conf')));
    assert.match(conf, /^\[entities\]\nPerson\n/);
  });

  it('skips a binary-looking and a mis-decoded file with a reason', async () => {
    const api = vscode.extensions.getExtension<{ analysisOf(d: vscode.TextDocument): Promise<unknown>; skipReasonOf(d: vscode.TextDocument): string | undefined }>(EXT_ID)!.exports;
    const bin = await vscode.workspace.openTextDocument({ language: 'news', content: 'date 2020-02-17 \u0000\u0001\u0002PNG\u0000 Syrian forces' });
    assert.equal(await api.analysisOf(bin), undefined);
    assert.equal(api.skipReasonOf(bin), 'binary');
    const latin = await vscode.workspace.openTextDocument({ language: 'news', content: 'date 2020-02-17 Caf\uFFFD in Montr\uFFFDal, the minist\uFFFDre said.' });
    assert.equal(await api.analysisOf(latin), undefined);
    assert.equal(api.skipReasonOf(latin), 'not-utf8');
  });

  it('analyses a 10 MB file past the size cap only on request, in chunks, keeping the host responsive', async function () {
    this.timeout(240000);
    const paragraph = 'Syrian government forces seized the town of Saraqib on Sunday, the Syrian Observatory for Human Rights said. ' +
      '“We will not withdraw,” Turkish Defence Minister Hulusi Akar told reporters in Ankara.\n\n';
    const content = 'date 2020-02-17 ' + paragraph.repeat(Math.ceil(10 * 1048576 / paragraph.length));
    const doc = await vscode.workspace.openTextDocument({ language: 'news', content });
    await vscode.window.showTextDocument(doc);
    const api = vscode.extensions.getExtension<{ analysisOf(d: vscode.TextDocument): Promise<unknown> }>(EXT_ID)!.exports;
    assert.equal(await api.analysisOf(doc), undefined, 'over the 2048 KB cap: not analysed by itself');
    // the host's own timers keep running while the worker analyses
    const lags: number[] = [];
    let last = Date.now();
    const timer = setInterval(() => { const now = Date.now(); lags.push(now - last - 10); last = now; }, 10);
    const t0 = Date.now();
    try {
      await vscode.commands.executeCommand('newsLens.analyzeAnyway');
      const a = await waitFor(async () => (await api.analysisOf(doc)) as { entities: { name: string; mentions: { start: number; end: number; text: string }[] }[];
        references: { start: number; end: number; text: string }[] } | undefined, 'the chunked analysis', 200000);
      // let the views take the result (highlights, Events view, Outline), then stop measuring
      await new Promise((r) => setTimeout(r, 1500));
      clearInterval(timer);
      const akar = a.entities.find((e) => e.name === 'Hulusi Akar');
      assert.ok(akar, 'entities merged across chunks');
      const count = (content.match(/Hulusi Akar/g) ?? []).length;
      assert.equal(akar.mentions.length, count);
      for (const e of a.entities) for (const m of e.mentions) assert.ok(m.end <= content.length && content.slice(m.start, m.end) === m.text);
      // the pronouns too came back in parts: one "We" per paragraph, each at its offset
      assert.equal(a.references.length, count);
      for (const r of a.references) assert.equal(content.slice(r.start, r.end), 'We');
    } finally {
      clearInterval(timer);
    }
    console.log(`    (${(content.length / 1048576).toFixed(1)} M characters in ${((Date.now() - t0) / 1000).toFixed(1)} s; host timer late by at most ${Math.max(...lags)} ms)`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('indexes the workspace: entities across articles in Go to Symbol and Find All References', async function () {
    this.timeout(60000);
    const api = vscode.extensions.getExtension<{ indexedArticles(): Promise<string[]> }>(EXT_ID)!.exports;
    const second = wsFile('second-story.news');
    await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(
      'date 2020-02-20 Turkish President Tayyip Erdogan said on Thursday that talks with Moscow had failed.\n'));
    const articles = await api.indexedArticles();
    for (const f of ['idlib-2020-02-17.txt', 'fixtures/border.news', 'fixtures/markup.news', 'second-story.news']) {
      assert.ok(articles.includes(wsFile(f).toString()), `${f} in ${articles.join(', ')}`);
    }
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Vasilescu');
    const v = symbols.find((x) => x.name === 'Elena Vasilescu');
    assert.ok(v, symbols.map((x) => x.name).join(', '));
    assert.equal(v.location.uri.toString(), wsFile('fixtures/border.news').toString());
    // a group named by what it is ("insurgents" in the sample) is no corpus entity: two articles' insurgents may be two groups
    const groups = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'insurgents');
    assert.deepEqual(groups.map((x) => x.name).filter((n) => n === 'insurgents'), []);
    await vscode.window.showTextDocument(editor.document);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, pos('Erdogan'));
    const inSecond = refs.filter((r) => r.uri.toString() === second.toString());
    assert.equal(inSecond.length, 1, refs.map((r) => r.uri.path).join(', '));
    const doc2 = await vscode.workspace.openTextDocument(second);
    assert.equal(doc2.getText(inSecond[0].range), 'Tayyip Erdogan');
    assert.ok(refs.filter((r) => r.uri.toString() === editor.document.uri.toString()).length >= 2);
  });

  it('shows the entity summary of the article and of the workspace in webviews', async () => {
    await vscode.window.showTextDocument(editor.document);
    const html = await vscode.commands.executeCommand<string>('newsLens.showSummary');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /<th scope="row">Bashar al-Assad<div class="muted">President · Syria · also Assad<\/div><\/th>/);
    assert.match(html, /<title>Saraqib|<title>Idlib \(\d+\)<\/title>/);
    const corpus = await vscode.commands.executeCommand<string>('newsLens.showCorpusSummary');
    assert.match(corpus, /<div class="muted">\d+ articles · /);
    assert.match(corpus, /<th scope="row">Tayyip Erdogan<div class="muted">President · Turkey[^<]*<\/div><\/th><td class="bar"><span style="width:[\d.]+%"><\/span><\/td><td class="num">\d+ in 2<\/td>/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the workspace\'s articles as JSON lines, events CSV and brat, one result per article', async () => {
    const jsonl = wsFile('out/corpus.jsonl');
    const r = await vscode.commands.executeCommand<{ articles: number }>('newsLens.exportCorpus', 'jsonl', jsonl);
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(jsonl)).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, r.articles);
    const sample = lines.find((l) => l.file === 'idlib-2020-02-17.txt');
    assert.ok(sample, lines.map((l) => l.file).join(', '));
    assert.equal(sample.version, 1);
    assert.equal(sample.documentDate, '2020-02-17');
    const csv = wsFile('out/corpus-events.csv');
    await vscode.commands.executeCommand('newsLens.exportCorpus', 'events-csv', csv);
    const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).trim().split('\n');
    assert.equal(rows.filter((x) => x.startsWith('file,event_id')).length, 1, 'one header');
    assert.ok(rows.some((x) => x.startsWith('fixtures/border.news,')));
    const brat = wsFile('out/corpus-brat');
    await vscode.commands.executeCommand('newsLens.exportCorpus', 'brat', brat);
    const ann = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(brat, 'fixtures/border.ann')));
    assert.match(ann, /\tPerson \d+ \d+\tElena Vasilescu/);
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(brat, 'annotation.conf'));
  });

  it('made no network request from the extension while the tests ran', () => {
    const ours = networkCalls.filter((s) => /news-lens|dist[\\/](?:extension|worker)\.js/.test(s));
    assert.deepEqual(ours, []);
  });
});
