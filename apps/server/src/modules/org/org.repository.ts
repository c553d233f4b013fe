import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { agencies, agencySuccessions, centers, counters, serviceAreas } from '../../db/schema';
import type { PlainDate } from '../../platform/time';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgencyRow = typeof agencies.$inferInsert;
export type CenterRow = typeof centers.$inferSelect;
export type ServiceAreaRow = typeof serviceAreas.$inferSelect;
export type CounterRow = typeof counters.$inferSelect;

export const orgRepository = {
  // Center ------------------------------------------------------------------------------------------------

  async findCenter(ex: Executor): Promise<CenterRow | undefined> {
    const rows = await ex.select().from(centers).orderBy(asc(centers.name)).limit(1);
    return rows[0];
  },

  async insertCenter(ex: Executor, row: typeof centers.$inferInsert): Promise<CenterRow> {
    const [created] = await ex.insert(centers).values(row).returning();
    return created!;
  },

  async updateCenter(ex: Executor, id: string, patch: Partial<typeof centers.$inferInsert>): Promise<void> {
    await ex.update(centers).set(patch).where(eq(centers.id, id));
  },

  // Agencies ----------------------------------------------------------------------------------------------

  async listAgencies(ex: Executor, asOf: PlainDate | 'all'): Promise<AgencyRow[]> {
    const validOn =
      asOf === 'all'
        ? undefined
        : and(
            or(isNull(agencies.validFrom), lte(agencies.validFrom, asOf)),
            or(isNull(agencies.validTo), gte(agencies.validTo, asOf)),
          );
    return ex.select().from(agencies).where(validOn).orderBy(asc(agencies.sortOrder), asc(agencies.code));
  },

  async findAgency(ex: Executor, id: string): Promise<AgencyRow | undefined> {
    const rows = await ex.select().from(agencies).where(eq(agencies.id, id)).limit(1);
    return rows[0];
  },

  async findAgencyByCode(ex: Executor, code: string, asOf: PlainDate): Promise<AgencyRow | undefined> {
    const rows = await ex
      .select()
      .from(agencies)
      .where(
        and(
          eq(agencies.code, code),
          or(isNull(agencies.validFrom), lte(agencies.validFrom, asOf)),
          or(isNull(agencies.validTo), gte(agencies.validTo, asOf)),
        ),
      )
      .limit(1);
    return rows[0];
  },

  async findAgenciesByIds(ex: Executor, ids: readonly string[]): Promise<AgencyRow[]> {
    if (ids.length === 0) return [];
    return ex
      .select()
      .from(agencies)
      .where(inArray(agencies.id, [...ids]));
  },

  async insertAgency(ex: Executor, row: NewAgencyRow): Promise<AgencyRow> {
    const [created] = await ex.insert(agencies).values(row).returning();
    return created!;
  },

  async updateAgency(ex: Executor, id: string, patch: Partial<NewAgencyRow>): Promise<void> {
    await ex.update(agencies).set(patch).where(eq(agencies.id, id));
  },

  async parentMap(ex: Executor): Promise<Map<string, string | null>> {
    const rows = await ex.select({ id: agencies.id, parentId: agencies.parentId }).from(agencies);
    return new Map(rows.map((r) => [r.id, r.parentId]));
  },

  /** The agency and every agency below it in the tree. */
  async descendantIds(ex: Executor, agencyId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      ex,
      sql`
      with recursive tree(id) as (
        select id from agencies where id = ${agencyId}
        union
        select a.id from agencies a join tree t on a.parent_id = t.id
      )
      select id from tree`,
    );
    return rows.map((r) => r.id);
  },

  async listSuccessions(ex: Executor) {
    return ex.select().from(agencySuccessions);
  },

  async insertSuccession(ex: Executor, row: typeof agencySuccessions.$inferInsert): Promise<void> {
    await ex.insert(agencySuccessions).values(row).onConflictDoNothing();
  },

  // Service areas and counters -------------------------------------------------------------------------------

  async listServiceAreas(ex: Executor, centerId: string): Promise<ServiceAreaRow[]> {
    return ex
      .select()
      .from(serviceAreas)
      .where(eq(serviceAreas.centerId, centerId))
      .orderBy(asc(serviceAreas.sortOrder), asc(serviceAreas.code));
  },

  async findServiceArea(ex: Executor, id: string): Promise<ServiceAreaRow | undefined> {
    const rows = await ex.select().from(serviceAreas).where(eq(serviceAreas.id, id)).limit(1);
    return rows[0];
  },

  async insertServiceArea(ex: Executor, row: typeof serviceAreas.$inferInsert): Promise<ServiceAreaRow> {
    const [created] = await ex.insert(serviceAreas).values(row).returning();
    return created!;
  },

  async updateServiceArea(ex: Executor, id: string, patch: Partial<typeof serviceAreas.$inferInsert>) {
    await ex.update(serviceAreas).set(patch).where(eq(serviceAreas.id, id));
  },

  async listCounters(ex: Executor, centerId: string): Promise<CounterRow[]> {
    return ex.select().from(counters).where(eq(counters.centerId, centerId)).orderBy(asc(counters.number));
  },

  async findCounter(ex: Executor, id: string): Promise<CounterRow | undefined> {
    const rows = await ex.select().from(counters).where(eq(counters.id, id)).limit(1);
    return rows[0];
  },

  async insertCounter(ex: Executor, row: typeof counters.$inferInsert): Promise<CounterRow> {
    const [created] = await ex.insert(counters).values(row).returning();
    return created!;
  },

  async updateCounter(ex: Executor, id: string, patch: Partial<typeof counters.$inferInsert>) {
    await ex.update(counters).set(patch).where(eq(counters.id, id));
  },
};
