/** The Node entry: News Lens with its analysis in a worker thread. */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { activateNewsLens, type NewsLensApi } from './activate';
import type { AnalysisWorker } from './editor/analysisService';

export type { NewsLensApi } from './activate';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateNewsLens(context, (): AnalysisWorker => {
    const w = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
    return { postMessage: (m) => w.postMessage(m), onMessage: (fn) => w.on('message', fn), onError: (fn) => w.on('error', fn), terminate: () => void w.terminate() };
  });
}

export function deactivate(): void { /* disposables do the work */ }
