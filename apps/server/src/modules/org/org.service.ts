import type {
  Agency,
  Center,
  Counter,
  CreateAgencyBody,
  OfficeHoursSeason,
  ServiceArea,
  UpdateAgencyBody,
  UpdateCenterBody,
} from '@mot-cua/contracts';
import type { Database, Executor } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { isUniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import type { RequestContext } from '../../platform/request-context';
import { type PlainDate, toVietnamDate } from '../../platform/time';
import { recordAudit } from '../audit';
import { officeHoursProblems, wouldCreateCycle } from './org';
import { type AgencyRow, type CounterRow, orgRepository } from './org.repository';

export interface OrgServiceDeps {
  db: Database;
  clock: Clock;
}

function toAgency(row: AgencyRow, successorIds: string[]): Agency {
  return {
    id: row.id,
    code: row.code,
    codeIsDemo: row.codeIsDemo,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as Agency['kind'],
    parentId: row.parentId,
    gsoCode: row.gsoCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorIds,
    sortOrder: row.sortOrder,
    active: true,
  };
}

/** The fields that changed, for the audit summary. */
function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const previous = (before as Record<string, unknown>)[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = { from: previous, to: value };
  }
  return changes;
}

const notFound = (what: string) =>
  new AppError('NOT_FOUND', { message: { vi: `Không tìm thấy ${what}.`, en: `${what} not found.` } });

