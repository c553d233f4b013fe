import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/health', () => {
  it('reports ok and which database runs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: t.database.kind });
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});

describe('POST /api/auth/login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tiepnhan', password: 'demo1234' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'tiepnhan', role: 'RECEPTION_OFFICER' });
    expect(body.user.agency.name).toBe('Trung tâm Phục vụ hành chính công tỉnh Hải Dương');
    expect(body.user.homeAgency.name).toBe('Sở Tư pháp');
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = response.cookies.find((c) => c.name === 'mc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('marks the cookie Secure behind TLS', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lanhdao', password: 'demo1234' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off in tests, so a forged header must not make the cookie Secure…
    expect(response.cookies.find((c) => c.name === 'mc_session')?.secure).toBeFalsy();
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'vanthu', password: 'nope' },
    });
    const unknownUser = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'khongcoai', password: 'nope' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses further attempts with 429 after repeated failures, even with the right password', async () => {
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'chuyenvien.xd', password },
        remoteAddress: '10.9.9.9',
      });
    for (let i = 0; i < 5; i++) expect((await attempt('sai-mat-khau')).statusCode).toBe(401);
    const blocked = await attempt('demo1234');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_REQUESTS');
    // Another address is not blocked for the same user.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'chuyenvien.xd', password: 'demo1234' },
      remoteAddress: '10.1.1.1',
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('GET /api/auth/me', () => {
  it('needs a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('returns the signed-in user and the CSRF token', async () => {
    const { cookie, csrf } = await t.login('chuyenvien');
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { username: 'chuyenvien', role: 'SPECIALIST', scope: 'AGENCY' },
      csrfToken: csrf,
    });
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
    const { cookie } = await t.login('admin');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/org/center',
      headers: { cookie },
      payload: { phone: '0220 3 999 999' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('accepts it with the token', async () => {
    const { headers } = await t.login('admin');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/org/center',
      headers,
      payload: { phone: '0220 3 999 999' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().phone).toBe('0220 3 999 999');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('MALFORMED_JSON');
  });

  it('answers unknown fields and wrong types with 400 and field paths', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 42, password: 'x', role: 'ADMIN' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const paths = body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('body.username');
    expect(JSON.stringify(body.error.details)).toContain('role');
  });

  it('answers a body over the limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(1_100_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown API path with a 404 error body', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('gives English messages on request', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(response.json().error.message).toBe('You need to sign in to do this.');
  });
});

describe('OpenAPI and metrics', () => {
  it('serves the OpenAPI document with the stable routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/me']));
  });

  it('serves the browsable docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('exposes Prometheus metrics', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('motcua_http_request_duration_seconds_bucket');
    expect(response.body).toContain('route="/api/health"');
  });
});
