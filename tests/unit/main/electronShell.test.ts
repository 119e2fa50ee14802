// Pieces of the Electron shell that can be checked without its binary: the built preload,
// run against a stand-in `electron` module, and the IPC sender check.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract.js';
import { isAppFrame } from '../../../main/shells/electron/senderCheck.js';

const PRELOAD = join(import.meta.dirname, '..', '..', '..', 'dist', 'main', 'preload.cjs');

async function runPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const channels = new Map<string, (...a: unknown[]) => void>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { ok: true, value: 'answer' };
      },
      on: (channel: string, fn: (...a: unknown[]) => void) => channels.set(channel, fn),
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`the preload may require only electron, not ${name}`);
  };
  vm.runInNewContext(await readFile(PRELOAD, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console });
  return { exposed, invoked, channels, required };
}

describe('the preload', () => {
  it('exposes window.ktav with one function per call of the contract, over one IPC channel', async () => {
    const { exposed, invoked, required } = await runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    const ktav = exposed.ktav as Record<string, Record<string, (a: unknown) => Promise<unknown>>>;
    for (const name of CALL_NAMES) {
      const [ns, method] = name.split('.') as [string, string];
      expect(typeof ktav[ns]?.[method], name).toBe('function');
    }
    await expect(ktav.article!.get!({ id: 'abc' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoked).toEqual([['ktav:invoke', 'article.get', { id: 'abc' }]]);
    expect(Object.keys(exposed)).toEqual(['ktav']);
  });

  it('delivers events from main to listeners, and stops when asked', async () => {
    const { exposed, channels } = await runPreload();
    const ktav = exposed.ktav as { on: (e: string, l: (p: unknown) => void) => () => void };
    const seen: unknown[] = [];
    const stop = ktav.on('menu.command', (p) => seen.push(p));
    channels.get('ktav:event')!({}, 'menu.command', { command: 'article.new' });
    stop();
    channels.get('ktav:event')!({}, 'menu.command', { command: 'view.library' });
    expect(seen).toEqual([{ command: 'article.new' }]);
  });
});

describe('the IPC sender check', () => {
  it('accepts only the app page in its top frame', () => {
    expect(isAppFrame({ url: 'ktav://app/index.html', parent: null })).toBe(true);
    expect(isAppFrame({ url: 'ktav://app/index.html', parent: {} })).toBe(false); // an iframe
    expect(isAppFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isAppFrame({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isAppFrame({ url: 'ktav://media/x', parent: null })).toBe(false);
    expect(isAppFrame({ url: 'not a url', parent: null })).toBe(false);
    expect(isAppFrame({ url: 'ktav://application/index.html', parent: null })).toBe(false);
    expect(isAppFrame(null)).toBe(false);
  });
});
