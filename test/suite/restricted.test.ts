/**
 * Runs in a workspace that is NOT trusted (Restricted Mode: `npm run test:restricted`), and on
 * documents from a file system provider that is not the disk, as in a virtual workspace
 * (vscode.dev, remote repositories). package.json declares both as supported; this checks it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXT_ID = 'news-lens.news-lens';
const SCHEME = 'newslens-virtual';

/** A minimal in-memory file system: what a virtual workspace gives an extension. */
class MemFs implements vscode.FileSystemProvider {
  private files = new Map<string, Uint8Array>();
  private emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/' ) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: f.length };
  }
  readDirectory(): [string, vscode.FileType][] { return [...this.files.keys()].map((k) => [k.slice(1), vscode.FileType.File]); }
  createDirectory(): void { /* flat */ }
  readFile(uri: vscode.Uri): Uint8Array { const f = this.files.get(uri.path); if (!f) throw vscode.FileSystemError.FileNotFound(uri); return f; }
  writeFile(uri: vscode.Uri, content: Uint8Array): void { this.files.set(uri.path, content); this.emitter.fire([{ type: vscode.FileChangeType.Changed, uri }]); }
  delete(uri: vscode.Uri): void { this.files.delete(uri.path); }
  rename(a: vscode.Uri, b: vscode.Uri): void { const f = this.files.get(a.path); if (f) { this.files.delete(a.path); this.files.set(b.path, f); } }
}

async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, what: string, ms = 20000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null) return v as T;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('News Lens in Restricted Mode and on a virtual file system', () => {
  it('runs in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite runs in Restricted Mode');
    const ext = vscode.extensions.getExtension(EXT_ID)!;
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('reads an article from a non-disk file system, hovers it, and exports through workspace.fs', async () => {
    const fs = new MemFs();
    const reg = vscode.workspace.registerFileSystemProvider(SCHEME, fs, { isCaseSensitive: true });
    try {
      const uri = vscode.Uri.from({ scheme: SCHEME, path: '/story.news' });
      const text = 'date 2020-02-17 Turkish President Tayyip Erdogan said on Sunday that troops would stay in Idlib.\n';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'news');
      const hovers = await waitFor(async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(text.indexOf('Sunday') + 2));
        return h.length ? h : undefined;
      }, 'a date hover');
      const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n').replace(/\\(.)/g, '$1');
      assert.match(md, /2020-02-16/);
      const target = vscode.Uri.from({ scheme: SCHEME, path: '/story.annotations.json' });
      await vscode.commands.executeCommand('newsLens.exportJson', target);
      const json = JSON.parse(new TextDecoder().decode(fs.readFile(target)));
      assert.equal(json.version, 1);
      assert.ok(json.entities.some((e: { name: string; title: string }) => e.name === 'Tayyip Erdogan' && e.title === 'President'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      reg.dispose();
    }
  });
});
