// `ktav://app/…`: the app and its media served from a privileged custom scheme, never file://.
import { protocol } from 'electron';
import type { AppRuntime } from '../appRuntime.js';

import { APP_SCHEME } from './appUrl.js';

export { APP_SCHEME, APP_ORIGIN, APP_URL } from './appUrl.js';

/** Must run before the app is ready. */
export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function handleScheme(runtime: AppRuntime): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const res = await runtime.assets(url.pathname);
    return new Response(new Uint8Array(res.body), { status: res.status, headers: { 'Content-Type': res.contentType, ...res.headers } });
  });
}
