/** Web worker entry (browser build): the analysis worker on the worker's global message port. */
import { startWorker, type WorkerRequest } from './workerCore';

declare const self: { postMessage(m: unknown): void; onmessage: ((e: { data: WorkerRequest }) => void) | null };
const handle = startWorker((m) => self.postMessage(m));
self.onmessage = (e) => handle(e.data);
