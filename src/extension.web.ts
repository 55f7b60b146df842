/** The browser entry (vscode.dev, github.dev): News Lens with its analysis in a web worker. */
import * as vscode from 'vscode';
import { activateNewsLens, type NewsLensApi } from './activate';
import type { AnalysisWorker } from './editor/analysisService';

declare class Blob { constructor(parts: unknown[], options?: { type: string }); }
declare const URL: { createObjectURL(b: Blob): string };
declare class Worker {
  constructor(url: string);
  postMessage(m: unknown): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message: string }) => void) | null;
  terminate(): void;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  console.log('[News Lens] browser build active (web worker extension host)');
  return activateNewsLens(context, (): AnalysisWorker => {
    // The worker script is read through the workspace file system and started from a Blob: the
    // extension's own URI may not be a URL the browser can load (a remote or virtual location).
    let worker: Worker | undefined;
    let broken: Error | undefined;
    const queue: unknown[] = [];
    let onMessage: (m: never) => void = () => undefined;
    let onError: (e: Error) => void = () => undefined;
    void vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js')).then((bytes) => {
      worker = new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
      worker.onmessage = (e) => onMessage(e.data as never);
      worker.onerror = (e) => onError(new Error(e.message));
      for (const m of queue.splice(0)) worker.postMessage(m);
    }, (e: unknown) => { broken = e instanceof Error ? e : new Error(String(e)); onError(broken); });
    return {
      postMessage: (m) => { if (worker) worker.postMessage(m); else queue.push(m); },
      onMessage: (fn) => { onMessage = fn as (m: never) => void; },
      onError: (fn) => { onError = fn; if (broken) fn(broken); },
      terminate: () => worker?.terminate(),
    };
  });
}

export function deactivate(): void { /* disposables do the work */ }
