import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureFile } from '@mot-cua/contracts';
import { queryRows } from '../src/db/client';
import { buildCatalogWorkbook, parseCatalogWorkbook } from '../src/modules/catalog/catalog-workbook';
import { createTestApp, type TestApp } from './test-app';

/** Catalog administration through the HTTP API: drafts, publishing, versions, suspension, import and export. */
let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  // Friday 27/11/2026, 09:30 in Hải Dương.
  t = await createTestApp({ now: '2026-11-27T02:30:00Z' });
  admin = (await t.login('admin')).headers;
});
afterAll(async () => {
  await t?.close();
});

const base = '/api/admin/catalog';
const get = (url: string, headers = admin) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload?: object, headers = admin) =>
  t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
const put = (url: string, payload: object, headers = admin) => t.app.inject({ method: 'PUT', url, headers, payload });
const publicSearch = async (q: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent(q)}&pageSize=200` })).json<{
    items: { code: string }[];
  }>();
const publicGet = (code: string) => t.app.inject({ method: 'GET', url: `/api/procedures/${code}` });

const count = async (table: 'procedures' | 'procedure_versions' | 'audit_log') =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
const counts = async () => ({
  procedures: await count('procedures'),
  versions: await count('procedure_versions'),
  audit: await count('audit_log'),
});

/** A demo procedure in the exchange format, as the editor receives it. */
async function fileOf(code: string): Promise<ProcedureFile> {
  const response = await get(`${base}/procedures/${code}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ procedure: ProcedureFile }>().procedure;
}

/** A copy of a procedure under another national code (its case codes follow). */
function recode(file: ProcedureFile, code: string, name?: string): ProcedureFile {
  const copy = JSON.parse(JSON.stringify(file).replaceAll(file.code, code)) as ProcedureFile;
  return { ...copy, ...(name ? { name } : {}) };
}

/** A copy whose first step is half a unit (day or hour) longer: the steps no longer add up to the legal time. */
function withWrongSum(file: ProcedureFile): ProcedureFile {
  const copy = structuredClone(file);
  const step = copy.cases[0]!.steps[0]!;
  step.duration = { ...step.duration, amount: step.duration.amount + 0.5 };
  return copy;
}

