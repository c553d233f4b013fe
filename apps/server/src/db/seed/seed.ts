import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../client';
import { agencies, agencySuccessions, appMeta, auditLog, centers, counters, serviceAreas, users } from '../schema';
import type { Clock } from '../../platform/clock';
import { hashPassword } from '../../modules/auth';
import { seedOfficialCalendar } from '../../modules/calendar';
import { haiDuongProcedures, insertPublishedProcedure, remapAgencies } from '../../modules/catalog';
import {
  type AgencySeed,
  DEMO_PASSWORD,
  demoCounters,
  demoServiceAreas,
  demoUsers,
  haiDuongAgencies,
  haiDuongCenter,
  haiDuongOfficeHours,
} from './haiduong-org';

/**
 * Seeding writes reference and demo rows straight into the tables (it is data, not a use case);
 * every seed step leaves an audit row so the log explains where the data came from.
 */

const ORG_MARKER = 'seed.org';
const DEMO_USERS_MARKER = 'seed.demo-users';
const DEMO_CATALOG_MARKER = 'seed.demo-catalog';

async function hasMarker(ex: Database | Transaction, key: string) {
  const rows = await ex.select().from(appMeta).where(eq(appMeta.key, key)).limit(1);
  return rows.length > 0;
}

async function insertAgencies(tx: Transaction, list: AgencySeed[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, a] of list.entries()) {
    const parentId = a.parentKey ? ids.get(a.parentKey) : null;
    if (a.parentKey && !parentId) throw new Error(`seed: parent ${a.parentKey} of ${a.key} comes later`);
    const [row] = await tx
      .insert(agencies)
      .values({
        code: a.code,
        codeIsDemo: a.codeIsDemo,
        name: a.name,
        shortName: a.shortName,
        kind: a.kind,
        parentId: parentId ?? null,
        gsoCode: a.gsoCode ?? null,
        validFrom: a.validFrom ?? null,
        validTo: a.validTo ?? null,
        sortOrder: (index + 1) * 10,
      })
      .returning({ id: agencies.id });
    ids.set(a.key, row!.id);
  }
  for (const a of list) {
    for (const successorKey of a.successorKeys ?? []) {
      await tx.insert(agencySuccessions).values({
        predecessorId: ids.get(a.key)!,
        successorId: ids.get(successorKey)!,
        effectiveOn: a.successionOn!,
      });
    }
  }
  return ids;
}

/** The center, its agencies, service areas and counters (no accounts). Idempotent. */
export async function seedOrganisation(db: Database, clock: Clock): Promise<Map<string, string>> {
  return db.transaction(async (tx) => {
    if (await hasMarker(tx, ORG_MARKER)) {
      const rows = await tx.select().from(appMeta).where(eq(appMeta.key, ORG_MARKER));
      return new Map(Object.entries((rows[0]!.value as { ids: Record<string, string> }).ids));
    }
    const ids = await insertAgencies(tx, haiDuongAgencies);
    const [center] = await tx
      .insert(centers)
      .values({ ...haiDuongCenter, agencyId: ids.get('trung-tam')!, officeHours: haiDuongOfficeHours })
      .returning({ id: centers.id });
    const areaIds = new Map<string, string>();
    for (const area of demoServiceAreas) {
      const [row] = await tx
        .insert(serviceAreas)
        .values({ ...area, centerId: center!.id })
        .returning({ id: serviceAreas.id });
      areaIds.set(area.code, row!.id);
    }
    for (const counter of demoCounters) {
      await tx.insert(counters).values({
        centerId: center!.id,
        serviceAreaId: areaIds.get(counter.areaCode)!,
        number: counter.number,
        name: counter.name,
        agencyId: counter.agencyKey ? ids.get(counter.agencyKey)! : null,
      });
    }
    const now = clock.now();
    await tx
      .insert(appMeta)
      .values({ key: ORG_MARKER, value: { ids: Object.fromEntries(ids), at: now.toISOString() } });
    await tx.insert(auditLog).values({
      occurredAt: now,
      action: 'seed.organisation',
      subjectType: 'center',
      subjectId: center!.id,
      requestId: 'seed',
      summary: { agencies: ids.size, counters: demoCounters.length },
    });
    return ids;
  });
}

/** Demo logins, all with the password demo1234. Only ever called in demo mode. Idempotent. */
export async function seedDemoUsers(db: Database, clock: Clock, agencyIds: Map<string, string>): Promise<void> {
  if (await hasMarker(db, DEMO_USERS_MARKER)) return;
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction(async (tx) => {
    for (const [i, u] of demoUsers.entries()) {
      await tx.insert(users).values({
        username: u.username,
        fullName: u.fullName,
        passwordHash: hashes[i]!,
        role: u.role,
        agencyId: agencyIds.get(u.agencyKey)!,
        homeAgencyId: u.homeAgencyKey ? agencyIds.get(u.homeAgencyKey)! : null,
        isDemo: true,
      });
    }
    const now = clock.now();
    await tx.insert(appMeta).values({ key: DEMO_USERS_MARKER, value: { at: now.toISOString() } });
    await tx.insert(auditLog).values({
      occurredAt: now,
      action: 'seed.demo-users',
      subjectType: 'user',
      requestId: 'seed',
      summary: { usernames: demoUsers.map((u) => u.username) },
    });
  });
}

/** National reference data every installation needs: the official working calendar. */
export async function seedReferenceData(db: Database, clock: Clock): Promise<void> {
  await seedOfficialCalendar(db, clock);
}

/** The Hải Dương procedures (demo values tagged E), published as version 1. Idempotent. */
export async function seedDemoCatalog(db: Database, clock: Clock, agencyIds: Map<string, string>): Promise<void> {
  if (await hasMarker(db, DEMO_CATALOG_MARKER)) return;
  const byId = new Map(
    haiDuongAgencies
      .filter((a) => agencyIds.has(a.key))
      .map((a) => [
        agencyIds.get(a.key)!,
        { id: agencyIds.get(a.key)!, code: a.code, name: a.name, shortName: a.shortName },
      ]),
  );
  await db.transaction(async (tx) => {
    const now = clock.now();
    for (const p of haiDuongProcedures) {
      const { procedure, unknown } = remapAgencies(p, (key) => agencyIds.get(key));
      if (unknown.length) throw new Error(`seed: procedure ${p.code} uses unknown agencies ${unknown.join(', ')}`);
      await insertPublishedProcedure(tx, procedure, now, null, byId);
    }
    await tx
      .insert(appMeta)
      .values({ key: DEMO_CATALOG_MARKER, value: { at: now.toISOString(), count: haiDuongProcedures.length } });
    await tx.insert(auditLog).values({
      occurredAt: now,
      action: 'seed.demo-catalog',
      subjectType: 'procedure',
      requestId: 'seed',
      summary: { procedures: haiDuongProcedures.length },
    });
  });
}

export async function seedDemo(db: Database, clock: Clock): Promise<void> {
  await seedReferenceData(db, clock);
  const ids = await seedOrganisation(db, clock);
  await seedDemoUsers(db, clock, ids);
  await seedDemoCatalog(db, clock, ids);
}

export { demoUsers, DEMO_PASSWORD };
