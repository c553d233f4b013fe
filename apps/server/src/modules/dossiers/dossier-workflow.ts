import { Permission } from '@mot-cua/contracts';
import { AppError, type LocalizedText } from '../../platform/errors';
import type { Actor } from '../../platform/request-context';
import type { PlainDate } from '../../platform/time';
import {
  type Channel,
  type Dossier,
  type DossierStatus,
  type Due,
  type Duration,
  type Outcome,
  type ResultDelivery,
  type StepState,
} from './dossier';

/**
 * The dossier lifecycle as a decider: a status × action table the compiler checks, `decide` (command → event,
 * or an AppError) and `evolve` (state + event → state). Pure: time, the actor and the deadline rules come in
 * as arguments. Transitions T1–T15 and their bases: shared/domain/rules.md §4.3, rules-verified.md §1.2–1.5.
 */

export const DossierAction = {
  RECEIVE: 'RECEIVE',
  RETURN_FOR_COMPLETION: 'RETURN_FOR_COMPLETION',
  RESUBMIT: 'RESUBMIT',
  REFUSE: 'REFUSE',
  TRANSFER: 'TRANSFER',
  ASSIGN: 'ASSIGN',
  CLAIM: 'CLAIM',
  COMPLETE_STEP: 'COMPLETE_STEP',
  REQUEST_SUPPLEMENT: 'REQUEST_SUPPLEMENT',
  RECEIVE_SUPPLEMENT: 'RECEIVE_SUPPLEMENT',
  REQUEST_PAYMENT: 'REQUEST_PAYMENT',
  CONFIRM_PAYMENT: 'CONFIRM_PAYMENT',
  APOLOGIZE: 'APOLOGIZE',
  STOP: 'STOP',
  WITHDRAW: 'WITHDRAW',
  MARK_RESULT_READY: 'MARK_RESULT_READY',
  RETURN_RESULT: 'RETURN_RESULT',
} as const;
export type DossierAction = (typeof DossierAction)[keyof typeof DossierAction];

/** Which actions each status allows. Adding a status without deciding its actions does not compile. */
export const actionsByStatus = {
  SUBMITTED_ONLINE: ['RECEIVE', 'RETURN_FOR_COMPLETION', 'REFUSE', 'WITHDRAW'],
  INTAKE_NEEDS_SUPPLEMENT: ['RESUBMIT', 'RECEIVE', 'REFUSE', 'WITHDRAW'],
  REJECTED_AT_INTAKE: [],
  RECEIVED: ['TRANSFER', 'STOP', 'WITHDRAW'],
  IN_PROCESS: [
    'ASSIGN',
    'CLAIM',
    'COMPLETE_STEP',
    'REQUEST_SUPPLEMENT',
    'REQUEST_PAYMENT',
    'APOLOGIZE',
    'REFUSE',
    'STOP',
    'WITHDRAW',
    'MARK_RESULT_READY',
  ],
  SUPPLEMENT_REQUESTED: ['RECEIVE_SUPPLEMENT', 'STOP', 'WITHDRAW'],
  AWAITING_FINANCIAL_OBLIGATION: ['CONFIRM_PAYMENT', 'STOP', 'WITHDRAW'],
  WITHDRAWN: [],
  STOPPED: [],
  RESULT_READY: ['RETURN_RESULT'],
  RETURNED: [],
} as const satisfies Record<DossierStatus, readonly DossierAction[]>;

/** Decree 61/2018 Art 16(2)(b): only an online dossier is completed and sent again by its applicant on the portal. */
function resubmitsOnline(dossier: Dossier): boolean {
  return dossier.channel === 'ONLINE';
}

/** Whether the applicant may send the dossier again from the portal now (the status allows it, and it is online). */
export function applicantCanResubmit(dossier: Dossier): boolean {
  return (actionsByStatus[dossier.status] as readonly DossierAction[]).includes('RESUBMIT') && resubmitsOnline(dossier);
}

