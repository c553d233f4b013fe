import type { CalendarEntry } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { diffEntries, editedDates, entryProblems, removeEntry, upsertEntry } from './calendar-entries';

const entry = (date: string, kind: CalendarEntry['kind'] = 'NON_WORKING_WEEKDAY', reason = 'r'): CalendarEntry => ({
  date,
  kind,
  reason,
  source: 's',
});

describe('the working copy of a year', () => {
  it('adds in date order, replaces a moved day, removes', () => {
    const entries = [entry('2027-01-01'), entry('2027-09-02')];
    expect(upsertEntry(entries, entry('2027-04-30')).map((e) => e.date)).toEqual([
      '2027-01-01',
      '2027-04-30',
      '2027-09-02',
    ]);
    // Editing 02/09 into 03/09 leaves no 02/09 behind.
    expect(upsertEntry(entries, entry('2027-09-03'), '2027-09-02').map((e) => e.date)).toEqual([
      '2027-01-01',
      '2027-09-03',
    ]);
    expect(removeEntry(entries, '2027-01-01').map((e) => e.date)).toEqual(['2027-09-02']);
  });

  it('says what the server would refuse', () => {
    const entries = [entry('2027-01-01')];
    // 06/02/2027 is a Saturday, 08/02/2027 a Monday.
    expect(entryProblems(entry('2027-02-08'), 2027, entries)).toEqual([]);
    expect(entryProblems(entry('2027-02-06'), 2027, entries)).toEqual(['calendar.problem.offOnWeekend']);
    expect(entryProblems(entry('2027-02-08', 'WORKING_WEEKEND'), 2027, entries)).toEqual([
      'calendar.problem.makeupOnWeekday',
    ]);
    expect(entryProblems(entry('2026-12-31'), 2027, entries)).toEqual(['calendar.problem.outsideYear']);
    expect(entryProblems(entry('2027-01-01'), 2027, entries)).toEqual(['calendar.problem.duplicate']);
    // The day being edited is not a duplicate of itself.
    expect(entryProblems(entry('2027-01-01'), 2027, entries, '2027-01-01')).toEqual([]);
  });
});

describe('comparing with the proposal', () => {
  it('lists the added, removed and changed days, ignoring wording', () => {
    const stored = [
      entry('2027-01-01'),
      entry('2027-02-09', 'NON_WORKING_WEEKDAY', 'old words'),
      entry('2027-05-08', 'WORKING_WEEKEND'),
    ];
    const proposal = [
      entry('2027-01-01', 'NON_WORKING_WEEKDAY', 'other words'),
      entry('2027-02-09'),
      entry('2027-09-03'),
      { ...entry('2027-11-24'), pending: true },
    ];
    const diff = diffEntries(stored, proposal);
    expect(diff.added.map((e) => e.date)).toEqual(['2027-09-03', '2027-11-24']);
    expect(diff.removed.map((e) => e.date)).toEqual(['2027-05-08']);
    expect(diff.changed).toEqual([]);
    const pendingNow = diffEntries(proposal, [{ ...entry('2027-11-24') }]);
    expect(pendingNow.changed.map((c) => c.after.date)).toEqual(['2027-11-24']);
  });

  it('marks every day edited in the working copy, wording included', () => {
    const saved = [entry('2027-01-01'), entry('2027-09-02')];
    const working = [entry('2027-01-01', 'NON_WORKING_WEEKDAY', 'new words'), entry('2027-09-03')];
    expect([...editedDates(saved, working)].sort()).toEqual(['2027-01-01', '2027-09-02', '2027-09-03']);
    expect(editedDates(saved, saved).size).toBe(0);
  });
});
