import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.login('admin')).headers;
});
afterAll(async () => {
  await t?.close();
});

async function agencyId(name: string) {
  const items = (await t.app.inject({ method: 'GET', url: '/api/org/agencies' })).json().items;
  return items.find((a: { name: string }) => a.name === name).id as string;
}

describe('roles and agency scope', () => {
  it.each([
    ['admin', 'ADMIN', 'ALL'],
    ['lanhdao', 'CENTER_LEADER', 'ALL'],
    ['tiepnhan', 'RECEPTION_OFFICER', 'ALL'],
    ['chuyenvien', 'SPECIALIST', 'AGENCY'],
    ['lanhdaoso', 'AGENCY_LEADER', 'AGENCY'],
    ['vanthu', 'CLERK', 'AGENCY'],
    ['chuyenvien.xd', 'SPECIALIST', 'AGENCY'],
  ])('%s is %s with scope %s', async (username, role, scope) => {
    const { cookie } = await t.login(username);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json();
    expect(me.user).toMatchObject({ username, role, scope });
  });

  it('puts the two specialists in different departments', async () => {
    const justice = (await t.login('chuyenvien')).cookie;
    const construction = (await t.login('chuyenvien.xd')).cookie;
    const a = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: justice } })).json();
    const b = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: construction } })).json();
    expect(a.user.agency.name).toBe('Sở Tư pháp');
    expect(b.user.agency.name).toBe('Sở Xây dựng');
  });
});

describe('user administration', () => {
  it('creates a user who can then sign in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin,
      payload: {
        username: 'chuyenvien.yt',
        fullName: 'Lương Thị Ngọc',
        role: 'SPECIALIST',
        agencyId: await agencyId('Sở Y tế'),
        password: 'demo1234',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: 'chuyenvien.yt', agency: { name: 'Sở Y tế' }, active: true });
    const me = await t.login('chuyenvien.yt');
    expect(me.csrf).toBeTruthy();
  });

  it('refuses a taken username with 409', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin,
      payload: {
        username: 'tiepnhan',
        fullName: 'Trùng tên',
        role: 'VIEWER',
        agencyId: await agencyId('Sở Y tế'),
        password: 'demo1234',
      },
    });
    expect(response.statusCode).toBe(409);
  });

  it('refuses an unknown agency with the field path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin,
      payload: {
        username: 'nguoimoi',
        fullName: 'Người Mới',
        role: 'VIEWER',
        agencyId: '11111111-1111-4111-8111-111111111111',
        password: 'demo1234',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('body.agencyId');
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const { cookie } = await t.login('xem');
    const users = (await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: admin })).json().items;
    const viewer = users.find((u: { username: string }) => u.username === 'xem');
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${viewer.id}`,
      headers: admin,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'xem', password: 'demo1234' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('does not let an administrator lock themselves out', async () => {
    const users = (await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: admin })).json().items;
    const self = users.find((u: { username: string }) => u.username === 'admin');
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${self.id}`,
      headers: admin,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(422);
  });

  it('logs out: the cookie no longer works', async () => {
    const { headers, cookie } = await t.login('vanthu');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('production mode (no demo)', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({ demo: false });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('seeds no accounts', async () => {
    const response = await prod.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'demo1234' },
    });
    expect(response.statusCode).toBe(401);
  });
});
