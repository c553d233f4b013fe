import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, setApiLanguage, setCsrfToken } from './api-client';

function mockFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const headersOf = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setApiLanguage('vi');
});

describe('api client', () => {
  it('sends the CSRF token on writes only, with the session cookie and the UI language', async () => {
    const fetchMock = mockFetch(200, { ok: true });
    setCsrfToken('token-1');
    setApiLanguage('en');
    await api.get('/api/org/center');
    await api.patch('/api/org/center', { phone: '1' });
    const [getCall, patchCall] = fetchMock.mock.calls;
    expect(headersOf(getCall![1])['X-CSRF-Token']).toBeUndefined();
    expect(headersOf(patchCall![1])['X-CSRF-Token']).toBe('token-1');
    expect(headersOf(patchCall![1])['Accept-Language']).toBe('en');
    expect(patchCall![1]!.credentials).toBe('same-origin');
    expect(patchCall![1]!.body).toBe('{"phone":"1"}');
  });

  it("turns an error body into an ApiError carrying the server's message", async () => {
    mockFetch(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    const error = await api.post('/api/auth/login', { username: 'a', password: 'b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect((error as ApiError).message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('reports an unreachable server in the UI language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await api.get('/api/health').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(/Không kết nối được máy chủ/);
  });

  it('uploads multipart bodies with the CSRF token and lets the browser set the Content-Type', async () => {
    const fetchMock = mockFetch(201, { id: 'a' });
    setCsrfToken('token-2');
    const form = new FormData();
    form.append('kind', 'COMPONENT');
    await api.upload('/api/dossiers/x/attachments', form);
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init!.method).toBe('POST');
    expect(init!.body).toBe(form);
    expect(headersOf(init)['X-CSRF-Token']).toBe('token-2');
    expect(headersOf(init)['Content-Type']).toBeUndefined();
  });

  it('leaves empty query values out of the URL', () => {
    expect(buildUrl('/api/audit', { action: '', actor: 'admin', page: 2, subjectType: undefined })).toBe(
      '/api/audit?actor=admin&page=2',
    );
    expect(buildUrl('/api/org/agencies', { asOf: undefined })).toBe('/api/org/agencies');
  });
});
