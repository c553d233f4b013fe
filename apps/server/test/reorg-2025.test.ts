import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyReorganisation2025 } from '../src/db/seed/reorg-2025';
import { createTestApp, type TestApp } from './test-app';

/** The optional 2025 scenario records the reorganisation by validity dates, without rewriting history. */
let t: TestApp;
type AgencyItem = { id: string; name: string; kind: string; successorIds: string[]; validTo: string | null };
const list = async (asOf: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/org/agencies?asOf=${asOf}` })).json().items as AgencyItem[];

beforeAll(async () => {
  t = await createTestApp();
  expect(await applyReorganisation2025(t.database.db, t.clock)).toEqual({ applied: true });
});
afterAll(async () => {
  await t?.close();
});

describe('the 2025 reorganisation scenario', () => {
  it('leaves the 2019–2024 picture unchanged', async () => {
    const in2024 = await list('2024-12-31');
    expect(in2024.filter((a) => a.kind === 'DEPARTMENT')).toHaveLength(16);
    expect(in2024.filter((a) => a.kind === 'DISTRICT')).toHaveLength(12);
  });

  it('merges ten departments into five from 01/03/2025', async () => {
    const march = await list('2025-03-01');
    const names = march.filter((a) => a.kind === 'DEPARTMENT').map((a) => a.name);
    expect(names).toContain('Sở Nông nghiệp và Môi trường');
    expect(names).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(names).not.toContain('Sở Tài nguyên và Môi trường');
    // 16 departments − 6 merged away + Sở NN&MT = 11, plus the PPC Office: the 12 agencies of 01/03/2025.
    expect(names).toHaveLength(11);
    expect(march.filter((a) => a.kind === 'PPC_OFFICE')).toHaveLength(1);
    const all = await list('2025-02-28');
    const planning = all.find((a) => a.name === 'Sở Kế hoạch và Đầu tư')!;
    const finance = all.find((a) => a.name === 'Sở Tài chính')!;
    expect(planning.successorIds).toContain(finance.id);
  });

  it('abolishes the districts and moves the province into Hải Phòng from 01/07/2025', async () => {
    const july = await list('2025-07-01');
    expect(july.filter((a) => a.kind === 'DISTRICT')).toHaveLength(0);
    expect(july.some((a) => a.name === 'Ủy ban nhân dân thành phố Hải Phòng')).toBe(true);
    expect(july.some((a) => a.name === 'Ủy ban nhân dân tỉnh Hải Dương')).toBe(false);
    expect(july.some((a) => a.kind === 'COMMUNE' && a.name === 'Ủy ban nhân dân phường Hải Dương')).toBe(true);
  });

  it('makes the center the Hải Dương branch of the city center and moves its staff', async () => {
    const center = (await t.app.inject({ method: 'GET', url: '/api/org/center' })).json();
    expect(center.name).toBe('Chi nhánh Trung tâm Phục vụ hành chính công thành phố Hải Phòng tại Hải Dương');
    const { cookie } = await t.login('chuyenvien');
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json();
    expect(me.user.agency.name).toBe('Sở Tư pháp thành phố Hải Phòng');
  });

  it('is applied only once', async () => {
    expect(await applyReorganisation2025(t.database.db, t.clock)).toEqual({ applied: false });
  });
});
