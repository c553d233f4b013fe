import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });
const due = (receivedAt: string, amount: number | string, unit: string) =>
  get(`/api/calendar/due?receivedAt=${encodeURIComponent(receivedAt)}&amount=${amount}&unit=${unit}`);

describe('GET /api/calendar/due (public)', () => {
  it('Civil Code 2015 Art 147: a Friday 27/10/2023 09:32 receipt with 5 working days is due Friday 03/11/2023', async () => {
    const response = await due('2023-10-27T09:32:00+07:00', 5, 'WORKING_DAY');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dueDate: '2023-11-03', calendarStatus: 'official' });
    expect(response.json().dueAt).toMatch(/^2023-11-03T\d{2}:\d{2}:\d{2}\+07:00$/);
  });

  it('skips the official Tết 2026 break (14/02–22/02/2026)', async () => {
    const response = await due('2026-02-12T10:00:00+07:00', 2, 'WORKING_DAY');
    // Fri 13/02 is the first working day after receipt, Mon 23/02 the second.
    expect(response.json().dueDate).toBe('2026-02-23');
  });

  it('counts a Sunday receipt from the next working day', async () => {
    const response = await due('2026-11-29T09:00:00+07:00', 1, 'WORKING_DAY');
    expect(response.json().dueDate).toBe('2026-12-01');
  });

  it('Civil Code 2015 Art 148: a calendar-day period ending on a Sunday ends on the next working day', async () => {
    // Received Wed 18/11/2026; +4 calendar days = Sun 22/11 → Mon 23/11.
    const response = await due('2026-11-18T09:00:00+07:00', 4, 'CALENDAR_DAY');
    expect(response.json().dueDate).toBe('2026-11-23');
  });

  it('computes a year beyond the official tables on the draft and says so', async () => {
    const response = await due('2027-03-01T09:00:00+07:00', 5, 'WORKING_DAY');
    expect(response.statusCode).toBe(200);
    expect(response.json().calendarStatus).toBe('draft');
  });

  it.each([
    ['2026-11-27T09:30:00', 5, 'WORKING_DAY', 'receivedAt'],
    ['not-a-date', 5, 'WORKING_DAY', 'receivedAt'],
    ['2026-11-27T09:30:00+07:00', -1, 'WORKING_DAY', 'amount'],
    ['2026-11-27T09:30:00+07:00', 3651, 'WORKING_DAY', 'amount'],
    ['2026-11-27T09:30:00+07:00', 'abc', 'WORKING_DAY', 'amount'],
    ['2026-11-27T09:30:00+07:00', 5, 'FORTNIGHT', 'unit'],
  ])('refuses receivedAt=%s amount=%s unit=%s with 400 naming %s', async (receivedAt, amount, unit, field) => {
    const response = await due(receivedAt, amount, unit);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(`querystring.${field}`);
  });

  it('refuses a year outside the supported range with 400 and says what is accepted', async () => {
    const response = await due('1990-05-02T09:00:00+07:00', 5, 'WORKING_DAY');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CALENDAR_OUT_OF_RANGE');
    expect(response.json().error.message).toMatch(/\d{4}/);
  });
});

