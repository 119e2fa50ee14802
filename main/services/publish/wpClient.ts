// WordPress's REST API over Node's fetch, as one user with an application password (basic
// auth). Every failure becomes a KtavError that says what happened in the person's words, with
// its kind for programs (`siteFailureOf`): the outbox keeps requests that failed because the
// site was away (`unreachable`, `server`) or whose answer never came (`uncertain`: the request
// may have been done, so a retry looks before it makes anything), and gives the person the rest.
import { KtavError, type MessageKey } from '../../../shared/api/errors.js';
import { restUrl } from './siteAddress.js';

export type SiteFailureKind =
  /** Never reached the site: nothing was done there. */
  | 'unreachable'
  /** Sent, but no answer came back (a reset, a time-out): it may have been done. */
  | 'uncertain'
  /** The site answered 5xx. */
  | 'server'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  /** Refused as it was asked (4xx): sending it again gives the same. */
  | 'refused'
  | 'not-wordpress';

export interface SiteFailureDetail {
  site: true;
  kind: SiteFailureKind;
  status?: number;
  /** WordPress's own error code (`incorrect_password`, `rest_cannot_publish`). */
  wpCode?: string;
}

export function siteFailureOf(error: unknown): SiteFailureDetail | null {
  if (error instanceof KtavError && typeof error.detail === 'object' && error.detail !== null && (error.detail as SiteFailureDetail).site) return error.detail as SiteFailureDetail;
  return null;
}

/** A failure that the outbox retries: the site was away or broken, not a refusal of what was asked. */
export function isRetryable(error: unknown): boolean {
  const kind = siteFailureOf(error)?.kind;
  return kind === 'unreachable' || kind === 'uncertain' || kind === 'server';
}

export interface WpRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** Raw bytes (a picture), with its headers. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** Connection errors that mean the request never left this machine. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);

/** WordPress's codes for a wrong user or password. */
const AUTH_CODES = new Set(['incorrect_password', 'invalid_username', 'invalid_email', 'rest_not_logged_in', 'application_passwords_disabled', 'application_passwords_disabled_for_user']);

export class WpClient {
  private readonly auth: string;

  constructor(
    readonly base: string,
    readonly user: string,
    password: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.auth = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  }

  async request<T>(route: string, r: WpRequest = {}): Promise<{ body: T; headers: Headers }> {
    const method = r.method ?? (r.json !== undefined || r.body ? 'POST' : 'GET');
    const headers: Record<string, string> = { authorization: this.auth, accept: 'application/json', ...r.headers };
    let payload: string | Uint8Array | undefined;
    if (r.json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      payload = JSON.stringify(r.json);
    } else if (r.body) payload = r.body;
    let response: Response;
    try {
      response = await this.fetchImpl(restUrl(this.base, route, r.query), { method, headers, body: payload as RequestInit["body"], redirect: 'follow', signal: AbortSignal.timeout(r.timeoutMs ?? 120_000) });
    } catch (error) {
      throw this.connectionError(error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw this.connectionError(error);
    }
    const body = parseJson(text);
    if (response.ok) {
      if (!isJsonType(response)) throw this.fail('not-wordpress', 'publish:notWordPress', {}, response.status);
      // JSON cut short: the connection broke while the answer came, after the site did the work.
      if (body === undefined) throw this.fail('uncertain', 'publish:unreachable', {}, response.status);
      return { body: body as T, headers: response.headers };
    }
    const wp = body && typeof body === 'object' ? (body as { code?: unknown; message?: unknown }) : {};
    const wpCode = typeof wp.code === 'string' ? wp.code : undefined;
    const message = typeof wp.message === 'string' ? stripTags(wp.message) : '';
    if (!wpCode) {
      if (response.status >= 500) throw this.fail('server', 'publish:serverError', { status: response.status }, response.status);
      // An answer that is not WordPress's JSON: another server, or no REST API at this address.
      throw this.fail('not-wordpress', 'publish:notWordPress', {}, response.status);
    }
    if (response.status === 401 || AUTH_CODES.has(wpCode)) throw this.fail('auth', 'publish:wrongPassword', { user: this.user }, response.status, wpCode);
    if (response.status >= 500) throw this.fail('server', 'publish:serverError', { status: response.status }, response.status, wpCode);
    if (response.status === 403) throw this.fail('forbidden', 'publish:forbidden', { user: this.user, message }, response.status, wpCode);
    if (response.status === 404 && wpCode === 'rest_no_route') throw this.fail('not-wordpress', 'publish:notWordPress', {}, response.status, wpCode);
    if (response.status === 404) throw this.fail('not-found', 'publish:refused', { message }, response.status, wpCode);
    throw this.fail('refused', 'publish:refused', { message: message || wpCode }, response.status, wpCode);
  }

  get<T>(route: string, query?: WpRequest['query']): Promise<T> {
    return this.request<T>(route, { query }).then((r) => r.body);
  }

  post<T>(route: string, json: unknown, query?: WpRequest['query']): Promise<T> {
    return this.request<T>(route, { json, query }).then((r) => r.body);
  }

  private connectionError(error: unknown): KtavError {
    const code = causeCode(error);
    if (code === 'TimeoutError') return this.fail('uncertain', 'publish:timedOut', {}, undefined, undefined, error);
    if (code && NOT_SENT.has(code)) return this.fail('unreachable', 'publish:unreachable', {}, undefined, undefined, error);
    return this.fail('uncertain', 'publish:unreachable', {}, undefined, undefined, error);
  }

  private fail(kind: SiteFailureKind, key: MessageKey, params: Record<string, string | number>, status?: number, wpCode?: string, cause?: unknown): KtavError {
    const detail: SiteFailureDetail = { site: true, kind, status, wpCode };
    const code = kind === 'forbidden' || kind === 'auth' ? 'forbidden' : kind === 'not-found' ? 'not-found' : 'remote';
    return new KtavError(code, key, { url: this.base, ...params }, { cause, detail });
  }
}

function causeCode(error: unknown): string | undefined {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'TimeoutError';
  let e: unknown = error;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isJsonType(response: Response): boolean {
  return /\bjson\b/i.test(response.headers.get('content-type') ?? '');
}

/** WordPress's messages may hold HTML (a link to the docs): the person reads text. */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&').trim();
}
