import { describe, expect, it } from 'vitest';
import { haiDuongAgencies } from '../../../db/seed/haiduong-org';
import { hasEstimatedValues, validateCatalog } from '../procedure';
import { normalizeQuery } from '../search-normalize';
import { haiDuongProcedures } from './haiduong-procedures';

const knownAgencies = new Set(haiDuongAgencies.map((a) => a.key));

const countByDecidingAgency = () => {
  const counts = new Map<string, number>();
  for (const p of haiDuongProcedures) counts.set(p.decidingAgencyKey, (counts.get(p.decidingAgencyKey) ?? 0) + 1);
  return counts;
};

describe('the Hải Dương demo catalog', () => {
  it('passes every catalog rule against the seed agencies', () => {
    expect(validateCatalog(haiDuongProcedures, { knownAgencies })).toEqual([]);
  });

  it('keeps the 52 rows of the draft seed table, each once, with its Src column', () => {
    const rows = haiDuongProcedures.flatMap((p) => (p.seedRow === undefined ? [] : [p.seedRow]));
    expect(rows).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    for (const p of haiDuongProcedures.filter((x) => x.seedRow !== undefined)) {
      expect(p.seedSrc, `row ${p.seedRow}`).toMatch(/^\S.* \/ .* \/ .* \/ .*$/);
    }
  });

  it('uses the national codes of the table for the rows quoted in the brief', () => {
    const byRow = new Map(haiDuongProcedures.map((p) => [p.seedRow, p]));
    expect(byRow.get(1)!.code).toBe('2.001610');
    expect(byRow.get(1)!.decidingAgencyKey).toBe('so-khdt');
    expect(byRow.get(17)!.code).toBe('1.001193');
    expect(byRow.get(17)!.cases[0]!.legalTime).toEqual({ amount: 1, unit: 'WORKING_DAY' });
    expect(byRow.get(12)!.cases.map((c) => c.legalTime.amount)).toEqual([10, 15]);
    expect(byRow.get(34)!.cases.map((c) => c.legalTime)).toEqual([
      { amount: 20, unit: 'CALENDAR_DAY' },
      { amount: 15, unit: 'CALENDAR_DAY' },
    ]);
  });

  it('gives every department, police and district that handles procedures at least two', () => {
    const counts = countByDecidingAgency();
    for (const [key, n] of counts) expect(n, key).toBeGreaterThanOrEqual(2);
    const mustHandle = haiDuongAgencies
      .filter((a) => a.kind === 'DEPARTMENT' || a.kind === 'PPC_OFFICE')
      .map((a) => a.key)
      .concat(['cong-an', 'ubnd-tp-hai-duong']);
    for (const key of mustHandle) expect(counts.get(key) ?? 0, key).toBeGreaterThanOrEqual(2);
  });

  it('writes names in full, without the table abbreviations', () => {
    // Lookarounds instead of \b, which does not treat Đ as a letter.
    const abbreviations =
      /(?<![\p{L}\d])(GPXD|GCN|QSDĐ|QSDD|QSH|DN|DNTN|HKD|ĐKKD|ĐKDN|LLTP|GPLX|CCCD|VPĐKĐĐ|ANTT|UBND|HĐND|BHYT|BHXH|TTHC)(?![\p{L}\d])/u;
    for (const p of haiDuongProcedures) {
      expect(p.name, p.code).not.toMatch(abbreviations);
      expect(` ${p.name} `, p.code).not.toContain(' DN ');
      expect(p.field, p.code).not.toMatch(abbreviations);
      for (const c of p.cases) expect(c.name, c.code).not.toMatch(abbreviations);
    }
  });

  it('writes names with Vietnamese diacritics', () => {
    // Words that are never correct without their marks in these names (giấy, phép, nghiệp, thủ tục, đăng ký…).
    const unmarked = new Set(['giay', 'phep', 'nghiep', 'tuc', 'dang', 'ky', 'cap', 'dat', 'nhan', 'chung']);
    for (const p of haiDuongProcedures) {
      expect(normalizeQuery(p.name), p.code).not.toBe(p.name.toLowerCase());
      const words = p.name.toLowerCase().split(/[^\p{L}]+/u);
      for (const w of words) expect(unmarked.has(w), `${p.code}: "${w}"`).toBe(false);
    }
  });

  it('marks the demo values: every procedure without a fully sourced value set says so in its tags', () => {
    const estimated = haiDuongProcedures.filter(hasEstimatedValues);
    expect(estimated.length).toBeGreaterThan(0);
    for (const p of haiDuongProcedures.filter((x) => x.seedRow === undefined)) {
      expect(hasEstimatedValues(p), p.code).toBe(true);
      expect(p.notes?.join(' '), p.code).toContain('giá trị mẫu');
    }
  });

  it('has unique checklist ids, an internal process for every case and an inter-agency step where LT = Y', () => {
    for (const p of haiDuongProcedures) {
      expect(new Set(p.checklist.map((c) => c.id)).size, p.code).toBe(p.checklist.length);
      for (const c of p.cases) expect(c.steps.length, c.code).toBeGreaterThanOrEqual(3);
      expect(p.interAgency, p.code).toBe(p.coordinatingAgencyKeys.length > 0);
    }
  });

  it('covers the full and partial online levels and fees set by resolution', () => {
    const channels = haiDuongProcedures.flatMap((p) => p.channels);
    expect(channels.some((c) => c.channel === 'ONLINE_FULL')).toBe(true);
    expect(channels.some((c) => c.channel === 'ONLINE_PARTIAL')).toBe(true);
    expect(
      channels.some((c) => c.fees.some((f) => f.amountVnd === null && f.basis.includes('Hội đồng nhân dân'))),
    ).toBe(true);
  });
});
