import { randomUUID } from 'node:crypto';
import type { AgencyRef, ProcedureDetail, ProcedureListItem } from '@mot-cua/contracts';
import type { Database, Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { toVietnamIso } from '../../platform/time';
import { orgQueries } from '../org';
import {
  CHANNEL_LABELS,
  type Duration,
  formatDuration,
  hasEstimatedValues,
  type Procedure,
  stepAgencyKey,
} from './procedure';
import { expandAbbreviations, normalizeQuery } from './search-normalize';
import { catalogRepository, type ProcedureRow } from './catalog.repository';

/**
 * The catalog's use cases. Procedures are stored as versions of a `Procedure` document whose agency "keys" are
 * agency ids; a published version never changes, and dossiers keep the version they were received under.
 */

export interface CatalogServiceDeps {
  db: Database;
  clock: Clock;
}

const duration = (d: Duration) => ({ amount: d.amount, unit: d.unit, label: formatDuration(d) });

function onlineLevelOf(p: Procedure): 'ONLINE_FULL' | 'ONLINE_PARTIAL' | 'NONE' {
  if (p.channels.some((c) => c.channel === 'ONLINE_FULL')) return 'ONLINE_FULL';
  if (p.channels.some((c) => c.channel === 'ONLINE_PARTIAL')) return 'ONLINE_PARTIAL';
  return 'NONE';
}

/** What search matches: code, name, field and the deciding agency's names, without diacritics. */
export function searchTextOf(p: Procedure, agencyNames: readonly string[]): string {
  return normalizeQuery([p.code, p.name, p.field, ...agencyNames].join(' '));
}

/** The denormalised columns a published version gives its procedure row. */
export function listingColumns(p: Procedure, decidingAgencyName: string, decidingAgencyShort: string | null) {
  return {
    name: p.name,
    field: p.field,
    level: p.level,
    decidingAgencyId: p.decidingAgencyKey,
    onlineLevel: onlineLevelOf(p),
    legalTime: p.cases[0]?.legalTime ?? null,
    searchText: searchTextOf(p, [decidingAgencyName, decidingAgencyShort ?? '']),
    nameSort: normalizeQuery(p.name),
  };
}

const notFound = () =>
  new AppError('NOT_FOUND', {
    message: { vi: 'Không tìm thấy thủ tục hành chính.', en: 'Procedure not found.' },
  });

const unknownRef: AgencyRef = { id: '00000000-0000-0000-0000-000000000000', code: '', name: '' };

export function createCatalogService({ db, clock }: CatalogServiceDeps) {
  async function detailOf(ex: Executor, row: ProcedureRow, versionId: string): Promise<ProcedureDetail> {
    const version = await catalogRepository.findVersion(ex, versionId);
    if (!version) throw notFound();
    const p = version.document as Procedure;
    const stepAgencyIds = p.cases.flatMap((c) => c.steps.map((s) => stepAgencyKey(p, s) ?? '')).filter(Boolean);
    const refs = await orgQueries.agencyRefs(ex, [
      p.decidingAgencyKey,
      p.receivingAgencyKey,
      ...p.coordinatingAgencyKeys,
      ...stepAgencyIds,
    ]);
    const ref = (id: string) => refs.get(id) ?? unknownRef;
    return {
      id: row.id,
      versionId: version.id,
      version: version.version,
      code: p.code,
      ...(p.localCode ? { localCode: p.localCode } : {}),
      name: p.name,
      field: p.field,
      level: p.level,
      ruleSet: p.ruleSet,
      status: row.status as ProcedureDetail['status'],
      effectiveFrom: p.effectiveFrom,
      effectiveTo: p.effectiveTo,
      decidingAgency: ref(p.decidingAgencyKey),
      ...(p.decidingBodyNote ? { decidingBodyNote: p.decidingBodyNote } : {}),
      receivingAgency: ref(p.receivingAgencyKey),
      coordinatingAgencies: p.coordinatingAgencyKeys.map(ref),
      onlineLevel: onlineLevelOf(p),
      cases: p.cases.map((c) => ({
        code: c.code,
        name: c.name,
        legalTime: duration(c.legalTime),
        ...(c.sameDayCutoff ? { sameDayCutoff: c.sameDayCutoff } : {}),
        steps: c.steps.map((s) => {
          const id = stepAgencyKey(p, s);
          return {
            order: s.order,
            name: s.name,
            role: s.role,
            agency: id ? ref(id) : null,
            duration: duration(s.duration),
          };
        }),
        ...(c.note ? { note: c.note } : {}),
      })),
      channels: p.channels.map((c) => ({
        channel: c.channel,
        label: CHANNEL_LABELS[c.channel],
        fees: c.fees,
        ...(c.time ? { time: duration(c.time) } : {}),
        ...(c.note ? { note: c.note } : {}),
      })),
      documents: p.checklist.map((item) => ({ ...item })),
      results: p.results,
      legalBases: p.legalBases,
      receivedAtCenter: p.receivedAtCenter,
      processedWhollyAtCenter: p.processedWhollyAtCenter,
      interAgency: p.interAgency,
      sources: p.sources,
      hasDemoValues: hasEstimatedValues(p),
      notes: p.notes ?? [],
      publishedAt: version.publishedAt ? toVietnamIso(version.publishedAt) : null,
    };
  }

  return {
    /** Public search: diacritic-insensitive, typo-tolerant, abbreviations understood; exact code first. */
    async search(query: {
      q?: string | undefined;
      agency?: string | undefined;
      field?: string | undefined;
      level?: string | undefined;
      online?: string | undefined;
      page: number;
      pageSize: number;
    }): Promise<{ items: ProcedureListItem[]; total: number; page: number; pageSize: number; approximate: boolean }> {
      const raw = query.q?.trim() ?? '';
      const normalized = normalizeQuery(raw);
      const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize, approximate: false };
      // A query of punctuation only finds nothing (an empty box lists everything).
      if (raw.length > 0 && normalized.length === 0) return empty;
      let agencyIds: string[] | undefined;
      if (query.agency) {
        const today = clock.now().toISOString().slice(0, 10);
        const byCode = await orgQueries.findAgencyByCode(db, query.agency, today);
        const id = byCode?.id ?? (/^[0-9a-f-]{36}$/i.test(query.agency) ? query.agency : undefined);
        if (!id) return empty;
        agencyIds = [id];
      }
      const filter = {
        alternatives: normalized ? expandAbbreviations(normalized) : [],
        normalized,
        agencyIds,
        field: query.field,
        level: query.level,
        onlineLevel: query.online,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      };
      let hits = await catalogRepository.search(db, filter);
      let approximate = false;
      if (hits.length === 0 && normalized.length > 0) {
        // Nothing matches every word: correct unknown words to the closest words of the catalog (typos) and
        // search again; the answer says it is approximate.
        const corrected = (await catalogRepository.correctWords(db, normalized.split(' '))).join(' ');
        if (corrected !== normalized) {
          hits = await catalogRepository.search(db, {
            ...filter,
            alternatives: expandAbbreviations(corrected),
            normalized: corrected,
          });
          approximate = hits.length > 0;
        }
      }
      const refs = await orgQueries.agencyRefs(
        db,
        hits.map((h) => h.deciding_agency_id),
      );
      return {
        items: hits.map((h) => {
          const agency = refs.get(h.deciding_agency_id) ?? unknownRef;
          const legalTime = h.legal_time as Duration | null;
          return {
            code: h.code,
            name: h.name,
            agency: { code: agency.code, name: agency.name },
            field: h.field,
            level: h.level as ProcedureListItem['level'],
            onlineLevel: h.online_level as ProcedureListItem['onlineLevel'],
            legalTime: legalTime ? duration(legalTime) : null,
          };
        }),
        total: hits[0]?.total ?? 0,
        page: query.page,
        pageSize: query.pageSize,
        approximate,
      };
    },

    async fields(): Promise<string[]> {
      return catalogRepository.listFields(db);
    },

    /** The published procedure (public). Suspended or never-published procedures are not found. */
    async getPublished(code: string): Promise<ProcedureDetail> {
      const row = await catalogRepository.findByCode(db, code);
      if (!row || row.status !== 'PUBLISHED' || !row.publishedVersionId) throw notFound();
      return detailOf(db, row, row.publishedVersionId);
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;

/**
 * Stores procedures as published version 1 (seeding and imports). `procedures` use agency ids in their key
 * fields. Runs in the caller's transaction.
 */
export async function insertPublishedProcedure(
  tx: Executor,
  p: Procedure,
  at: Date,
  actorId: string | null,
  agencyNames: ReadonlyMap<string, AgencyRef & { shortName?: string | null }>,
  changeNote = 'Khởi tạo',
): Promise<{ procedureId: string; versionId: string }> {
  const procedureId = randomUUID();
  const versionId = randomUUID();
  const agency = agencyNames.get(p.decidingAgencyKey);
  await catalogRepository.insertProcedure(tx, {
    id: procedureId,
    code: p.code,
    status: 'PUBLISHED',
    publishedVersionId: versionId,
    draftVersionId: null,
    ...listingColumns(p, agency?.name ?? '', agency?.shortName ?? null),
    createdAt: at,
    updatedAt: at,
  });
  await catalogRepository.addSearchWords(
    tx,
    listingColumns(p, agency?.name ?? '', agency?.shortName ?? null).searchText,
  );
  await catalogRepository.insertVersion(tx, {
    id: versionId,
    procedureId,
    version: 1,
    status: 'PUBLISHED',
    document: { ...p, status: 'PUBLISHED' },
    changeNote,
    createdAt: at,
    createdBy: actorId,
    publishedAt: at,
    publishedBy: actorId,
  });
  return { procedureId, versionId };
}
