// Worker thread entry of the search index (built to dist/main/searchWorker.js): one SearchHost
// answering the main thread's requests in order.
import { parentPort } from 'node:worker_threads';
import { SearchHost, type SearchRequest } from './searchHost.js';

const host = new SearchHost({ syncReads: true });
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ seq, request }: { seq: number; request: SearchRequest }) => {
  queue = queue.then(async () => {
    try {
      parentPort!.postMessage({ seq, ok: true, value: await host.handle(request) });
    } catch (error) {
      parentPort!.postMessage({ seq, ok: false, message: (error as Error).message });
    }
  });
});
