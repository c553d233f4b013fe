import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { agencies } from './org';

/**
 * A procedure's identity and, denormalised from its published version, what lists and search need.
 * The full procedure lives in `procedure_versions.document`; a published version is never changed.
 */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey(),
    /** National code (1.001193). */
    code: text('code').notNull(),
    /** DRAFT (never published), PUBLISHED, SUSPENDED. */
    status: text('status').notNull(),
    publishedVersionId: uuid('published_version_id'),
    draftVersionId: uuid('draft_version_id'),
    name: text('name').notNull(),
    field: text('field').notNull(),
    level: text('level').notNull(),
    decidingAgencyId: uuid('deciding_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** ONLINE_FULL, ONLINE_PARTIAL or NONE: the best online channel. */
    onlineLevel: text('online_level').notNull(),
    /** The first case's legal time, for lists. */
    legalTime: jsonb('legal_time'),
    /** Normalised (no diacritics, lower case) code, name, field, agency: what search matches. */
    searchText: text('search_text').notNull(),
    nameSort: text('name_sort').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('procedures_code_uq').on(t.code),
    index('procedures_status_name_idx').on(t.status, t.nameSort),
    index('procedures_agency_idx').on(t.decidingAgencyId),
    index('procedures_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    /** DRAFT (being edited), PUBLISHED (in force), SUPERSEDED (an older published version). */
    status: text('status').notNull(),
    /** The Procedure (modules/catalog/procedure.ts) with agencies as ids. */
    document: jsonb('document').notNull(),
    changeNote: text('change_note'),
    createdAt: timestamptz('created_at').notNull(),
    createdBy: uuid('created_by'),
    publishedAt: timestamptz('published_at'),
    publishedBy: uuid('published_by'),
  },
  (t) => [uniqueIndex('procedure_versions_number_uq').on(t.procedureId, t.version)],
);

/** Every word of the procedures' search texts: the vocabulary that corrects typos in queries (pg_trgm). */
export const procedureSearchWords = pgTable('procedure_search_words', { word: text('word').primaryKey() }, (t) => [
  index('procedure_search_words_trgm').using('gin', sql`${t.word} gin_trgm_ops`),
]);
