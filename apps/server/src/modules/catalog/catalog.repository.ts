import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { procedures, procedureVersions } from '../../db/schema';

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;

export interface SearchFilter {
  /** Query alternatives, already normalised (the query and its abbreviation expansions). */
  alternatives: string[];
  /** The normalised query itself, for the exact-code and whole-phrase ranks. */
  normalized: string;
  agencyIds?: string[] | undefined;
  field?: string | undefined;
  level?: string | undefined;
  onlineLevel?: string | undefined;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  code: string;
  name: string;
  field: string;
  level: string;
  online_level: string;
  deciding_agency_id: string;
  published_version_id: string;
  /** The first case's legal time (Duration), denormalised for lists. */
  legal_time: { amount: number; unit: string } | null;
  total: number;
}

/** A row of the administrators' list: the procedure with the numbers of its published and draft versions. */
export interface AdminListRow {
  code: string;
  name: string;
  field: string;
  level: string;
  status: string;
  deciding_agency_id: string;
  published_version: number | null;
  draft_version: number | null;
  updated_at: Date | string;
}

/** A procedure with the document of its current version: the published one, or the draft when never published. */
export interface CurrentDocumentRow {
  id: string;
  code: string;
  status: string;
  published_version_id: string | null;
  draft_version_id: string | null;
  current_version: number;
  draft_version: number | null;
  document: unknown;
}

