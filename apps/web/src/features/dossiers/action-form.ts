import type { DossierActionBody } from '@mot-cua/contracts';
import type { ResultDelivery } from '../../lib/contract-types';

/**
 * The actions on a dossier: which inputs each needs, and the request body built from them. The buttons come
 * only from the server's `allowedActions`; this table just knows how to ask for each action's payload.
 */

export type DossierActionType = DossierActionBody['type'];

/** Display order of the buttons: forward moves first, then requests, then the ones that end a dossier. */
export const ACTION_ORDER: readonly DossierActionType[] = [
  'RECEIVE',
  'TRANSFER',
  'CLAIM',
  'ASSIGN',
  'COMPLETE_STEP',
  'RECEIVE_SUPPLEMENT',
  'CONFIRM_PAYMENT',
  'MARK_RESULT_READY',
  'RETURN_RESULT',
  'RETURN_FOR_COMPLETION',
  'REQUEST_SUPPLEMENT',
  'REQUEST_PAYMENT',
  'APOLOGIZE',
  'REFUSE',
  'STOP',
  'WITHDRAW',
];

const known: ReadonlySet<string> = new Set(ACTION_ORDER);

/** The allowed actions this screen knows, in display order (an action of the applicant's, e.g. RESUBMIT, is left out). */
export function displayedActions(allowed: readonly string[]): DossierActionType[] {
  return ACTION_ORDER.filter((a) => allowed.includes(a) && known.has(a));
}

export type ActionTone = 'primary' | 'danger' | 'default';

/** The main move of each stage is primary; actions that end or refuse a dossier are red. */
export function actionTone(type: DossierActionType): ActionTone {
  switch (type) {
    case 'RECEIVE':
    case 'TRANSFER':
    case 'CLAIM':
    case 'COMPLETE_STEP':
    case 'RECEIVE_SUPPLEMENT':
    case 'CONFIRM_PAYMENT':
    case 'MARK_RESULT_READY':
    case 'RETURN_RESULT':
      return 'primary';
    case 'REFUSE':
    case 'STOP':
    case 'WITHDRAW':
      return 'danger';
    default:
      return 'default';
  }
}

/** The inputs of an action's modal, in order. */
export type ActionField =
  | 'note'
  | 'items'
  | 'reason'
  | 'assigneeId'
  | 'description'
  | 'amountVnd'
  | 'receiptNumber'
  | 'newDueDate'
  | 'requestedByApplicant'
  | 'resultSummary'
  | 'deliveredBy'
  | 'receivedBy'
  | 'signed';

export const actionFields: Record<DossierActionType, readonly ActionField[]> = {
  RECEIVE: ['note'],
  RETURN_FOR_COMPLETION: ['items', 'note'],
  REFUSE: ['reason'],
  TRANSFER: ['note'],
  ASSIGN: ['assigneeId'],
  CLAIM: [],
  COMPLETE_STEP: ['note'],
  REQUEST_SUPPLEMENT: ['items', 'note'],
  RECEIVE_SUPPLEMENT: ['note'],
  REQUEST_PAYMENT: ['description', 'amountVnd'],
  CONFIRM_PAYMENT: ['receiptNumber'],
  APOLOGIZE: ['reason', 'newDueDate'],
  STOP: ['reason', 'requestedByApplicant'],
  WITHDRAW: ['reason'],
  MARK_RESULT_READY: ['resultSummary'],
  RETURN_RESULT: ['deliveredBy', 'receivedBy', 'signed', 'note'],
};

export interface ActionFormValues {
  note?: string;
  items?: { name?: string; reason?: string }[];
  reason?: string;
  assigneeId?: string;
  description?: string;
  amountVnd?: number | null;
  receiptNumber?: string;
  /** `YYYY-MM-DD` (the modal converts the picker's value). */
  newDueDate?: string | null;
  requestedByApplicant?: boolean;
  resultSummary?: string;
  deliveredBy?: ResultDelivery;
  receivedBy?: string;
  signed?: boolean;
}

const text = (value: string | undefined) => value?.trim() ?? '';
const optional = (value: string | undefined) => {
  const trimmed = text(value);
  return trimmed ? trimmed : undefined;
};
const items = (values: ActionFormValues) =>
  (values.items ?? []).map((i) => ({ name: text(i.name), reason: text(i.reason) })).filter((i) => i.name || i.reason);

/** POST /api/dossiers/:id/actions body: exactly the fields of the action, blanks left out, trimmed. */
export function buildActionBody(
  type: DossierActionType,
  values: ActionFormValues,
  expectedVersion: number,
): DossierActionBody {
  const base = { expectedVersion };
  const note = optional(values.note);
  const withNote = note ? { note } : {};
  switch (type) {
    case 'RECEIVE':
    case 'TRANSFER':
    case 'COMPLETE_STEP':
    case 'RECEIVE_SUPPLEMENT':
      return { type, ...base, ...withNote };
    case 'RETURN_FOR_COMPLETION':
    case 'REQUEST_SUPPLEMENT':
      return { type, ...base, items: items(values), ...withNote };
    case 'REFUSE':
    case 'WITHDRAW':
      return { type, ...base, reason: text(values.reason) };
    case 'ASSIGN':
      return { type, ...base, assigneeId: values.assigneeId ?? '' };
    case 'CLAIM':
      return { type, ...base };
    case 'REQUEST_PAYMENT': {
      const amount = values.amountVnd;
      return {
        type,
        ...base,
        description: text(values.description),
        ...(typeof amount === 'number' && Number.isFinite(amount) ? { amountVnd: Math.round(amount) } : {}),
      };
    }
    case 'CONFIRM_PAYMENT': {
      const receiptNumber = optional(values.receiptNumber);
      return { type, ...base, ...(receiptNumber ? { receiptNumber } : {}) };
    }
    case 'APOLOGIZE':
      return { type, ...base, reason: text(values.reason), newDueDate: values.newDueDate ?? '' };
    case 'STOP':
      return { type, ...base, reason: text(values.reason), requestedByApplicant: Boolean(values.requestedByApplicant) };
    case 'MARK_RESULT_READY': {
      const resultSummary = optional(values.resultSummary);
      return { type, ...base, ...(resultSummary ? { resultSummary } : {}) };
    }
    case 'RETURN_RESULT':
      return {
        type,
        ...base,
        deliveredBy: values.deliveredBy ?? 'COUNTER',
        receivedBy: text(values.receivedBy),
        signed: Boolean(values.signed),
        ...withNote,
      };
  }
}

/** Server field paths (`body.items.0.reason`) that belong to an action's modal. */
export function isActionFieldPath(path: string): boolean {
  const field = path.split('.')[1];
  return field !== undefined && field !== 'type' && field !== 'expectedVersion';
}
