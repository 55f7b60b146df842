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

  it('hovers "Sunday" with its ISO value and how it was resolved', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos('Sunday'));
    const t = hoverText(hovers);
    assert.match(t, /\*\*2020-02-16\*\* — date/);
    assert.match(t, /Sunday before the dateline 2020-02-17/);
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
});
