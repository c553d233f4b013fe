import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * Agencies (cơ quan, đơn vị) as a tree. Validity dates let a reorganisation (the 2025 mergers) be recorded
 * without rewriting history: an old agency gets `valid_to`, its successors are linked in agency_successions,
 * and dossiers keep pointing at the agency that existed when they were received.
 */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Electronic identifier (mã định danh, QĐ 20/2020/QĐ-TTg), e.g. 000.00.00.H26. */
    code: text('code').notNull(),
    /** True when the code is a placeholder for demos, not the officially assigned one. */
    codeIsDemo: boolean('code_is_demo').notNull().default(false),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    /** Statistical (GSO) code for administrative units: districts and communes. */
    gsoCode: text('gso_code'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('agencies_code_valid_from_uq').on(t.code, t.validFrom).nullsNotDistinct(),
    index('agencies_parent_idx').on(t.parentId),
    check(
      'agencies_validity_ck',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/** Which agencies took over from which, and when (mergers, splits, transfers of functions). */
export const agencySuccessions = pgTable(
  'agency_successions',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => agencies.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => agencies.id),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] })],
);

/** The service center (Trung tâm Phục vụ Hành chính công). One row per installation today; keyed for more. */
export const centers = pgTable('centers', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  name: text('name').notNull(),
  shortName: text('short_name'),
  parentBody: text('parent_body').notNull(),
  address: text('address').notNull(),
  phone: text('phone'),
  email: text('email'),
  openedOn: date('opened_on', { mode: 'string' }),
  /** Place name printed before the date on documents ("Hải Dương, ngày … tháng … năm …"). */
  placeName: text('place_name').notNull(),
  /** Seasonal office hours (OfficeHoursSeason[] from contracts). */
  officeHours: jsonb('office_hours').notNull(),
  staffPerAgencyLimit: integer('staff_per_agency_limit').notNull().default(2),
  assignmentMaxMonths: integer('assignment_max_months').notNull().default(24),
  monthlyAllowanceVnd: integer('monthly_allowance_vnd').notNull().default(400_000),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const serviceAreas = pgTable(
  'service_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    floor: text('floor'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('service_areas_center_code_uq').on(t.centerId, t.code)],
);

/** Counters (quầy) on the floor; a counter usually serves one agency's procedures. */
export const counters = pgTable(
  'counters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    serviceAreaId: uuid('service_area_id')
      .notNull()
      .references(() => serviceAreas.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('counters_center_number_uq').on(t.centerId, t.number)],
);
