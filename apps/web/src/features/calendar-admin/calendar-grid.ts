import type { CalendarEntry } from '@mot-cua/contracts';
import { isWeekend } from '../../lib/format';

/**
 * The year view's month grids: weeks start on Monday (T2 … CN, as Vietnamese calendars print them), and each
 * day gets the colour of what it is for the due-date rules.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks of a month, Monday first; `null` fills the days before the 1st and after the last day. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 Sunday … 6 Saturday → 0 Monday … 6 Sunday.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth; day++) cells.push(`${year}-${pad(month)}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * - `off`: a weekday off (holiday, compensatory or swapped day) — red
 * - `makeup`: a Saturday or Sunday worked (làm bù) — blue
 * - `pending`: announced but not in force until confirmed — orange, hatched
 * - `weekend`: an ordinary Saturday or Sunday — grey
 * - `workday`: an ordinary working day
 */
export type DayKind = 'off' | 'makeup' | 'pending' | 'weekend' | 'workday';

export function dayKind(date: string, entry: CalendarEntry | undefined): DayKind {
  if (entry?.pending) return 'pending';
  if (entry?.kind === 'NON_WORKING_WEEKDAY') return 'off';
  if (entry?.kind === 'WORKING_WEEKEND') return 'makeup';
  return isWeekend(date) ? 'weekend' : 'workday';
}

export function entriesByDate(entries: readonly CalendarEntry[]): Map<string, CalendarEntry> {
  return new Map(entries.map((e) => [e.date, e]));
}

/** Counts for the year's summary line. */
export function yearSummary(entries: readonly CalendarEntry[]) {
  return {
    off: entries.filter((e) => !e.pending && e.kind === 'NON_WORKING_WEEKDAY').length,
    makeup: entries.filter((e) => !e.pending && e.kind === 'WORKING_WEEKEND').length,
    pending: entries.filter((e) => e.pending).length,
  };
}
