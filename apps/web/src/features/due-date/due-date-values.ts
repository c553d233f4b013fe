import { DurationUnit, MAX_DURATION_AMOUNT } from '@mot-cua/contracts';
import { vietnamIsoString } from '../../lib/format';
import type { DueQuery } from './api/get-due-date';

export interface DueFormValues {
  /** `YYYY-MM-DD`, the day of receipt in Vietnam. */
  date: string;
  /** `HH:mm`, Vietnam time. */
  time: string;
  amount: number;
  unit: DurationUnit;
}

const units = Object.values(DurationUnit) as string[];

/** The form's values as the query of GET /api/calendar/due, or null while they are incomplete. */
export function dueQueryOf(values: Partial<DueFormValues>): DueQuery | null {
  if (!values.date || !values.time || !values.unit) return null;
  const receivedAt = vietnamIsoString(values.date, values.time);
  if (!receivedAt) return null;
  // A same-day procedure has no amount; the server ignores it.
  const amount = values.unit === DurationUnit.SAME_DAY ? 0 : values.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_DURATION_AMOUNT) return null;
  return { receivedAt, amount, unit: values.unit };
}

/** Counting starts later than the receipt (received after hours or on a day off). */
export function startsLater(receivedAt: string, effectiveStart: string): boolean {
  return Date.parse(effectiveStart) > Date.parse(receivedAt);
}

/**
 * A legal time handed over in the address (`?soNgay=5&donVi=WORKING_DAY`, `dueDateHref` in config/paths,
 * linked from a procedure's page), or nothing when it is absent or not valid.
 */
export function durationFromParams(params: URLSearchParams): Pick<DueFormValues, 'amount' | 'unit'> | null {
  const unit = params.get('donVi');
  const amount = Number(params.get('soNgay') ?? (unit === DurationUnit.SAME_DAY ? 0 : NaN));
  if (!unit || !units.includes(unit) || !Number.isFinite(amount) || amount < 0 || amount > MAX_DURATION_AMOUNT) {
    return null;
  }
  return { amount, unit: unit as DurationUnit };
}
