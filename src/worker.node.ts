/** Worker thread entry (Node): the analysis worker on a worker_threads port. */
import { parentPort } from 'node:worker_threads';
import { startWorker } from './workerCore';

const handle = startWorker((m) => parentPort!.postMessage(m));
parentPort?.on('message', handle);
