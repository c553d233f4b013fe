import type { CreateDossierBody, ProcedureDetail } from '@mot-cua/contracts';
import type { DossierChannel, ResultDelivery } from '../../lib/contract-types';

/**
 * The counter intake form (and the online submission) as plain values, and the request built from them.
 * Pure, so the rules the officer relies on (what is missing, what is sent) are tested without a browser.
 */

export type ChecklistItem = ProcedureDetail['documents'][number];

export interface DocumentRow {
  /** Ticked by the officer once the paper is in hand (online: the applicant says it is ready). */
  received: boolean;
  originals: number;
  copies: number;
}

export interface ApplicantValues {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
}

export interface IntakeFormValues {
  caseCode?: string;
  channel: DossierChannel;
  applicant: ApplicantValues;
  /** Keyed by checklist item id; online the form holds only the ticks (the numbers are the catalog's). */
  documents: Record<string, Partial<DocumentRow>>;
  sets?: number;
  resultDelivery: ResultDelivery;
  note?: string;
}

export type IntakeDecision = NonNullable<CreateDossierBody['intakeDecision']>;
export type SupplementItem = { name: string; reason: string };

/** The papers of the chosen case: those without case codes apply to every case. */
export function documentsForCase(procedure: Pick<ProcedureDetail, 'documents'>, caseCode?: string): ChecklistItem[] {
  return procedure.documents.filter((d) => !d.caseCodes?.length || !caseCode || d.caseCodes.includes(caseCode));
}

/** The checklist rows as the catalog prescribes them, nothing ticked yet. */
export function initialDocumentRows(items: readonly ChecklistItem[], received = false): Record<string, DocumentRow> {
  return Object.fromEntries(items.map((d) => [d.id, { received, originals: d.originals, copies: d.copies }]));
}

/** A row's numbers; a number the form does not hold (online, nothing to edit) is the catalog's. */
function counts(item: ChecklistItem, row: Partial<DocumentRow> | undefined) {
  const pick = (value: number | null | undefined, fallback: number) => (value === undefined ? fallback : (value ?? 0));
  return { originals: pick(row?.originals, item.originals), copies: pick(row?.copies, item.copies) };
}

/** A row counts as given when ticked with at least one paper (the server's rule: originals + copies > 0). */
function isGiven(item: ChecklistItem, row: Partial<DocumentRow> | undefined): boolean {
  const { originals, copies } = counts(item, row);
  return Boolean(row?.received) && originals + copies > 0;
}

/** Required papers not (yet) given: receiving is refused until they are, Form 02 lists them. */
export function missingRequired(
  items: readonly ChecklistItem[],
  rows: Record<string, Partial<DocumentRow>> | undefined,
): ChecklistItem[] {
  return items.filter((d) => d.required && !isGiven(d, rows?.[d.id]));
}

/** Form 02 pre-filled: one line per missing required paper. */
export function supplementItemsFor(missing: readonly ChecklistItem[], reason: string): SupplementItem[] {
  return missing.map((d) => ({ name: d.name, reason }));
}

const optionalText = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The applicant as the server wants it: trimmed, an empty email left out. */
export function applicantBody(values: ApplicantValues): CreateDossierBody['applicant'] {
  const email = optionalText(values.email);
  return {
    fullName: values.fullName.trim(),
    idNumber: values.idNumber.trim(),
    phone: values.phone.trim(),
    ...(email ? { email } : {}),
    address: values.address.trim(),
  };
}

/** The papers sent: ticked rows of the case, in catalog order. */
export function documentsBody(
  items: readonly ChecklistItem[],
  rows: Record<string, Partial<DocumentRow>> | undefined,
): CreateDossierBody['documents'] {
  return items
    .filter((d) => rows?.[d.id]?.received)
    .map((d) => ({ checklistItemId: d.id, ...counts(d, rows?.[d.id]) }));
}

/** POST /api/dossiers body from the form; `decision` only at the counter (online, the center decides later). */
export function buildIntakeBody(
  procedure: Pick<ProcedureDetail, 'code' | 'cases' | 'documents'>,
  values: IntakeFormValues,
  decision?: IntakeDecision,
): CreateDossierBody {
  const caseCode = procedure.cases.length > 1 ? values.caseCode : undefined;
  const items = documentsForCase(procedure, caseCode);
  const note = optionalText(values.note);
  return {
    procedureCode: procedure.code,
    ...(caseCode ? { caseCode } : {}),
    channel: values.channel,
    applicant: applicantBody(values.applicant),
    documents: documentsBody(items, values.documents),
    sets: values.sets ?? 1,
    resultDelivery: values.resultDelivery,
    ...(decision && values.channel !== 'ONLINE' ? { intakeDecision: decision } : {}),
    ...(note ? { note } : {}),
  };
}

/** The printed form that goes with the outcome of an intake. */
export function intakeFormKind(status: string): 'receipt' | 'supplement-request' | 'refusal' | null {
  switch (status) {
    case 'RECEIVED':
      return 'receipt';
    case 'INTAKE_NEEDS_SUPPLEMENT':
      return 'supplement-request';
    case 'REJECTED_AT_INTAKE':
      return 'refusal';
    default:
      return null;
  }
}
