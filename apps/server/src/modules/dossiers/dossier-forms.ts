import type {
  ApologyView,
  ControlSheetView,
  DurationView,
  HandoverOutcome,
  IssuerHeader,
  ReceiptView,
  RefusalView,
  StopNoticeView,
  SupplementRequestView,
} from '../documents';
import { toVietnamDate } from '../../platform/time';
import type { Dossier, Duration, Outcome } from './dossier';
import type { DossierEvent } from './dossier-workflow';

/**
 * Maps a dossier and its history onto the view models of the prescribed forms (documents module). Pure:
 * everything it prints arrives as arguments.
 */
export interface FormContext {
  dossier: Dossier;
  events: DossierEvent[];
  procedureName: string;
  applicant: { fullName: string; idNumber: string; phone: string; email: string | null; address: string };
  documents: { name: string; originals: number; copies: number }[];
  sets: number;
  center: { name: string; parentBody: string; placeName: string; phone: string | null };
  agencyName: (id: string | null) => string;
  userName: (id: string | null) => string;
  lookupUrl: string;
  today: string;
}

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

function issuer(ctx: FormContext): IssuerHeader {
  // "Văn phòng Ủy ban nhân dân tỉnh Hải Dương" → parent line "UBND TỈNH HẢI DƯƠNG" (Decree 30 allows the abbreviation).
  const parent = ctx.center.parentBody.replace(/^Văn phòng\s+/i, '').replace(/^Ủy ban nhân dân/i, 'UBND');
  return {
    parentName: upper(parent),
    issuerName: upper(ctx.center.name.replace(/\s+(tỉnh|thành phố)\s+.*$/i, '')),
    placeName: ctx.center.placeName,
  };
}

function durationView(d: Duration): DurationView {
  switch (d.unit) {
    case 'WORKING_DAY':
    case 'SAME_DAY':
      return { value: d.unit === 'SAME_DAY' ? 1 : d.amount, unit: 'working-days' };
    case 'CALENDAR_DAY':
      return { value: d.amount, unit: 'days' };
    case 'WORKING_HOUR':
      return { value: d.amount, unit: 'working-hours' };
  }
}

const OUTCOME: Record<Outcome, HandoverOutcome> = { EARLY: 'early', ON_TIME: 'on-time', LATE: 'late' };
const DELIVERY = { COUNTER: 'counter', POST: 'postal', ONLINE: 'online' } as const;

const applicantView = (ctx: FormContext) => ({
  name: ctx.applicant.fullName,
  identityNumber: ctx.applicant.idNumber,
  address: ctx.applicant.address,
  phone: ctx.applicant.phone,
  ...(ctx.applicant.email ? { email: ctx.applicant.email } : {}),
});

function base(ctx: FormContext) {
  return { ruleSet: ctx.dossier.ruleSet, issuer: issuer(ctx), issuedOn: ctx.today };
}

function last<T extends DossierEvent['type']>(ctx: FormContext, ...types: T[]) {
  return [...ctx.events].reverse().find((e) => (types as string[]).includes(e.type)) as
    Extract<DossierEvent, { type: T }> | undefined;
}

export function receiptView(ctx: FormContext): ReceiptView | undefined {
  const received = last(ctx, 'RECEIVED');
  const d = ctx.dossier;
  if (!received || !d.code || !d.due) return undefined;
  const sequence = d.code.split('-').at(-1) ?? '';
  return {
    ...base(ctx),
    issuedOn: toVietnamDate(received.at),
    documentNumber: `${sequence}/TTPVHCC`,
    dossierCode: d.code,
    receivingUnitName: ctx.center.name,
    applicant: applicantView(ctx),
    procedureName: ctx.procedureName,
    documents: ctx.documents.map((doc) => ({
      name: doc.name,
      originals: doc.originals,
      certifiedCopies: doc.copies,
      photocopies: 0,
    })),
    numberOfSets: ctx.sets,
    processingTime: durationView(d.legalDuration),
    receivedAt: received.at,
    dueAt: d.due.dueAt,
    resultDelivery: { method: DELIVERY[d.resultDelivery] },
    registerEntry: { book: '01', sequence },
    receivingOfficerName: ctx.userName(received.actorId),
    lookupUrl: ctx.lookupUrl,
  };
}

export function supplementRequestView(ctx: FormContext): SupplementRequestView | undefined {
  const e = last(ctx, 'RETURNED_FOR_COMPLETION', 'SUPPLEMENT_REQUESTED');
  if (!e) return undefined;
  return {
    ...base(ctx),
    issuedOn: toVietnamDate(e.at),
    ...(ctx.dossier.code ? { dossierCode: ctx.dossier.code } : {}),
    receivingUnitName: ctx.center.name,
    applicant: applicantView(ctx),
    procedureName: ctx.procedureName,
    items: e.items.map((i) => ({ content: i.name, reason: i.reason })),
    contact: { name: ctx.userName(e.actorId), phone: ctx.center.phone ?? '' },
    guidingOfficerName: ctx.userName(e.actorId),
  };
}

