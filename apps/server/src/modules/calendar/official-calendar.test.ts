import { describe, expect, it } from 'vitest';
import { calendarYearProblems } from './calendar-year';
import { proposeDraftYear } from './draft-year';
import { KNOWN_ENTRIES_OUTSIDE_TABLES, OFFICIAL_CALENDAR_YEARS } from './official-calendar';

// The machine-readable summary of the research table (holidays.json, compiled 27/11/2026), copied here so the data
// file is checked against an independent transcription.
// prettier-ignore
const SUMMARY: Record<number, { off: string[]; workingWeekend: string[]; unverified: string[] }> = {
  2019: {
    off: ['2019-01-01', '2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-04-15', '2019-04-29', '2019-04-30', '2019-05-01', '2019-09-02'],
    workingWeekend: ['2019-01-05', '2019-05-04'],
    unverified: [],
  },
  2020: {
    off: ['2020-01-01', '2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29', '2020-04-02', '2020-04-30', '2020-05-01', '2020-09-02'],
    workingWeekend: [],
    unverified: [],
  },
  2021: {
    off: ['2021-01-01', '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16', '2021-04-21', '2021-04-30', '2021-05-03', '2021-09-02', '2021-09-03'],
    workingWeekend: [],
    unverified: [],
  },
  2022: {
    off: ['2022-01-03', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-04-11', '2022-05-02', '2022-05-03', '2022-09-01', '2022-09-02'],
    workingWeekend: [],
    unverified: [],
  },
  2023: {
    off: ['2023-01-02', '2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-05-01', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-04'],
    workingWeekend: [],
    unverified: [],
  },
  2024: {
    off: ['2024-01-01', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03'],
    workingWeekend: ['2024-05-04'],
    unverified: [],
  },
  2025: {
    off: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    workingWeekend: ['2025-04-26'],
    unverified: [],
  },
  2026: {
    off: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02'],
    workingWeekend: ['2026-01-10', '2026-08-22'],
    unverified: ['2026-11-24'],
  },
};

describe('official calendar data 2019–2026 (+ 2027 draft)', () => {
  it.each(Object.entries(SUMMARY))('given %s, then the entries match the official table date for date', (y, table) => {
    const year = OFFICIAL_CALENDAR_YEARS.find((c) => c.year === Number(y))!;
    expect(year.status).toBe('official');
    const active = year.entries.filter((e) => !e.pending);
    expect(active.filter((e) => e.kind === 'NON_WORKING_WEEKDAY').map((e) => e.date)).toEqual(table.off);
    expect(active.filter((e) => e.kind === 'WORKING_WEEKEND').map((e) => e.date)).toEqual(table.workingWeekend);
    expect(year.entries.filter((e) => e.pending).map((e) => e.date)).toEqual(table.unverified);
  });

  it('given every year, then it passes validation and every entry has a Vietnamese reason and a source', () => {
    for (const year of OFFICIAL_CALENDAR_YEARS) {
      expect(calendarYearProblems(year)).toEqual([]);
      for (const e of year.entries) {
        expect(e.reason.length).toBeGreaterThan(5);
        expect(e.source.length).toBeGreaterThan(5);
      }
    }
    expect(OFFICIAL_CALENDAR_YEARS.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('given 24/11/2026 (Vietnam Culture Day), then it is a pending draft entry citing Resolution 80-NQ/TW', () => {
    const entry = OFFICIAL_CALENDAR_YEARS.find((y) => y.year === 2026)!.entries.find((e) => e.date === '2026-11-24')!;
    expect(entry.pending).toBe(true);
    expect(entry.source).toContain('80-NQ/TW');
  });

  it('given 2027 (no notice yet), then it is a draft equal to the Labour Code 2019 Art 112 proposal plus the pending 24/11', () => {
    const y2027 = OFFICIAL_CALENDAR_YEARS.find((y) => y.year === 2027)!;
    expect(y2027.status).toBe('draft');
    const active = y2027.entries.filter((e) => !e.pending).map((e) => [e.date, e.kind]);
    expect(active).toEqual(proposeDraftYear(2027).entries.map((e) => [e.date, e.kind]));
    expect(y2027.entries.filter((e) => e.pending).map((e) => e.date)).toEqual(['2027-11-24']);
  });

  it('keeps 31/12/2018, swapped for the 2019 New Year, outside the 2019 table', () => {
    expect(KNOWN_ENTRIES_OUTSIDE_TABLES.map((e) => [e.date, e.kind])).toEqual([['2018-12-31', 'NON_WORKING_WEEKDAY']]);
  });

  it('names the notices: TB 3238/TB-LĐTBXH (2019), 8056/VPCP-KGVX (2023), 1570/TB-BLĐTBXH (2024), 9859/VPCP-KGVX (2026)', () => {
    const source = (date: string) =>
      OFFICIAL_CALENDAR_YEARS.flatMap((y) => y.entries).find((e) => e.date === date)?.source ?? '';
    expect(source('2019-02-04')).toContain('3238/TB-LĐTBXH');
    expect(source('2023-01-20')).toContain('8056/VPCP-KGVX');
    expect(source('2024-05-04')).toContain('1570/TB-BLĐTBXH');
    expect(source('2026-02-16')).toContain('9859/VPCP-KGVX');
  });
});
