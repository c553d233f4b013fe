/**
 * Query keys of the calendar reads. The calendar administration and the due-date tool are separate features
 * (features do not import each other) but share one prefix: saving a year or the settings invalidates
 * `calendarKeys.all`, so due dates computed before are asked again.
 */
export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
  proposal: (year: number) => [...calendarKeys.all, 'proposal', year] as const,
  settings: () => [...calendarKeys.all, 'settings'] as const,
  lunar: (date: string) => [...calendarKeys.all, 'lunar', date] as const,
  due: (receivedAt: string, amount: number, unit: string) =>
    [...calendarKeys.all, 'due', receivedAt, amount, unit] as const,
  workingDays: (from: string, to: string) => [...calendarKeys.all, 'working-days', from, to] as const,
};
