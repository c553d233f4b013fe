import { randomUUID } from 'node:crypto';
import {
  type AgencyRef,
  type CreateDossierBody,
  type DossierActionBody,
  type DossierDetail,
  type DossierListSort,
  DossierQueue,
  Permission,
} from '@mot-cua/contracts';
import { and, eq, gte, inArray, isNotNull, isNull, lt, lte, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { dossiers } from '../../db/schema';
import type { BlobStore } from '../../platform/blob-store';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { sniffFileType } from '../../platform/file-types';
import type { Actor, RequestContext } from '../../platform/request-context';
import { type PlainDate, toVietnamDate, toVietnamIso } from '../../platform/time';
import { recordAudit, recordPersonalDataRead } from '../audit';
import { authQueries } from '../auth';
import type { CalendarService, CalendarSnapshot } from '../calendar';
import { procedureForIntake } from '../catalog';
import {
  type RegisterRowView,
  type DocumentKind,
  type DocumentRenderer,
  type DocumentViews,
  inProcessRenderer,
} from '../documents';
import { orgQueries } from '../org';
import { enqueueOutbox } from '../outbox';
import {
  type Dossier,
  type DossierStatus,
  formatDossierCode,
  maskDigits,
  maskName,
  ruleSetFor,
  TERMINAL_STATUSES,
} from './dossier';
import { deadlineRulesFrom } from './dossier-deadlines';
import {
  apologyView,
  controlSheetView,
  type FormContext,
  receiptView,
  refusalView,
  stopNoticeView,
  receiverOf,
  supplementRequestView,
} from './dossier-forms';
import { closingReason, eventSummary, pendingSupplementItems, STATUS_LABELS } from './dossier-timeline';
import {
  allowedActions,
  applicantCanResubmit,
  blankDossier,
  canSeeDossier,
  type DecideContext,
  decide,
  decideIntake,
  type DossierCommand,
  type DossierEvent,
  evolve,
  type IntakeDecision,
} from './dossier-workflow';
import {
  columnsOf,
  type DossierEventRow,
  type DossierRow,
  dossiersRepository,
  receivedBetween,
  stateOf,
} from './dossiers.repository';

export interface DossiersServiceDeps {
  db: Database;
  clock: Clock;
  calendar: CalendarService;
  blobs: BlobStore;
  ruleSetCutover: PlainDate;
  uploadLimitBytes: number;
  /** Most rows one register PDF prints (config REGISTER_MAX_ROWS). */
  registerMaxRows?: number;
  /** Draws the forms (worker threads in the server, config PDF_THREADS); in this thread when absent. */
  documents?: DocumentRenderer;
  publicBaseUrl: string;
}

export const FORM_KINDS = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'control-sheet',
  'stop-notice',
] as const;
export type FormKindParam = (typeof FORM_KINDS)[number];
const FORM_TITLES: Record<FormKindParam, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  'supplement-request': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  'control-sheet': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  'stop-notice': 'Thông báo dừng giải quyết hồ sơ',
};

/** Public lookup: at most this many per IP in the window (DB-backed, so several server processes agree). */
const LOOKUP_LIMIT = 30;
const LOOKUP_WINDOW_MS = 10 * 60_000;
const OPEN_FOR_DEADLINE: DossierStatus[] = ['RECEIVED', 'IN_PROCESS'];
const ALLOWED_UPLOADS = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp']);

/** Queue badges count up to this many (the web shows "999+"). */
const QUEUE_COUNT_CAP = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The applicant, acting through the portal: no staff permission, sees nothing beyond their own dossier. */
const APPLICANT: Actor = {
  userId: '',
  username: 'applicant',
  role: 'VIEWER',
  agencyId: '',
  scope: { agencyIds: [] },
  permissions: new Set(),
};

const notFound = () =>
  new AppError('NOT_FOUND', { message: { vi: 'Không tìm thấy hồ sơ.', en: 'Dossier not found.' } });
const conflict = () => new AppError('CONFLICT');
const unknownRef: AgencyRef = { id: '00000000-0000-0000-0000-000000000000', code: '', name: '' };

/** "Số 12 Quang Trung, phường Trần Hưng Đạo, TP Hải Dương" → "•••, TP Hải Dương": the place, not the house. */
export function maskAddress(address: string): string {
  const parts = address.split(',').map((p) => p.trim());
  return parts.length <= 1 ? '•••' : `•••, ${parts.slice(-1)[0]}`;
}

/** Rebuild an event from its row (payload JSON: revive the instants the forms and summaries read). */
function eventOf(row: DossierEventRow): DossierEvent {
  const payload = JSON.parse(JSON.stringify(row.payload), (key, v: unknown) =>
    ['dueAt', 'at'].includes(key) && typeof v === 'string' ? new Date(v) : v,
  ) as Record<string, unknown>;
  return {
    ...(payload as object),
    type: row.type,
    at: row.at,
    actorId: row.actorId,
    actorAgencyId: row.actorAgencyId,
    ...(row.form ? { form: row.form } : {}),
  } as DossierEvent;
}

function commandOf(
  body: DossierActionBody,
  assignee?: { userId: string; agencyId: string; role: string; name: string },
): DossierCommand {
  const { expectedVersion: _v, ...rest } = body;
  if (rest.type === 'ASSIGN') return { type: 'ASSIGN', assignee: assignee! };
  if (rest.type === 'RECEIVE') return { ...rest, code: '' };
  return rest;
}

