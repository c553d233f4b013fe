import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client';
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

const agencies = async (asOf?: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/org/agencies${asOf ? `?asOf=${asOf}` : ''}` })).json().items as {
    id: string;
    code: string;
    name: string;
    kind: string;
    codeIsDemo: boolean;
    successorIds: string[];
  }[];

describe('the demo center (seed: Hải Dương, opened 01/03/2019)', () => {
  it('has the center with its parent body, seed rules and seasonal office hours', async () => {
    const center = (await t.app.inject({ method: 'GET', url: '/api/org/center' })).json();
    expect(center.name).toBe('Trung tâm Phục vụ hành chính công tỉnh Hải Dương');
    expect(center.parentBody).toBe('Văn phòng Ủy ban nhân dân tỉnh Hải Dương');
    expect(center.openedOn).toBe('2019-03-01');
    expect(center).toMatchObject({ staffPerAgencyLimit: 2, assignmentMaxMonths: 24, monthlyAllowanceVnd: 400_000 });
    expect(center.officeHours.map((s: { startsOn: string }) => s.startsOn)).toEqual(['04-01', '11-01']);
  });

  it('has the 16 departments, the PPC Office, police and post, valid today', async () => {
    const today = await agencies();
    const departments = today.filter((a) => a.kind === 'DEPARTMENT');
    expect(departments).toHaveLength(16);
    expect(today.find((a) => a.kind === 'PPC_OFFICE')?.name).toBe('Văn phòng Ủy ban nhân dân tỉnh Hải Dương');
    expect(today.some((a) => a.name === 'Công an tỉnh Hải Dương')).toBe(true);
    expect(today.some((a) => a.name === 'Bưu điện tỉnh Hải Dương')).toBe(true);
    expect(today.filter((a) => a.kind === 'DISTRICT')).toHaveLength(12);
    expect(today.find((a) => a.code === '000.00.00.H26')?.codeIsDemo).toBe(false);
    expect(departments.every((a) => a.codeIsDemo)).toBe(true);
  });

  it('records history by validity: Kinh Môn was a district before 01/11/2019 and a town after', async () => {
    const before = await agencies('2019-06-01');
    const after = await agencies('2019-11-01');
    expect(before.some((a) => a.name === 'Ủy ban nhân dân huyện Kinh Môn')).toBe(true);
    expect(before.some((a) => a.name === 'Ủy ban nhân dân thị xã Kinh Môn')).toBe(false);
    expect(after.some((a) => a.name === 'Ủy ban nhân dân thị xã Kinh Môn')).toBe(true);
    const all = await agencies('all');
    const district = all.find((a) => a.name === 'Ủy ban nhân dân huyện Kinh Môn')!;
    const town = all.find((a) => a.name === 'Ủy ban nhân dân thị xã Kinh Môn')!;
    expect(district.successorIds).toEqual([town.id]);
  });
});

describe('agency administration', () => {
  it('creates an agency and audits it in the same request', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/org/agencies',
      headers: { ...admin, 'x-request-id': 'test-create-agency-01' },
      payload: {
        code: '000.00.40.H26',
        codeIsDemo: true,
        name: 'Ban Quản lý các khu công nghiệp tỉnh',
        kind: 'DEPARTMENT',
      },
    });
    expect(response.statusCode).toBe(201);
    const rows = await queryRows<{ action: string; actor_username: string; subject_id: string }>(
      t.database.db,
      sql`select action, actor_username, subject_id from audit_log where request_id = 'test-create-agency-01'`,
    );
    expect(rows).toEqual([{ action: 'agency.create', actor_username: 'admin', subject_id: response.json().id }]);
  });

  it('refuses a malformed identifier code with the field path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/org/agencies',
      headers: admin,
      payload: { code: 'H26-01', name: 'Sở Ngoại vụ', kind: 'DEPARTMENT' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('body.code');
  });

  it('refuses a duplicate code with 409 and writes nothing', async () => {
    const before = (await agencies('all')).length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/org/agencies',
      headers: admin,
      payload: { code: '000.00.04.H26', name: 'Sở Tư pháp (trùng)', kind: 'DEPARTMENT' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ALREADY_EXISTS');
    expect((await agencies('all')).length).toBe(before);
  });

  it('refuses to put an agency under its own sub-unit', async () => {
    const all = await agencies();
    const ppc = all.find((a) => a.code === '000.00.00.H26')!;
    const office = all.find((a) => a.kind === 'PPC_OFFICE')!;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/org/agencies/${ppc.id}`,
      headers: admin,
      payload: { parentId: office.id },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('refuses an end of validity before its start', async () => {
    const justice = (await agencies()).find((a) => a.name === 'Sở Tư pháp')!;
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/org/agencies/${justice.id}`,
      headers: admin,
      payload: { validFrom: '2020-01-01', validTo: '2019-12-31' },
    });
    expect(response.statusCode).toBe(400);
  });

  it('is closed to a specialist (403) and to anonymous callers (401)', async () => {
    const specialist = (await t.login('chuyenvien')).headers;
    const payload = { code: '000.00.41.H26', name: 'Thử', kind: 'DEPARTMENT' };
    const forbidden = await t.app.inject({ method: 'POST', url: '/api/org/agencies', headers: specialist, payload });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/org/agencies', payload });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('center settings', () => {
  it('refuses office hours whose afternoon starts before the morning ends', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/org/center',
      headers: admin,
      payload: {
        officeHours: [
          {
            name: 'Cả năm',
            startsOn: '01-01',
            morningStart: '07:30',
            morningEnd: '12:00',
            afternoonStart: '11:00',
            afternoonEnd: '16:30',
            saturdayMorningOpen: true,
          },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('buổi chiều');
  });

  it('refuses an out-of-range allowance', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/org/center',
      headers: admin,
      payload: { monthlyAllowanceVnd: -1 },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('counters and service areas', () => {
  it('lists the demo counters with their agencies', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/org/counters' })).json().items;
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(items[0]).toMatchObject({ number: 1, agency: { name: 'Sở Tư pháp' } });
  });

  it('creates a counter and refuses a duplicate number with 409', async () => {
    const areas = (await t.app.inject({ method: 'GET', url: '/api/org/service-areas', headers: admin })).json().items;
    const payload = { number: 30, name: 'Quầy 30 – Thuế', serviceAreaId: areas[0].id };
    const created = await t.app.inject({ method: 'POST', url: '/api/org/counters', headers: admin, payload });
    expect(created.statusCode).toBe(201);
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/org/counters', headers: admin, payload });
    expect(duplicate.statusCode).toBe(409);
  });
});

describe('audit log', () => {
  it('is append-only: the database refuses to change or delete a row', async () => {
    // Drizzle wraps the database error; the trigger's message is in its cause.
    const failure = async (query: Promise<unknown>) =>
      query.then(
        () => 'no error',
        (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ''}`,
      );
    expect(await failure(t.database.db.execute(sql`update audit_log set action = 'x'`))).toMatch(/append-only/);
    expect(await failure(t.database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
  });

  it('is readable by the administrator and the center leader, not by a specialist', async () => {
    const leader = (await t.login('lanhdao')).headers;
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/audit?action=auth.login', headers: leader })).statusCode,
    ).toBe(200);
    const specialist = (await t.login('chuyenvien')).headers;
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: specialist })).statusCode).toBe(403);
  });
});
