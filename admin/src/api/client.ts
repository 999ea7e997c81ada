import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** One entry of an error answer's `details`: which field (dotted path) and what is wrong. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * Every failed call rejects with an ApiError built from the server's error body
 * `{error:{code,message,details}}`. Screens branch on `code`, never on the message text.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly requestId?: string,
    /** `details` exactly as the server sent it, for codes whose details are not a field list (TEMPLATE_INVALID: {line, column, reason}). */
    readonly rawDetails?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// The CSRF token lives in memory only (never in storage): it comes with the login and session
// answers, and the session cookie alone is not enough to change anything.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let unauthenticatedHandler: (() => void) | null = null;
/** Called when a request answers 401 outside the login flow (the session ended or expired). */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// These answer 401 as part of their normal flow; the screens that call them handle it.
const authProbes = ['/api/admin/auth/login', '/api/admin/auth/session'];

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    const details = Array.isArray(error.details)
      ? error.details.filter((d): d is ErrorDetail => typeof d?.path === 'string' && typeof d?.message === 'string')
      : [];
    return new ApiError(
      response.status,
      error.code,
      typeof error.message === 'string' ? error.message : '请求失败',
      details,
      typeof error.requestId === 'string' ? error.requestId : undefined,
      error.details,
    );
  }
  return new ApiError(response.status, `HTTP_${response.status}`, `请求失败（HTTP ${response.status}）`);
}

const jiyueMiddleware: Middleware = {
  onRequest({ request }) {
    if (!safeMethods.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const error = await toApiError(response);
    const path = new URL(request.url, window.location.origin).pathname;
    if (response.status === 401 && !authProbes.includes(path)) unauthenticatedHandler?.();
    throw error;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  },
};

/** The typed API client: paths, parameters and bodies are checked against the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(jiyueMiddleware);

/**
 * Awaits a client call and returns its data. Failures have already been turned into ApiError by
 * the middleware, so the `error` branch is only a safety net.
 */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const result = await request;
  if (result.error !== undefined || !result.response.ok) throw await toApiError(result.response);
  return result.data as T;
}

/** Sends a call outside the typed client; answers the response when it is ok, else throws ApiError. */
async function send(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, accept: string): Promise<Response> {
  const headers = new Headers({ accept });
  if (!safeMethods.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers.set('content-type', 'application/json');
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !authProbes.includes(path)) unauthenticatedHandler?.();
    throw error;
  }
  return response;
}

/**
 * A call outside the typed client: routes not (yet) in the generated schema and multipart uploads.
 * Same rules as `api`: the CSRF header on writes, errors as ApiError, a 401 back to the login page.
 * A FormData body is sent as multipart/form-data, anything else as JSON; 204 answers undefined.
 */
export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body, 'application/json');
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Like `request`, for routes that answer text (an HTML preview); errors still come as JSON. */
export async function requestText(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<string> {
  const response = await send(method, path, body, 'text/html, application/json');
  return response.text();
}

/** The query string of a filter object, without empty values (for links such as the CSV export). */
export function toQueryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