export function createDossiersService(deps: DossiersServiceDeps) {
  const { db, clock } = deps;
  const documents = deps.documents ?? inProcessRenderer();

  /**
   * The calendar snapshot is read before any transaction opens: it may query the database itself, and on
   * PGlite (one connection) a query outside the open transaction would wait for it forever.
   */
  // The center changes rarely (an administrator's edit): a few seconds of caching saves a query per request.
  let centerCache: { center: NonNullable<Awaited<ReturnType<typeof orgQueries.center>>>; at: number } | undefined;
  async function centerOf(ex: Executor) {
    const now = Date.now();
    if (!centerCache || now - centerCache.at > 5_000) {
      const center = await orgQueries.center(ex);
      if (!center) throw new AppError('SERVICE_UNAVAILABLE');
      centerCache = { center, at: now };
    }
    return centerCache.center;
  }

  async function decideContext(ex: Executor, actor: Actor | null, snapshot: CalendarSnapshot) {
    const center = await centerOf(ex);
    return { now: clock.now(), rules: deadlineRulesFrom(snapshot), centerAgencyId: center.agencyId, center, actor };
  }

  function requireActor(ctx: RequestContext): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    return ctx.actor;
  }

  async function allocateCode(tx: Executor, receivingAgencyId: string, now: Date): Promise<string> {
    const refs = await orgQueries.agencyRefs(tx, [receivingAgencyId]);
    const unitCode = refs.get(receivingAgencyId)?.code;
    if (!unitCode) throw new AppError('SERVICE_UNAVAILABLE');
    const day = toVietnamDate(now);
    return formatDossierCode(unitCode, day, await dossiersRepository.allocateSequence(tx, unitCode, day));
  }

  /** Write the event, its audit row and its outbox message in the caller's transaction. */
  async function record(
    tx: Executor,
    ctx: RequestContext,
    next: Dossier,
    event: DossierEvent,
    extraSummary: Record<string, unknown> = {},
  ) {
    await dossiersRepository.insertEvent(tx, next.id, next.version, event, ctx.requestId);
    await recordAudit(tx, ctx, clock, {
      action: `dossier.${event.type.toLowerCase()}`,
      subjectType: 'dossier',
      subjectId: next.id,
      summary: { code: next.code, status: next.status, version: next.version, ...extraSummary },
    });
    // Notifications and the national portal sync read the dossier themselves: no personal data in the payload.
    await enqueueOutbox(tx, clock, {
      topic: 'dossier.event',
      payload: { dossierId: next.id, code: next.code, type: event.type, status: next.status, version: next.version },
    });
  }

  function createdDto(d: Dossier, actor: Actor | null, ctxForActions: Omit<DecideContext, 'actor'>) {
    return {
      id: d.id,
      code: d.code,
      status: d.status,
      receivedAt: d.receivedAt ? toVietnamIso(d.receivedAt) : null,
      dueDate: d.due?.dueDate ?? null,
      dueAt: d.due ? toVietnamIso(d.due.dueAt) : null,
      version: d.version,
      allowedActions: actor ? allowedActions(d, actor, ctxForActions) : [],
    };
  }

  /** The SQL condition that limits rows to what the actor may see. */
  function scopeCondition(actor: Actor): SQL | undefined {
    if (actor.scope === 'ALL') return undefined;
    const ids = actor.scope.agencyIds;
    if (ids.length === 0) return sql`false`;
    return or(inArray(dossiers.decidingAgencyId, [...ids]), inArray(dossiers.currentAgencyId, [...ids]));
  }

  async function queueCondition(
    queue: DossierQueue,
    actor: Actor,
  ): Promise<{ where: SQL | undefined; order: DossierListSort }> {
    const today = toVietnamDate(clock.now());
    const mine = actor.scope === 'ALL' ? undefined : inArray(dossiers.currentAgencyId, [...actor.scope.agencyIds]);
    switch (queue) {
      case DossierQueue.TO_RECEIVE:
        return { where: eq(dossiers.status, 'SUBMITTED_ONLINE'), order: '-received' };
      case DossierQueue.TO_TRANSFER:
        return { where: eq(dossiers.status, 'RECEIVED'), order: 'due' };
      case DossierQueue.TO_ASSIGN:
        return {
          where: and(
            eq(dossiers.status, 'IN_PROCESS'),
            isNull(dossiers.currentAssigneeId),
            isNotNull(dossiers.currentStepRole),
            mine,
          ),
          order: 'due',
        };
      case DossierQueue.MINE:
        return {
          where: and(eq(dossiers.currentAssigneeId, actor.userId), notInArray(dossiers.status, [...TERMINAL_STATUSES])),
          order: 'due',
        };
      case DossierQueue.DUE_SOON: {
        const { calendar } = await deps.calendar.snapshot();
        const limit = calendar.addWorkingDays(today, 2);
        return {
          where: and(
            inArray(dossiers.status, OPEN_FOR_DEADLINE),
            gte(dossiers.dueOn, today),
            lte(dossiers.dueOn, limit),
          ),
          order: 'due',
        };
      }
      case DossierQueue.OVERDUE:
        return { where: and(inArray(dossiers.status, OPEN_FOR_DEADLINE), lt(dossiers.dueOn, today)), order: 'due' };
      case DossierQueue.WAITING_APPLICANT:
        return {
          where: inArray(dossiers.status, [
            'INTAKE_NEEDS_SUPPLEMENT',
            'SUPPLEMENT_REQUESTED',
            'AWAITING_FINANCIAL_OBLIGATION',
          ]),
          order: '-received',
        };
      case DossierQueue.RESULTS_TO_RETURN:
        return { where: eq(dossiers.status, 'RESULT_READY'), order: 'due' };
      case DossierQueue.ALL:
        return { where: undefined, order: '-received' };
    }
  }

  async function loadVisible(ex: Executor, actor: Actor, id: string): Promise<{ row: DossierRow; state: Dossier }> {
    const row = await dossiersRepository.findById(ex, id);
    if (!row) throw notFound();
    const state = stateOf(row);
    // A dossier of another agency is not visible to its staff: the same 404 as an unknown id.
    if (!canSeeDossier(actor, state) || !actor.permissions.has(Permission.DOSSIER_READ)) throw notFound();
    return { row, state };
  }

  async function formContext(
    ex: Executor,
    row: DossierRow,
    state: Dossier,
    events: DossierEvent[],
  ): Promise<FormContext> {
    const center = (await orgQueries.center(ex))!;
    const agencyIds = [
      state.decidingAgencyId,
      state.receivingAgencyId,
      ...state.steps.map((s) => s.agencyId),
      ...events.flatMap((e) => [e.actorAgencyId, e.handover?.fromAgencyId, e.handover?.toAgencyId]),
    ];
    const refs = await orgQueries.agencyRefs(
      ex,
      agencyIds.filter((x): x is string => Boolean(x)),
    );
    const users = await authQueries.userSummaries(
      ex,
      events.flatMap((e) => [e.actorId, e.handover?.fromUserId]).filter((x): x is string => Boolean(x)),
    );
    return {
      dossier: state,
      events,
      procedureName: row.procedureName,
      applicant: {
        fullName: row.applicantName,
        idNumber: row.applicantIdNumber,
        phone: row.applicantPhone,
        email: row.applicantEmail,
        address: row.applicantAddress,
      },
      documents: (row.documents as { name: string; originals: number; copies: number }[]) ?? [],
      sets: row.sets,
      center: { name: center.name, parentBody: center.parentBody, placeName: center.placeName, phone: center.phone },
      agencyName: (id) => (id ? (refs.get(id)?.name ?? '') : ''),
      userName: (id) => (id ? (users.get(id)?.fullName ?? '') : ''),
      lookupUrl: `${deps.publicBaseUrl}/tra-cuu?ma=${encodeURIComponent(state.code ?? '')}`,
      today: toVietnamDate(clock.now()),
    };
  }

  /** Everything the staff detail shows, from a row already loaded and checked for visibility. */
  async function detailOf(
    ctx: RequestContext,
    actor: Actor,
    row: DossierRow,
    state: Dossier,
    reveal: boolean,
  ): Promise<DossierDetail> {
    const id = row.id;
    const canReveal = reveal && actor.permissions.has(Permission.PERSONAL_DATA_READ);
    if (reveal && !canReveal) throw new AppError('FORBIDDEN');
    const [eventRows, attachments, dctx] = await Promise.all([
      dossiersRepository.listEvents(db, id),
      dossiersRepository.listAttachments(db, id),
      deps.calendar.snapshot().then((snapshot) => decideContext(db, actor, snapshot)),
    ]);
    const events = eventRows.map(eventOf);
    const [refs, users] = await Promise.all([
      orgQueries.agencyRefs(db, [
        state.receivingAgencyId,
        state.decidingAgencyId,
        ...(row.currentAgencyId ? [row.currentAgencyId] : []),
        ...state.steps.map((s) => s.agencyId),
        ...eventRows.flatMap((e) =>
          [e.actorAgencyId, e.fromAgencyId, e.toAgencyId].filter((x): x is string => Boolean(x)),
        ),
      ]),
      authQueries.userSummaries(db, [
        ...state.steps.map((s) => s.assigneeId ?? ''),
        ...eventRows.map((e) => e.actorId ?? ''),
      ]),
    ]);
    const ref = (agencyId: string | null | undefined) => (agencyId ? (refs.get(agencyId) ?? unknownRef) : null);
    const person = (userId: string | null | undefined) => {
      const u = userId ? users.get(userId) : undefined;
      return u ? { id: u.id, fullName: u.fullName } : null;
    };
    const userName = (userId: string | null) => person(userId)?.fullName ?? '';
    if (canReveal) {
      await db.transaction((tx) =>
        recordPersonalDataRead(tx, ctx, clock, {
          type: 'dossier',
          id,
          fields: ['idNumber', 'phone', 'email', 'address'],
          purpose: 'xem chi tiết hồ sơ',
        }),
      );
    }
    const today = toVietnamDate(clock.now());
    const formsAvailable = FORM_KINDS.filter((kind) => formFor(kind, state, events) !== undefined);
    return {
      id,
      code: state.code,
      status: state.status,
      version: state.version,
      ruleSet: state.ruleSet,
      channel: state.channel,
      resultDelivery: state.resultDelivery,
      procedure: {
        code: row.procedureCode,
        name: row.procedureName,
        caseCode: row.caseCode,
        versionId: row.procedureVersionId,
      },
      receivingAgency: ref(state.receivingAgencyId) ?? unknownRef,
      decidingAgency: ref(state.decidingAgencyId) ?? unknownRef,
      currentAgency: ref(row.currentAgencyId),
      applicant: {
        fullName: row.applicantName,
        idNumber: canReveal ? row.applicantIdNumber : maskDigits(row.applicantIdNumber),
        phone: canReveal ? row.applicantPhone : maskDigits(row.applicantPhone, 3),
        email: row.applicantEmail
          ? canReveal
            ? row.applicantEmail
            : row.applicantEmail.replace(/^(.).*(@.*)$/, '$1•••$2')
          : null,
        address: canReveal ? row.applicantAddress : maskAddress(row.applicantAddress),
        masked: !canReveal,
      },
      documents: row.documents as DossierDetail['documents'],
      sets: row.sets,
      submittedAt: state.submittedAt ? toVietnamIso(state.submittedAt) : null,
      receivedAt: state.receivedAt ? toVietnamIso(state.receivedAt) : null,
      dueAt: state.due ? toVietnamIso(state.due.dueAt) : null,
      dueDate: state.due?.dueDate ?? null,
      originalDueDate: state.originalDue?.dueDate ?? null,
      resultReadyAt: state.resultReadyAt ? toVietnamIso(state.resultReadyAt) : null,
      returnedAt: state.returnedAt ? toVietnamIso(state.returnedAt) : null,
      outcome: state.outcome,
      overdue: OPEN_FOR_DEADLINE.includes(state.status) && state.due !== null && state.due.dueDate < today,
      apologyCount: state.apologyCount,
      supplementCount: state.supplementCount,
      steps: state.steps.map((s) => ({
        index: s.index,
        name: s.name,
        role: s.role,
        agency: ref(s.agencyId),
        assignee: person(s.assigneeId),
        startedAt: s.startedAt ? toVietnamIso(s.startedAt) : null,
        dueAt: s.dueAt ? toVietnamIso(s.dueAt) : null,
        completedAt: s.completedAt ? toVietnamIso(s.completedAt) : null,
        outcome: s.outcome,
        current: state.currentStep === s.index,
      })),
      events: eventRows.map((e, i) => ({
        version: e.version,
        type: e.type,
        at: toVietnamIso(e.at),
        actor: person(e.actorId),
        actorAgency: ref(e.actorAgencyId),
        form: e.form,
        handover:
          e.fromAgencyId || e.toAgencyId || e.handoverOutcome
            ? {
                from: ref(e.fromAgencyId),
                to: ref(e.toAgencyId),
                outcome: e.handoverOutcome as 'EARLY' | null,
                giver: person(events[i]!.handover?.fromUserId)?.fullName ?? null,
                receiver: receiverOf({ events, userName }, i) ?? null,
              }
            : null,
        summary: eventSummary(events[i]!),
      })),
      attachments: attachments.map((a) => ({
        id: a.id,
        kind: a.kind as 'COMPONENT' | 'RESULT',
        checklistItemId: a.checklistItemId,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        sha256: a.sha256,
        uploadedAt: toVietnamIso(a.uploadedAt),
      })),
      forms: formsAvailable.map((kind) => ({
        kind,
        title: FORM_TITLES[kind],
        url: `/api/dossiers/${id}/forms/${kind}.pdf`,
      })),
      allowedActions: allowedActions(state, actor, dctx),
    };
  }

  async function storeAttachment(
    ctx: RequestContext,
    row: DossierRow,
    file: { fileName: string; data: Buffer; kind: 'COMPONENT' | 'RESULT'; checklistItemId?: string | undefined },
    uploadedBy: string | null,
  ) {
    if (file.data.length > deps.uploadLimitBytes) throw new AppError('PAYLOAD_TOO_LARGE');
    const type = sniffFileType(file.data);
    if (!type || !ALLOWED_UPLOADS.has(type.mime)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
        message: {
          vi: 'Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, TIFF, WebP); nội dung tệp không đúng định dạng khai báo.',
          en: 'Only PDF or images (PNG, JPEG, TIFF, WebP) are accepted; the content does not match.',
        },
      });
    }
    if (
      file.checklistItemId &&
      !(row.documents as { checklistItemId: string }[]).some((d) => d.checklistItemId === file.checklistItemId)
    ) {
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'checklistItemId', message: 'Không thuộc hồ sơ' }] },
      });
    }
    const stored = await deps.blobs.put(file.data);
    const attachmentId = randomUUID();
    const safeName = file.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 150) || `tep.${type.extension}`;
    await db.transaction(async (tx) => {
      await dossiersRepository.insertAttachment(tx, {
        id: attachmentId,
        dossierId: row.id,
        kind: file.kind,
        checklistItemId: file.checklistItemId ?? null,
        fileName: safeName,
        contentType: type.mime,
        size: stored.size,
        sha256: stored.sha256,
        blobKey: stored.key,
        uploadedBy,
        uploadedAt: clock.now(),
      });
      await recordAudit(tx, ctx, clock, {
        action: 'dossier.attachment.add',
        subjectType: 'dossier',
        subjectId: row.id,
        summary: { attachmentId, kind: file.kind, contentType: type.mime, size: stored.size, sha256: stored.sha256 },
      });
    });
    return { id: attachmentId, sha256: stored.sha256, size: stored.size, contentType: type.mime };
  }

  return {
    /**
     * Intake at the counter (T2 receive, T3 supplement request once, T4 refusal), by post (recorded by the
     * officer), or online (T1, by the applicant). Code, due date, event, audit and outbox in one transaction.
     */
    async intake(ctx: RequestContext, body: CreateDossierBody) {
      const actor = ctx.actor;
      if (body.channel !== 'ONLINE') {
        if (!actor) throw new AppError('UNAUTHENTICATED');
        if (!actor.permissions.has(Permission.DOSSIER_RECEIVE)) throw new AppError('FORBIDDEN');
      }
      const snapshot = await deps.calendar.snapshot();
      return db.transaction(async (tx) => {
        const procedure = await procedureForIntake(tx, body);
        const byId = new Map(procedure.checklist.map((c) => [c.id, c]));
        const fields: { path: string; message: string }[] = [];
        body.documents.forEach((d, i) => {
          if (!byId.has(d.checklistItemId)) {
            fields.push({
              path: `body.documents.${i}.checklistItemId`,
              message: `Thành phần "${d.checklistItemId}" không thuộc thủ tục này`,
            });
          }
        });
        const decision: IntakeDecision =
          body.channel === 'ONLINE'
            ? { type: 'SUBMIT_ONLINE' }
            : body.intakeDecision?.type === 'RETURN_FOR_COMPLETION'
              ? { type: 'RETURN_FOR_COMPLETION', items: body.intakeDecision.items }
              : body.intakeDecision?.type === 'REFUSE'
                ? { type: 'REFUSE', reason: body.intakeDecision.reason }
                : { type: 'RECEIVE', code: '' };
        if (decision.type === 'RECEIVE' || decision.type === 'SUBMIT_ONLINE') {
          // Decree 61 Art 17(1)(c): only a complete dossier is received; otherwise Form 02 lists what is missing.
          const given = new Set(body.documents.filter((d) => d.originals + d.copies > 0).map((d) => d.checklistItemId));
          const missing = procedure.checklist.filter((c) => c.required && !given.has(c.id));
          if (missing.length) {
            fields.push({
              path: 'body.documents',
              message: `Thiếu thành phần hồ sơ bắt buộc: ${missing.map((m) => m.name).join('; ')}`,
            });
          }
        }
        if (fields.length) {
          throw new AppError('VALIDATION_FAILED', {
            message: { vi: fields.map((f) => f.message).join('. '), en: 'The dossier documents are not valid.' },
            details: { fields },
          });
        }

        const dctx = await decideContext(tx, actor, snapshot);
        const blank = blankDossier({
          id: randomUUID(),
          channel: body.channel,
          resultDelivery: body.resultDelivery,
          ruleSet: ruleSetFor(toVietnamDate(dctx.now), deps.ruleSetCutover),
          receivingAgencyId: procedure.receivingAgencyId,
          decidingAgencyId: procedure.decidingAgencyId,
          legalDuration: procedure.legalTime,
          steps: procedure.steps.map((s) => ({
            name: s.name,
            role: s.role as Dossier['steps'][number]['role'],
            agencyId: s.agencyId,
            duration: s.duration,
          })),
        });
        if (decision.type === 'RECEIVE') decision.code = await allocateCode(tx, procedure.receivingAgencyId, dctx.now);
        const event = decideIntake(blank, decision, dctx);
        const next = evolve(blank, event);
        const documents = body.documents.map((d) => ({ ...d, name: byId.get(d.checklistItemId)!.name }));
        await dossiersRepository.insert(tx, {
          id: next.id,
          ruleSet: next.ruleSet,
          channel: next.channel,
          resultDelivery: next.resultDelivery,
          procedureCode: procedure.code,
          procedureVersionId: procedure.versionId,
          procedureName: procedure.name,
          caseCode: procedure.case.code,
          receivingAgencyId: next.receivingAgencyId,
          decidingAgencyId: next.decidingAgencyId,
          applicantName: body.applicant.fullName,
          applicantIdNumber: body.applicant.idNumber,
          applicantPhone: body.applicant.phone,
          applicantPhoneLast4: body.applicant.phone.slice(-4),
          applicantEmail: body.applicant.email ?? null,
          applicantAddress: body.applicant.address,
          applicantNameSearch: body.applicant.fullName
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[đĐ]/g, 'd')
            .toLowerCase(),
          documents,
          sets: body.sets ?? 1,
          createdAt: dctx.now,
          ...columnsOf(next, dctx.centerAgencyId, dctx.now),
        });
        await record(tx, ctx, next, event, { procedureCode: procedure.code, channel: body.channel });
        return createdDto(next, actor, dctx);
      });
    },

    /** POST /api/dossiers/:id/actions: load (locked) → check version → decide → write state, event, audit, outbox. */
    async act(ctx: RequestContext, id: string, body: DossierActionBody) {
      const actor = requireActor(ctx);
      const snapshot = await deps.calendar.snapshot();
      return db.transaction(async (tx) => {
        const row = await dossiersRepository.getForUpdate(tx, id);
        if (!row) throw notFound();
        const state = stateOf(row);
        if (!canSeeDossier(actor, state)) throw notFound();
        // Optimistic concurrency: an officer acting on a version someone else already changed gets 409.
        if (body.expectedVersion !== row.version) throw conflict();
        const dctx = await decideContext(tx, actor, snapshot);
        let assignee: { userId: string; agencyId: string; role: string; name: string } | undefined;
        if (body.type === 'ASSIGN') {
          const user = (await authQueries.userSummaries(tx, [body.assigneeId])).get(body.assigneeId);
          if (!user || !user.active) {
            throw new AppError('VALIDATION_FAILED', {
              message: {
                vi: 'Người được giao không tồn tại hoặc đã bị khóa.',
                en: 'The assignee does not exist or is inactive.',
              },
              details: { fields: [{ path: 'body.assigneeId', message: 'Không tồn tại' }] },
            });
          }
          assignee = { userId: user.id, agencyId: user.agencyId, role: user.role, name: user.fullName };
        }
        const command = commandOf(body, assignee);
        if (command.type === 'RECEIVE') {
          // Decide first without a code, so a refused action allocates nothing; then take the code.
          decide(state, { ...command, code: 'pending' }, { ...dctx, actor });
          command.code = await allocateCode(tx, state.receivingAgencyId, dctx.now);
        }
        const event = decide(state, command, { ...dctx, actor });
        const next = evolve(state, event);
        const updated = await dossiersRepository.update(
          tx,
          id,
          row.version,
          columnsOf(next, dctx.centerAgencyId, dctx.now),
        );
        if (!updated) throw conflict();
        await record(tx, ctx, next, event, { action: body.type });
        return createdDto(next, actor, dctx);
      });
    },

    /**
     * The applicant sends back an online dossier completed after the desk's request (T3'), proving it is
     * theirs with the last 4 digits of the phone given at submission.
     */
    async resubmitOnline(ctx: RequestContext, id: string, verify: string) {
      const snapshot = await deps.calendar.snapshot();
      return db.transaction(async (tx) => {
        const row = await dossiersRepository.getForUpdate(tx, id);
        if (!row || row.applicantPhoneLast4 !== verify) throw notFound();
        const state = stateOf(row);
        const dctx = await decideContext(tx, null, snapshot);
        const event = decide(state, { type: 'RESUBMIT' }, { ...dctx, actor: APPLICANT });
        const next = evolve(state, event);
        if (!(await dossiersRepository.update(tx, id, row.version, columnsOf(next, dctx.centerAgencyId, dctx.now))))
          throw conflict();
        await record(tx, { ...ctx, actor: null }, next, event);
        return {
          id,
          code: next.code,
          status: next.status,
          receivedAt: null,
          dueDate: null,
          dueAt: null,
          version: next.version,
          allowedActions: [],
        };
      });
    },

    /** Whom the current step may be assigned to: active staff of the step's agency with the step's role. */
    async assignees(ctx: RequestContext, id: string) {
      const actor = requireActor(ctx);
      const { state } = await loadVisible(db, actor, id);
      const step = state.currentStep === null ? undefined : state.steps[state.currentStep];
      if (!step) return [];
      const staff = await authQueries.usersOf(db, step.agencyId, step.role);
      return staff.map((u) => ({ id: u.id, fullName: u.fullName, username: u.username }));
    },

    /** The dossier with this code (scanning the QR or typing the code at the counter). */
    async getByCode(ctx: RequestContext, code: string, reveal: boolean): Promise<DossierDetail> {
      const actor = requireActor(ctx);
      const row = await dossiersRepository.findByCode(db, code);
      if (!row) throw notFound();
      const state = stateOf(row);
      if (!canSeeDossier(actor, state) || !actor.permissions.has(Permission.DOSSIER_READ)) throw notFound();
      return detailOf(ctx, actor, row, state, reveal);
    },

    /** The dossier for staff. Personal data is masked unless `reveal` by someone allowed; that read is audited. */
    async get(ctx: RequestContext, id: string, reveal: boolean): Promise<DossierDetail> {
      const actor = requireActor(ctx);
      const { row, state } = await loadVisible(db, actor, id);
      return detailOf(ctx, actor, row, state, reveal);
    },
    /** A work queue page, newest or most urgent first, within the actor's scope. */
    async list(
      ctx: RequestContext,
      query: {
        queue: DossierQueue;
        q?: string | undefined;
        status?: DossierStatus | undefined;
        channel?: Dossier['channel'] | undefined;
        receivedFrom?: PlainDate | undefined;
        receivedTo?: PlainDate | undefined;
        sort?: DossierListSort | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      const actor = requireActor(ctx);
      if (query.receivedFrom && query.receivedTo && query.receivedTo < query.receivedFrom) {
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: 'Ngày tiếp nhận "đến" phải sau ngày "từ".',
            en: 'The last day of reception must not be before the first.',
          },
          details: { fields: [{ path: 'querystring.receivedTo', message: 'Trước ngày "từ"' }] },
        });
      }
      const queue = await queueCondition(query.queue, actor);
      const order = query.sort ?? queue.order;
      const q = query.q?.trim();
      const search = q
        ? /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-/.test(q)
          ? sql`${dossiers.code} like ${`${q}%`}`
          : sql`${dossiers.applicantNameSearch} like ${`%${q
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/[đĐ]/g, 'd')
              .toLowerCase()}%`}`
        : undefined;
      const condition = and(
        scopeCondition(actor),
        queue.where,
        search,
        query.status ? eq(dossiers.status, query.status) : undefined,
        query.channel ? eq(dossiers.channel, query.channel) : undefined,
        receivedBetween(query.receivedFrom, query.receivedTo),
      );
      const [rows, total] = await Promise.all([
        dossiersRepository.list(db, condition, order, query.pageSize, (query.page - 1) * query.pageSize),
        dossiersRepository.count(db, condition),
      ]);
      const refs = await orgQueries.agencyRefs(
        db,
        rows.flatMap((r) => [r.decidingAgencyId, r.currentAgencyId ?? '']).filter(Boolean),
      );
      const today = toVietnamDate(clock.now());
      return {
        items: rows.map((r) => ({
          id: r.id,
          code: r.code,
          status: r.status as DossierStatus,
          procedureCode: r.procedureCode,
          procedureName: r.procedureName,
          applicantName: r.applicantName,
          decidingAgency: refs.get(r.decidingAgencyId) ?? unknownRef,
          currentAgency: r.currentAgencyId ? (refs.get(r.currentAgencyId) ?? null) : null,
          channel: r.channel as 'IN_PERSON',
          receivedAt: r.receivedAt ? toVietnamIso(r.receivedAt) : null,
          dueDate: r.dueOn,
          overdue: OPEN_FOR_DEADLINE.includes(r.status as DossierStatus) && r.dueOn !== null && r.dueOn < today,
          version: r.version,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /**
     * How many dossiers wait in each queue, for the menu badges: exact up to QUEUE_COUNT_CAP - 1, and
     * QUEUE_COUNT_CAP meaning "that many or more" (the badges show 999+), so that the "all" queue of a large
     * center is not counted row by row at every visit.
     */
    async queueCounts(ctx: RequestContext): Promise<Record<string, number>> {
      const actor = requireActor(ctx);
      const counts: Record<string, number> = {};
      for (const queue of Object.values(DossierQueue)) {
        const { where } = await queueCondition(queue, actor);
        counts[queue] = await dossiersRepository.countUpTo(db, and(scopeCondition(actor), where), QUEUE_COUNT_CAP);
      }
      return counts;
    },

    /** A prescribed form as PDF. Printing shows personal data, so it is audited as a read. */
    async renderForm(ctx: RequestContext, id: string, kind: FormKindParam): Promise<Buffer> {
      const actor = requireActor(ctx);
      const { row, state } = await loadVisible(db, actor, id);
      const events = (await dossiersRepository.listEvents(db, id)).map(eventOf);
      const render = formFor(kind, state, events);
      if (!render) {
        throw new AppError('NOT_FOUND', {
          message: { vi: `Hồ sơ chưa có ${FORM_TITLES[kind].toLowerCase()}.`, en: `The dossier has no ${kind} yet.` },
        });
      }
      const fctx = await formContext(db, row, state, events);
      const pdf = await render(fctx, documents);
      if (!pdf) throw notFound();
      await db.transaction((tx) =>
        recordPersonalDataRead(tx, ctx, clock, {
          type: 'dossier',
          id,
          fields: ['idNumber', 'phone', 'address'],
          purpose: `in ${kind}`,
        }),
      );
      return pdf;
    },

    /**
     * Form 06 (2025: Mẫu 07), the dossier register of a period, A4 landscape. At most 2,000 rows per print;
     * personal data (addresses, phones) is printed, so the read is audited.
     */
    async renderRegister(ctx: RequestContext, from: PlainDate, to: PlainDate): Promise<Buffer> {
      const actor = requireActor(ctx);
      if (to < from) {
        throw new AppError('VALIDATION_FAILED', {
          details: { fields: [{ path: 'querystring.to', message: 'Trước ngày "từ"' }] },
        });
      }
      const maxRows = deps.registerMaxRows ?? 2000;
      const total = await dossiersRepository.countForRegister(db, from, to, scopeCondition(actor));
      if (total > maxRows) {
        // A register that silently drops rows would be wrong; ask for a shorter period instead.
        const n = (x: number) => x.toLocaleString('vi-VN');
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: `Khoảng ngày đã chọn có ${n(total)} hồ sơ, vượt quá ${n(maxRows)} dòng của một lần in sổ. Hãy chọn khoảng ngày ngắn hơn.`,
            en: `The period holds ${total} dossiers, more than the ${maxRows} rows one register prints. Choose a shorter period.`,
          },
          details: { fields: [{ path: 'querystring.from', message: `Tối đa ${n(maxRows)} hồ sơ một lần in` }], total },
        });
      }
      const rows = await dossiersRepository.listForRegister(db, from, to, scopeCondition(actor), maxRows);
      const center = (await orgQueries.center(db))!;
      const [refs, eventRows] = await Promise.all([
        orgQueries.agencyRefs(
          db,
          rows.map((r) => r.decidingAgencyId),
        ),
        dossiersRepository.listEventsOfTypes(
          db,
          rows.map((r) => r.id),
          ['TRANSFERRED', 'RESULT_RETURNED'],
        ),
      ]);
      // Not Map.groupBy: the server must still run on Node 20.
      const eventsByDossier = new Map<string, DossierEventRow[]>();
      for (const e of eventRows) {
        const list = eventsByDossier.get(e.dossierId);
        if (list) list.push(e);
        else eventsByDossier.set(e.dossierId, [e]);
      }
      const registerRows: RegisterRowView[] = rows.map((r) => {
        const state = stateOf(r);
        const events = (eventsByDossier.get(r.id) ?? []).map(eventOf);
        const transferred = events.find((e) => e.type === 'TRANSFERRED');
        const returned = events.find(
          (e): e is Extract<DossierEvent, { type: 'RESULT_RETURNED' }> => e.type === 'RESULT_RETURNED',
        );
        return {
          dossierCode: r.code ?? '',
          procedureName: r.procedureName,
          numberOfSets: r.sets,
          applicantName: r.applicantName,
          addressAndPhone: `${r.applicantAddress}; ${r.applicantPhone}`,
          leadAgencyName: refs.get(r.decidingAgencyId)?.name ?? '',
          receivedOn: toVietnamDate(r.receivedAt!),
          dueOn: state.due?.dueDate ?? toVietnamDate(r.receivedAt!),
          ...(transferred ? { transferredOn: toVietnamDate(transferred.at) } : {}),
          ...(state.resultReadyAt ? { resultReceivedOn: toVietnamDate(state.resultReadyAt) } : {}),
          ...(state.returnedAt ? { returnedOn: toVietnamDate(state.returnedAt) } : {}),
          deliveryMethod:
            state.resultDelivery === 'POST' ? 'postal' : state.resultDelivery === 'ONLINE' ? 'online' : 'counter',
          ...(returned ? { signature: returned.receivedBy } : {}),
        };
      });
      const fctxIssuer = {
        parentName: center.parentBody
          .replace(/^Văn phòng\s+/i, '')
          .replace(/^Ủy ban nhân dân/i, 'UBND')
          .toLocaleUpperCase('vi-VN'),
        issuerName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
        placeName: center.placeName,
      };
      const pdf = await documents.render('register', {
        ruleSet: ruleSetFor(to, deps.ruleSetCutover),
        issuer: fctxIssuer,
        issuedOn: toVietnamDate(clock.now()),
        book: from.slice(0, 4),
        period: { from, to },
        rows: registerRows,
      });
      await db.transaction((tx) =>
        recordPersonalDataRead(tx, ctx, clock, {
          type: 'dossier-register',
          id: `${from}..${to}`,
          fields: ['address', 'phone'],
          purpose: `in sổ theo dõi ${rows.length} hồ sơ`,
        }),
      );
      return pdf;
    },

    /** Public lookup by code and the last 4 digits of the phone; an unknown code and a wrong second factor look the same. */
    async publicLookup(ip: string, code: string, verify: string | undefined) {
      const now = clock.now();
      const recent = await dossiersRepository.countLookups(db, ip, new Date(now.getTime() - LOOKUP_WINDOW_MS));
      if (recent >= LOOKUP_LIMIT) throw new AppError('TOO_MANY_REQUESTS');
      await dossiersRepository.recordLookup(db, ip, now);
      // An online submission has no code until the desk receives it: its reference (the id) finds it meanwhile.
      const row = UUID.test(code)
        ? await dossiersRepository.findById(db, code.toLowerCase())
        : await dossiersRepository.findByCode(db, code);
      const matches =
        row !== undefined && typeof verify === 'string' && verify.length === 4 && row.applicantPhoneLast4 === verify;
      if (!row || !matches) {
        throw new AppError('NOT_FOUND', {
          message: {
            vi: 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại đã nhập. Hãy kiểm tra lại Giấy tiếp nhận.',
            en: 'No dossier matches this code and phone digits. Check the receipt.',
          },
        });
      }
      const state = stateOf(row);
      const [refs, events] = await Promise.all([
        orgQueries.agencyRefs(
          db,
          state.steps.map((s) => s.agencyId),
        ),
        dossiersRepository.listEvents(db, row.id).then((rows) => rows.map(eventOf)),
      ]);
      return {
        code: row.code,
        reference: row.id,
        channel: state.channel,
        status: state.status,
        statusLabel: STATUS_LABELS[state.status],
        procedureName: row.procedureName,
        applicantName: maskName(row.applicantName),
        receivedAt: state.receivedAt ? toVietnamIso(state.receivedAt) : null,
        dueDate: state.due?.dueDate ?? null,
        steps: state.steps.map((s) => ({
          name: s.name,
          agency: refs.get(s.agencyId)?.name ?? null,
          completedAt: s.completedAt ? toVietnamIso(s.completedAt) : null,
          current: state.currentStep === s.index,
        })),
        resultReadyAt: state.resultReadyAt ? toVietnamIso(state.resultReadyAt) : null,
        returnedAt: state.returnedAt ? toVietnamIso(state.returnedAt) : null,
        supplementItems: pendingSupplementItems(state, events),
        reason: closingReason(state, events),
        canResubmit: applicantCanResubmit(state),
      };
    },

    /** A scan of a component or of the result; the type is read from the content, never from the name. */
    async addAttachment(
      ctx: RequestContext,
      id: string,
      file: { fileName: string; data: Buffer; kind: 'COMPONENT' | 'RESULT'; checklistItemId?: string | undefined },
    ) {
      const actor = requireActor(ctx);
      const { state, row } = await loadVisible(db, actor, id);
      if (TERMINAL_STATUSES.has(state.status)) {
        throw new AppError('ACTION_NOT_ALLOWED', {
          message: { vi: 'Hồ sơ đã kết thúc, không thêm tệp.', en: 'The dossier is closed.' },
        });
      }
      return storeAttachment(ctx, row, file, actor.userId);
    },

    /**
     * The applicant attaches scans to an online dossier before the desk receives it (Decree 61 Art 16(3): the
     * online channel), proving it is theirs with the last 4 digits of the phone given at submission.
     */
    async addApplicantAttachment(
      ctx: RequestContext,
      id: string,
      verify: string,
      file: { fileName: string; data: Buffer; checklistItemId?: string | undefined },
    ) {
      const row = await dossiersRepository.findById(db, id);
      if (!row || row.applicantPhoneLast4 !== verify || row.channel !== 'ONLINE') throw notFound();
      if (!['SUBMITTED_ONLINE', 'INTAKE_NEEDS_SUPPLEMENT'].includes(row.status)) {
        throw new AppError('ACTION_NOT_ALLOWED', {
          message: {
            vi: 'Chỉ bổ sung tệp khi hồ sơ trực tuyến đang chờ tiếp nhận.',
            en: 'Files can be added only while the online dossier awaits reception.',
          },
        });
      }
      return storeAttachment({ ...ctx, actor: null }, row, { ...file, kind: 'COMPONENT' }, null);
    },

    async getAttachment(ctx: RequestContext, id: string, attachmentId: string) {
      const actor = requireActor(ctx);
      await loadVisible(db, actor, id);
      const attachment = await dossiersRepository.findAttachment(db, id, attachmentId);
      if (!attachment) throw notFound();
      const data = await deps.blobs.get(attachment.blobKey);
      await db.transaction((tx) =>
        recordPersonalDataRead(tx, ctx, clock, {
          type: 'dossier',
          id,
          fields: ['attachment'],
          purpose: `tải tệp ${attachmentId}`,
        }),
      );
      return { data, contentType: attachment.contentType, fileName: attachment.fileName };
    },
  };
}
export type DossiersService = ReturnType<typeof createDossiersService>;

