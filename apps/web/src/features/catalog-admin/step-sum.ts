import type { DurationFile } from '@mot-cua/contracts';
import { formatDecimal } from '../../lib/format';
import type { Translate } from '../../lib/i18n';

/**
 * The live check of the process editor: do the steps of a case add up to its legal time? The same arithmetic
 * as the server's catalog rule (STEP_SUM / STEP_UNIT), so that the editor turns red exactly when publishing
 * would be refused: a working day counts 8 working hours, calendar days mix only with calendar days, a step is
 * never "trong ngày", and a "trong ngày" case gives its steps one working day (8 hours).
 */

export type DurationUnit = DurationFile['unit'];
export type Duration = DurationFile;

export const WORKING_HOURS_PER_DAY = 8;

/** A duration as the form holds it: the amount may still be empty. */
export interface DurationInput {
  amount?: number | null;
  unit?: DurationUnit | null;
}

export type StepSum =
  /** Nothing to add up yet (no step, or the legal time is not filled in). */
  | { state: 'empty' }
  /** A step has no duration yet: the sum so far is shown. */
  | { state: 'incomplete'; total: Duration; legal: Duration }
  /** This step's unit cannot be added to the legal time (calendar days with working days, or "trong ngày"). */
  | { state: 'unit'; stepIndex: number; legal: Duration }
  | { state: 'ok'; total: Duration; legal: Duration }
  /** `difference` is signed: negative when the steps fall short of the legal time. */
  | { state: 'mismatch'; total: Duration; legal: Duration; difference: Duration };

type Scale = 'WORKING' | 'CALENDAR';

/** A duration on a comparable integer scale: working minutes, or calendar minutes. */
function measure(d: Duration): { scale: Scale; minutes: number } {
  switch (d.unit) {
    case 'WORKING_DAY':
      return { scale: 'WORKING', minutes: Math.round(d.amount * WORKING_HOURS_PER_DAY * 60) };
    case 'WORKING_HOUR':
      return { scale: 'WORKING', minutes: Math.round(d.amount * 60) };
    case 'SAME_DAY':
      return { scale: 'WORKING', minutes: WORKING_HOURS_PER_DAY * 60 };
    case 'CALENDAR_DAY':
      return { scale: 'CALENDAR', minutes: Math.round(d.amount * 24 * 60) };
  }
}

/** Minutes back to a duration in the unit a sum is compared in ("trong ngày" sums are shown in hours). */
function fromMinutes(minutes: number, legalUnit: DurationUnit): Duration {
  switch (legalUnit) {
    case 'WORKING_DAY':
      return { amount: minutes / (WORKING_HOURS_PER_DAY * 60), unit: 'WORKING_DAY' };
    case 'WORKING_HOUR':
    case 'SAME_DAY':
      return { amount: minutes / 60, unit: 'WORKING_HOUR' };
    case 'CALENDAR_DAY':
      return { amount: minutes / (24 * 60), unit: 'CALENDAR_DAY' };
  }
}

const complete = (d: DurationInput | null | undefined): d is Duration =>
  !!d && typeof d.amount === 'number' && Number.isFinite(d.amount) && !!d.unit;

/** The steps of one case against its legal time. */
export function computeStepSum(
  legalTime: DurationInput | null | undefined,
  steps: readonly ({ duration?: DurationInput | null } | null | undefined)[],
): StepSum {
  const legalInput = legalTime?.unit === 'SAME_DAY' ? { amount: 1, unit: 'SAME_DAY' as const } : legalTime;
  if (!complete(legalInput) || steps.length === 0) return { state: 'empty' };
  const legal: Duration = legalInput;
  const target = measure(legal);
  let sum = 0;
  let incomplete = false;
  for (const [i, step] of steps.entries()) {
    const d = step?.duration;
    if (!complete(d)) {
      incomplete = true;
      continue;
    }
    const m = measure(d);
    if (m.scale !== target.scale || d.unit === 'SAME_DAY') return { state: 'unit', stepIndex: i, legal };
    sum += m.minutes;
  }
  const total = fromMinutes(sum, legal.unit);
  if (incomplete) return { state: 'incomplete', total, legal };
  if (sum === target.minutes) return { state: 'ok', total, legal };
  return { state: 'mismatch', total, legal, difference: fromMinutes(sum - target.minutes, legal.unit) };
}

/** "10 ngày làm việc", "20 ngày", "2 giờ làm việc", "trong ngày" (decimal comma: "7,5 ngày làm việc"). */
export function formatDuration(d: Duration, t: Translate): string {
  return t(`catalogAdmin.duration.${d.unit}`, { n: formatDecimal(d.amount) });
}

/** "thiếu 1 ngày", "thừa 4 giờ": how far the steps are from the legal time. */
export function formatDifference(difference: Duration, t: Translate): string {
  const n = formatDecimal(Math.abs(difference.amount));
  const hours = difference.unit === 'WORKING_HOUR';
  if (difference.amount < 0) return t(hours ? 'catalogAdmin.sum.shortHours' : 'catalogAdmin.sum.shortDays', { n });
  return t(hours ? 'catalogAdmin.sum.overHours' : 'catalogAdmin.sum.overDays', { n });
}
