import type { DossierStatus } from '@mot-cua/contracts';
import { isWeekend } from '../../lib/format';

/** Statuses whose clock runs: the server flags only these as overdue (paused and closed dossiers are not). */
const CLOCK_RUNNING: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['RECEIVED', 'IN_PROCESS']);

/** How close a due date is: red "Quá hạn", orange within two working days, or nothing to flag. */
export type DueState = 'overdue' | 'soon' | 'normal' | 'none';

/** Days after `from` up to and including `to` that are Monday–Friday (holidays are the server's business). */
export function weekdaysUntil(from: string, to: string): number {
  if (to <= from) return 0;
  let count = 0;
  const day = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (!isWeekend(day.toISOString().slice(0, 10))) count++;
  }
  return count;
}

export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The flag of a due date. `overdue` comes from the server (it knows the calendar); "soon" is due today or
 * within two working days, counted Monday–Friday, like the server's due-soon queue.
 */
export function dueState(
  dossier: { dueDate: string | null; overdue: boolean; status: DossierStatus },
  today: string,
): DueState {
  if (!dossier.dueDate) return 'none';
  if (dossier.overdue) return 'overdue';
  if (!CLOCK_RUNNING.has(dossier.status)) return 'normal';
  if (dossier.dueDate < today) return 'overdue';
  return weekdaysUntil(today, dossier.dueDate) <= DUE_SOON_WORKING_DAYS ? 'soon' : 'normal';
}

/** Statuses after which nothing more happens to a dossier (no uploads, no actions). */
export const CLOSED_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>([
  'REJECTED_AT_INTAKE',
  'WITHDRAWN',
  'STOPPED',
  'RETURNED',
]);
