import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors';
import { calendarYearProblems } from './calendar-year';
import { draftYearSettings } from './calendar-settings';
import { proposeDraftYear, statutoryHolidays } from './draft-year';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar';

const official = (year: number) => OFFICIAL_CALENDAR_YEARS.find((y) => y.year === year)!;
const offDates = (year: number) =>
  new Set(
    official(year)
      .entries.filter((e) => e.kind === 'NON_WORKING_WEEKDAY' && !e.pending)
      .map((e) => e.date),
  );
const proposed = (year: number, settings = draftYearSettings()) =>
  proposeDraftYear(year, settings).entries.map((e) => e.date);

describe('proposeDraftYear', () => {
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'Labour Code 2019 Art 112 / 2012 Art 115 and Art 111(3): given %i, then every law-fixed holiday (1/1, Giỗ Tổ, 30/4, 1/5, 2/9) or its compensatory day is off in the official table',
    (year) => {
      const off = offDates(year);
      const draft = proposeDraftYear(year);
      for (const holiday of statutoryHolidays(year).filter((h) => h.lawFixed)) {
        const day = new Date(`${holiday.date}T00:00:00Z`).getUTCDay();
        if (day !== 0 && day !== 6) {
          expect(off, `${holiday.name} ${holiday.date}`).toContain(holiday.date);
        } else {
          const compensatory = draft.entries.find((e) => e.reason.startsWith(`Nghỉ bù ${holiday.name}`));
          expect(compensatory, `compensatory day of ${holiday.name}`).toBeDefined();
          expect(off).toContain(compensatory!.date);
        }
      }
    },
  );

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'given %i, then the default Tết window (2 days before, 3 from mùng 1, plus compensatory days) is the official Tết break',
    (year) => {
      const inTetSeason = (d: string) => d > `${year}-01-15` && d < `${year}-03-01`;
      expect(proposed(year).filter(inTetSeason)).toEqual([...offDates(year)].filter(inTetSeason).sort());
    },
  );

  it('given 2019–2026, then the proposal differs from the official table only by swaps (hoán đổi), which are the PM’s choice', () => {
    const swaps: string[] = [];
    for (let year = 2019; year <= 2026; year++) {
      const draft = new Set(proposed(year));
      const off = offDates(year);
      expect(
        [...draft].filter((d) => !off.has(d)),
        `${year}: proposed but not official`,
      ).toEqual([]);
      swaps.push(...[...off].filter((d) => !draft.has(d)));
    }
    expect(swaps).toEqual(['2019-04-29', '2024-04-29', '2025-05-02', '2026-01-02', '2026-08-31']);
  });

  it('Labour Code 2019 Art 111(3): given Giỗ Tổ on Saturday 29/04/2023 and 30/4 on Sunday, then the compensatory days are Tue 2/5 and Wed 3/5 (Mon 1/5 is itself a holiday)', () => {
    const entries = proposeDraftYear(2023).entries.filter((e) => e.date >= '2023-04-28' && e.date <= '2023-05-05');
    expect(entries.map((e) => e.date)).toEqual(['2023-05-01', '2023-05-02', '2023-05-03']);
    expect(entries[1]!.reason).toContain('Giỗ Tổ Hùng Vương');
    expect(entries[1]!.source).toContain('Điều 111 khoản 3');
  });

  it('Labour Code 2012 Art 115: given 2020, then 2 September is one day; Labour Code 2019 Art 112: from 2021 it has an adjacent day', () => {
    expect(proposed(2020).filter((d) => d.startsWith('2020-09'))).toEqual(['2020-09-02']);
    expect(proposed(2021).filter((d) => d.startsWith('2021-09'))).toEqual(['2021-09-02', '2021-09-03']);
    expect(proposeDraftYear(2020).entries[0]!.source).toContain('Bộ luật Lao động 2012 Điều 115');
    expect(proposeDraftYear(2021).entries[0]!.source).toContain('Dự thảo tính theo Bộ luật Lao động 2019 Điều 112');
  });

  it.each([
    [2024, 'Mon', '2024-09-03'],
    [2025, 'Tue', '2025-09-01'],
    [2026, 'Wed', '2026-09-01'],
    [2021, 'Thu', '2021-09-03'],
    [2022, 'Fri', '2022-09-01'],
    [2023, 'Sat', '2023-09-01'],
    [2029, 'Sun', '2029-09-03'],
  ])(
    'Labour Code 2019 Art 112(1)(đ): given 2/9/%i on a %s, then the AUTO adjacent day is %s',
    (year, _weekday, date) => {
      const adjacent = statutoryHolidays(year).find((h) => h.name === 'Nghỉ liền kề Quốc khánh');
      expect(adjacent?.date).toBe(date);
    },
  );

  it('given nationalDayAdjacentDay AFTER, then 2/9/2026 is joined by 3/9', () => {
    expect(proposed(2026, draftYearSettings({ nationalDayAdjacentDay: 'AFTER' }))).toContain('2026-09-03');
  });

  it('given tetDaysBeforeNewYear 1, then Tết 2025 is 28/01 (30 Tết) to 01/02 with Monday 03/02 for Saturday 01/02', () => {
    const tet = proposed(2025, draftYearSettings({ tetDaysBeforeNewYear: 1 })).filter(
      (d) => d.startsWith('2025-0') && d > '2025-01-15' && d < '2025-03-01',
    );
    expect(tet).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03']);
  });

  it('given cultureDayFromYear 2027, then 24/11/2027 is proposed; by default it is not', () => {
    expect(proposed(2027)).not.toContain('2027-11-24');
    const withCulture = proposeDraftYear(2027, draftYearSettings({ cultureDayFromYear: 2027 }));
    expect(withCulture.entries.find((e) => e.date === '2027-11-24')?.reason).toBe('Ngày Văn hóa Việt Nam (24/11)');
  });

  it('given any year 2014–2100, then the draft is valid, has 11 to 16 entries and is marked draft', () => {
    for (let year = 2014; year <= 2100; year++) {
      const draft = proposeDraftYear(year);
      expect(draft.status).toBe('draft');
      expect(calendarYearProblems(draft)).toEqual([]);
      expect(draft.entries.length).toBeGreaterThanOrEqual(year >= 2021 ? 11 : 10);
      expect(draft.entries.length).toBeLessThanOrEqual(16);
    }
  });

  it('given 2031 with a leap 3rd lunar month, then Giỗ Tổ is Tuesday 01/04/2031', () => {
    expect(statutoryHolidays(2031).find((h) => h.name === 'Giỗ Tổ Hùng Vương')?.date).toBe('2031-04-01');
  });

  it('refuses years before 2014 (another Labour Code) with CALENDAR_OUT_OF_RANGE', () => {
    try {
      proposeDraftYear(2013);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('CALENDAR_OUT_OF_RANGE');
    }
  });
});
