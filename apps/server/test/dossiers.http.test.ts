import { execFileSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { dossiersRepository } from '../src/modules/dossiers/dossiers.repository';
import { createTestApp, type TestApp } from './test-app';

/** The one-stop lifecycle through the HTTP API, as the officers of the demo center would drive it. */
let t: TestApp;
const h: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  // Friday 27/11/2026, 09:30 in Hải Dương.
  t = await createTestApp({ now: '2026-11-27T02:30:00Z' });
  for (const u of ['tiepnhan', 'chuyenvien', 'chuyenvien.ca', 'lanhdaoso', 'vanthu', 'chuyenvien.xd', 'lanhdao'])
    h[u] = (await t.login(u)).headers;
});
afterAll(async () => {
  await t?.close();
});

/** The PDF's text as poppler reads it, with line breaks folded to spaces. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}

const applicant = {
  fullName: 'Nguyễn Thị Lan',
  idNumber: '030190012345',
  phone: '0912 345 678',
  email: 'lan.nguyen@example.vn',
  address: 'Số 12 Quang Trung, phường Trần Hưng Đạo, thành phố Hải Dương, tỉnh Hải Dương',
};
const criminalRecord = {
  procedureCode: '3.000333',
  channel: 'IN_PERSON',
  applicant,
  documents: [
    { checklistItemId: 'to-khai', originals: 1, copies: 0 },
    { checklistItemId: 'ban-sao-giay-to-tuy-than', originals: 0, copies: 1 },
    { checklistItemId: 'giay-to-cu-tru', originals: 0, copies: 1 },
  ],
  sets: 1,
  resultDelivery: 'COUNTER',
};

const intake = (body: unknown, headers = h.tiepnhan) =>
  t.app.inject({ method: 'POST', url: '/api/dossiers', headers, payload: body as object });
const act = (id: string, who: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/dossiers/${id}/actions`, headers: h[who], payload: body });
const detail = async (id: string, who = 'tiepnhan') =>
  (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: h[who] })).json();

describe('intake at the counter (POST /api/dossiers)', () => {
  it('receives a complete dossier: code <unit>-YYMMDD-NNNN, due date, allowed actions, audit and outbox in one go', async () => {
    const response = await intake(criminalRecord);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ status: 'RECEIVED', code: '000.01.01.H26-261127-0001', version: 1 });
    // Fri 27/11/2026 + 10 working days = Fri 11/12/2026.
    expect(body.dueDate).toBe('2026-12-11');
    expect(body.allowedActions).toContain('TRANSFER');
    const audit = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'dossier.received' and subject_id = ${body.id}`,
    );
    const outbox = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from outbox where payload->>'dossierId' = ${body.id}`,
    );
    expect(audit[0]!.n).toBe(1);
    expect(outbox[0]!.n).toBe(1);
  });

  it('numbers the unit’s dossiers of the day without gaps', async () => {
    const second = (await intake(criminalRecord)).json();
    expect(second.code).toBe('000.01.01.H26-261127-0002');
  });

  it('refuses a missing required document, naming the field, and writes nothing', async () => {
    const before = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from dossiers`);
    const response = await intake({
      ...criminalRecord,
      documents: [{ checklistItemId: 'to-khai', originals: 1, copies: 0 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('body.documents');
    expect(response.json().error.message).toContain('Bản sao thẻ Căn cước');
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from dossiers`);
    expect(after[0]!.n).toBe(before[0]!.n);
    // The refused intake did not consume a sequence number.
    expect((await intake(criminalRecord)).json().code).toBe('000.01.01.H26-261127-0003');
  });

  it.each([
    ['applicant.idNumber', { ...criminalRecord, applicant: { ...applicant, idNumber: '12345' } }],
    ['applicant.phone', { ...criminalRecord, applicant: { ...applicant, phone: '12345' } }],
    ['procedureCode', { ...criminalRecord, procedureCode: 'abc' }],
  ])('refuses a malformed %s with 400', async (field, body) => {
    const response = await intake(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(`body.${field}`);
  });

  it('refuses an unknown procedure with 400 naming procedureCode', async () => {
    const response = await intake({ ...criminalRecord, procedureCode: '9.999999' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('body.procedureCode');
  });

  it('lets only reception officers receive at the counter', async () => {
    expect((await intake(criminalRecord, h.chuyenvien)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/dossiers', payload: criminalRecord })).statusCode).toBe(
      401,
    );
  });

  it('gives Form 02 at the counter for an incomplete dossier, with no code', async () => {
    const response = await intake({
      ...criminalRecord,
      documents: [{ checklistItemId: 'to-khai', originals: 1, copies: 0 }],
      intakeDecision: { type: 'RETURN_FOR_COMPLETION', items: [{ name: 'Bản sao CCCD', reason: 'Chưa nộp' }] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'INTAKE_NEEDS_SUPPLEMENT', code: null });
  });
});

describe('the whole life of a dossier', () => {
  let id: string;
  let version: number;
  const step = async (who: string, body: Record<string, unknown>, expected = 200) => {
    const response = await act(id, who, { ...body, expectedVersion: version });
    expect(response.statusCode, `${who} ${String(body.type)}: ${response.body}`).toBe(expected);
    if (expected === 200) version = response.json().version;
    return response;
  };

  it('goes from reception through the departments to the returned result', async () => {
    const created = (await intake(criminalRecord)).json();
    id = created.id;
    version = created.version;

    // The receipt (Form 01) prints.
    const receipt = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${id}/forms/receipt.pdf`,
      headers: h.tiepnhan,
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    await step('tiepnhan', { type: 'TRANSFER' });
    // A department of another sector does not see it.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: h['chuyenvien.xd'] })).statusCode,
    ).toBe(404);

    await step('chuyenvien', { type: 'CLAIM' });
    await step('chuyenvien', { type: 'COMPLETE_STEP', note: 'Đã tra cứu CSDL lý lịch tư pháp' });
    // Inter-agency: the police step.
    expect((await detail(id, 'chuyenvien.ca')).currentAgency.name).toBe('Công an tỉnh Hải Dương');
    await step('chuyenvien.ca', { type: 'COMPLETE_STEP' });
    await step('chuyenvien', { type: 'COMPLETE_STEP' });
    await step('lanhdaoso', { type: 'COMPLETE_STEP' });
    await step('vanthu', { type: 'COMPLETE_STEP' });
    await step('vanthu', { type: 'MARK_RESULT_READY' });
    await step('tiepnhan', {
      type: 'RETURN_RESULT',
      deliveredBy: 'COUNTER',
      receivedBy: 'Nguyễn Thị Lan',
      signed: true,
    });

    const done = await detail(id);
    expect(done).toMatchObject({ status: 'RETURNED', outcome: 'EARLY' });
    expect(done.events.map((e: { type: string }) => e.type)).toEqual([
      'RECEIVED',
      'TRANSFERRED',
      'STEP_CLAIMED',
      'STEP_COMPLETED',
      'STEP_COMPLETED',
      'STEP_COMPLETED',
      'STEP_COMPLETED',
      'STEP_COMPLETED',
      'RESULT_MARKED_READY',
      'RESULT_RETURNED',
    ]);
    // Form 05 rows: center → Sở Tư pháp → Công an → Sở Tư pháp → center → applicant.
    const handovers = done.events
      .filter((e: { handover: unknown }) => e.handover)
      .map((e: { handover: { to: { name: string } | null } }) => e.handover.to?.name ?? 'Tổ chức, cá nhân');
    expect(handovers).toEqual([
      'Sở Tư pháp',
      'Công an tỉnh Hải Dương',
      'Sở Tư pháp',
      'Trung tâm Phục vụ hành chính công tỉnh Hải Dương',
      'Tổ chức, cá nhân',
    ]);
    // Circular 01/2018 Form 05: each row names the person who gave and the person who received.
    const people = done.events
      .filter((e: { handover: unknown }) => e.handover)
      .map((e: { handover: { giver: string; receiver: string } }) => [e.handover.giver, e.handover.receiver]);
    expect(people).toEqual([
      ['Trần Thị Lan', 'Phạm Minh Đức'],
      ['Phạm Minh Đức', 'Trịnh Văn Long'],
      ['Trịnh Văn Long', 'Phạm Minh Đức'],
      ['Đỗ Thị Hồng', 'Trần Thị Lan'],
      ['Trần Thị Lan', 'Nguyễn Thị Lan'],
    ]);
    const sheet = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${id}/forms/control-sheet.pdf`,
      headers: h.tiepnhan,
    });
    expect(sheet.statusCode).toBe(200);
    const text = pdfText(sheet.rawPayload);
    for (const name of ['Trần Thị Lan', 'Phạm Minh Đức', 'Trịnh Văn Long', 'Đỗ Thị Hồng', 'Nguyễn Thị Lan'])
      expect(text).toContain(name);
  });

  it('answers a stale expectedVersion with 409 and an action the state does not allow with 422', async () => {
    const stale = await act(id, 'tiepnhan', { type: 'WITHDRAW', reason: 'Thử phiên bản cũ', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const notAllowed = await act(id, 'tiepnhan', { type: 'TRANSFER', expectedVersion: version });
    expect(notAllowed.statusCode).toBe(422);
    expect(notAllowed.json().error.code).toBe('ACTION_NOT_ALLOWED');
  });
});

describe('two officers on one dossier at once', () => {
  it('lets one win and gives the other 409, with one event written', async () => {
    const created = (await intake(criminalRecord)).json();
    const [a, b] = await Promise.all([
      act(created.id, 'tiepnhan', { type: 'TRANSFER', expectedVersion: created.version }),
      act(created.id, 'tiepnhan', { type: 'WITHDRAW', reason: 'Người nộp xin rút', expectedVersion: created.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const events = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from dossier_events where dossier_id = ${created.id}`,
    );
    expect(events[0]!.n).toBe(2);
  });
});

describe('personal data', () => {
  it('is masked by default and revealed, with an audit row, to staff who may read it', async () => {
    const created = (await intake(criminalRecord)).json();
    const masked = await detail(created.id);
    expect(masked.applicant).toMatchObject({ masked: true, idNumber: '••••••••2345' });
    expect(masked.applicant.address).not.toContain('Quang Trung');
    const revealed = (
      await t.app.inject({ method: 'GET', url: `/api/dossiers/${created.id}?reveal=true`, headers: h.tiepnhan })
    ).json();
    expect(revealed.applicant).toMatchObject({ masked: false, idNumber: '030190012345', phone: '0912345678' });
    const reads = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'personal-data.read' and subject_id = ${created.id}`,
    );
    expect(reads[0]!.n).toBe(1);
  });
});

describe('public lookup (GET /api/public/dossiers/:code)', () => {
  it('answers the right code and phone digits, and the same 404 for a wrong second factor and an unknown code', async () => {
    const created = (await intake(criminalRecord)).json();
    const ok = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${created.code}?verify=5678` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'RECEIVED', applicantName: 'Nguyễn T. L.', dueDate: created.dueDate });
    const wrong = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${created.code}?verify=0000` });
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/public/dossiers/000.01.01.H26-261127-9999?verify=5678',
    });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('is rate-limited per address', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (
        await t.app.inject({ method: 'GET', url: '/api/public/dossiers/x?verify=1234', remoteAddress: '10.7.7.7' })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('work queues', () => {
  it('counts a badge no further than its cap', async () => {
    const exact = await dossiersRepository.count(t.database.db, undefined);
    expect(exact).toBeGreaterThan(3);
    expect(await dossiersRepository.countUpTo(t.database.db, undefined, 3)).toBe(3);
    expect(await dossiersRepository.countUpTo(t.database.db, undefined, exact + 10)).toBe(exact);
  });

  it('filters by channel and days of reception, and sorts on the server by due date or reception', async () => {
    await intake({ ...criminalRecord, channel: 'POSTAL', resultDelivery: 'POST' });
    const list = async (query: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/dossiers?${query}`, headers: h.tiepnhan });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { channel: string; dueDate: string | null; receivedAt: string }[] }>();
    };
    const postal = await list('queue=all&channel=POSTAL&pageSize=200');
    expect(postal.items.length).toBeGreaterThan(0);
    expect(postal.items.every((d) => d.channel === 'POSTAL')).toBe(true);

    const today = await list('queue=all&receivedFrom=2026-11-27&receivedTo=2026-11-27&pageSize=200');
    expect(today.items.length).toBeGreaterThan(0);
    expect(today.items.every((d) => d.receivedAt.startsWith('2026-11-27'))).toBe(true);
    expect((await list('queue=all&receivedFrom=2026-11-28&pageSize=200')).items).toEqual([]);

    const dues = (await list('queue=all&sort=-due&pageSize=200')).items.map((d) => d.dueDate ?? '');
    expect(dues.length).toBeGreaterThan(2);
    expect(dues).toEqual([...dues].sort().reverse());
    const received = (await list('queue=all&sort=received&pageSize=200')).items.map((d) => d.receivedAt);
    expect(received).toEqual([...received].sort());

    const backwards = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers?receivedFrom=2026-11-27&receivedTo=2026-11-01',
      headers: h.tiepnhan,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields[0].path).toBe('querystring.receivedTo');
    const badSort = await t.app.inject({ method: 'GET', url: '/api/dossiers?sort=name', headers: h.tiepnhan });
    expect(badSort.statusCode).toBe(400);
  });

  it('counts and lists the dossiers to transfer for the reception officer', async () => {
    const counts = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queues', headers: h.tiepnhan })).json()
      .counts;
    expect(counts['to-transfer']).toBeGreaterThan(0);
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/dossiers?queue=to-transfer&pageSize=5', headers: h.tiepnhan })
    ).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i: { status: string }) => i.status === 'RECEIVED')).toBe(true);
  });

  it('shows a department only its own dossiers', async () => {
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/dossiers?queue=all&pageSize=200', headers: h['chuyenvien.xd'] })
    ).json();
    expect(page.items.every((i: { decidingAgency: { name: string } }) => i.decidingAgency.name === 'Sở Xây dựng')).toBe(
      true,
    );
  });

  it('refuses an unknown queue name with 400', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/dossiers?queue=nope', headers: h.tiepnhan })).statusCode,
    ).toBe(400);
  });
});

describe('attachments', () => {
  it('stores a real PDF with its SHA-256 and refuses a file that lies about its type', async () => {
    const created = (await intake(criminalRecord)).json();
    const upload = (name: string, content: Buffer) => {
      const boundary = '----motcua';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nCOMPONENT\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${created.id}/attachments`,
        headers: { ...h.tiepnhan, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };
    const ok = await upload('to-khai.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF'));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const liar = await upload('cccd.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(liar.statusCode).toBe(415);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${created.id}/attachments/${ok.json().id}`,
      headers: h.tiepnhan,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/dossiers/${created.id}/attachments/${ok.json().id}`,
          headers: h['chuyenvien.xd'],
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('the register (Form 06)', () => {
  it('prints the dossiers received in a period as an A4 PDF', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/register.pdf?from=2026-11-01&to=2026-11-30',
      headers: h.tiepnhan,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints every dossier of the period: no row is dropped', async () => {
    const received = await queryRows<{ code: string }>(
      t.database.db,
      sql`select code from dossiers where (received_at at time zone 'Asia/Ho_Chi_Minh')::date = '2026-11-27'`,
    );
    expect(received.length).toBeGreaterThan(5);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/register.pdf?from=2026-11-27&to=2026-11-27',
      headers: h.tiepnhan,
    });
    expect(response.statusCode).toBe(200);
    // pdftotext may break a code at its hyphen and drop it: compare without hyphens and spaces.
    const text = pdfText(response.rawPayload).replace(/[\s-]/g, '');
    for (const { code } of received) expect(text).toContain(code.replace(/-/g, ''));
  });

  it('refuses a period holding more dossiers than one printing, saying how many (REGISTER_MAX_ROWS)', async () => {
    const small = await createTestApp({ now: '2026-11-27T02:30:00Z', env: { REGISTER_MAX_ROWS: '10' } });
    try {
      const officer = (await small.login('tiepnhan')).headers;
      for (let i = 0; i < 11; i++) {
        const response = await small.app.inject({
          method: 'POST',
          url: '/api/dossiers',
          headers: officer,
          payload: { ...criminalRecord, applicant: { ...applicant, fullName: `Người nộp số ${i + 1}` } },
        });
        expect(response.statusCode, response.body).toBe(201);
      }
      const tooLong = await small.app.inject({
        method: 'GET',
        url: '/api/dossiers/register.pdf?from=2026-11-01&to=2026-11-30',
        headers: officer,
      });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { total: 11 } });
      expect(tooLong.json().error.message).toContain('11 hồ sơ, vượt quá 10 dòng');
    } finally {
      await small.close();
    }
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/register.pdf?from=2026-11-30&to=2026-11-01',
      headers: h.tiepnhan,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('assignment', () => {
  it('lists the staff a leader may assign the current step to, then assigns', async () => {
    const created = (await intake(criminalRecord)).json();
    const transferred = (
      await act(created.id, 'tiepnhan', { type: 'TRANSFER', expectedVersion: created.version })
    ).json();
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${created.id}/assignees`,
      headers: h.lanhdaoso,
    });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; fullName: string }[];
    expect(items.map((i) => i.fullName)).toContain('Phạm Minh Đức');
    const assigned = await act(created.id, 'lanhdaoso', {
      type: 'ASSIGN',
      assigneeId: items[0]!.id,
      expectedVersion: transferred.version,
    });
    expect(assigned.statusCode).toBe(200);
    expect((await detail(created.id)).steps.find((s: { current: boolean }) => s.current).assignee.fullName).toBe(
      items[0]!.fullName,
    );
    // A specialist may not list assignees.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/dossiers/${created.id}/assignees`, headers: h.chuyenvien }))
        .statusCode,
    ).toBe(403);
  });
});

describe('online submission', () => {
  const multipart = (fields: Record<string, string>, name: string, content: Buffer) => {
    const boundary = '----motcua2';
    const parts = Object.entries(fields).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        ...parts,
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    };
  };

  it('lets an applicant submit without a session and attach scans with the phone digits', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: { ...criminalRecord, channel: 'ONLINE', resultDelivery: 'ONLINE' },
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'SUBMITTED_ONLINE', code: null });
    const id = submitted.json().id as string;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF');
    const wrong = multipart({ verify: '0000', checklistItemId: 'to-khai' }, 'to-khai.pdf', pdf);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${id}/attachments`, ...wrong })).statusCode,
    ).toBe(404);
    const right = multipart({ verify: '5678', checklistItemId: 'to-khai' }, 'to-khai.pdf', pdf);
    const attached = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${id}/attachments`, ...right });
    expect(attached.statusCode).toBe(201);
    // The desk sees the scan and receives the dossier.
    const seen = await detail(id);
    expect(seen.attachments).toHaveLength(1);
    const received = await act(id, 'tiepnhan', { type: 'RECEIVE', expectedVersion: seen.version });
    expect(received.statusCode).toBe(200);
    expect(received.json().code).toMatch(/^000\.01\.01\.H26-261127-\d{4}$/);
  });
  it('lets the applicant follow an online dossier by its reference, see what to complete, and send it again', async () => {
    const submitted = (
      await t.app.inject({
        method: 'POST',
        url: '/api/dossiers',
        payload: { ...criminalRecord, channel: 'ONLINE', resultDelivery: 'ONLINE' },
      })
    ).json();
    const lookup = (reference: string, verify = '5678') =>
      t.app.inject({ method: 'GET', url: `/api/public/dossiers/${reference}?verify=${verify}` });
    // Before reception there is no code: the reference given at submission finds it (upper case from a form, too).
    const waiting = await lookup(submitted.id.toUpperCase());
    expect(waiting.statusCode).toBe(200);
    expect(waiting.json()).toMatchObject({
      code: null,
      reference: submitted.id,
      status: 'SUBMITTED_ONLINE',
      supplementItems: [],
      canResubmit: false,
    });
    expect((await lookup(submitted.id, '0000')).statusCode).toBe(404);

    // Decree 61/2018 Art 16(2)(b): the desk sends it back once, listing everything to complete.
    const items = [
      { name: 'Bản sao CCCD', reason: 'Ảnh chụp mờ, không đọc được số' },
      { name: 'Tờ khai', reason: 'Thiếu chữ ký' },
    ];
    const returned = await act(submitted.id, 'tiepnhan', {
      type: 'RETURN_FOR_COMPLETION',
      items,
      expectedVersion: submitted.version,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const toComplete = (await lookup(submitted.id)).json();
    expect(toComplete).toMatchObject({ status: 'INTAKE_NEEDS_SUPPLEMENT', supplementItems: items, canResubmit: true });

    const resubmitted = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${submitted.id}/resubmit`,
      payload: { verify: '5678' },
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect((await lookup(submitted.id)).json()).toMatchObject({
      status: 'SUBMITTED_ONLINE',
      supplementItems: [],
      canResubmit: false,
    });

    // Refused after all: the applicant reads the reason (Form 03).
    const version = (await detail(submitted.id)).version;
    const refused = await act(submitted.id, 'tiepnhan', {
      type: 'REFUSE',
      reason: 'Thủ tục không thuộc thẩm quyền tiếp nhận của Trung tâm',
      expectedVersion: version,
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await lookup(submitted.id)).json()).toMatchObject({
      status: 'REJECTED_AT_INTAKE',
      reason: 'Thủ tục không thuộc thẩm quyền tiếp nhận của Trung tâm',
      canResubmit: false,
    });
  });
});
