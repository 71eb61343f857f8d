import type { paths } from '@api/schema';
import createClient, { type Middleware } from 'openapi-fetch';

import { ApiError, toApiError } from './api-error';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : undefined;
}

/**
 * Sends the CSRF token from the XSRF-TOKEN cookie back in the X-XSRF-TOKEN header on every
 * request that changes something. The server sets the cookie on its responses; before the first
 * one, a GET of the session fetches it.
 */
const csrf: Middleware = {
  async onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) {
      return request;
    }
    const token = await csrfToken();
    if (token !== undefined) {
      request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
};

async function csrfToken(): Promise<string | undefined> {
  let token = readCookie(CSRF_COOKIE);
  if (token === undefined) {
    await fetch(new URL('/api/session', window.location.origin), { credentials: 'same-origin' });
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

/**
 * Asks the server for its messages (problem details, field errors, the rubric's reasons) in the
 * language the person chose: the page's language, which i18n keeps on <html lang>.
 */
const language: Middleware = {
  onRequest({ request }) {
    const chosen = document.documentElement.lang;
    if (chosen) {
      request.headers.set('Accept-Language', chosen);
    }
    return request;
  },
};

/** The typed client of CivicLab's API, its paths and bodies generated from the OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // Looked up at each call, not when the module loads, so that test doubles of fetch apply.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});
api.use(csrf, language);

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The response's data, or an {@link ApiError} carrying the server's ProblemDetail. */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError({ status: 0, title: 'Network error', detail: String(cause) });
  }
  if (!result.response.ok) {
    throw toApiError(result.response.status, result.error, retryAfter(result.response));
  }
  return result.data as T;
}

/** The seconds a 429's Retry-After header asks to wait (it may also give a date). */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
