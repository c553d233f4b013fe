import type { CalendarEntry } from '@mot-cua/contracts';
import { isWeekend } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';

/** Pure rules of the year editor: a working copy of the entries, checked before it is sent. */

const byDate = (a: CalendarEntry, b: CalendarEntry) => a.date.localeCompare(b.date);

/** Adds an entry, or replaces the one at `previousDate` (the day being edited, which may have moved). */
export function upsertEntry(
  entries: readonly CalendarEntry[],
  entry: CalendarEntry,
  previousDate?: string,
): CalendarEntry[] {
  const rest = entries.filter((e) => e.date !== (previousDate ?? entry.date) && e.date !== entry.date);
  return [...rest, entry].sort(byDate);
}

export function removeEntry(entries: readonly CalendarEntry[], date: string): CalendarEntry[] {
  return entries.filter((e) => e.date !== date);
}

/**
 * What the server would refuse (calendar-year.ts), said before sending: the day must be in the year, a day
 * off must be a weekday, a make-up day a Saturday or Sunday, and one entry per day.
 */
export function entryProblems(
  entry: Pick<CalendarEntry, 'date' | 'kind'>,
  year: number,
  entries: readonly CalendarEntry[],
  previousDate?: string,
): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!entry.date.startsWith(`${year}-`)) problems.push('calendar.problem.outsideYear');
  if (entry.kind === 'NON_WORKING_WEEKDAY' && isWeekend(entry.date)) problems.push('calendar.problem.offOnWeekend');
  if (entry.kind === 'WORKING_WEEKEND' && !isWeekend(entry.date)) problems.push('calendar.problem.makeupOnWeekday');
  if (entry.date !== previousDate && entries.some((e) => e.date === entry.date)) {
    problems.push('calendar.problem.duplicate');
  }
  return problems;
}

export interface EntryDiff {
  /** Days in `next` that `base` does not have. */
  added: CalendarEntry[];
  /** Days in `base` that `next` does not have. */
  removed: CalendarEntry[];
  /** Days in both whose kind or pending flag differ. */
  changed: { before: CalendarEntry; after: CalendarEntry }[];
}

/**
 * What `next` changes in `base`, day by day. Only what the due-date rules see is compared (kind, pending):
 * the proposal words its reasons differently from the official notices.
 */
export function diffEntries(base: readonly CalendarEntry[], next: readonly CalendarEntry[]): EntryDiff {
  const before = new Map(base.map((e) => [e.date, e]));
  const after = new Map(next.map((e) => [e.date, e]));
  const diff: EntryDiff = { added: [], removed: [], changed: [] };
  for (const e of next) {
    const old = before.get(e.date);
    if (!old) diff.added.push(e);
    else if (old.kind !== e.kind || Boolean(old.pending) !== Boolean(e.pending))
      diff.changed.push({ before: old, after: e });
  }
  for (const e of base) if (!after.has(e.date)) diff.removed.push(e);
  return diff;
}

/** The days whose entry differs in any field (the rows marked as changed in the editor). */
export function editedDates(saved: readonly CalendarEntry[], working: readonly CalendarEntry[]): Set<string> {
  const key = (e: CalendarEntry) => JSON.stringify([e.kind, e.reason, e.source, Boolean(e.pending)]);
  const before = new Map(saved.map((e) => [e.date, key(e)]));
  const after = new Map(working.map((e) => [e.date, key(e)]));
  const dates = new Set<string>();
  for (const [date, k] of after) if (before.get(date) !== k) dates.add(date);
  for (const date of before.keys()) if (!after.has(date)) dates.add(date);
  return dates;
}
