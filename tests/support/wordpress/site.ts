// The loopback WordPress as a test file uses it: the site installed (once per machine, re-used
// after), a PHP server of this file's own on a free port, stopped after. See ./wordpress.mjs.
import { ensureSite, startServer, freePort } from './wordpress.mjs';

export type WpRole = 'administrator' | 'editor' | 'author' | 'contributor';

export interface WpUser {
  id: number;
  user: string;
  name: string;
  password: string;
}

export interface WordPressSite {
  url: string;
  port: number;
  users: Record<WpRole, WpUser>;
  /** Stops this file's PHP server (the database keeps running for the other files). */
  stop(): Promise<void>;
  /** Starts the PHP server again on the same port (after a test stopped it mid-publish). */
  restart(): Promise<void>;
  /** A GET of the REST API as one of the users, parsed. */
  rest<T = unknown>(route: string, as?: WpRole, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }>;
}

export async function startWordPress(): Promise<WordPressSite> {
  const { users } = (await ensureSite()) as { users: Record<WpRole, WpUser> };
  let server = await startServer();
  const site: WordPressSite = {
    get url() {
      return server.url;
    },
    get port() {
      return server.port;
    },
    users,
    stop: () => server.stop(),
    restart: async () => {
      await server.stop();
      server = await startServer({ port: server.port });
    },
    rest: async <T,>(route: string, as: WpRole = 'administrator', init: RequestInit = {}) => {
      const [path, query] = route.split('?');
      const url = `${server.url}/?rest_route=${path}${query ? `&${query}` : ''}`;
      const auth = Buffer.from(`${users[as].user}:${users[as].password}`).toString('base64');
      const r = await fetch(url, { ...init, headers: { authorization: `Basic ${auth}`, ...(init.headers as Record<string, string> | undefined) } });
      const text = await r.text();
      return { status: r.status, body: (text ? JSON.parse(text) : null) as T, headers: r.headers };
    },
  };
  return site;
}

export { freePort };