/** The staff permission an action needs (any of them). RESUBMIT is the applicant's, through the portal. */
export function permissionsFor(action: DossierAction, status: DossierStatus): readonly Permission[] {
  const P = Permission;
  switch (action) {
    case 'RECEIVE':
    case 'RETURN_FOR_COMPLETION':
    case 'TRANSFER':
    case 'RECEIVE_SUPPLEMENT':
    case 'RETURN_RESULT':
    case 'WITHDRAW':
      return [P.DOSSIER_RECEIVE];
    case 'REFUSE':
      // At intake the reception officer refuses (Art 17(1)(b)); after appraisal the competent agency (Art 19(8)).
      return status === 'IN_PROCESS' ? [P.DOSSIER_APPROVE] : [P.DOSSIER_RECEIVE];
    case 'ASSIGN':
      return [P.DOSSIER_APPROVE];
    case 'CLAIM':
    case 'COMPLETE_STEP':
      return [P.DOSSIER_PROCESS, P.DOSSIER_APPROVE, P.DOSSIER_ISSUE];
    case 'REQUEST_SUPPLEMENT':
    case 'REQUEST_PAYMENT':
      return [P.DOSSIER_PROCESS, P.DOSSIER_APPROVE];
    case 'CONFIRM_PAYMENT':
      return [P.DOSSIER_RECEIVE, P.DOSSIER_PROCESS];
    case 'APOLOGIZE':
      return [P.DOSSIER_APPROVE];
    case 'STOP':
      // The agency stops an ineligible dossier; the desk records an applicant's request to stop.
      return [P.DOSSIER_APPROVE, P.DOSSIER_RECEIVE];
    case 'MARK_RESULT_READY':
      return [P.DOSSIER_ISSUE];
    case 'RESUBMIT':
      return [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Commands and events

export interface SupplementItem {
  name: string;
  reason: string;
}

export type DossierCommand =
  | { type: 'RECEIVE'; code: string; note?: string }
  | { type: 'RETURN_FOR_COMPLETION'; items: SupplementItem[]; note?: string }
  | { type: 'RESUBMIT'; note?: string }
  | { type: 'REFUSE'; reason: string }
  | { type: 'TRANSFER'; note?: string }
  | { type: 'ASSIGN'; assignee: { userId: string; agencyId: string; role: string; name: string } }
  | { type: 'CLAIM' }
  | { type: 'COMPLETE_STEP'; note?: string }
  | { type: 'REQUEST_SUPPLEMENT'; items: SupplementItem[]; note?: string }
  | { type: 'RECEIVE_SUPPLEMENT'; note?: string }
  | { type: 'REQUEST_PAYMENT'; amountVnd?: number; description: string }
  | { type: 'CONFIRM_PAYMENT'; receiptNumber?: string }
  | { type: 'APOLOGIZE'; reason: string; newDueDate: PlainDate }
  | { type: 'STOP'; reason: string; requestedByApplicant: boolean }
  | { type: 'WITHDRAW'; reason: string }
  | { type: 'MARK_RESULT_READY'; resultSummary?: string }
  | { type: 'RETURN_RESULT'; deliveredBy: ResultDelivery; receivedBy: string; signed: boolean; note?: string };

/** The prescribed form an event produces (2018 numbering; the 2025 set is mapped in the documents module). */
export type FormKind = 'RECEIPT' | 'SUPPLEMENT_REQUEST' | 'REFUSAL' | 'APOLOGY' | 'STOP_NOTICE' | 'WITHDRAWAL_RECORD';

/** A row of the Form 05 control sheet: who handed the dossier to whom, when, and how the giver did. */
export interface Handover {
  fromAgencyId: string | null;
  fromUserId: string | null;
  toAgencyId: string | null;
  toUserId: string | null;
  /** The giver's step against its due date (Form 05 "kết quả giải quyết"). */
  outcome: Outcome | null;
}

interface EventBase {
  at: Date;
  actorId: string | null;
  actorAgencyId: string | null;
  handover?: Handover;
  form?: FormKind;
}

export type DossierEvent = EventBase &
  (
    | { type: 'SUBMITTED_ONLINE' }
    | { type: 'RECEIVED'; code: string; due: Due; startedStep: { index: number; dueAt: Date } | null; note?: string }
    | { type: 'RETURNED_FOR_COMPLETION'; items: SupplementItem[]; note?: string }
    | { type: 'RESUBMITTED'; note?: string }
    | { type: 'REFUSED'; reason: string; atIntake: boolean }
    | { type: 'TRANSFERRED'; completedStep: StepCompletion | null; startedStep: StepStart | null; note?: string }
    | { type: 'STEP_ASSIGNED'; stepIndex: number; assigneeId: string; assigneeName: string }
    | { type: 'STEP_CLAIMED'; stepIndex: number }
    | { type: 'STEP_COMPLETED'; completedStep: StepCompletion; startedStep: StepStart | null; note?: string }
    | { type: 'SUPPLEMENT_REQUESTED'; items: SupplementItem[]; noticeLate: boolean; note?: string }
    | { type: 'SUPPLEMENT_RECEIVED'; due: Due; stepDueAt: Date | null; note?: string }
    | { type: 'PAYMENT_REQUESTED'; amountVnd: number | null; description: string }
    | { type: 'PAYMENT_CONFIRMED'; due: Due; originalDue: Due; stepDueAt: Date | null; receiptNumber?: string }
    | { type: 'APOLOGIZED'; reason: string; previousDue: Due; newDue: Due }
    | { type: 'STOPPED'; reason: string; requestedByApplicant: boolean }
    | { type: 'WITHDRAWN'; reason: string }
    | { type: 'RESULT_MARKED_READY'; outcome: Outcome; completedStep: StepCompletion | null; resultSummary?: string }
    | { type: 'RESULT_RETURNED'; deliveredBy: ResultDelivery; receivedBy: string; signed: boolean; note?: string }
  );
export type DossierEventType = DossierEvent['type'];

export interface StepCompletion {
  index: number;
  outcome: Outcome;
}
export interface StepStart {
  index: number;
  dueAt: Date;
}

/** The deadline rules the workflow needs, implemented over the working calendar (calendar module). */
export interface DeadlineRules {
  /** Due moment of a duration counted from `start` (receipt outside office hours counts from the next working day). */
  dueFrom(start: Date, duration: Duration): Due;
  /** The due moment moved later by the working time between `from` and `to` (a pause). */
  extendByPause(due: Due, from: Date, to: Date): Due;
  /** A moment moved later by the working time between `from` and `to`. */
  shiftByPause(moment: Date, from: Date, to: Date): Date;
  /** Decree 61 Art 19(9): the apology must come at least one working day before the due date. */
  isAtLeastOneWorkingDayBefore(now: Date, dueDate: PlainDate): boolean;
  /** The due moment for a new appointment date (end of office hours that day), or why it is not acceptable. */
  dueOnDate(date: PlainDate): Due;
  /** Decree 61 Art 19(4): the supplement notice goes out within 3 working days from reception. */
  workingDaysSince(from: Date, to: Date): number;
  classify(doneAt: Date, due: Due): Outcome;
}

export interface DecideContext {
  now: Date;
  actor: Actor;
  rules: DeadlineRules;
  /** The center's agency id: steps there are reception steps (receive, transfer, return). */
  centerAgencyId: string;
}

// ---------------------------------------------------------------------------------------------------------
// Guards

const refuse = (vi: string, en: string): never => {
  throw new AppError('ACTION_NOT_ALLOWED', { message: { vi, en } satisfies LocalizedText });
};
const ruleBroken = (vi: string, en: string): never => {
  throw new AppError('BUSINESS_RULE_VIOLATED', { message: { vi, en } });
};

function isCenterStep(step: StepState | undefined, ctx: DecideContext) {
  return step !== undefined && (step.role === 'RECEPTION_OFFICER' || step.agencyId === ctx.centerAgencyId);
}

/** The actor works for the agency of a step: its own agency, or a sub-unit in an agency-scoped user's tree. */
function worksFor(actor: Actor, agencyId: string): boolean {
  if (actor.agencyId === agencyId) return true;
  return actor.scope !== 'ALL' && actor.scope.agencyIds.includes(agencyId);
}

/** Can this actor see (and so act on) the dossier at all? Center staff see all; agencies see their own. */
export function canSeeDossier(
  actor: Actor,
  dossier: Pick<Dossier, 'decidingAgencyId' | 'steps' | 'receivingAgencyId'>,
) {
  if (actor.scope === 'ALL') return true;
  const ids = actor.scope.agencyIds;
  return (
    ids.includes(dossier.decidingAgencyId) ||
    ids.includes(dossier.receivingAgencyId) ||
    dossier.steps.some((s) => ids.includes(s.agencyId))
  );
}

function firstNonCenterStepFrom(steps: readonly StepState[], from: number, ctx: DecideContext): number | null {
  for (let i = from; i < steps.length; i++) if (!isCenterStep(steps[i], ctx)) return i;
  return null;
}

function startStep(dossier: Dossier, index: number | null, ctx: DecideContext): StepStart | null {
  if (index === null) return null;
  const step = dossier.steps[index];
  if (!step) return null;
  return { index, dueAt: ctx.rules.dueFrom(ctx.now, step.duration).dueAt };
}

function completion(step: StepState, ctx: DecideContext): StepCompletion {
  const due = step.dueAt ?? ctx.now;
  return { index: step.index, outcome: ctx.rules.classify(ctx.now, { dueAt: due, dueDate: toDate(due) }) };
}

const toDate = (instant: Date): PlainDate => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

function requireItems(items: readonly SupplementItem[]) {
  if (items.length === 0) {
    ruleBroken(
      'Phiếu yêu cầu bổ sung phải liệt kê đầy đủ các nội dung cần bổ sung, hoàn thiện (một lần).',
      'A supplement request must list everything to add or fix, at once.',
    );
  }
}

/** Actions the actor may take now: the table, the permission, and the guards that do not need a payload. */
export function allowedActions(dossier: Dossier, actor: Actor, ctx: Omit<DecideContext, 'actor'>): DossierAction[] {
  if (!canSeeDossier(actor, dossier)) return [];
  const candidates: readonly DossierAction[] = actionsByStatus[dossier.status];
  return candidates.filter((action) => {
    if (action === 'RESUBMIT') return false;
    if (!permissionsFor(action, dossier.status).some((p) => actor.permissions.has(p))) return false;
    try {
      checkGuards(dossier, action, { ...ctx, actor });
      return true;
    } catch {
      return false;
    }
  });
}

/** Guards that depend only on the state and the actor (payload checks happen in `decide`). */
function checkGuards(dossier: Dossier, action: DossierAction, ctx: DecideContext): void {
  const step = dossier.currentStep === null ? undefined : dossier.steps[dossier.currentStep];
  switch (action) {
    case 'RETURN_FOR_COMPLETION':
      // Decree 61 Art 15(3), 17(1)(a), 17(2): the applicant is told what to complete once, fully.
      if (dossier.intakeSupplementCount > 0) {
        refuse(
          'Hồ sơ đã được hướng dẫn bổ sung một lần; không được yêu cầu bổ sung lần thứ hai khi tiếp nhận.',
          'The applicant was already told once what to complete; a second intake request is not allowed.',
        );
      }
      return;
    case 'RESUBMIT':
      if (!resubmitsOnline(dossier))
        refuse('Chỉ hồ sơ trực tuyến được nộp lại trên cổng.', 'Only online dossiers are resubmitted on the portal.');
      return;
    case 'TRANSFER':
      if (step && !isCenterStep(step, ctx)) refuse('Hồ sơ đã được chuyển.', 'The dossier was already transferred.');
      return;
    case 'ASSIGN':
    case 'CLAIM':
    case 'COMPLETE_STEP': {
      if (!step || isCenterStep(step, ctx)) {
        refuse('Không có bước xử lý nào đang chờ ở cơ quan giải quyết.', 'No processing step is waiting at an agency.');
        return;
      }
      if (!worksFor(ctx.actor, step.agencyId)) {
        refuse('Bước xử lý hiện tại thuộc cơ quan khác.', 'The current step belongs to another agency.');
      }
      if (action === 'CLAIM' && step.assigneeId !== null) {
        refuse('Bước xử lý đã có người nhận.', 'Someone already holds this step.');
      }
      if (action === 'CLAIM' && step.role !== ctx.actor.role) {
        refuse('Bước này dành cho vai trò khác.', 'This step is for another role.');
      }
      if (action === 'COMPLETE_STEP') {
        const mine = step.assigneeId === ctx.actor.userId;
        const unassignedForMyRole = step.assigneeId === null && step.role === ctx.actor.role;
        if (!mine && !unassignedForMyRole) {
          refuse(
            'Chỉ người được giao bước này mới hoàn thành được.',
            'Only the person assigned this step can complete it.',
          );
        }
      }
      return;
    }
    case 'REQUEST_SUPPLEMENT':
    case 'REQUEST_PAYMENT':
    case 'REFUSE':
    case 'APOLOGIZE':
      if (dossier.status === 'IN_PROCESS' && !ctx.actor.permissions.has('dossier.receive')) {
        // Agency actions on a dossier in process come from the deciding (or a coordinating) agency.
        const involved =
          worksFor(ctx.actor, dossier.decidingAgencyId) || dossier.steps.some((s) => worksFor(ctx.actor, s.agencyId));
        if (!involved) refuse('Hồ sơ thuộc cơ quan khác.', 'The dossier belongs to another agency.');
      }
      if (action === 'APOLOGIZE') {
        // Decree 61 Art 19(9): a new appointment may be given at most once.
        if (dossier.apologyCount > 0) {
          refuse(
            'Chỉ được hẹn lại ngày trả kết quả một lần (Nghị định 61/2018 Điều 19 khoản 9).',
            'A new date may be given only once (Decree 61/2018 Art 19(9)).',
          );
        }
        // …and the written apology comes no later than one day before the due date.
        if (!dossier.due || !ctx.rules.isAtLeastOneWorkingDayBefore(ctx.now, dossier.due.dueDate)) {
          refuse(
            'Phiếu xin lỗi và hẹn lại phải gửi chậm nhất 01 ngày trước ngày hẹn trả (Nghị định 61/2018 Điều 19 khoản 9).',
            'The apology must be sent at least one day before the due date (Decree 61/2018 Art 19(9)).',
          );
        }
      }
      return;
    case 'MARK_RESULT_READY':
      if (step && !isCenterStep(step, ctx)) {
        refuse('Còn bước xử lý chưa hoàn thành.', 'A processing step is still open.');
      }
      return;
    default:
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------
// decide

/** Validate a command against the state and produce the event it causes, or throw an AppError. */
export function decide(dossier: Dossier, command: DossierCommand, ctx: DecideContext): DossierEvent {
  const allowed: readonly DossierAction[] = actionsByStatus[dossier.status];
  if (!allowed.includes(command.type)) {
    refuse(
      `Thao tác ${command.type} không được phép khi hồ sơ ở trạng thái ${dossier.status}.`,
      `${command.type} is not allowed while the dossier is ${dossier.status}.`,
    );
  }
  if (command.type !== 'RESUBMIT') {
    if (!canSeeDossier(ctx.actor, dossier)) throw new AppError('NOT_FOUND');
    if (!permissionsFor(command.type, dossier.status).some((p) => ctx.actor.permissions.has(p))) {
      throw new AppError('FORBIDDEN');
    }
  }
  checkGuards(dossier, command.type, ctx);

  const base = { at: ctx.now, actorId: ctx.actor.userId, actorAgencyId: ctx.actor.agencyId };
  const step = dossier.currentStep === null ? undefined : dossier.steps[dossier.currentStep];

  switch (command.type) {
    case 'RECEIVE': {
      // Decree 61 Art 17(1)(c), 17(3): complete dossier → receipt and appointment (Form 01) with the code.
      const due = ctx.rules.dueFrom(ctx.now, dossier.legalDuration);
      const first = dossier.steps[0];
      return {
        ...base,
        type: 'RECEIVED',
        code: command.code,
        due,
        startedStep: first ? { index: 0, dueAt: ctx.rules.dueFrom(ctx.now, first.duration).dueAt } : null,
        form: 'RECEIPT',
        ...(command.note ? { note: command.note } : {}),
      };
    }
    case 'RETURN_FOR_COMPLETION':
      requireItems(command.items);
      return {
        ...base,
        type: 'RETURNED_FOR_COMPLETION',
        items: command.items,
        form: 'SUPPLEMENT_REQUEST',
        ...(command.note ? { note: command.note } : {}),
      };
    case 'RESUBMIT':
      return {
        ...base,
        actorId: null,
        actorAgencyId: null,
        type: 'RESUBMITTED',
        ...(command.note ? { note: command.note } : {}),
      };
    case 'REFUSE': {
      const atIntake = dossier.status !== 'IN_PROCESS';
      requireReason(command.reason);
      // Art 17(1)(b) at intake; Art 19(8) after appraisal: a written refusal giving the reason (Form 03).
      return { ...base, type: 'REFUSED', reason: command.reason, atIntake, form: 'REFUSAL' };
    }
    case 'TRANSFER': {
      // Decree 61 Art 18: transfer to the competent agency right after reception (paper: same day, or next morning after 15:00).
      const next = firstNonCenterStepFrom(dossier.steps, (dossier.currentStep ?? -1) + 1, ctx);
      const started = startStep(dossier, next, ctx);
      const target = next === null ? dossier.decidingAgencyId : dossier.steps[next]!.agencyId;
      return {
        ...base,
        type: 'TRANSFERRED',
        completedStep: step ? completion(step, ctx) : null,
        startedStep: started,
        handover: {
          fromAgencyId: ctx.actor.agencyId,
          fromUserId: ctx.actor.userId,
          toAgencyId: target,
          toUserId: null,
          outcome: step ? completion(step, ctx).outcome : null,
        },
        ...(command.note ? { note: command.note } : {}),
      };
    }
    case 'ASSIGN': {
      if (command.assignee.agencyId !== step!.agencyId) {
        ruleBroken(
          'Người được giao phải thuộc cơ quan thực hiện bước này.',
          'The assignee must belong to the agency of this step.',
        );
      }
      if (command.assignee.role !== step!.role) {
        ruleBroken(
          'Người được giao không có vai trò phù hợp với bước này.',
          'The assignee does not have the role this step needs.',
        );
      }
      return {
        ...base,
        type: 'STEP_ASSIGNED',
        stepIndex: step!.index,
        assigneeId: command.assignee.userId,
        assigneeName: command.assignee.name,
      };
    }
    case 'CLAIM':
      return { ...base, type: 'STEP_CLAIMED', stepIndex: step!.index };
    case 'COMPLETE_STEP': {
      const done = completion(step!, ctx);
      const nextIndex = step!.index + 1 < dossier.steps.length ? step!.index + 1 : null;
      const next = nextIndex === null ? undefined : dossier.steps[nextIndex];
      // Decree 61 Art 19(6): each hand-over between agencies is a Form 05 row with the giver's result.
      const crossesAgency = next !== undefined && next.agencyId !== step!.agencyId && !isCenterStep(next, ctx);
      return {
        ...base,
        type: 'STEP_COMPLETED',
        completedStep: done,
        startedStep: next && !isCenterStep(next, ctx) ? startStep(dossier, nextIndex, ctx) : null,
        ...(crossesAgency
          ? {
              handover: {
                fromAgencyId: step!.agencyId,
                fromUserId: ctx.actor.userId,
                toAgencyId: next.agencyId,
                toUserId: null,
                outcome: done.outcome,
              },
            }
          : {}),
        ...(command.note ? { note: command.note } : {}),
      };
    }
    case 'REQUEST_SUPPLEMENT': {
      requireItems(command.items);
      // Decree 61 Art 19(4): the notice goes out within 3 working days of reception (unless sector law differs);
      // a later notice is still sent, and recorded as late.
      const noticeLate = dossier.receivedAt !== null && ctx.rules.workingDaysSince(dossier.receivedAt, ctx.now) > 3;
      return {
        ...base,
        type: 'SUPPLEMENT_REQUESTED',
        items: command.items,
        noticeLate,
        form: 'SUPPLEMENT_REQUEST',
        ...(command.note ? { note: command.note } : {}),
      };
    }
    case 'RECEIVE_SUPPLEMENT': {
      // Decree 61 Art 19(4): "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ" — a full restart.
      const due = ctx.rules.dueFrom(ctx.now, dossier.legalDuration);
      const stepDueAt = step ? ctx.rules.dueFrom(ctx.now, step.duration).dueAt : null;
      return {
        ...base,
        type: 'SUPPLEMENT_RECEIVED',
        due,
        stepDueAt,
        form: 'RECEIPT',
        ...(command.note ? { note: command.note } : {}),
      };
    }
    case 'REQUEST_PAYMENT':
      if (command.amountVnd !== undefined && (!Number.isInteger(command.amountVnd) || command.amountVnd < 0)) {
        ruleBroken(
          'Số tiền phải là số nguyên không âm (đồng).',
          'The amount must be a non-negative whole number of đồng.',
        );
      }
      return {
        ...base,
        type: 'PAYMENT_REQUESTED',
        amountVnd: command.amountVnd ?? null,
        description: command.description,
      };
    case 'CONFIRM_PAYMENT': {
      // The time waiting for a financial obligation is not counted (rules.md R6 pause; configurable per procedure).
      const pausedAt = dossier.pausedAt ?? ctx.now;
      const due = ctx.rules.extendByPause(dossier.due!, pausedAt, ctx.now);
      const originalDue = ctx.rules.extendByPause(dossier.originalDue!, pausedAt, ctx.now);
      const stepDueAt = step?.dueAt ? ctx.rules.shiftByPause(step.dueAt, pausedAt, ctx.now) : null;
      return {
        ...base,
        type: 'PAYMENT_CONFIRMED',
        due,
        originalDue,
        stepDueAt,
        ...(command.receiptNumber ? { receiptNumber: command.receiptNumber } : {}),
      };
    }
    case 'APOLOGIZE': {
      requireReason(command.reason);
      const newDue = ctx.rules.dueOnDate(command.newDueDate);
      if (newDue.dueDate <= dossier.due!.dueDate) {
        ruleBroken('Ngày hẹn mới phải sau ngày hẹn hiện tại.', 'The new date must be after the current due date.');
      }
      return {
        ...base,
        type: 'APOLOGIZED',
        reason: command.reason,
        previousDue: dossier.due!,
        newDue,
        form: 'APOLOGY',
      };
    }
    case 'STOP':
      requireReason(command.reason);
      // Circular 03/2025 Art 7: a stop notice ("Thông báo dừng giải quyết hồ sơ") while no decision has been issued.
      return {
        ...base,
        type: 'STOPPED',
        reason: command.reason,
        requestedByApplicant: command.requestedByApplicant,
        form: 'STOP_NOTICE',
      };
    case 'WITHDRAW':
      requireReason(command.reason);
      return { ...base, type: 'WITHDRAWN', reason: command.reason, form: 'WITHDRAWAL_RECORD' };
    case 'MARK_RESULT_READY': {
      // rules.md §4.4: the outcome compares the hand-over to the center with the ORIGINAL due date.
      const outcome = ctx.rules.classify(ctx.now, dossier.originalDue ?? dossier.due!);
      const lastAgencyStep = [...dossier.steps].reverse().find((s) => !isCenterStep(s, ctx));
      return {
        ...base,
        type: 'RESULT_MARKED_READY',
        outcome,
        completedStep: null,
        handover: {
          fromAgencyId: lastAgencyStep?.agencyId ?? dossier.decidingAgencyId,
          fromUserId: ctx.actor.userId,
          toAgencyId: ctx.centerAgencyId,
          toUserId: null,
          outcome,
        },
        ...(command.resultSummary ? { resultSummary: command.resultSummary } : {}),
      };
    }
    case 'RETURN_RESULT': {
      if (command.receivedBy.trim().length < 2) {
        ruleBroken('Phải ghi họ tên người nhận kết quả.', 'Record the name of the person who received the result.');
      }
      // Form 06: the applicant signs for the result in the register; the officer records it.
      return {
        ...base,
        type: 'RESULT_RETURNED',
        deliveredBy: command.deliveredBy,
        receivedBy: command.receivedBy,
        signed: command.signed,
        handover: {
          fromAgencyId: ctx.actor.agencyId,
          fromUserId: ctx.actor.userId,
          toAgencyId: null,
          toUserId: null,
          outcome: dossier.outcome,
        },
        ...(command.note ? { note: command.note } : {}),
      };
    }
  }
}

function requireReason(reason: string) {
  if (reason.trim().length < 5) {
    ruleBroken('Phải ghi rõ lý do (ít nhất 5 ký tự).', 'Give the reason (at least 5 characters).');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Intake: the first event of a dossier

export interface IntakeInput {
  id: string;
  channel: Channel;
  resultDelivery: ResultDelivery;
  ruleSet: Dossier['ruleSet'];
  receivingAgencyId: string;
  decidingAgencyId: string;
  legalDuration: Duration;
  steps: Omit<StepState, 'index' | 'assigneeId' | 'startedAt' | 'dueAt' | 'completedAt' | 'outcome'>[];
}

/** A dossier before its first event. */
export function blankDossier(input: IntakeInput): Dossier {
  return {
    id: input.id,
    code: null,
    status: 'SUBMITTED_ONLINE',
    version: 0,
    ruleSet: input.ruleSet,
    channel: input.channel,
    resultDelivery: input.resultDelivery,
    receivingAgencyId: input.receivingAgencyId,
    decidingAgencyId: input.decidingAgencyId,
    legalDuration: input.legalDuration,
    steps: input.steps.map((s, index) => ({
      ...s,
      index,
      assigneeId: null,
      startedAt: null,
      dueAt: null,
      completedAt: null,
      outcome: null,
    })),
    currentStep: null,
    submittedAt: null,
    receivedAt: null,
    clockStartedAt: null,
    due: null,
    originalDue: null,
    pausedAt: null,
    intakeSupplementCount: 0,
    supplementCount: 0,
    apologyCount: 0,
    resultReadyAt: null,
    returnedAt: null,
    outcome: null,
    closedAt: null,
  };
}

export type IntakeDecision =
  | { type: 'SUBMIT_ONLINE' }
  | { type: 'RECEIVE'; code: string; note?: string }
  | { type: 'RETURN_FOR_COMPLETION'; items: SupplementItem[]; note?: string }
  | { type: 'REFUSE'; reason: string };

/**
 * The first event: online submission (T1) by the applicant, or the desk's decision on a dossier brought in
 * person or by post (T2 receive, T3 supplement once, T4 refuse).
 */
export function decideIntake(
  blank: Dossier,
  decision: IntakeDecision,
  ctx: Omit<DecideContext, 'actor'> & { actor: Actor | null },
): DossierEvent {
  if (decision.type === 'SUBMIT_ONLINE') {
    if (blank.channel !== 'ONLINE') {
      ruleBroken('Chỉ hồ sơ trực tuyến được nộp qua cổng.', 'Only online dossiers are submitted through the portal.');
    }
    return { at: ctx.now, actorId: null, actorAgencyId: null, type: 'SUBMITTED_ONLINE' };
  }
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  const actor = ctx.actor;
  if (!actor.permissions.has('dossier.receive')) throw new AppError('FORBIDDEN');
  if (blank.channel === 'ONLINE') {
    ruleBroken(
      'Hồ sơ trực tuyến do người nộp gửi qua cổng dịch vụ công.',
      'Online dossiers are submitted by the applicant on the portal.',
    );
  }
  // The desk handles a dossier brought in as if it had just been submitted.
  return decide({ ...blank, status: 'SUBMITTED_ONLINE' }, decision, { ...ctx, actor });
}

// ---------------------------------------------------------------------------------------------------------
// evolve

const setStep = (steps: readonly StepState[], index: number, patch: Partial<StepState>) =>
  steps.map((s) => (s.index === index ? { ...s, ...patch } : s));

/** Apply an event to the state. The only place that decides what a status and its columns become. */
export function evolve(dossier: Dossier, event: DossierEvent): Dossier {
  const next: Dossier = { ...dossier, version: dossier.version + 1 };
  const close = (status: DossierStatus): Dossier => ({
    ...next,
    status,
    closedAt: event.at,
    pausedAt: null,
    currentStep: null,
  });
  switch (event.type) {
    case 'SUBMITTED_ONLINE':
      return { ...next, status: 'SUBMITTED_ONLINE', submittedAt: event.at };
    case 'RECEIVED': {
      const steps = event.startedStep
        ? setStep(next.steps, event.startedStep.index, { startedAt: event.at, dueAt: event.startedStep.dueAt })
        : next.steps;
      return {
        ...next,
        status: 'RECEIVED',
        code: event.code,
        receivedAt: event.at,
        clockStartedAt: event.at,
        due: event.due,
        originalDue: event.due,
        steps,
        currentStep: event.startedStep ? event.startedStep.index : null,
        submittedAt: next.submittedAt ?? event.at,
      };
    }
    case 'RETURNED_FOR_COMPLETION':
      return { ...next, status: 'INTAKE_NEEDS_SUPPLEMENT', intakeSupplementCount: next.intakeSupplementCount + 1 };
    case 'RESUBMITTED':
      return { ...next, status: 'SUBMITTED_ONLINE' };
    case 'REFUSED':
      return close(event.atIntake ? 'REJECTED_AT_INTAKE' : 'STOPPED');
    case 'TRANSFERRED': {
      let steps = next.steps;
      if (event.completedStep) {
        steps = setStep(steps, event.completedStep.index, {
          completedAt: event.at,
          outcome: event.completedStep.outcome,
        });
      }
      if (event.startedStep) {
        steps = setStep(steps, event.startedStep.index, { startedAt: event.at, dueAt: event.startedStep.dueAt });
      }
      // Center steps skipped between reception and the first agency step count as done at transfer.
      const firstAgency = event.startedStep?.index ?? steps.length;
      steps = steps.map((s) =>
        s.index < firstAgency && s.completedAt === null
          ? { ...s, completedAt: event.at, startedAt: s.startedAt ?? event.at, outcome: s.outcome ?? 'ON_TIME' }
          : s,
      );
      return { ...next, status: 'IN_PROCESS', steps, currentStep: event.startedStep?.index ?? null };
    }
    case 'STEP_ASSIGNED':
      return { ...next, steps: setStep(next.steps, event.stepIndex, { assigneeId: event.assigneeId }) };
    case 'STEP_CLAIMED':
      return { ...next, steps: setStep(next.steps, event.stepIndex, { assigneeId: event.actorId }) };
    case 'STEP_COMPLETED': {
      let steps = setStep(next.steps, event.completedStep.index, {
        completedAt: event.at,
        outcome: event.completedStep.outcome,
      });
      if (event.startedStep)
        steps = setStep(steps, event.startedStep.index, { startedAt: event.at, dueAt: event.startedStep.dueAt });
      // After the last agency step the dossier waits for the clerk to send the result to the center.
      return { ...next, steps, currentStep: event.startedStep?.index ?? null };
    }
    case 'SUPPLEMENT_REQUESTED':
      return { ...next, status: 'SUPPLEMENT_REQUESTED', supplementCount: next.supplementCount + 1 };
    case 'SUPPLEMENT_RECEIVED': {
      const steps =
        next.currentStep !== null && event.stepDueAt
          ? setStep(next.steps, next.currentStep, { dueAt: event.stepDueAt })
          : next.steps;
      // The clock restarts from zero; the new due date is also the basis of the statistics.
      return { ...next, status: 'IN_PROCESS', clockStartedAt: event.at, due: event.due, originalDue: event.due, steps };
    }
    case 'PAYMENT_REQUESTED':
      return { ...next, status: 'AWAITING_FINANCIAL_OBLIGATION', pausedAt: event.at };
    case 'PAYMENT_CONFIRMED': {
      const steps =
        next.currentStep !== null && event.stepDueAt
          ? setStep(next.steps, next.currentStep, { dueAt: event.stepDueAt })
          : next.steps;
      return { ...next, status: 'IN_PROCESS', pausedAt: null, due: event.due, originalDue: event.originalDue, steps };
    }
    case 'APOLOGIZED':
      // The original due date stays for the statistics (rules.md §4.3).
      return { ...next, due: event.newDue, apologyCount: next.apologyCount + 1 };
    case 'STOPPED':
      return close('STOPPED');
    case 'WITHDRAWN':
      return close('WITHDRAWN');
    case 'RESULT_MARKED_READY':
      return { ...next, status: 'RESULT_READY', resultReadyAt: event.at, outcome: event.outcome };
    case 'RESULT_RETURNED': {
      const steps = next.steps.map((s) =>
        s.completedAt === null
          ? { ...s, startedAt: s.startedAt ?? event.at, completedAt: event.at, outcome: s.outcome ?? next.outcome }
          : s,
      );
      return { ...close('RETURNED'), steps, returnedAt: event.at };
    }
  }
}
