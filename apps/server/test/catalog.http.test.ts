import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const search = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/procedures?${query}` })).json();

describe('GET /api/procedures (public search)', () => {
  it('lists the demo catalog', async () => {
    const body = await search('pageSize=5');
    expect(body.total).toBeGreaterThanOrEqual(52);
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).toHaveProperty('agency.code');
    expect(body.items[0]).toHaveProperty('agency.name');
  });

  it('puts an exact code first', async () => {
    const body = await search('q=1.001193');
    expect(body.items[0].code).toBe('1.001193');
    expect(body.items[0].name).toMatch(/khai sinh/i);
  });

  it('finds without diacritics', async () => {
    const body = await search(`q=${encodeURIComponent('dang ky khai sinh')}`);
    expect(body.items.map((i: { code: string }) => i.code)).toContain('1.001193');
  });

  it('understands abbreviations (GPXD = giấy phép xây dựng)', async () => {
    const body = await search('q=GPXD');
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((i: { name: string }) => /giấy phép xây dựng/i.test(i.name))).toBe(true);
  });

  it('tolerates a typo', async () => {
    const body = await search(`q=${encodeURIComponent('ly lich tu phapp')}`);
    expect(body.items.map((i: { code: string }) => i.code)).toContain('3.000333');
    expect(body.approximate).toBe(true);
    expect((await search(`q=${encodeURIComponent('lý lịch tư pháp')}`)).approximate).toBe(false);
  });

  it('filters by agency code and field', async () => {
    const all = await search('pageSize=200');
    const construction = all.items.find((i: { agency: { name: string } }) => i.agency.name === 'Sở Xây dựng');
    const byAgency = await search(`agency=${construction.agency.code}&pageSize=200`);
    expect(byAgency.total).toBeGreaterThanOrEqual(2);
    expect(byAgency.items.every((i: { agency: { code: string } }) => i.agency.code === construction.agency.code)).toBe(
      true,
    );
    const byField = await search(`field=${encodeURIComponent(construction.field)}&pageSize=200`);
    expect(byField.items.every((i: { field: string }) => i.field === construction.field)).toBe(true);
  });

  it('returns an empty list for punctuation only, not an error', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent('?!.,;--')}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ items: [], total: 0 });
  });

  it('caps absurd page sizes', async () => {
    const body = await search('pageSize=1000000');
    expect(body.pageSize).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(200);
  });

  it('survives injection-shaped queries', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/procedures?q=${encodeURIComponent("' or 1=1; drop table procedures; --")}`,
    });
    expect(response.statusCode).toBe(200);
    expect((await search('pageSize=1')).total).toBeGreaterThanOrEqual(52);
  });
});

describe('GET /api/procedures/:code', () => {
  it('returns the full published procedure with its documents', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/procedures/3.000333' });
    expect(response.statusCode).toBe(200);
    const p = response.json();
    expect(p.name).toMatch(/lý lịch tư pháp/i);
    expect(p.documents.length).toBeGreaterThan(0);
    for (const d of p.documents) {
      expect(d).toEqual(
        expect.objectContaining({ id: expect.any(String), name: expect.any(String), required: expect.any(Boolean) }),
      );
      expect(d.originals + d.copies).toBeGreaterThanOrEqual(0);
    }
    expect(p.cases[0].legalTime.label).toMatch(/ngày/);
    expect(p.cases[0].steps.length).toBeGreaterThan(1);
    expect(p.decidingAgency.name).toBeTruthy();
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/9.999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/GPXD' })).statusCode).toBe(400);
  });
});