export function refusalView(ctx: FormContext): RefusalView | undefined {
  const e = last(ctx, 'REFUSED');
  if (!e) return undefined;
  return {
    ...base(ctx),
    issuedOn: toVietnamDate(e.at),
    receivingUnitName: ctx.center.name,
    applicant: applicantView(ctx),
    procedureName: ctx.procedureName,
    reasons: [e.reason],
    receivingOfficerName: ctx.userName(e.actorId),
  };
}

export function apologyView(ctx: FormContext): ApologyView | undefined {
  const e = last(ctx, 'APOLOGIZED');
  const d = ctx.dossier;
  if (!e || !d.code || !d.receivedAt) return undefined;
  const agency = ctx.agencyName(e.actorAgencyId ?? d.decidingAgencyId);
  return {
    ...base(ctx),
    issuedOn: toVietnamDate(e.at),
    issuer: { parentName: upper(issuer(ctx).parentName), issuerName: upper(agency), placeName: ctx.center.placeName },
    applicant: applicantView(ctx),
    dossierCode: d.code,
    procedureName: ctx.procedureName,
    receivingUnitName: ctx.center.name,
    agencyName: agency,
    receivedAt: d.receivedAt,
    originalDueAt: e.previousDue.dueAt,
    newDueAt: e.newDue.dueAt,
    reason: e.reason,
    signer: { position: 'GIÁM ĐỐC', name: ctx.userName(e.actorId) },
  };
}

export function stopNoticeView(ctx: FormContext): StopNoticeView | undefined {
  const e = last(ctx, 'STOPPED');
  const d = ctx.dossier;
  if (!e || !d.code || !d.receivedAt || d.ruleSet !== '2025') return undefined;
  return {
    ...base(ctx),
    issuedOn: toVietnamDate(e.at),
    applicant: applicantView(ctx),
    dossierCode: d.code,
    procedureName: ctx.procedureName,
    issuingUnitName: ctx.center.name,
    receivedAt: d.receivedAt,
    requestedAt: e.at,
    requestChannel: d.channel === 'ONLINE' ? 'online' : d.channel === 'POSTAL' ? 'postal' : 'in-person',
    legalBasis: [
      'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;',
      'Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ;',
    ],
    reason: e.reason,
    followUp: ['Giấy tờ bản chính đã nộp (nếu có) được trả lại cho ông/bà tại Bộ phận Một cửa.'],
    signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: ctx.userName(e.actorId) },
  };
}

/**
 * Who received the hand-over of event `index` (Circular 01/2018 Form 05, column "Người nhận"; Decree 61/2018 Art 18 hand-overs). A hand-over to
 * an agency goes to the unit, not to a named person, so the receiver is the first person of that unit to act on
 * the dossier afterwards (the clerk or leader who assigns, the specialist who takes the step); a result handed
 * to the applicant is received by the person whose name was recorded at the counter. Undefined while pending.
 */
export function receiverOf(ctx: Pick<FormContext, 'events' | 'userName'>, index: number): string | undefined {
  const handover = ctx.events[index]?.handover;
  if (!handover) return undefined;
  if (handover.toUserId) return ctx.userName(handover.toUserId);
  const event = ctx.events[index]!;
  if (!handover.toAgencyId) return event.type === 'RESULT_RETURNED' ? event.receivedBy : undefined;
  const firstAct = ctx.events.slice(index + 1).find((e) => e.actorId && e.actorAgencyId === handover.toAgencyId);
  return firstAct ? ctx.userName(firstAct.actorId) : undefined;
}

export function controlSheetView(ctx: FormContext): ControlSheetView | undefined {
  const d = ctx.dossier;
  if (!d.code || !d.receivedAt || !d.due) return undefined;
  const handovers = ctx.events.flatMap((e, index) => {
    const h = e.handover;
    if (!h) return [];
    const receiverName = receiverOf(ctx, index);
    return [
      {
        fromUnit: h.fromAgencyId ? ctx.agencyName(h.fromAgencyId) : 'Tổ chức, cá nhân',
        toUnit: h.toAgencyId ? ctx.agencyName(h.toAgencyId) : 'Tổ chức, cá nhân',
        giverName: ctx.userName(h.fromUserId),
        ...(receiverName ? { receiverName } : {}),
        at: e.at,
        ...(h.outcome ? { outcome: OUTCOME[h.outcome] } : {}),
      },
    ];
  });
  return {
    ...base(ctx),
    dossierCode: d.code,
    applicantName: ctx.applicant.fullName,
    procedureName: ctx.procedureName,
    receivedAt: d.receivedAt,
    dueAt: d.due.dueAt,
    leadAgencyName: ctx.agencyName(d.decidingAgencyId),
    coordinatingAgencyNames: [
      ...new Set(
        d.steps
          .filter((s) => s.agencyId !== d.decidingAgencyId && s.role !== 'RECEPTION_OFFICER')
          .map((s) => ctx.agencyName(s.agencyId)),
      ),
    ],
    handovers,
  };
}
