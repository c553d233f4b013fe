import { randomUUID } from 'node:crypto';
import type {
  AdminProcedure,
  AdminProcedureListItem,
  CatalogImportResult,
  ImportIssue,
  ProcedureDiff,
  ProcedureFile,
  ProcedureIssue,
  ProcedureVersionDetail,
  ProcedureVersionSummary,
} from '@mot-cua/contracts';
import type { Database, Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { RequestContext } from '../../platform/request-context';
import { toVietnamDate, toVietnamIso } from '../../platform/time';
import { recordAudit } from '../audit';
import { authQueries, type UserSummary } from '../auth';
import { type AgencyDirectoryEntry, isAgencyValidOn, orgQueries } from '../org';
import {
  catalogJson,
  issueAt,
  parseCatalogJson,
  type SourceRows,
  toDomainProcedures,
  toProcedureFiles,
  validateImport,
} from './catalog-import';
import { buildCatalogWorkbook, parseCatalogWorkbook } from './catalog-workbook';
import { diffProcedures, type Procedure, type ProcedureStatus } from './procedure';
import {
  type CatalogAction,
  classifyImported,
  draftPendingMessage,
  type ImportChange,
  lifecycleRefusal,
  statusAfter,
} from './procedure-versions';
import { normalizeQuery } from './search-normalize';
import {
  catalogRepository,
  type CurrentDocumentRow,
  type ProcedureRow,
  type ProcedureVersionRow,
} from './catalog.repository';
import { insertPublishedProcedure, listingColumns } from './catalog.service';

/**
 * Administration of the catalog (issue 4 items 2, 4, 7): drafts, validation, publishing as a new version,
 * suspension, version history with diffs, and import/export of the exchange format (docs/catalog-import.md).
 *
 * Administrators work in the exchange format (agencies by identifier code); documents are stored with agency ids.
 * A published version is never changed: editing makes a draft (the next version number), publishing the draft
 * supersedes the previous version, and dossiers keep pointing at the version they were received under.
 */

export interface CatalogAdminServiceDeps {
  db: Database;
  clock: Clock;
}

export type CatalogFileFormat = 'json' | 'xlsx';

export interface CatalogDownload {
  fileName: string;
  contentType: string;
  data: Buffer | string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Changed paths kept in an audit row (a whole new procedure would list hundreds). */
const AUDIT_MAX_PATHS = 100;

const notFound = (code: string) =>
  new AppError('NOT_FOUND', {
    message: { vi: `Không có thủ tục ${code} trong danh mục.`, en: `Procedure ${code} is not in the catalog.` },
  });

const versionNotFound = (code: string, version: number) =>
  new AppError('NOT_FOUND', {
    message: {
      vi: `Thủ tục ${code} không có phiên bản ${version}.`,
      en: `Procedure ${code} has no version ${version}.`,
    },
  });

/** An issue of the exchange-format check, relative to the one procedure checked (`procedures[0].name` → `name`). */
function procedureIssue(issue: ImportIssue): ProcedureIssue {
  return { path: (issue.field ?? '').replace(/^procedures\[\d+\]\.?/, ''), code: issue.code, message: issue.message };
}

function invalidProcedure(issues: readonly ProcedureIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: {
      vi: `Thủ tục chưa hợp lệ (${issues.length} lỗi): ${issues[0]?.message ?? ''}`,
      en: `The procedure is not valid (${issues.length} issue(s)).`,
    },
    details: { issues, fields: issues.map((i) => ({ path: i.path ? `body.${i.path}` : 'body', message: i.message })) },
  });
}

/** The procedure's state token (its last change, to the millisecond): what If-Match compares. */
function revisionOf(row: ProcedureRow): string {
  return String(row.updatedAt.getTime());
}

