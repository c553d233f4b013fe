import { describe, expect, it } from 'vitest';
import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { isAgencyValidOn, officeHoursProblems, seasonOn, wouldCreateCycle } from './org';

const summer: OfficeHoursSeason = {
  name: 'Mùa hè',
  startsOn: '04-01',
  morningStart: '07:00',
  morningEnd: '11:30',
  afternoonStart: '13:30',
  afternoonEnd: '17:00',
  saturdayMorningOpen: false,
};
const winter: OfficeHoursSeason = {
  name: 'Mùa đông',
  startsOn: '11-01',
  morningStart: '07:30',
  morningEnd: '12:00',
  afternoonStart: '13:00',
  afternoonEnd: '16:30',
  saturdayMorningOpen: false,
};

describe('isAgencyValidOn', () => {
  const merged = { validFrom: '2019-03-01', validTo: '2025-02-28' };
  it('is valid inside its interval and on both ends', () => {
    expect(isAgencyValidOn(merged, '2019-03-01')).toBe(true);
    expect(isAgencyValidOn(merged, '2025-02-28')).toBe(true);
  });
  it('is not valid after a merger took effect', () => {
    expect(isAgencyValidOn(merged, '2025-03-01')).toBe(false);
  });
  it('treats open ends as unbounded', () => {
    expect(isAgencyValidOn({ validFrom: null, validTo: null }, '1990-01-01')).toBe(true);
  });
});

describe('wouldCreateCycle', () => {
  const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b' };
  it('refuses to make an ancestor the child of its descendant', () => {
    expect(wouldCreateCycle('a', 'c', (id) => parents[id])).toBe(true);
  });
  it('refuses an agency as its own parent', () => {
    expect(wouldCreateCycle('a', 'a', (id) => parents[id])).toBe(true);
  });
  it('allows moving a leaf elsewhere', () => {
    expect(wouldCreateCycle('c', 'a', (id) => parents[id])).toBe(false);
  });
});

describe('seasonal office hours (Hải Dương: summer 1/4–31/10, winter 1/11–31/3)', () => {
  it('uses summer hours on 31/10 and winter hours from 1/11', () => {
    expect(seasonOn([summer, winter], '2026-10-31')?.name).toBe('Mùa hè');
    expect(seasonOn([summer, winter], '2026-11-01')?.name).toBe('Mùa đông');
  });
  it('wraps winter across the new year', () => {
    expect(seasonOn([summer, winter], '2027-01-15')?.name).toBe('Mùa đông');
    expect(seasonOn([summer, winter], '2027-03-31')?.name).toBe('Mùa đông');
    expect(seasonOn([summer, winter], '2027-04-01')?.name).toBe('Mùa hè');
  });
  it('reports afternoon hours that start before the morning ends', () => {
    expect(officeHoursProblems([{ ...summer, afternoonStart: '11:00' }])).toHaveLength(1);
    expect(officeHoursProblems([summer, winter])).toEqual([]);
  });
});