function multipart(content: Buffer, fileName: string, contentType: string) {
  const boundary = '----motcua-catalog';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { ...admin, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importXlsx = (buffer: Buffer, mode: 'validate' | 'apply', fileName = 'danh-muc.xlsx') =>
  t.app.inject({
    method: 'POST',
    url: `${base}/import?format=xlsx&mode=${mode}`,
    ...multipart(buffer, fileName, XLSX),
  });
const importJson = (text: string, mode: 'validate' | 'apply') =>
  t.app.inject({
    method: 'POST',
    url: `${base}/import?format=json&mode=${mode}`,
    headers: { ...admin, 'content-type': 'application/json' },
    payload: text,
  });
const catalogFile = (procedures: ProcedureFile[]) =>
  JSON.stringify({ format: 'mot-cua.catalog', version: 1, procedures });

describe('access', () => {
  it('is closed to staff without catalog.manage (403) and to anonymous callers (401)', async () => {
    const specialist = (await t.login('chuyenvien')).headers;
    expect((await get(`${base}/procedures`, specialist)).statusCode).toBe(403);
    expect((await post(`${base}/procedures/1.001193/publish`, { note: 'Không có quyền' }, specialist)).statusCode).toBe(
      403,
    );
    expect((await get(`${base}/export?format=json`, specialist)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${base}/procedures` })).statusCode).toBe(401);
  });

  it('requires the CSRF token on writes', async () => {
    const { cookie } = await t.login('admin');
    const response = await t.app.inject({
      method: 'POST',
      url: `${base}/procedures/1.001193/suspend`,
      headers: { cookie },
      payload: { reason: 'Thiếu mã chống giả mạo' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the administrators’ list', () => {
  it('lists every procedure with its agency and version numbers, filtered by words and status', async () => {
    const all = (await get(`${base}/procedures`)).json();
    expect(all.total).toBeGreaterThanOrEqual(75);
    const birth = all.items.find((i: { code: string }) => i.code === '1.001193');
    expect(birth).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1, draftVersion: null });
    expect(birth.agency.code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H26$/);
    expect(birth.updatedAt).toMatch(/\+07:00$/);
    const found = (await get(`${base}/procedures?q=${encodeURIComponent('khai sinh')}`)).json();
    expect(found.items.map((i: { code: string }) => i.code)).toContain('1.001193');
    expect((await get(`${base}/procedures?status=SUSPENDED&q=1.001193`)).json().items).toEqual([]);
  });
});

describe('create → validate → publish', () => {
  const code = '1.999001';
  const name = 'Thủ tục thử nghiệm quản trị danh mục Kỳ Lân';

  it('creates a draft version 1 that the public cannot see', async () => {
    const file = recode(await fileOf('1.001193'), code, name);
    const response = await post(`${base}/procedures`, file);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ code, status: 'DRAFT', publishedVersion: null, draftVersion: 1, issues: [] });
    expect(body.version).toMatchObject({ version: 1, status: 'DRAFT', createdBy: expect.any(String) });
    expect(body.procedure).toEqual(file);
    expect((await publicSearch('Kỳ Lân')).items.map((i) => i.code)).not.toContain(code);
    expect((await publicGet(code)).statusCode).toBe(404);
    const listed = (await get(`${base}/procedures?status=DRAFT`)).json();
    expect(listed.items.map((i: { code: string }) => i.code)).toContain(code);
  });

  it('validates it with no issue, publishes it, and the public finds it', async () => {
    const validation = (await post(`${base}/procedures/${code}/validate`)).json();
    expect(validation).toEqual({ valid: true, version: 1, issues: [] });
    const published = await post(`${base}/procedures/${code}/publish`, { note: 'Công bố lần đầu (thử nghiệm)' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1, draftVersion: null });
    expect(published.json().version).toMatchObject({ status: 'PUBLISHED', changeNote: 'Công bố lần đầu (thử nghiệm)' });
    expect((await publicSearch('ky lan')).items.map((i) => i.code)).toContain(code);
    const detail = await publicGet(code);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ code, name, version: 1, status: 'PUBLISHED' });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where summary->>'code' = ${code} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['catalog.procedure.create', 'catalog.procedure.publish']);
  });

  it('refuses a duplicate code with 409', async () => {
    const response = await post(`${base}/procedures`, recode(await fileOf('1.001193'), code));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ALREADY_EXISTS');
  });

  it('refuses a bad code, an unknown agency or steps that do not add up with 400 naming the fields, writing nothing', async () => {
    const before = await counts();
    const birth = await fileOf('1.001193');

    const badCode = await post(`${base}/procedures`, { ...recode(birth, '1.999002'), code: '1.99900' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.code).toBe('VALIDATION_FAILED');
    const codeIssues = badCode.json().error.details.issues;
    expect(codeIssues).toContainEqual(expect.objectContaining({ path: 'code', code: 'CODE_FORMAT' }));

    const unknownAgency = await post(`${base}/procedures`, {
      ...recode(birth, '1.999003'),
      decidingAgencyCode: '000.00.99.H26',
    });
    expect(unknownAgency.statusCode).toBe(400);
    expect(unknownAgency.json().error.details.issues).toContainEqual(
      expect.objectContaining({ path: 'decidingAgencyCode', code: 'UNKNOWN_AGENCY' }),
    );
    expect(unknownAgency.json().error.details.fields).toContainEqual(
      expect.objectContaining({ path: 'body.decidingAgencyCode' }),
    );
    expect(unknownAgency.json().error.message).toContain('000.00.99.H26');

    const wrongSum = await post(`${base}/procedures`, withWrongSum(recode(birth, '1.999004')));
    expect(wrongSum.statusCode).toBe(400);
    const sumIssue = wrongSum
      .json()
      .error.details.issues.find((i: { code: string }) => i.code === 'STEP_SUM' || i.code === 'STEP_UNIT');
    expect(sumIssue).toMatchObject({ code: 'STEP_SUM', path: 'cases[0].steps' });
    expect(sumIssue.message).toMatch(/^Tổng thời gian các bước .*: thừa/);

    const malformed = await post(`${base}/procedures`, { ...birth, code: '1.999005', legalTimeDays: 3 });
    expect(malformed.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe('editing a published procedure: drafts, diff, versions', () => {
  const code = '1.001193';

  it('saves a draft as version 2 while the public keeps version 1, and the diff shows the changed field', async () => {
    const file = await fileOf(code);
    const oldName = file.name;
    const saved = await put(`${base}/procedures/${code}/draft`, { ...file, name: `${oldName} (sửa đổi 2026)` });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1, draftVersion: 2, issues: [] });
    expect(saved.json().version).toMatchObject({ version: 2, status: 'DRAFT' });
    expect((await publicGet(code)).json()).toMatchObject({ version: 1, name: oldName });

    const diff = (await get(`${base}/procedures/${code}/diff`)).json();
    expect(diff.from.version).toBe(1);
    expect(diff.to.version).toBe(2);
    expect(diff.changes).toEqual([{ path: 'name', before: oldName, after: `${oldName} (sửa đổi 2026)` }]);

    // Saving again replaces the draft: still version 2.
    const file2 = (await get(`${base}/procedures/${code}`)).json().procedure as ProcedureFile;
    const again = await put(`${base}/procedures/${code}/draft`, {
      ...file2,
      notes: [...(file2.notes ?? []), 'Sửa theo Quyết định thử nghiệm'],
    });
    expect(again.json().draftVersion).toBe(2);
    const changed = (await get(`${base}/procedures/${code}/diff?from=1&to=2`)).json().changes;
    expect(changed.map((c: { path: string }) => c.path)).toEqual(expect.arrayContaining(['name']));
  });

  it('publishes the draft as version 2, supersedes version 1, and the public page shows version 2', async () => {
    const published = await post(`${base}/procedures/${code}/publish`, { note: 'Sửa tên theo văn bản thử nghiệm' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ publishedVersion: 2, draftVersion: null });
    const versions = (await get(`${base}/procedures/${code}/versions`)).json().items;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'PUBLISHED'],
      [1, 'SUPERSEDED'],
    ]);
    expect(versions[0]).toMatchObject({
      changeNote: 'Sửa tên theo văn bản thử nghiệm',
      publishedBy: expect.any(String),
    });
    const page = (await publicGet(code)).json();
    expect(page.version).toBe(2);
    expect(page.name).toContain('(sửa đổi 2026)');
    expect((await publicSearch('sua doi 2026')).items.map((i) => i.code)).toContain(code);

    const v1 = (await get(`${base}/procedures/${code}/versions/1`)).json();
    expect(v1.status).toBe('SUPERSEDED');
    expect(v1.procedure.name).not.toContain('(sửa đổi 2026)');
    expect((await get(`${base}/procedures/${code}/versions/9`)).statusCode).toBe(404);
  });

  it('keeps an invalid draft (work in progress) but refuses to publish it, listing the issues; then discards it', async () => {
    const file = await fileOf(code);
    const saved = await put(`${base}/procedures/${code}/draft`, withWrongSum(file));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().draftVersion).toBe(3);
    expect(saved.json().issues).toContainEqual(expect.objectContaining({ code: 'STEP_SUM', path: 'cases[0].steps' }));

    const validation = (await post(`${base}/procedures/${code}/validate`)).json();
    expect(validation.valid).toBe(false);
    expect(validation.version).toBe(3);

    const refused = await post(`${base}/procedures/${code}/publish`, { note: 'Công bố bản còn lỗi' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('PROCEDURE_INVALID');
    expect(refused.json().error.details.issues[0]).toMatchObject({ code: 'STEP_SUM' });
    expect((await publicGet(code)).json().version).toBe(2);

    const discarded = await t.app.inject({ method: 'DELETE', url: `${base}/procedures/${code}/draft`, headers: admin });
    expect(discarded.statusCode).toBe(204);
    const after = (await get(`${base}/procedures/${code}`)).json();
    expect(after).toMatchObject({ draftVersion: null, publishedVersion: 2 });
    expect(after.version.version).toBe(2);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${base}/procedures/${code}/draft`, headers: admin })).statusCode,
    ).toBe(422);
  });

  it('refuses to overwrite a change made by another administrator since the editor loaded it (If-Match)', async () => {
    const loaded = (await get(`${base}/procedures/${code}`)).json<{ procedure: ProcedureFile; revision: string }>();
    const ifMatch = (revision: string) => ({ ...admin, 'if-match': `"${revision}"` });
    // Another administrator saves first (a minute later).
    t.clock.advance(60_000);
    const first = await put(`${base}/procedures/${code}/draft`, {
      ...loaded.procedure,
      name: 'Tên của người thứ nhất',
    });
    expect(first.statusCode).toBe(200);
    const before = await counts();
    t.clock.advance(60_000);
    const stale = await put(
      `${base}/procedures/${code}/draft`,
      { ...loaded.procedure, name: 'Tên của người thứ hai' },
      ifMatch(loaded.revision),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(stale.json().error.message).toMatch(/đã được thay đổi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}, sau khi bạn mở/);
    expect(await counts()).toEqual(before);
    expect((await get(`${base}/procedures/${code}`)).json().procedure.name).toBe('Tên của người thứ nhất');
    // Discarding and publishing check it too.
    const discard = await t.app.inject({
      method: 'DELETE',
      url: `${base}/procedures/${code}/draft`,
      headers: ifMatch(loaded.revision),
    });
    expect(discard.statusCode).toBe(409);
    const publish = await post(
      `${base}/procedures/${code}/publish`,
      { note: 'Công bố bản sửa đổi' },
      ifMatch(loaded.revision),
    );
    expect(publish.statusCode).toBe(409);
    // With the current revision, the save goes through.
    const current = first.json<{ revision: string }>().revision;
    const retried = await put(
      `${base}/procedures/${code}/draft`,
      { ...loaded.procedure, name: 'Tên của người thứ hai' },
      ifMatch(current),
    );
    expect(retried.statusCode).toBe(200);
    expect(retried.json().revision).not.toBe(current);
    const discarded = await t.app.inject({
      method: 'DELETE',
      url: `${base}/procedures/${code}/draft`,
      headers: ifMatch(retried.json().revision),
    });
    expect(discarded.statusCode).toBe(204);
  });

  it('refuses a draft whose code differs from the path, or with an unknown agency code', async () => {
    const file = await fileOf(code);
    const otherCode = await put(`${base}/procedures/${code}/draft`, { ...file, code: '1.001194' });
    expect(otherCode.statusCode).toBe(400);
    expect(otherCode.json().error.details.fields[0].path).toBe('body.code');
    const unknown = await put(`${base}/procedures/${code}/draft`, { ...file, receivingAgencyCode: '000.00.98.H26' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues[0]).toMatchObject({
      path: 'receivingAgencyCode',
      code: 'UNKNOWN_AGENCY',
    });
    expect((await get(`${base}/procedures/${code}`)).json().draftVersion).toBeNull();
    expect((await put(`${base}/procedures/9.999998/draft`, { ...file, code: '9.999998' })).statusCode).toBe(404);
  });

  it('removes a never-published procedure with its discarded draft', async () => {
    const file = recode(await fileOf('1.001193'), '1.999010', 'Thủ tục nháp sẽ bị hủy');
    expect((await post(`${base}/procedures`, file)).statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${base}/procedures/1.999010/draft`, headers: admin })).statusCode,
    ).toBe(204);
    expect((await get(`${base}/procedures/1.999010`)).statusCode).toBe(404);
  });
});

describe('a dossier keeps the version it was received under', () => {
  it('does not move the dossier when a new version is published; new dossiers get the new version', async () => {
    const reception = (await t.login('tiepnhan')).headers;
    const intake = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/dossiers',
        headers: reception,
        payload: {
          procedureCode: '3.000333',
          channel: 'IN_PERSON',
          applicant: {
            fullName: 'Nguyễn Thị Lan',
            idNumber: '030190012345',
            phone: '0912 345 678',
            address: 'Số 12 Quang Trung, thành phố Hải Dương',
          },
          documents: [
            { checklistItemId: 'to-khai', originals: 1, copies: 0 },
            { checklistItemId: 'ban-sao-giay-to-tuy-than', originals: 0, copies: 1 },
            { checklistItemId: 'giay-to-cu-tru', originals: 0, copies: 1 },
          ],
          sets: 1,
          resultDelivery: 'COUNTER',
        },
      });
    const first = await intake();
    expect(first.statusCode).toBe(201);
    const versionOf = async (id: string) =>
      (
        await queryRows<{ v: string }>(
          t.database.db,
          sql`select procedure_version_id as v from dossiers where id = ${id}`,
        )
      )[0]!.v;
    const v1Id = await versionOf(first.json().id);
    const versionsBefore = (await get(`${base}/procedures/3.000333/versions`)).json().items;
    expect(versionsBefore[0].id).toBe(v1Id);

    const file = await fileOf('3.000333');
    await put(`${base}/procedures/3.000333/draft`, { ...file, notes: [...(file.notes ?? []), 'Bổ sung ghi chú'] });
    expect((await post(`${base}/procedures/3.000333/publish`, { note: 'Bổ sung ghi chú thử nghiệm' })).statusCode).toBe(
      200,
    );

    expect(await versionOf(first.json().id)).toBe(v1Id);
    const versions = (await get(`${base}/procedures/3.000333/versions`)).json().items;
    expect(versions.find((v: { id: string }) => v.id === v1Id).status).toBe('SUPERSEDED');
    const second = await intake();
    expect(second.statusCode).toBe(201);
    expect(await versionOf(second.json().id)).toBe(versions[0].id);
    expect(versions[0].id).not.toBe(v1Id);
  });
});

describe('suspension', () => {
  const code = '1.999001';

  it('hides a suspended procedure from search and its page, intake refuses it; resuming brings it back', async () => {
    const suspended = await post(`${base}/procedures/${code}/suspend`, { reason: 'Tạm ngừng theo văn bản thử nghiệm' });
    expect(suspended.statusCode).toBe(200);
    expect(suspended.json().status).toBe('SUSPENDED');
    expect((await publicSearch('ky lan')).items.map((i) => i.code)).not.toContain(code);
    expect((await publicGet(code)).statusCode).toBe(404);
    const reception = (await t.login('tiepnhan')).headers;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: reception,
      payload: {
        procedureCode: code,
        channel: 'IN_PERSON',
        applicant: { fullName: 'Trần Văn Bình', idNumber: '030190054321', phone: '0912 000 111', address: 'Hải Dương' },
        documents: [],
        sets: 1,
        resultDelivery: 'COUNTER',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json().error)).toContain('procedureCode');
    expect((await post(`${base}/procedures/${code}/suspend`, { reason: 'Tạm ngừng lần hai' })).json().error.code).toBe(
      'ACTION_NOT_ALLOWED',
    );

    const resumed = await post(`${base}/procedures/${code}/resume`, { reason: 'Áp dụng lại theo văn bản' });
    expect(resumed.json().status).toBe('PUBLISHED');
    expect((await publicGet(code)).statusCode).toBe(200);
    const audit = await queryRows<{ action: string; summary: { reason: string } }>(
      t.database.db,
      sql`select action, summary from audit_log where action in ('catalog.procedure.suspend', 'catalog.procedure.resume') order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['catalog.procedure.suspend', 'catalog.procedure.resume']);
    expect(audit[0]!.summary.reason).toBe('Tạm ngừng theo văn bản thử nghiệm');
  });

  it('needs a reason', async () => {
    expect((await post(`${base}/procedures/${code}/suspend`, { reason: '' })).statusCode).toBe(400);
  });
});

describe('export and import', () => {
  it('exports JSON as a download, and importing it back finds every procedure unchanged and writes nothing', async () => {
    const exported = await get(`${base}/export?format=json`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/json');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="danh-muc-thu-tuc-20261127.json"');
    const file = exported.json<{ format: string; procedures: ProcedureFile[] }>();
    expect(file.format).toBe('mot-cua.catalog');
    expect(file.procedures.length).toBe((await get(`${base}/procedures`)).json().total);
    expect(file.procedures[0]!.decidingAgencyCode).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H26$/);

    const before = await counts();
    const checked = (await importJson(exported.body, 'validate')).json();
    expect(checked).toMatchObject({ valid: true, applied: false, issues: [] });
    expect(checked.summary).toEqual({ new: 0, updated: 0, unchanged: file.procedures.length });
    const applied = (await importJson(exported.body, 'apply')).json();
    expect(applied).toMatchObject({ valid: true, applied: true });
    expect(applied.summary.unchanged).toBe(file.procedures.length);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('exports only published procedures when asked, and .xlsx the workbook reads back', async () => {
    const json = (await get(`${base}/export?format=json&status=PUBLISHED`)).json<{ procedures: ProcedureFile[] }>();
    const published = (await get(`${base}/procedures?status=PUBLISHED`)).json().total;
    expect(json.procedures).toHaveLength(published);
    const xlsx = await get(`${base}/export?format=xlsx&status=PUBLISHED`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="danh-muc-thu-tuc-20261127.xlsx"');
    const parsed = await parseCatalogWorkbook(xlsx.rawPayload);
    expect(parsed.issues).toEqual([]);
    expect(parsed.procedures).toEqual(json.procedures);
  });

  it('gives the empty template', async () => {
    const template = await get(`${base}/template.xlsx`);
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain('.xlsx');
    const parsed = await parseCatalogWorkbook(template.rawPayload);
    expect(parsed).toMatchObject({ procedures: [], issues: [] });
  });

  it('refuses a file with bad rows, reporting row and field, and writes nothing (JSON)', async () => {
    const birth = await fileOf('1.001193');
    const good = recode(birth, '1.999020', 'Thủ tục nhập hợp lệ');
    const badCode = { ...recode(birth, '1.999021'), code: '1.99902' };
    const unknownAgency = { ...recode(birth, '1.999022'), decidingAgencyCode: '000.00.99.H26' };
    const wrongSum = withWrongSum(recode(birth, '1.999023'));
    const text = catalogFile([good, badCode, unknownAgency, wrongSum]);
    const before = await counts();

    const checked = (await importJson(text, 'validate')).json();
    expect(checked.valid).toBe(false);
    expect(checked.summary.new).toBe(4);
    const refused = await importJson(text, 'apply');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('IMPORT_INVALID');
    const issues = refused.json().error.details.issues as { row: number; field: string; code: string }[];
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 2, field: 'procedures[1].code', code: 'CODE_FORMAT' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 3, field: 'procedures[2].decidingAgencyCode', code: 'UNKNOWN_AGENCY' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 4, field: 'procedures[3].cases[0].steps', code: 'STEP_SUM' }),
    );
    expect(issues.some((i) => i.row === 1)).toBe(false);
    expect(await counts()).toEqual(before);
    expect((await get(`${base}/procedures/1.999020`)).statusCode).toBe(404);
  });

  it('names the row of a procedure after one that fails the schema', async () => {
    const birth = await fileOf('1.001193');
    const malformed = { ...recode(birth, '1.999024'), legalTimeDays: 3 };
    const badCode = { ...recode(birth, '1.999025'), code: '1.99902' };
    const issues = (await importJson(catalogFile([malformed as ProcedureFile, badCode]), 'validate')).json().issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 1, field: 'procedures[0].legalTimeDays', code: 'SCHEMA' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 2, field: 'procedures[1].code', code: 'CODE_FORMAT' }),
    );
  });

  it('reports malformed JSON with its line and column', async () => {
    const response = await importJson('{\n  "format": "mot-cua.catalog",\n}', 'validate');
    expect(response.statusCode).toBe(200);
    expect(response.json().issues).toEqual([expect.objectContaining({ code: 'JSON_SYNTAX', row: 0 })]);
    expect(response.json().issues[0].message).toMatch(/dòng 3/);
    expect((await importJson('{', 'apply')).statusCode).toBe(422);
    // The same file uploaded (multipart) rather than sent as the body.
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `${base}/import?format=json&mode=validate`,
      ...multipart(Buffer.from('{\n  "format": "mot-cua.catalog",\n}'), 'danh-muc.json', 'application/json'),
    });
    expect(uploaded.json().issues).toEqual([expect.objectContaining({ code: 'JSON_SYNTAX' })]);
  });

  it('imports an .xlsx workbook: one new procedure and one changed, published in one go and audited', async () => {
    const birth = await fileOf('1.001193');
    const changed = { ...(await fileOf('1.000894')) };
    changed.notes = [...(changed.notes ?? []), 'Cập nhật từ tệp của Sở'];
    const fresh = recode(birth, '1.999030', 'Thủ tục nhập từ bảng tính Phượng Hoàng');
    const unchanged = await fileOf('3.000333');
    const workbook = await buildCatalogWorkbook([fresh, changed, unchanged]);

    const checked = (await importXlsx(workbook, 'validate')).json();
    expect(checked).toMatchObject({ valid: true, summary: { new: 1, updated: 1, unchanged: 1 } });
    const before = await counts();
    const applied = await importXlsx(workbook, 'apply', 'so-tu-phap.xlsx');
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ valid: true, applied: true, summary: { new: 1, updated: 1, unchanged: 1 } });
    expect(applied.json().procedures).toEqual([
      expect.objectContaining({ code: '1.999030', change: 'NEW', version: 1 }),
      expect.objectContaining({ code: '1.000894', change: 'UPDATED', version: 2 }),
      expect.objectContaining({ code: '3.000333', change: 'UNCHANGED' }),
    ]);
    // One new procedure, two new versions, one audit row per procedure written plus one for the import.
    expect(await counts()).toEqual({
      procedures: before.procedures + 1,
      versions: before.versions + 2,
      audit: before.audit + 3,
    });
    expect((await publicGet('1.999030')).json()).toMatchObject({ version: 1, status: 'PUBLISHED' });
    expect((await publicSearch('phuong hoang')).items.map((i) => i.code)).toContain('1.999030');
    const versions = (await get(`${base}/procedures/1.000894/versions`)).json().items;
    expect(versions[0]).toMatchObject({ version: 2, status: 'PUBLISHED', changeNote: 'Nhập từ tệp so-tu-phap.xlsx' });
    expect(versions[1]).toMatchObject({ version: 1, status: 'SUPERSEDED' });
    const diff = (await get(`${base}/procedures/1.000894/diff`)).json();
    expect(diff.changes.map((c: { path: string }) => c.path)).toEqual(['notes']);
  });

  it('refuses an .xlsx with a bad row, naming sheet, row and column, and writes nothing', async () => {
    const birth = await fileOf('1.001193');
    const unknownAgency = { ...recode(birth, '1.999031'), decidingAgencyCode: '000.00.99.H26' };
    const before = await counts();
    const refused = await importXlsx(await buildCatalogWorkbook([recode(birth, '1.999032'), unknownAgency]), 'apply');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.issues).toEqual([
      expect.objectContaining({ sheet: 'Thủ tục', row: 3, column: 'F', code: 'UNKNOWN_AGENCY' }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reports a file that is not a workbook as a clear issue', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF');
    const checked = await importXlsx(pdf, 'validate', 'danh-muc.xlsx');
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ valid: false, summary: { new: 0, updated: 0, unchanged: 0 } });
    expect(checked.json().issues).toEqual([expect.objectContaining({ sheet: '', row: 0, code: 'FILE_FORMAT' })]);
    expect((await importXlsx(pdf, 'apply')).statusCode).toBe(422);
  });

  it('reads uploads above the server-wide body limit (1 MB) up to the upload limit', async () => {
    const large = Buffer.alloc(3 * 1024 * 1024, 0x41);
    const checked = await importXlsx(large, 'validate');
    expect(checked.statusCode).toBe(200);
    expect(checked.json().issues[0]).toMatchObject({ code: 'FILE_FORMAT' });
  });

  it('refuses to overtake a draft being edited', async () => {
    const file = await fileOf('1.001193');
    await put(`${base}/procedures/1.001193/draft`, { ...file, notes: ['Bản nháp đang sửa'] });
    const imported = (await importJson(catalogFile([{ ...file, notes: ['Nội dung khác từ tệp'] }]), 'validate')).json();
    expect(imported.valid).toBe(false);
    expect(imported.issues).toEqual([
      expect.objectContaining({ row: 1, field: 'procedures[0].code', code: 'DRAFT_PENDING' }),
    ]);
    // The same content as the version in force is simply unchanged.
    const same = (await importJson(catalogFile([file]), 'validate')).json();
    expect(same).toMatchObject({ valid: true, summary: { unchanged: 1 } });
    await t.app.inject({ method: 'DELETE', url: `${base}/procedures/1.001193/draft`, headers: admin });
  });

  it('needs the file as multipart for .xlsx, and a known format', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${base}/import?format=xlsx&mode=validate`,
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(415);
    expect((await importJson('{}', 'validate')).statusCode).toBe(200);
    const badFormat = await t.app.inject({
      method: 'POST',
      url: `${base}/import?format=csv`,
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(badFormat.statusCode).toBe(400);
  });
});