export const catalogRepository = {
  async findByCode(ex: Executor, code: string): Promise<ProcedureRow | undefined> {
    const [row] = await ex.select().from(procedures).where(eq(procedures.code, code)).limit(1);
    return row;
  },

  async findVersion(ex: Executor, id: string): Promise<ProcedureVersionRow | undefined> {
    const [row] = await ex.select().from(procedureVersions).where(eq(procedureVersions.id, id)).limit(1);
    return row;
  },

  /** The procedure row, locked until the transaction ends (edits of one procedure are serialised). */
  async lockByCode(ex: Executor, code: string): Promise<ProcedureRow | undefined> {
    const [row] = await ex.select().from(procedures).where(eq(procedures.code, code)).for('update').limit(1);
    return row;
  },

  async findVersionByNumber(
    ex: Executor,
    procedureId: string,
    version: number,
  ): Promise<ProcedureVersionRow | undefined> {
    const [row] = await ex
      .select()
      .from(procedureVersions)
      .where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)))
      .limit(1);
    return row;
  },

  async deleteVersion(ex: Executor, id: string): Promise<void> {
    await ex.delete(procedureVersions).where(eq(procedureVersions.id, id));
  },

  async deleteProcedure(ex: Executor, id: string): Promise<void> {
    await ex.delete(procedures).where(eq(procedures.id, id));
  },

  /**
   * Every procedure, any status, for the administrators' list. `words` (normalised) must all occur in the search
   * text, which holds the code, name, field and deciding agency.
   */
  async adminList(
    ex: Executor,
    filter: { words: readonly string[]; status?: string | undefined },
  ): Promise<AdminListRow[]> {
    const conditions: SQL[] = [sql`true`];
    if (filter.status) conditions.push(sql`p.status = ${filter.status}`);
    for (const w of filter.words) conditions.push(sql`p.search_text like ${`%${w}%`}`);
    return queryRows<AdminListRow>(
      ex,
      sql`select p.code, p.name, p.field, p.level, p.status, p.deciding_agency_id, p.updated_at,
                 pv.version as published_version, dv.version as draft_version
          from procedures p
          left join procedure_versions pv on pv.id = p.published_version_id
          left join procedure_versions dv on dv.id = p.draft_version_id
          where ${and(...conditions)!}
          order by p.name_sort, p.code`,
    );
  },

  /**
   * The procedures with these codes (all when `codes` is undefined) and the document of their current version,
   * optionally filtered by status and locked for the transaction (an import applying changes).
   */
  async currentDocuments(
    ex: Executor,
    options: { codes?: readonly string[]; status?: string | undefined; lock?: boolean },
  ): Promise<CurrentDocumentRow[]> {
    const conditions: SQL[] = [sql`true`];
    if (options.codes) {
      if (options.codes.length === 0) return [];
      conditions.push(
        sql`p.code in (${sql.join(
          options.codes.map((c) => sql`${c}`),
          sql`, `,
        )})`,
      );
    }
    if (options.status) conditions.push(sql`p.status = ${options.status}`);
    return queryRows<CurrentDocumentRow>(
      ex,
      sql`select p.id, p.code, p.status, p.published_version_id, p.draft_version_id,
                 v.version as current_version, dv.version as draft_version, v.document
          from procedures p
          join procedure_versions v on v.id = coalesce(p.published_version_id, p.draft_version_id)
          left join procedure_versions dv on dv.id = p.draft_version_id
          where ${and(...conditions)!}
          order by p.code
          ${options.lock ? sql`for update of p` : sql``}`,
    );
  },

  async listVersions(ex: Executor, procedureId: string): Promise<ProcedureVersionRow[]> {
    return ex
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, procedureId))
      .orderBy(desc(procedureVersions.version));
  },

  async insertProcedure(ex: Executor, row: typeof procedures.$inferInsert): Promise<void> {
    await ex.insert(procedures).values(row);
  },

  async updateProcedure(ex: Executor, id: string, patch: Partial<typeof procedures.$inferInsert>): Promise<void> {
    await ex.update(procedures).set(patch).where(eq(procedures.id, id));
  },

  async insertVersion(ex: Executor, row: typeof procedureVersions.$inferInsert): Promise<void> {
    await ex.insert(procedureVersions).values(row);
  },

  async updateVersion(ex: Executor, id: string, patch: Partial<typeof procedureVersions.$inferInsert>): Promise<void> {
    await ex.update(procedureVersions).set(patch).where(eq(procedureVersions.id, id));
  },

  async nextVersionNumber(ex: Executor, procedureId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      ex,
      sql`select coalesce(max(version), 0)::int + 1 as n from procedure_versions where procedure_id = ${procedureId}`,
    );
    return row?.n ?? 1;
  },

  async countProcedures(ex: Executor): Promise<number> {
    const [row] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from procedures`);
    return row?.n ?? 0;
  },

  /** Every procedure for the admin list (any status). */
  async listAll(ex: Executor): Promise<ProcedureRow[]> {
    return ex.select().from(procedures).orderBy(asc(procedures.nameSort));
  },

  /**
   * Published procedures matching the query. Ranks: the exact code, a code prefix, the whole phrase, every
   * word; then trigram word similarity (typos), then name. An empty alternative list lists everything.
   */
  async search(ex: Executor, f: SearchFilter): Promise<SearchHit[]> {
    const conditions: SQL[] = [sql`p.status = 'PUBLISHED'`];
    if (f.agencyIds?.length)
      conditions.push(
        sql`p.deciding_agency_id in (${sql.join(
          f.agencyIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      );
    if (f.field) conditions.push(sql`p.field = ${f.field}`);
    if (f.level) conditions.push(sql`p.level = ${f.level}`);
    if (f.onlineLevel) conditions.push(sql`p.online_level = ${f.onlineLevel}`);
    const where = and(...conditions)!;

    if (f.alternatives.length === 0) {
      return queryRows<SearchHit>(
        ex,
        sql`select p.id, p.code, p.name, p.field, p.level, p.online_level, p.deciding_agency_id, p.published_version_id,
                   p.legal_time, count(*) over ()::int as total
            from procedures p where ${where}
            order by p.name_sort limit ${f.limit} offset ${f.offset}`,
      );
    }
    // One condition per alternative, OR-ed: every word of the alternative occurs in the text. Ranked by the
    // exact code, a code prefix, the whole phrase, then the shortest (closest) text, then the name.
    const perAlternative = f.alternatives.map((alt) =>
      and(...alt.split(' ').map((w) => sql`p.search_text like ${`%${w}%`}`))!,
    );
    const phraseRank = sql.join(
      f.alternatives.map((alt) => sql`when p.search_text like ${`%${alt}%`} then 20`),
      sql` `,
    );
    return queryRows<SearchHit>(
      ex,
      sql`select p.id, p.code, p.name, p.field, p.level, p.online_level, p.deciding_agency_id, p.published_version_id,
                 p.legal_time, count(*) over ()::int as total
          from procedures p
          where ${where} and (${sql.join(perAlternative, sql` or `)})
          order by case when p.code = ${f.normalized} then 100
                        when p.code like ${`${f.normalized}%`} then 50
                        ${phraseRank}
                        else 0 end desc,
                   length(p.search_text),
                   p.name_sort
          limit ${f.limit} offset ${f.offset}`,
    );
  },

  /** Add the words of a search text to the vocabulary. */
  async addSearchWords(ex: Executor, text: string): Promise<void> {
    const words = [...new Set(text.split(' ').filter((w) => w.length >= 2))];
    if (words.length === 0) return;
    await ex.execute(
      sql`insert into procedure_search_words (word) select unnest(array[${sql.join(
        words.map((w) => sql`${w}::text`),
        sql`, `,
      )}]) on conflict do nothing`,
    );
  },

  /**
   * The closest known word to each unknown query word (pg_trgm similarity over the vocabulary), so a typo
   * ("phapp") becomes a word the catalog uses ("phap"). Known words come back unchanged.
   */
  async correctWords(ex: Executor, words: readonly string[]): Promise<string[]> {
    const corrected: string[] = [];
    for (const w of words) {
      const rows = await queryRows<{ word: string }>(
        ex,
        sql`select word from procedure_search_words where word = ${w}
            union all
            (select word from procedure_search_words where word % ${w} order by similarity(word, ${w}) desc, word limit 1)
            limit 1`,
      );
      corrected.push(rows[0]?.word ?? w);
    }
    return corrected;
  },

  async listFields(ex: Executor): Promise<string[]> {
    const rows = await queryRows<{ field: string }>(
      ex,
      sql`select distinct field from procedures where status = 'PUBLISHED' order by field`,
    );
    return rows.map((r) => r.field);
  },
};
