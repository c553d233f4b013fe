import { describe, expect, it } from 'vitest';
import { dueState, weekdaysUntil } from './due-state';

// Friday 27/11/2026.
const today = '2026-11-27';
const open = (dueDate: string | null, overdue = false) => ({ dueDate, overdue, status: 'IN_PROCESS' as const });

describe('weekdaysUntil', () => {
  it('counts Monday–Friday after the first day up to the last', () => {
    expect(weekdaysUntil(today, today)).toBe(0);
    expect(weekdaysUntil(today, '2026-11-28')).toBe(0); // Saturday
    expect(weekdaysUntil(today, '2026-11-30')).toBe(1); // Monday
    expect(weekdaysUntil(today, '2026-12-01')).toBe(2);
    expect(weekdaysUntil(today, '2026-12-11')).toBe(10);
    expect(weekdaysUntil('2026-12-11', today)).toBe(0);
  });
});

describe('dueState', () => {
  it('is red when the server says overdue', () => {
    expect(dueState(open('2026-11-20', true), today)).toBe('overdue');
  });

  it('is orange when due today or within two working days', () => {
    expect(dueState(open(today), today)).toBe('soon');
    expect(dueState(open('2026-11-30'), today)).toBe('soon');
    expect(dueState(open('2026-12-01'), today)).toBe('soon');
    expect(dueState(open('2026-12-02'), today)).toBe('normal');
  });

  it('does not flag a dossier whose clock is paused or that is finished', () => {
    expect(dueState({ dueDate: '2026-11-30', overdue: false, status: 'SUPPLEMENT_REQUESTED' }, today)).toBe('normal');
    expect(dueState({ dueDate: '2026-11-20', overdue: false, status: 'RETURNED' }, today)).toBe('normal');
  });

  it('has nothing to show without a due date (not received yet)', () => {
    expect(dueState({ dueDate: null, overdue: false, status: 'SUBMITTED_ONLINE' }, today)).toBe('none');
  });
});
