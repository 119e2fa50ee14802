// Worker thread entry of the spelling dictionaries (built to dist/main/spellWorker.js): one
// SpellHost answering the main thread's requests in order.
import { parentPort } from 'node:worker_threads';
import { SpellHost, type SpellRequest } from './spellHost.js';

const host = new SpellHost();
let queue: Promise<unknown> = Promise.resolve();

parentPort!.on('message', ({ seq, request }: { seq: number; request: SpellRequest }) => {
  queue = queue.then(async () => {
    try {
      parentPort!.postMessage({ seq, ok: true, value: await host.handle(request) });
    } catch (error) {
      parentPort!.postMessage({ seq, ok: false, message: (error as Error).message });
    }
  });
});