export function createOrgService({ db, clock }: OrgServiceDeps) {
  async function requireCenter(ex: Executor) {
    const center = await orgRepository.findCenter(ex);
    if (!center) throw notFound('trung tâm');
    return center;
  }

  async function centerDto(ex: Executor): Promise<Center> {
    const center = await requireCenter(ex);
    const agency = await orgRepository.findAgency(ex, center.agencyId);
    return {
      id: center.id,
      name: center.name,
      shortName: center.shortName,
      parentBody: center.parentBody,
      address: center.address,
      phone: center.phone,
      email: center.email,
      openedOn: center.openedOn,
      placeName: center.placeName,
      agency: { id: center.agencyId, code: agency?.code ?? '', name: agency?.name ?? '' },
      officeHours: center.officeHours as OfficeHoursSeason[],
      staffPerAgencyLimit: center.staffPerAgencyLimit,
      assignmentMaxMonths: center.assignmentMaxMonths,
      monthlyAllowanceVnd: center.monthlyAllowanceVnd,
    };
  }

  async function counterDtos(ex: Executor, rows: CounterRow[]): Promise<Counter[]> {
    const agencyRows = await orgRepository.findAgenciesByIds(ex, [
      ...new Set(rows.flatMap((r) => (r.agencyId ? [r.agencyId] : []))),
    ]);
    const byId = new Map(agencyRows.map((a) => [a.id, a]));
    return rows.map((r) => {
      const agency = r.agencyId ? byId.get(r.agencyId) : undefined;
      return {
        id: r.id,
        number: r.number,
        name: r.name,
        serviceAreaId: r.serviceAreaId,
        agency: agency ? { id: agency.id, code: agency.code, name: agency.name } : null,
        active: r.active,
      };
    });
  }

  async function checkParent(ex: Executor, agencyId: string | null, parentId: string | null | undefined) {
    if (!parentId) return;
    const parent = await orgRepository.findAgency(ex, parentId);
    if (!parent) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Cơ quan cấp trên không tồn tại.', en: 'The parent agency does not exist.' },
        details: { fields: [{ path: 'body.parentId', message: 'Không tồn tại' }] },
      });
    }
    if (agencyId) {
      const parents = await orgRepository.parentMap(ex);
      if (wouldCreateCycle(agencyId, parentId, (id) => parents.get(id))) {
        throw new AppError('BUSINESS_RULE_VIOLATED', {
          message: {
            vi: 'Không thể đặt một cơ quan làm cấp dưới của chính nó.',
            en: 'An agency cannot be placed under itself.',
          },
        });
      }
    }
  }

  const duplicateCode = (what: string, code: string | number) =>
    new AppError('ALREADY_EXISTS', {
      message: { vi: `${what} "${code}" đã tồn tại.`, en: `${what} "${code}" already exists.` },
    });

  return {
    getCenter: () => centerDto(db),

    async updateCenter(ctx: RequestContext, patch: UpdateCenterBody): Promise<Center> {
      if (patch.officeHours) {
        const problems = officeHoursProblems(patch.officeHours);
        if (problems.length) {
          throw new AppError('VALIDATION_FAILED', {
            message: { vi: problems.join('; '), en: 'The office hours are not consistent.' },
            details: { fields: problems.map((message) => ({ path: 'body.officeHours', message })) },
          });
        }
      }
      return db.transaction(async (tx) => {
        const center = await requireCenter(tx);
        const changes = changedFields(center, patch);
        await orgRepository.updateCenter(tx, center.id, { ...patch, updatedAt: clock.now() });
        await recordAudit(tx, ctx, clock, {
          action: 'center.update',
          subjectType: 'center',
          subjectId: center.id,
          summary: { changes },
        });
        return centerDto(tx);
      });
    },

    async listAgencies(asOf: PlainDate | 'all' | undefined): Promise<Agency[]> {
      const day = asOf ?? toVietnamDate(clock.now());
      const [rows, successions] = await Promise.all([
        orgRepository.listAgencies(db, day),
        orgRepository.listSuccessions(db),
      ]);
      return rows.map((row) =>
        toAgency(
          row,
          successions.filter((s) => s.predecessorId === row.id).map((s) => s.successorId),
        ),
      );
    },

    async createAgency(ctx: RequestContext, body: CreateAgencyBody): Promise<Agency> {
      return db.transaction(async (tx) => {
        await checkParent(tx, null, body.parentId);
        try {
          const row = await orgRepository.insertAgency(tx, {
            code: body.code,
            codeIsDemo: body.codeIsDemo,
            name: body.name,
            shortName: body.shortName ?? null,
            kind: body.kind,
            parentId: body.parentId ?? null,
            gsoCode: body.gsoCode ?? null,
            validFrom: body.validFrom ?? null,
            validTo: body.validTo ?? null,
            sortOrder: body.sortOrder ?? 0,
          });
          await recordAudit(tx, ctx, clock, {
            action: 'agency.create',
            subjectType: 'agency',
            subjectId: row.id,
            summary: { code: row.code, name: row.name, kind: row.kind },
          });
          return toAgency(row, []);
        } catch (error) {
          if (isUniqueViolation(error)) throw duplicateCode('Mã định danh', body.code);
          throw error;
        }
      });
    },

    async updateAgency(ctx: RequestContext, id: string, patch: UpdateAgencyBody): Promise<Agency> {
      return db.transaction(async (tx) => {
        const before = await orgRepository.findAgency(tx, id);
        if (!before) throw notFound('cơ quan');
        await checkParent(tx, id, patch.parentId);
        const validFrom = patch.validFrom === undefined ? before.validFrom : patch.validFrom;
        const validTo = patch.validTo === undefined ? before.validTo : patch.validTo;
        if (validFrom && validTo && validTo < validFrom) {
          throw new AppError('VALIDATION_FAILED', {
            message: {
              vi: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
              en: 'The end of validity must follow its start.',
            },
            details: { fields: [{ path: 'body.validTo', message: 'Trước ngày bắt đầu hiệu lực' }] },
          });
        }
        await orgRepository.updateAgency(tx, id, { ...patch, updatedAt: clock.now() });
        await recordAudit(tx, ctx, clock, {
          action: 'agency.update',
          subjectType: 'agency',
          subjectId: id,
          summary: { changes: changedFields(before, patch) },
        });
        const after = (await orgRepository.findAgency(tx, id))!;
        const successions = await orgRepository.listSuccessions(tx);
        return toAgency(
          after,
          successions.filter((s) => s.predecessorId === id).map((s) => s.successorId),
        );
      });
    },

    async listServiceAreas(): Promise<ServiceArea[]> {
      const center = await requireCenter(db);
      const rows = await orgRepository.listServiceAreas(db, center.id);
      return rows.map(({ centerId: _c, ...r }) => r);
    },

    async createServiceArea(
      ctx: RequestContext,
      body: { code: string; name: string; floor?: string | null | undefined; sortOrder?: number | undefined },
    ): Promise<ServiceArea> {
      return db.transaction(async (tx) => {
        const center = await requireCenter(tx);
        try {
          const row = await orgRepository.insertServiceArea(tx, {
            centerId: center.id,
            code: body.code,
            name: body.name,
            floor: body.floor ?? null,
            sortOrder: body.sortOrder ?? 0,
          });
          await recordAudit(tx, ctx, clock, {
            action: 'service-area.create',
            subjectType: 'service-area',
            subjectId: row.id,
            summary: { code: row.code, name: row.name },
          });
          const { centerId: _c, ...dto } = row;
          return dto;
        } catch (error) {
          if (isUniqueViolation(error)) throw duplicateCode('Khu vực', body.code);
          throw error;
        }
      });
    },

    async updateServiceArea(
      ctx: RequestContext,
      id: string,
      patch: {
        name?: string | undefined;
        floor?: string | null | undefined;
        sortOrder?: number | undefined;
        active?: boolean | undefined;
      },
    ): Promise<ServiceArea> {
      return db.transaction(async (tx) => {
        const before = await orgRepository.findServiceArea(tx, id);
        if (!before) throw notFound('khu vực');
        await orgRepository.updateServiceArea(tx, id, patch);
        await recordAudit(tx, ctx, clock, {
          action: 'service-area.update',
          subjectType: 'service-area',
          subjectId: id,
          summary: { changes: changedFields(before, patch) },
        });
        const { centerId: _c, ...dto } = (await orgRepository.findServiceArea(tx, id))!;
        return dto;
      });
    },

    async listCounters(): Promise<Counter[]> {
      const center = await requireCenter(db);
      return counterDtos(db, await orgRepository.listCounters(db, center.id));
    },

    async createCounter(
      ctx: RequestContext,
      body: { number: number; name: string; serviceAreaId: string; agencyId?: string | null | undefined },
    ): Promise<Counter> {
      return db.transaction(async (tx) => {
        const center = await requireCenter(tx);
        const area = await orgRepository.findServiceArea(tx, body.serviceAreaId);
        if (!area || area.centerId !== center.id) throw notFound('khu vực');
        if (body.agencyId && !(await orgRepository.findAgency(tx, body.agencyId))) throw notFound('cơ quan');
        try {
          const row = await orgRepository.insertCounter(tx, {
            centerId: center.id,
            serviceAreaId: body.serviceAreaId,
            number: body.number,
            name: body.name,
            agencyId: body.agencyId ?? null,
          });
          await recordAudit(tx, ctx, clock, {
            action: 'counter.create',
            subjectType: 'counter',
            subjectId: row.id,
            summary: { number: row.number, name: row.name },
          });
          return (await counterDtos(tx, [row]))[0]!;
        } catch (error) {
          if (isUniqueViolation(error)) throw duplicateCode('Quầy số', body.number);
          throw error;
        }
      });
    },

    async updateCounter(
      ctx: RequestContext,
      id: string,
      patch: {
        name?: string | undefined;
        serviceAreaId?: string | undefined;
        agencyId?: string | null | undefined;
        active?: boolean | undefined;
      },
    ): Promise<Counter> {
      return db.transaction(async (tx) => {
        const before = await orgRepository.findCounter(tx, id);
        if (!before) throw notFound('quầy');
        if (patch.serviceAreaId) {
          const area = await orgRepository.findServiceArea(tx, patch.serviceAreaId);
          if (!area || area.centerId !== before.centerId) throw notFound('khu vực');
        }
        if (patch.agencyId && !(await orgRepository.findAgency(tx, patch.agencyId))) throw notFound('cơ quan');
        await orgRepository.updateCounter(tx, id, patch);
        await recordAudit(tx, ctx, clock, {
          action: 'counter.update',
          subjectType: 'counter',
          subjectId: id,
          summary: { changes: changedFields(before, patch) },
        });
        return (await counterDtos(tx, [(await orgRepository.findCounter(tx, id))!]))[0]!;
      });
    },
  };
}
export type OrgService = ReturnType<typeof createOrgService>;
