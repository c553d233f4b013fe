import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { calendarSettings, calendarYears } from '../../db/schema';
import type { CalendarYear } from './calendar-year';
import type { DeadlineSettings, DraftYearSettings } from './calendar-settings';

export interface StoredCalendarYear extends CalendarYear {
  updatedAt: Date;
}

const SETTINGS_ID = 'default';

export const calendarRepository = {
  async listYears(ex: Executor): Promise<StoredCalendarYear[]> {
    const rows = await ex.select().from(calendarYears).orderBy(asc(calendarYears.year));
    return rows.map((r) => ({
      year: r.year,
      status: r.status as CalendarYear['status'],
      basis: r.basis,
      entries: r.entries as CalendarYear['entries'],
      updatedAt: r.updatedAt,
    }));
  },

  async countYears(ex: Executor): Promise<number> {
    return (await ex.select({ year: calendarYears.year }).from(calendarYears)).length;
  },

  async upsertYear(ex: Executor, year: CalendarYear, at: Date, by: string | null): Promise<void> {
    const values = {
      year: year.year,
      status: year.status,
      basis: year.basis,
      entries: year.entries,
      updatedAt: at,
      updatedBy: by,
    };
    await ex.insert(calendarYears).values(values).onConflictDoUpdate({ target: calendarYears.year, set: values });
  },

  async findSettings(
    ex: Executor,
  ): Promise<{ deadline: Partial<DeadlineSettings>; draft: Partial<DraftYearSettings> } | undefined> {
    const [row] = await ex.select().from(calendarSettings).where(eq(calendarSettings.id, SETTINGS_ID)).limit(1);
    return row
      ? { deadline: row.deadline as Partial<DeadlineSettings>, draft: row.draft as Partial<DraftYearSettings> }
      : undefined;
  },

  async saveSettings(ex: Executor, deadline: DeadlineSettings, draft: DraftYearSettings, at: Date): Promise<void> {
    const values = { id: SETTINGS_ID, deadline, draft, updatedAt: at };
    await ex.insert(calendarSettings).values(values).onConflictDoUpdate({ target: calendarSettings.id, set: values });
  },
};
