import { type DossierChannel, DossierStatus, type ResultDelivery, type Role } from '@mot-cua/contracts';
import type { PlainDate } from '../../platform/time';

/**
 * The dossier (hồ sơ): domain types and pure invariants. The lifecycle follows shared/domain/rules.md §4
 * (states, transitions T1–T15) as checked in rules-verified.md (Decree 61/2018 Art 17–20, Circular 01/2018).
 */

// The states themselves are shared with the web (contracts), with their legal source.
export { DossierStatus };

export const TERMINAL_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>([
  'REJECTED_AT_INTAKE',
  'WITHDRAWN',
  'STOPPED',
  'RETURNED',
]);

export type Channel = DossierChannel;
export type { ResultDelivery };
/** The rules a dossier was received under, kept for its whole life. */
export type RuleSet = '2018' | '2025';
export type Outcome = 'EARLY' | 'ON_TIME' | 'LATE';

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'WORKING_HOUR' | 'SAME_DAY';
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

/** One step of the internal process, copied from the procedure version at reception. */
export interface StepPlan {
  name: string;
  role: Role;
  /** The agency that performs the step (the deciding agency, a coordinating agency, or the center). */
  agencyId: string;
  duration: Duration;
}

export interface StepState extends StepPlan {
  index: number;
  assigneeId: string | null;
  startedAt: Date | null;
  dueAt: Date | null;
  completedAt: Date | null;
  outcome: Outcome | null;
}

export interface Due {
  dueAt: Date;
  dueDate: PlainDate;
}

/** The current state of a dossier, as `evolve` derives it from its events. */
export interface Dossier {
  id: string;
  code: string | null;
  status: DossierStatus;
  version: number;
  ruleSet: RuleSet;
  channel: Channel;
  resultDelivery: ResultDelivery;
  /** The center or unit that received the dossier; its identifier starts the dossier code. */
  receivingAgencyId: string;
  /** The competent (deciding) agency. */
  decidingAgencyId: string;
  /** Legal processing time of the procedure's case and channel. */
  legalDuration: Duration;
  steps: StepState[];
  /** Index of the step in progress, or null before transfer and after the last step. */
  currentStep: number | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  /** When the clock (re)started: reception, or the complete supplement (Decree 61 Art 19(4)). */
  clockStartedAt: Date | null;
  due: Due | null;
  /** The first due date, kept for statistics even after an apology (rules.md §4.3 invariants). */
  originalDue: Due | null;
  /** A pause in progress (financial obligation), and the working time already paused. */
  pausedAt: Date | null;
  intakeSupplementCount: number;
  supplementCount: number;
  apologyCount: number;
  resultReadyAt: Date | null;
  returnedAt: Date | null;
  outcome: Outcome | null;
  closedAt: Date | null;
}

export const DOSSIER_CODE_PATTERN = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

/**
 * Circular 01/2018 Art 19: `<unit identifier>-YYMMDD-XXXX`, XXXX the unit's dossiers of that day (4 digits).
 * Circular 04/2025 Art 23(2) allows "at least 4" characters, so a 10,000th dossier of a day gets 5 digits.
 */
export function formatDossierCode(unitCode: string, receptionDate: PlainDate, sequence: number): string {
  const yymmdd = receptionDate.slice(2, 4) + receptionDate.slice(5, 7) + receptionDate.slice(8, 10);
  return `${unitCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

/** Decree 118/2025 took effect on 01/07/2025; dossiers received from then follow the 2025 rules (configurable). */
export const DEFAULT_RULE_SET_CUTOVER: PlainDate = '2025-07-01';

export function ruleSetFor(receptionDate: PlainDate, cutover: PlainDate = DEFAULT_RULE_SET_CUTOVER): RuleSet {
  return receptionDate >= cutover ? '2025' : '2018';
}

/** Masks all but the last `visible` characters: ID numbers and phones shown to people who do not need them. */
export function maskDigits(value: string, visible = 4): string {
  const keep = value.slice(-visible);
  return '•'.repeat(Math.max(0, value.length - visible)) + keep;
}

/** "Nguyễn Thị Lan" → "Nguyễn T. L.": enough for the applicant to recognise, not enough to identify. */
export function maskName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length <= 1) return parts[0] ? `${parts[0].charAt(0)}.` : '';
  return [parts[0], ...parts.slice(1).map((p) => `${p.charAt(0)}.`)].join(' ');
}