function formFor(
  kind: FormKindParam,
  state: Dossier,
  events: DossierEvent[],
): ((ctx: FormContext, documents: DocumentRenderer) => Promise<Buffer | undefined>) | undefined {
  const has = (...types: DossierEvent['type'][]) => events.some((e) => types.includes(e.type));
  const wrap =
    <K extends DocumentKind>(view: (ctx: FormContext) => DocumentViews[K] | undefined, document: K) =>
    async (ctx: FormContext, documents: DocumentRenderer) => {
      const v = view(ctx);
      return v ? documents.render(document, v) : undefined;
    };
  switch (kind) {
    case 'receipt':
      return has('RECEIVED') ? wrap(receiptView, 'receipt') : undefined;
    case 'supplement-request':
      return has('RETURNED_FOR_COMPLETION', 'SUPPLEMENT_REQUESTED')
        ? wrap(supplementRequestView, 'supplement-request')
        : undefined;
    case 'refusal':
      return has('REFUSED') ? wrap(refusalView, 'refusal') : undefined;
    case 'apology':
      return has('APOLOGIZED') ? wrap(apologyView, 'apology') : undefined;
    case 'control-sheet':
      return state.code ? wrap(controlSheetView, 'control-sheet') : undefined;
    case 'stop-notice':
      return has('STOPPED') && state.ruleSet === '2025' ? wrap(stopNoticeView, 'stop-notice') : undefined;
  }
}
