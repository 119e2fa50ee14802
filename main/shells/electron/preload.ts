// The preload: `window.ktav`, one function per call of the contract, over IPC.
// Runs sandboxed and context-isolated; it hands the page functions, never `ipcRenderer`.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../../../shared/api/contract.js';
import { buildKtavApi } from '../../../shared/api/client.js';

// Channel names repeated here rather than imported from ipc.ts, which runs in main.
const api = buildKtavApi(
  CALL_NAMES,
  (name, args) => ipcRenderer.invoke('ktav:invoke', name, args),
  (listener) => {
    ipcRenderer.on('ktav:event', (_event, name: string, payload: unknown) => listener(name, payload));
  },
);

contextBridge.exposeInMainWorld('ktav', api);
