import { describe, expect, it } from 'vitest';
import { haiDuongProcedures } from './data/haiduong-procedures';
import { remapAgencies } from './procedure-agencies';

describe('remapAgencies', () => {
  it('maps every reference and keeps the rest of the procedure', () => {
    const p = haiDuongProcedures.find((x) => x.interAgency)!;
    const { procedure, unknown } = remapAgencies(p, (key) => `id-of-${key}`);
    expect(unknown).toEqual([]);
    expect(procedure.decidingAgencyKey).toBe(`id-of-${p.decidingAgencyKey}`);
    expect(procedure.coordinatingAgencyKeys.every((k) => k.startsWith('id-of-'))).toBe(true);
    expect(procedure.name).toBe(p.name);
    expect(p.decidingAgencyKey.startsWith('id-of-')).toBe(false);
  });

  it('reports references it cannot map', () => {
    const p = haiDuongProcedures[0]!;
    const { unknown } = remapAgencies(p, (key) => (key === p.decidingAgencyKey ? undefined : key));
    expect(unknown).toEqual([p.decidingAgencyKey]);
  });
});