describe('GET /api/calendar/working-days', () => {
  it('counts both ends and lists the Tết 2026 weekdays off', async () => {
    const response = await get('/api/calendar/working-days?from=2026-02-09&to=2026-02-27');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // 09–13/02 (5) + 23–27/02 (5): 16–20/02 are Tết.
    expect(body.count).toBe(10);
    expect(body.nonWorkingWeekdays).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(body.workingWeekendDays).toEqual([]);
    expect(body.details[0].reason).toMatch(/Tết/);
  });

  it('lists the 2019 make-up Saturdays as working weekend days', async () => {
    const response = await get('/api/calendar/working-days?from=2019-01-01&to=2019-05-31');
    expect(response.json().workingWeekendDays).toEqual(['2019-01-05', '2019-05-04']);
  });

  it('refuses to > from with 400', async () => {
    expect((await get('/api/calendar/working-days?from=2026-03-01&to=2026-02-01')).statusCode).toBe(400);
    expect((await get('/api/calendar/working-days?from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
  });
});

describe('GET /api/calendar/years/:year', () => {
  it('gives 2025 as official with every entry reasoned and sourced', async () => {
    const body = (await get('/api/calendar/years/2025')).json();
    expect(body.status).toBe('official');
    expect(body.warning).toBeNull();
    expect(body.entries.length).toBeGreaterThan(8);
    for (const e of body.entries) {
      expect(e.reason.length).toBeGreaterThan(3);
      expect(e.source.length).toBeGreaterThan(3);
    }
  });

  it('warns that 2027 has no confirmed table', async () => {
    const body = (await get('/api/calendar/years/2027')).json();
    expect(body.status).toBe('draft');
    expect(body.warning).toContain('chưa có lịch nghỉ chính thức');
  });

  it('refuses a non-numeric or absurd year with 400', async () => {
    expect((await get('/api/calendar/years/abc')).statusCode).toBe(400);
    expect((await get('/api/calendar/years/99999')).statusCode).toBe(400);
  });
});

describe('administration of the calendar', () => {
  it('lets an administrator confirm 2027; the change is audited and later due dates use it', async () => {
    const admin = (await t.login('admin')).headers;
    const proposal = (
      await t.app.inject({ method: 'GET', url: '/api/calendar/years/2027/proposal', headers: admin })
    ).json();
    expect(proposal.entries.some((e: { reason: string }) => /Tết/.test(e.reason))).toBe(true);

    // The administrator adds an extra day off (Mon 15/11/2027) to the draft, then confirms the year.
    const entries = [
      ...proposal.entries,
      {
        date: '2027-11-15',
        kind: 'NON_WORKING_WEEKDAY',
        reason: 'Nghỉ bù (thử nghiệm)',
        source: 'Thông báo thử nghiệm 1/TB',
      },
    ];
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      headers: admin,
      payload: { status: 'draft', basis: proposal.basis, entries, reason: 'Thêm ngày nghỉ theo thông báo thử nghiệm' },
    });
    expect(saved.statusCode).toBe(200);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/years/2027/confirm',
      headers: admin,
      payload: { reason: 'Thông báo chính thức số 1/TB-BNV' },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'official', stored: true, warning: null });

    // Fri 12/11/2027 + 1 working day skips the new day off: Tue 16/11.
    expect((await due('2027-11-12T09:00:00+07:00', 1, 'WORKING_DAY')).json()).toMatchObject({
      dueDate: '2027-11-16',
      calendarStatus: 'official',
    });
    const audit = await queryRows<{ action: string; summary: { added?: string[]; reason: string } }>(
      t.database.db,
      sql`select action, summary from audit_log where subject_type = 'calendar-year' and subject_id = '2027' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['calendar.year.save', 'calendar.year.confirm']);
    expect(audit[0]!.summary.added).toContain('2027-11-15');
  });

  it('refuses an entry on the wrong kind of day, and needs a reason', async () => {
    const admin = (await t.login('admin')).headers;
    const wrongKind = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2028',
      headers: admin,
      payload: {
        status: 'draft',
        basis: 'Thử',
        entries: [{ date: '2028-01-03', kind: 'WORKING_WEEKEND', reason: 'Sai', source: 'Thử' }],
        reason: 'Kiểm thử dữ liệu sai',
      },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.message).toContain('03/01/2028');
    const noReason = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2028',
      headers: admin,
      payload: { status: 'draft', basis: 'Thử', entries: [] },
    });
    expect(noReason.statusCode).toBe(400);
  });

  it('is closed to staff without the calendar permission', async () => {
    const specialist = (await t.login('chuyenvien')).headers;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/years/2026/confirm',
      headers: specialist,
      payload: { reason: 'Không có quyền' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('changes a deadline setting with a reason, audited', async () => {
    const admin = (await t.login('admin')).headers;
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/calendar/settings',
      headers: admin,
      payload: { deadline: { sameDayCutoff: '16:00' }, reason: 'Quyết định của UBND tỉnh về giờ chốt' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().deadline.sameDayCutoff).toBe('16:00');
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/calendar/settings',
      headers: admin,
      payload: { deadline: { sameDayCutoff: '25:00' }, reason: 'Giờ không hợp lệ' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET /api/calendar/lunar', () => {
  it('gives Tết Bính Ngọ on 17/02/2026', async () => {
    const body = (await get('/api/calendar/lunar?date=2026-02-17')).json();
    expect(body.lunar).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(body.label).toContain('Bính Ngọ');
  });
});

describe('GET /api/calendar/years', () => {
  it('lists the stored official years and this year', async () => {
    const items = (await get('/api/calendar/years')).json().items as {
      year: number;
      status: string;
      stored: boolean;
    }[];
    expect(items.find((y) => y.year === 2025)).toMatchObject({ status: 'official', stored: true });
    expect(items.some((y) => y.year === 2026)).toBe(true);
  });
});