function refuse(row: ProcedureRow, action: CatalogAction): void {
  const reason = lifecycleRefusal({ status: row.status as ProcedureStatus, hasDraft: !!row.draftVersionId }, action);
  if (reason) {
    throw new AppError('ACTION_NOT_ALLOWED', {
      message: { vi: `${reason} (thủ tục ${row.code}).`, en: `Not allowed in the procedure's current state.` },
    });
  }
}

/** The agencies as a catalog sees them: every agency by id (documents keep old ones), and today's by code. */
interface AgencyIndex {
  byId: ReadonlyMap<string, AgencyDirectoryEntry>;
  /** Identifier code → id of the agency valid today (a reused code means the current agency). */
  todayByCode: ReadonlyMap<string, string>;
  todayIds: ReadonlySet<string>;
  codeOf: (id: string) => string;
}

function agencyIdsOf(p: Procedure): string[] {
  return [
    p.decidingAgencyKey,
    p.receivingAgencyKey,
    ...p.coordinatingAgencyKeys,
    ...p.cases.flatMap((c) => c.steps.map((s) => (typeof s.agency === 'object' ? s.agency.key : null))),
  ].filter((id): id is string => !!id);
}

export function createCatalogAdminService({ db, clock }: CatalogAdminServiceDeps) {
  async function agencyIndex(ex: Executor): Promise<AgencyIndex> {
    const all = await orgQueries.agencyDirectory(ex);
    const today = toVietnamDate(clock.now());
    const byId = new Map(all.map((a) => [a.id, a]));
    const todayByCode = new Map<string, string>();
    const todayIds = new Set<string>();
    for (const a of all) {
      if (!isAgencyValidOn(a, today)) continue;
      todayIds.add(a.id);
      if (!todayByCode.has(a.code)) todayByCode.set(a.code, a.id);
    }
    return { byId, todayByCode, todayIds, codeOf: (id) => byId.get(id)?.code ?? id };
  }

  const fileOf = (p: Procedure, agencies: AgencyIndex): ProcedureFile => toProcedureFiles([p], agencies.codeOf)[0]!;

  /**
   * The catalog rules a stored document breaks, in the exchange format's paths and with agencies named by code.
   * The document's own agencies resolve to themselves, so that one no longer valid today is reported, not
   * silently swapped for the agency that reuses its code.
   */
  function issuesOf(p: Procedure, agencies: AgencyIndex): ProcedureIssue[] {
    const own = new Map(agencyIdsOf(p).map((id) => [agencies.codeOf(id), id]));
    const { issues } = validateImport(
      [fileOf(p, agencies)],
      (code) => own.get(code) ?? agencies.todayByCode.get(code),
      agencies.todayIds,
    );
    return issues.map(procedureIssue);
  }

  async function userNames(ex: Executor, versions: readonly ProcedureVersionRow[]) {
    return authQueries.userSummaries(
      ex,
      versions.flatMap((v) => [v.createdBy, v.publishedBy]).filter((id): id is string => !!id),
    );
  }

  function summaryOf(v: ProcedureVersionRow, users: ReadonlyMap<string, UserSummary>): ProcedureVersionSummary {
    const name = (id: string | null) => (id ? (users.get(id)?.fullName ?? null) : null);
    return {
      id: v.id,
      version: v.version,
      status: v.status as ProcedureVersionSummary['status'],
      changeNote: v.changeNote,
      createdAt: toVietnamIso(v.createdAt),
      createdBy: name(v.createdBy),
      publishedAt: v.publishedAt ? toVietnamIso(v.publishedAt) : null,
      publishedBy: name(v.publishedBy),
    };
  }

  async function adminView(ex: Executor, code: string, agencies: AgencyIndex): Promise<AdminProcedure> {
    const row = await catalogRepository.findByCode(ex, code);
    if (!row) throw notFound(code);
    const versions = await catalogRepository.listVersions(ex, row.id);
    const users = await userNames(ex, versions);
    const shown = versions.find((v) => v.id === (row.draftVersionId ?? row.publishedVersionId));
    if (!shown) throw notFound(code);
    const doc = shown.document as Procedure;
    return {
      id: row.id,
      code: row.code,
      status: row.status as ProcedureStatus,
      version: summaryOf(shown, users),
      procedure: fileOf(doc, agencies),
      issues: issuesOf(doc, agencies),
      publishedVersion: versions.find((v) => v.id === row.publishedVersionId)?.version ?? null,
      draftVersion: versions.find((v) => v.id === row.draftVersionId)?.version ?? null,
      versions: versions.map((v) => summaryOf(v, users)),
      updatedAt: toVietnamIso(row.updatedAt),
      revision: revisionOf(row),
    };
  }

  /**
   * The procedure locked for a change. With `expectedRevision` (the editor's If-Match), a procedure someone else
   * changed since the editor loaded it is refused: two administrators editing one draft do not overwrite each other.
   */
  async function lock(tx: Executor, code: string, expectedRevision?: string): Promise<ProcedureRow> {
    const row = await catalogRepository.lockByCode(tx, code);
    if (!row) throw notFound(code);
    if (expectedRevision !== undefined && expectedRevision !== revisionOf(row)) {
      const at = toVietnamIso(row.updatedAt);
      const when = `${at.slice(11, 16)} ${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`;
      throw new AppError('CONFLICT', {
        message: {
          vi: `Thủ tục ${code} đã được thay đổi lúc ${when}, sau khi bạn mở. Hãy tải lại để xem thay đổi đó rồi sửa tiếp.`,
          en: `Procedure ${code} was changed at ${when}, after you opened it. Reload to see that change, then edit again.`,
        },
        details: { revision: revisionOf(row) },
      });
    }
    return row;
  }

  async function versionDoc(ex: Executor, id: string): Promise<ProcedureVersionRow> {
    const version = await catalogRepository.findVersion(ex, id);
    if (!version) throw new Error(`procedure version ${id} is missing`);
    return version;
  }

  /**
   * Put `versionId` (already stored as PUBLISHED) in force: the previous published version becomes SUPERSEDED (its
   * content untouched), the procedure's listing columns and the search vocabulary follow the new version.
   */
  async function putInForce(
    tx: Executor,
    row: { id: string; status: string; publishedVersionId: string | null },
    versionId: string,
    p: Procedure,
    agencies: AgencyIndex,
    now: Date,
  ): Promise<void> {
    if (row.publishedVersionId) {
      await catalogRepository.updateVersion(tx, row.publishedVersionId, { status: 'SUPERSEDED' });
    }
    const agency = agencies.byId.get(p.decidingAgencyKey);
    const listing = listingColumns(p, agency?.name ?? '', agency?.shortName ?? null);
    await catalogRepository.updateProcedure(tx, row.id, {
      status: statusAfter({ status: row.status as ProcedureStatus, hasDraft: true }, 'PUBLISH'),
      publishedVersionId: versionId,
      draftVersionId: null,
      ...listing,
      updatedAt: now,
    });
    await catalogRepository.addSearchWords(tx, listing.searchText);
  }

  const changedPaths = (before: ProcedureFile, after: ProcedureFile) =>
    diffProcedures(before, after)
      .map((c) => c.path)
      .slice(0, AUDIT_MAX_PATHS);

  async function parseFile(format: CatalogFileFormat, data: Buffer | string) {
    if (format === 'json') return parseCatalogJson(typeof data === 'string' ? data : data.toString('utf8'));
    return parseCatalogWorkbook(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  return {
    /** Every procedure, any status, with the numbers of its published and draft versions. */
    async list(query: {
      q?: string | undefined;
      status?: ProcedureStatus | undefined;
    }): Promise<{ items: AdminProcedureListItem[]; total: number }> {
      const words = normalizeQuery(query.q ?? '')
        .split(' ')
        .filter(Boolean);
      const rows = await catalogRepository.adminList(db, { words, status: query.status });
      const refs = await orgQueries.agencyRefs(
        db,
        rows.map((r) => r.deciding_agency_id),
      );
      const items = rows.map((r) => {
        const agency = refs.get(r.deciding_agency_id);
        return {
          code: r.code,
          name: r.name,
          field: r.field,
          level: r.level as AdminProcedureListItem['level'],
          status: r.status as ProcedureStatus,
          agency: { code: agency?.code ?? '', name: agency?.name ?? '' },
          publishedVersion: r.published_version,
          draftVersion: r.draft_version,
          updatedAt: toVietnamIso(new Date(r.updated_at)),
        };
      });
      return { items, total: items.length };
    },

    /** The procedure for editing: its draft if any, else its published version, with the issues it has. */
    async get(code: string): Promise<AdminProcedure> {
      return adminView(db, code, await agencyIndex(db));
    },

    /** A new procedure, as draft version 1 (not public until published). It must pass every catalog rule. */
    async create(ctx: RequestContext, file: ProcedureFile): Promise<AdminProcedure> {
      const agencies = await agencyIndex(db);
      const checked = validateImport([file], (code) => agencies.todayByCode.get(code), agencies.todayIds);
      const p = checked.procedures[0]!;
      return db.transaction(async (tx) => {
        if (await catalogRepository.findByCode(tx, file.code)) {
          throw new AppError('ALREADY_EXISTS', {
            message: {
              vi: `Mã thủ tục ${file.code} đã có trong danh mục: hãy sửa thủ tục đó (tạo bản nháp) thay vì tạo mới.`,
              en: `Procedure ${file.code} already exists: edit it instead.`,
            },
            details: { fields: [{ path: 'body.code', message: 'Mã thủ tục đã có trong danh mục' }] },
          });
        }
        if (checked.issues.length > 0) throw invalidProcedure(checked.issues.map(procedureIssue));
        const now = clock.now();
        const procedureId = randomUUID();
        const versionId = randomUUID();
        const agency = agencies.byId.get(p.decidingAgencyKey);
        await catalogRepository.insertProcedure(tx, {
          id: procedureId,
          code: p.code,
          status: 'DRAFT',
          publishedVersionId: null,
          draftVersionId: versionId,
          ...listingColumns(p, agency?.name ?? '', agency?.shortName ?? null),
          createdAt: now,
          updatedAt: now,
        });
        await catalogRepository.insertVersion(tx, {
          id: versionId,
          procedureId,
          version: 1,
          status: 'DRAFT',
          document: { ...p, status: 'DRAFT' },
          changeNote: null,
          createdAt: now,
          createdBy: ctx.actor?.userId ?? null,
          publishedAt: null,
          publishedBy: null,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'catalog.procedure.create',
          subjectType: 'procedure',
          subjectId: procedureId,
          summary: { code: p.code, name: p.name, version: 1 },
        });
        return adminView(tx, p.code, agencies);
      });
    },

    /**
     * Save the draft: replaces the draft's content, or starts a draft (the next version number) when there is none;
     * the published version is never touched. A draft may still break catalog rules (work in progress: the answer
     * lists the issues, publishing refuses them), but its agency codes must exist, since the draft stores ids.
     */
    async saveDraft(
      ctx: RequestContext,
      code: string,
      file: ProcedureFile,
      expectedRevision?: string,
    ): Promise<AdminProcedure> {
      if (file.code !== code) {
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: `Mã thủ tục trong nội dung (${file.code}) khác mã trên đường dẫn (${code}): mã thủ tục không đổi được.`,
            en: `The code in the body (${file.code}) differs from the code in the path (${code}).`,
          },
          details: { fields: [{ path: 'body.code', message: 'Khác mã thủ tục đang sửa' }] },
        });
      }
      const agencies = await agencyIndex(db);
      const converted = toDomainProcedures([file], (c) => agencies.todayByCode.get(c));
      if (converted.issues.length > 0) throw invalidProcedure(converted.issues.map(procedureIssue));
      const doc: Procedure = { ...converted.procedures[0]!, status: 'DRAFT' };
      return db.transaction(async (tx) => {
        const row = await lock(tx, code, expectedRevision);
        refuse(row, 'SAVE_DRAFT');
        const now = clock.now();
        let draftVersionId = row.draftVersionId;
        let version: ProcedureVersionRow;
        const created = !draftVersionId;
        if (draftVersionId) {
          version = await versionDoc(tx, draftVersionId);
          await catalogRepository.updateVersion(tx, draftVersionId, { document: doc });
        } else {
          // Copy on write: the published version stays as it is; the draft is the next version.
          version = await versionDoc(tx, row.publishedVersionId!);
          draftVersionId = randomUUID();
          await catalogRepository.insertVersion(tx, {
            id: draftVersionId,
            procedureId: row.id,
            version: await catalogRepository.nextVersionNumber(tx, row.id),
            status: 'DRAFT',
            document: doc,
            changeNote: null,
            createdAt: now,
            createdBy: ctx.actor?.userId ?? null,
            publishedAt: null,
            publishedBy: null,
          });
        }
        const agency = agencies.byId.get(doc.decidingAgencyKey);
        await catalogRepository.updateProcedure(tx, row.id, {
          draftVersionId,
          updatedAt: now,
          // A never-published procedure is listed (for administrators only) under its draft's name.
          ...(row.status === 'DRAFT' ? listingColumns(doc, agency?.name ?? '', agency?.shortName ?? null) : {}),
        });
        const view = await adminView(tx, code, agencies);
        await recordAudit(tx, ctx, clock, {
          action: 'catalog.procedure.draft.save',
          subjectType: 'procedure',
          subjectId: row.id,
          summary: {
            code,
            version: view.version.version,
            created,
            changes: changedPaths(fileOf(version.document as Procedure, agencies), view.procedure),
          },
        });
        return view;
      });
    },

    /** Discard the draft. A procedure never published is removed with it. */
    async discardDraft(ctx: RequestContext, code: string, expectedRevision?: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await lock(tx, code, expectedRevision);
        refuse(row, 'DISCARD_DRAFT');
        const draft = await versionDoc(tx, row.draftVersionId!);
        const procedureDeleted = !row.publishedVersionId;
        if (procedureDeleted) {
          await catalogRepository.deleteVersion(tx, draft.id);
          await catalogRepository.deleteProcedure(tx, row.id);
        } else {
          await catalogRepository.updateProcedure(tx, row.id, { draftVersionId: null, updatedAt: clock.now() });
          await catalogRepository.deleteVersion(tx, draft.id);
        }
        await recordAudit(tx, ctx, clock, {
          action: 'catalog.procedure.draft.discard',
          subjectType: 'procedure',
          subjectId: row.id,
          summary: { code, version: draft.version, procedureDeleted },
        });
      });
    },

    /** Every catalog rule the draft (else the published version) breaks; empty when it may be published. */
    async validate(code: string): Promise<{ valid: boolean; version: number; issues: ProcedureIssue[] }> {
      const row = await catalogRepository.findByCode(db, code);
      if (!row) throw notFound(code);
      const version = await versionDoc(db, (row.draftVersionId ?? row.publishedVersionId)!);
      const issues = issuesOf(version.document as Procedure, await agencyIndex(db));
      return { valid: issues.length === 0, version: version.version, issues };
    },

    /**
     * Publish the draft as the version in force: refused (422, with the issues) while it breaks a catalog rule.
     * The previous version becomes SUPERSEDED; dossiers received under it keep pointing at it.
     */
    async publish(ctx: RequestContext, code: string, note: string, expectedRevision?: string): Promise<AdminProcedure> {
      const agencies = await agencyIndex(db);
      return db.transaction(async (tx) => {
        const row = await lock(tx, code, expectedRevision);
        refuse(row, 'PUBLISH');
        const draft = await versionDoc(tx, row.draftVersionId!);
        const doc = draft.document as Procedure;
        const issues = issuesOf(doc, agencies);
        if (issues.length > 0) {
          throw new AppError('PROCEDURE_INVALID', {
            message: {
              vi: `Chưa công bố được thủ tục ${code}: bản nháp còn ${issues.length} lỗi. ${issues[0]!.message}.`,
              en: `Procedure ${code} cannot be published: the draft has ${issues.length} issue(s).`,
            },
            details: { issues },
          });
        }
        const previous = row.publishedVersionId ? await versionDoc(tx, row.publishedVersionId) : undefined;
        const now = clock.now();
        await catalogRepository.updateVersion(tx, draft.id, {
          status: 'PUBLISHED',
          document: { ...doc, status: 'PUBLISHED' },
          changeNote: note,
          publishedAt: now,
          publishedBy: ctx.actor?.userId ?? null,
        });
        await putInForce(tx, row, draft.id, doc, agencies, now);
        await recordAudit(tx, ctx, clock, {
          action: 'catalog.procedure.publish',
          subjectType: 'procedure',
          subjectId: row.id,
          summary: {
            code,
            version: draft.version,
            previousVersion: previous?.version ?? null,
            note,
            changes: previous
              ? changedPaths(fileOf(previous.document as Procedure, agencies), fileOf(doc, agencies))
              : [],
          },
        });
        return adminView(tx, code, agencies);
      });
    },

    /** Suspend (no longer searchable, shown or received) or resume a published procedure, with the reason. */
    async setSuspended(
      ctx: RequestContext,
      code: string,
      action: 'SUSPEND' | 'RESUME',
      reason: string,
    ): Promise<AdminProcedure> {
      const agencies = await agencyIndex(db);
      return db.transaction(async (tx) => {
        const row = await lock(tx, code);
        refuse(row, action);
        await catalogRepository.updateProcedure(tx, row.id, {
          status: statusAfter({ status: row.status as ProcedureStatus, hasDraft: !!row.draftVersionId }, action),
          updatedAt: clock.now(),
        });
        await recordAudit(tx, ctx, clock, {
          action: action === 'SUSPEND' ? 'catalog.procedure.suspend' : 'catalog.procedure.resume',
          subjectType: 'procedure',
          subjectId: row.id,
          summary: { code, reason },
        });
        return adminView(tx, code, agencies);
      });
    },

    async versions(code: string): Promise<ProcedureVersionSummary[]> {
      const row = await catalogRepository.findByCode(db, code);
      if (!row) throw notFound(code);
      const versions = await catalogRepository.listVersions(db, row.id);
      const users = await userNames(db, versions);
      return versions.map((v) => summaryOf(v, users));
    },

    async version(code: string, number: number): Promise<ProcedureVersionDetail> {
      const row = await catalogRepository.findByCode(db, code);
      if (!row) throw notFound(code);
      const v = await catalogRepository.findVersionByNumber(db, row.id, number);
      if (!v) throw versionNotFound(code, number);
      const users = await userNames(db, [v]);
      return { ...summaryOf(v, users), procedure: fileOf(v.document as Procedure, await agencyIndex(db)) };
    },

    /**
     * What changed from version `from` to version `to`, field by field, in the exchange format. By default `to` is
     * the draft (else the published version) and `from` the version before it.
     */
    async diff(code: string, query: { from?: number | undefined; to?: number | undefined }): Promise<ProcedureDiff> {
      const row = await catalogRepository.findByCode(db, code);
      if (!row) throw notFound(code);
      const versions = await catalogRepository.listVersions(db, row.id);
      const current = versions.find((v) => v.id === (row.draftVersionId ?? row.publishedVersionId));
      const toNumber = query.to ?? current?.version ?? versions[0]!.version;
      const to = versions.find((v) => v.version === toNumber);
      if (!to) throw versionNotFound(code, toNumber);
      // Versions are newest first: the first one below `to` is the one just before it.
      const fromNumber = query.from ?? versions.find((v) => v.version < toNumber)?.version ?? toNumber;
      const from = versions.find((v) => v.version === fromNumber);
      if (!from) throw versionNotFound(code, fromNumber);
      const agencies = await agencyIndex(db);
      const users = await userNames(db, [from, to]);
      return {
        from: summaryOf(from, users),
        to: summaryOf(to, users),
        changes: diffProcedures(
          fileOf(from.document as Procedure, agencies),
          fileOf(to.document as Procedure, agencies),
        ),
      };
    },

    /**
     * Import a JSON or .xlsx exchange file. Everything is checked first (the file, the cells, agencies valid today,
     * the catalog rules, drafts being edited); `apply` then writes, in one transaction, new procedures (published
     * version 1) and a new published version of each changed one, or, with any issue, nothing at all (422).
     */
    async importCatalog(
      ctx: RequestContext,
      input: { format: CatalogFileFormat; mode: 'validate' | 'apply'; data: Buffer | string; fileName?: string },
    ): Promise<CatalogImportResult> {
      const parsed = await parseFile(input.format, input.data);
      const agencies = await agencyIndex(db);
      const sourceRows: readonly SourceRows[] = parsed.sourceRows;
      const checked = validateImport(
        parsed.procedures,
        (code) => agencies.todayByCode.get(code),
        agencies.todayIds,
        sourceRows,
      );

      /** Each procedure against the catalog: new, unchanged, updated, or refused because a draft is pending. */
      const plan = async (ex: Executor, lockRows: boolean) => {
        const codes = [...new Set(checked.procedures.map((p) => p.code))];
        const existing = await catalogRepository.currentDocuments(ex, { codes, lock: lockRows });
        const byCode = new Map(existing.map((r) => [r.code, r]));
        const issues: ImportIssue[] = [];
        const items = checked.procedures.map((procedure, i) => {
          const row = byCode.get(procedure.code);
          const change: ImportChange = classifyImported(
            procedure,
            row && { current: row.document as Procedure, hasDraft: row.draft_version_id !== null },
          );
          if (change === 'DRAFT_PENDING') {
            issues.push(
              issueAt(
                i,
                sourceRows[i],
                'code',
                'DRAFT_PENDING',
                draftPendingMessage(procedure.code, row!.draft_version!),
              ),
            );
          }
          return { procedure, row, change };
        });
        return { items, issues };
      };
      const summarize = (items: { change: ImportChange }[]) => ({
        new: items.filter((i) => i.change === 'NEW').length,
        updated: items.filter((i) => i.change === 'UPDATED' || i.change === 'DRAFT_PENDING').length,
        unchanged: items.filter((i) => i.change === 'UNCHANGED').length,
      });
      const listed = (
        items: { procedure: Procedure; row: CurrentDocumentRow | undefined; change: ImportChange }[],
        versions?: ReadonlyMap<string, number>,
      ): CatalogImportResult['procedures'] =>
        items.map((i) => ({
          code: i.procedure.code,
          name: i.procedure.name,
          change: i.change === 'DRAFT_PENDING' ? 'UPDATED' : i.change,
          version: versions?.get(i.procedure.code) ?? i.row?.current_version ?? null,
        }));

      if (input.mode === 'validate') {
        const { items, issues } = await plan(db, false);
        const all = [...parsed.issues, ...checked.issues, ...issues];
        return {
          valid: all.length === 0,
          applied: false,
          issues: all,
          summary: summarize(items),
          procedures: listed(items),
        };
      }

      return db.transaction(async (tx) => {
        const { items, issues } = await plan(tx, true);
        const all = [...parsed.issues, ...checked.issues, ...issues];
        const summary = summarize(items);
        if (all.length > 0) {
          throw new AppError('IMPORT_INVALID', {
            message: {
              vi: `Tệp có ${all.length} lỗi: không có dữ liệu nào được ghi. Sửa các lỗi được liệt kê (trang, dòng, cột) rồi nhập lại.`,
              en: `The file has ${all.length} issue(s): nothing was written.`,
            },
            details: { issues: all, summary },
          });
        }
        const now = clock.now();
        const actorId = ctx.actor?.userId ?? null;
        const note = `Nhập từ tệp ${input.fileName ?? input.format.toUpperCase()}`;
        const versions = new Map<string, number>();
        for (const item of items) {
          const p = item.procedure;
          if (item.change === 'NEW') {
            const { procedureId } = await insertPublishedProcedure(tx, p, now, actorId, agencies.byId, note);
            versions.set(p.code, 1);
            await recordAudit(tx, ctx, clock, {
              action: 'catalog.procedure.import',
              subjectType: 'procedure',
              subjectId: procedureId,
              summary: { code: p.code, change: 'NEW', version: 1 },
            });
          } else if (item.change === 'UPDATED') {
            const row = item.row!;
            const versionId = randomUUID();
            const version = await catalogRepository.nextVersionNumber(tx, row.id);
            await catalogRepository.insertVersion(tx, {
              id: versionId,
              procedureId: row.id,
              version,
              status: 'PUBLISHED',
              document: { ...p, status: 'PUBLISHED' },
              changeNote: note,
              createdAt: now,
              createdBy: actorId,
              publishedAt: now,
              publishedBy: actorId,
            });
            await putInForce(
              tx,
              { id: row.id, status: row.status, publishedVersionId: row.published_version_id },
              versionId,
              p,
              agencies,
              now,
            );
            versions.set(p.code, version);
            await recordAudit(tx, ctx, clock, {
              action: 'catalog.procedure.import',
              subjectType: 'procedure',
              subjectId: row.id,
              summary: {
                code: p.code,
                change: 'UPDATED',
                version,
                previousVersion: row.current_version,
                changes: changedPaths(fileOf(row.document as Procedure, agencies), fileOf(p, agencies)),
              },
            });
          }
        }
        await recordAudit(tx, ctx, clock, {
          action: 'catalog.import',
          subjectType: 'catalog',
          summary: {
            format: input.format,
            fileName: input.fileName ?? null,
            ...summary,
            newCodes: items.filter((i) => i.change === 'NEW').map((i) => i.procedure.code),
            updatedCodes: items.filter((i) => i.change === 'UPDATED').map((i) => i.procedure.code),
          },
        });
        return { valid: true, applied: true, issues: [], summary, procedures: listed(items, versions) };
      });
    },

    /**
     * The catalog as a file: each procedure's published version (its draft when never published), agencies as
     * identifier codes. `status` keeps only procedures with that status.
     */
    async exportCatalog(format: CatalogFileFormat, status?: ProcedureStatus): Promise<CatalogDownload> {
      const rows = await catalogRepository.currentDocuments(db, { status });
      const agencies = await agencyIndex(db);
      const files = toProcedureFiles(
        rows.map((r) => r.document as Procedure),
        agencies.codeOf,
      );
      const now = clock.now();
      const stamp = toVietnamDate(now).replaceAll('-', '');
      if (format === 'json') {
        return {
          fileName: `danh-muc-thu-tuc-${stamp}.json`,
          contentType: 'application/json; charset=utf-8',
          data: catalogJson(files, now),
        };
      }
      return {
        fileName: `danh-muc-thu-tuc-${stamp}.xlsx`,
        contentType: XLSX_TYPE,
        data: await buildCatalogWorkbook(files, { generatedAt: now }),
      };
    },

    /** The empty workbook departments fill (its first sheet explains how). */
    async template(): Promise<CatalogDownload> {
      return {
        fileName: 'mau-danh-muc-thu-tuc.xlsx',
        contentType: XLSX_TYPE,
        data: await buildCatalogWorkbook([], { generatedAt: clock.now() }),
      };
    },
  };
}
export type CatalogAdminService = ReturnType<typeof createCatalogAdminService>;
