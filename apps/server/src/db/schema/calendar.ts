import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * The working calendar as data: per year, the weekdays that are not worked and the weekend days that are,
 * each with its reason and source. Seeded from the official notices 2019–2026; an administrator adds or
 * confirms years (every change audited). Years without a row are computed as drafts from the Labour Code.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  status: text('status').notNull(),
  basis: text('basis').notNull(),
  entries: jsonb('entries').notNull(),
  updatedAt: timestamptz('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
});

/** Deadline and draft-year settings for the rules rules.md marks unverified (docs/calendar-rules.md). */
export const calendarSettings = pgTable('calendar_settings', {
  id: text('id').primaryKey(),
  deadline: jsonb('deadline').notNull(),
  draft: jsonb('draft').notNull(),
  updatedAt: timestamptz('updated_at').notNull(),
});
