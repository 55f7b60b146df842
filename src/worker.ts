/** Worker thread: runs the analyser off the extension host thread. */
import { parentPort } from 'node:worker_threads';
import { analyze } from './analysis';
import type { AnalyzeOptions } from './analysis/types';

export interface WorkerRequest { id: number; text: string; options: AnalyzeOptions; }
export type WorkerResponse = { id: number; analysis: ReturnType<typeof analyze>; ms: number } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  const t0 = performance.now();
  try {
    const analysis = analyze(req.text, req.options);
    parentPort!.postMessage({ id: req.id, analysis, ms: performance.now() - t0 } satisfies WorkerResponse);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) } satisfies WorkerResponse);
  }
});
