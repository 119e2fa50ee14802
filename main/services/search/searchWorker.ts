// Worker thread entry of the search index (built to dist/main/searchWorker.js): one SearchHost
// answering the main thread's requests in order, and telling it how far building has come.
import { parentPort } from 'node:worker_threads';
import { SearchHost, type SearchRequest } from './searchHost.js';

const host = new SearchHost({ syncReads: true });
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ seq, request }: { seq: number; request: SearchRequest }) => {
  queue = queue.then(async () => {
    try {
      const progress = (done: number, total: number) => parentPort!.postMessage({ progress: { done, total } });
      parentPort!.postMessage({ seq, ok: true, value: await host.handle(request, progress) });
    } catch (error) {
      parentPort!.postMessage({ seq, ok: false, message: (error as Error).message });
    }
  });
});
