import type { FieldIssue } from '@mot-cua/contracts';

/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, `Accept-Language`
 * from the UI language (the server answers error messages in it), and the CSRF token on every write.
 * It has no UI side effects; callers decide what to show.
 */

export type ApiLanguage = 'vi' | 'en';

let csrfToken: string | null = null;
let language: ApiLanguage = 'vi';

/** Kept in memory only (never in storage): it comes back from login and from GET /api/auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: ApiLanguage): void {
  language = lang;
}

const fallbackMessages = {
  NETWORK_ERROR: {
    vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    en: 'Cannot reach the server. Check the network and try again.',
  },
  BAD_RESPONSE: {
    vi: 'Máy chủ trả lời không đúng định dạng. Vui lòng thử lại sau.',
    en: 'The server sent an unexpected answer. Try again later.',
  },
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field issues of a VALIDATION_FAILED answer, e.g. `{ path: 'body.name', message }`. */
  get fieldIssues(): FieldIssue[] {
    const fields = (this.details as { fields?: unknown } | undefined)?.fields;
    if (!Array.isArray(fields)) return [];
    return (fields as unknown[]).filter(
      (f): f is FieldIssue =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as FieldIssue).path === 'string' &&
        typeof (f as FieldIssue).message === 'string',
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A multipart body (file uploads): the browser sets its Content-Type with the boundary. */
  form?: FormData;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `If-Match` with the revision an editor loaded. */
  headers?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': language,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', fallbackMessages.NETWORK_ERROR[language]);
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'BAD_RESPONSE', fallbackMessages.BAD_RESPONSE[language]);
    }
  }
  if (!response.ok) throw apiErrorOf(response.status, payload);
  return payload as T;
}

/** The API's `{ error: { code, message, details? } }` body (or whatever came instead) as an ApiError. */
function apiErrorOf(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  return new ApiError(
    status,
    typeof error?.code === 'string' ? error.code : `HTTP_${status}`,
    typeof error?.message === 'string' ? error.message : fallbackMessages.BAD_RESPONSE[language],
    error?.details,
  );
}

/**
 * GET a file (a PDF to print): the body as a Blob, or the API's `{ error }` as an ApiError, so a refused export
 * shows its message instead of a broken tab.
 */
async function requestBlob(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      headers: { 'Accept-Language': language },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', fallbackMessages.NETWORK_ERROR[language]);
  }
  if (response.ok) return response.blob();
  throw apiErrorOf(response.status, await response.json().catch(() => undefined));
}

export const api = {
  /** A file (PDF, xlsx) as a Blob. */
  blob: requestBlob,
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Pick<RequestOptions, 'headers'>) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown, options?: Pick<RequestOptions, 'headers'>) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Pick<RequestOptions, 'headers'>) => request<T>('DELETE', path, options),
  /** POST multipart/form-data (with the CSRF token like every write). */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};
