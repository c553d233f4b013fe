import type {
  CalendarEntry as CalendarEntryDto,
  CalendarSettingsDto,
  CalendarYearDto,
  DurationUnit,
  OfficeHoursSeason,
  SaveCalendarYearBody,
} from '@mot-cua/contracts';
import type { Database } from '../../db/client';
import type { Clock } from '../../platform/clock';
import { AppError, type Locale } from '../../platform/errors';
import type { RequestContext } from '../../platform/request-context';
import { type PlainDate, toVietnamIso } from '../../platform/time';
import { recordAudit } from '../audit';
import { orgQueries } from '../org';
import { type CalendarYear, assertValidCalendarYear } from './calendar-year';
import {
  type DeadlineSettings,
  type DraftYearSettings,
  deadlineSettings,
  draftYearSettings,
} from './calendar-settings';
import { computeDue } from './deadlines';
import { proposeDraftYear } from './draft-year';
import { lunarYearName, solarToLunar } from './lunar';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar';
import { calendarRepository } from './calendar.repository';
import { buildWorkingCalendar, type WorkingCalendar } from './working-calendar';

/** Everything a due-date computation needs, built once and reused until the calendar or settings change. */
export interface CalendarSnapshot {
  calendar: WorkingCalendar;
  officeHours: readonly OfficeHoursSeason[];
  settings: DeadlineSettings;
  draftSettings: DraftYearSettings;
  storedYears: ReadonlyMap<number, Date>;
}

/**
 * How long a snapshot is trusted. Edits in this process invalidate it at once; another server process sees
 * them within this time (documented in docs/calendar-rules.md).
 */
const SNAPSHOT_TTL_MS = 30_000;

const draftWarning = (year: number, locale: Locale = 'vi') =>
  locale === 'en'
    ? `${year} has no confirmed official holiday table: due dates are computed on a draft (Labour Code 2019 Art 111–112). ` +
      'An administrator must confirm it when the official notice is published.'
    : `Năm ${year} chưa có lịch nghỉ chính thức được xác nhận: hạn giải quyết đang được tính theo dự thảo ` +
      `(Bộ luật Lao động 2019 Điều 111, 112). Quản trị viên cần xác nhận khi có thông báo chính thức.`;

function entryDto(e: CalendarYear['entries'][number]): CalendarEntryDto {
  return { date: e.date, kind: e.kind, reason: e.reason, source: e.source, ...(e.pending ? { pending: true } : {}) };
}

/** What changed between two versions of a year, for the audit log. */
function diffEntries(before: CalendarYear, after: CalendarYear) {
  const map = (y: CalendarYear) =>
    new Map(y.entries.map((e) => [e.date, `${e.kind}|${e.reason}|${e.source}|${e.pending ? 1 : 0}`]));
  const a = map(before);
  const b = map(after);
  return {
    added: [...b.keys()].filter((d) => !a.has(d)),
    removed: [...a.keys()].filter((d) => !b.has(d)),
    changed: [...b.keys()].filter((d) => a.has(d) && a.get(d) !== b.get(d)),
    status: before.status === after.status ? undefined : { from: before.status, to: after.status },
  };
}

export function createCalendarService({ db, clock }: { db: Database; clock: Clock }) {
  let cached: { snapshot: CalendarSnapshot; at: number } | undefined;

  async function load(): Promise<CalendarSnapshot> {
    const [rows, stored, center] = await Promise.all([
      calendarRepository.listYears(db),
      calendarRepository.findSettings(db),
      orgQueries.center(db),
    ]);
    const draftSettings = draftYearSettings(stored?.draft);
    return {
      calendar: buildWorkingCalendar({ years: rows, draftSettings }),
      officeHours: (center?.officeHours as OfficeHoursSeason[] | undefined) ?? [],
      settings: deadlineSettings(stored?.deadline),
      draftSettings,
      storedYears: new Map(rows.map((r) => [r.year, r.updatedAt])),
    };
  }

  async function snapshot(): Promise<CalendarSnapshot> {
    const now = clock.now().getTime();
    if (!cached || now - cached.at > SNAPSHOT_TTL_MS || now < cached.at) {
      cached = { snapshot: await load(), at: now };
    }
    return cached.snapshot;
  }
  const invalidate = () => {
    cached = undefined;
  };

  function yearDto(s: CalendarSnapshot, year: number, locale: Locale = 'vi'): CalendarYearDto {
    const y = s.calendar.calendarYear(year);
    const updatedAt = s.storedYears.get(year);
    const hasPending = y.entries.some((e) => e.pending);
    const warning =
      y.status === 'draft'
        ? draftWarning(year, locale)
        : hasPending
          ? locale === 'en'
            ? `${year} has days awaiting confirmation: they are not counted as days off yet.`
            : `Năm ${year} có ngày đang chờ xác nhận (đánh dấu "chờ xác nhận"): chưa được tính là ngày nghỉ.`
          : null;
    return {
      year,
      status: y.status,
      basis: y.basis,
      stored: updatedAt !== undefined,
      entries: y.entries.map(entryDto),
      updatedAt: updatedAt ? toVietnamIso(updatedAt) : null,
      warning,
    };
  }

  return {
    snapshot,
    invalidate,

    /** GET /api/calendar/due: R0–R5 of rules.md §7.3 on the current calendar. */
    async due(receivedAt: Date, amount: number, unit: DurationUnit) {
      const s = await snapshot();
      const due = computeDue({
        receivedAt,
        amount,
        unit,
        calendar: s.calendar,
        officeHours: s.officeHours,
        settings: s.settings,
      });
      return {
        dueAt: toVietnamIso(due.dueAt),
        dueDate: due.dueDate,
        calendarStatus: due.calendarStatus,
        effectiveStart: toVietnamIso(due.effectiveStart),
      };
    },

    /** Working days from `from` to `to`, both included, and the exceptions in between. */
    async workingDays(from: PlainDate, to: PlainDate) {
      if (to < from) {
        throw new AppError('VALIDATION_FAILED', {
          message: { vi: 'Ngày "đến" phải không trước ngày "từ".', en: '"to" must not be before "from".' },
          details: { fields: [{ path: 'querystring.to', message: 'Trước ngày "từ"' }] },
        });
      }
      const { calendar } = await snapshot();
      const count = calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0);
      const details: CalendarEntryDto[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const e of calendar.yearEntries(year)) if (e.date >= from && e.date <= to) details.push(entryDto(e));
      }
      const counted = details.filter((d) => !d.pending);
      return {
        count,
        nonWorkingWeekdays: counted.filter((d) => d.kind === 'NON_WORKING_WEEKDAY').map((d) => d.date),
        workingWeekendDays: counted.filter((d) => d.kind === 'WORKING_WEEKEND').map((d) => d.date),
        details,
        calendarStatus: calendar.periodStatus(from, to),
      };
    },

    async year(year: number, locale: Locale = 'vi'): Promise<CalendarYearDto> {
      return yearDto(await snapshot(), year, locale);
    },

    /** Every year the calendar covers that has a stored table or a pending day, newest first. */
    async years(): Promise<{ year: number; status: 'official' | 'draft'; stored: boolean; pendingCount: number }[]> {
      const s = await snapshot();
      const current = Number(toVietnamIso(clock.now()).slice(0, 4));
      const years = new Set<number>([...s.storedYears.keys(), current, current + 1]);
      return [...years]
        .filter((y) => y >= s.calendar.fromYear && y <= s.calendar.toYear)
        .sort((a, b) => b - a)
        .map((year) => {
          const y = s.calendar.calendarYear(year);
          return {
            year,
            status: y.status,
            stored: s.storedYears.has(year),
            pendingCount: y.entries.filter((e) => e.pending).length,
          };
        });
    },

    async proposal(year: number): Promise<CalendarYearDto> {
      const s = await snapshot();
      const draft = proposeDraftYear(year, s.draftSettings);
      return {
        year,
        status: 'draft',
        basis: draft.basis,
        stored: false,
        entries: draft.entries.map(entryDto),
        updatedAt: null,
        warning: draftWarning(year),
      };
    },

    /** An administrator adds or changes a year; audited with what changed and why; used at once. */
    async saveYear(ctx: RequestContext, year: number, body: SaveCalendarYearBody): Promise<CalendarYearDto> {
      const s = await snapshot();
      s.calendar.checkDayNumber(s.calendar.dayOf(`${year}-01-01`));
      const next: CalendarYear = {
        year,
        status: body.status,
        basis: body.basis,
        entries: [...body.entries]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e) => ({ ...e, ...(e.pending ? { pending: true } : {}) })),
      };
      assertValidCalendarYear(next);
      const before = s.calendar.calendarYear(year);
      await db.transaction(async (tx) => {
        await calendarRepository.upsertYear(tx, next, clock.now(), ctx.actor?.userId ?? null);
        await recordAudit(tx, ctx, clock, {
          action: 'calendar.year.save',
          subjectType: 'calendar-year',
          subjectId: String(year),
          summary: { reason: body.reason, ...diffEntries(before, next) },
        });
      });
      invalidate();
      return yearDto(await snapshot(), year);
    },

    /** Confirm a year (draft or with pending days) as official: its entries, pending ones included, count. */
    async confirmYear(ctx: RequestContext, year: number, reason: string): Promise<CalendarYearDto> {
      const s = await snapshot();
      const before = s.calendar.calendarYear(year);
      const next: CalendarYear = {
        ...before,
        status: 'official',
        entries: before.entries.map(({ pending: _pending, ...e }) => e),
      };
      assertValidCalendarYear(next);
      await db.transaction(async (tx) => {
        await calendarRepository.upsertYear(tx, next, clock.now(), ctx.actor?.userId ?? null);
        await recordAudit(tx, ctx, clock, {
          action: 'calendar.year.confirm',
          subjectType: 'calendar-year',
          subjectId: String(year),
          summary: { reason, ...diffEntries(before, next) },
        });
      });
      invalidate();
      return yearDto(await snapshot(), year);
    },

    async settings(): Promise<CalendarSettingsDto> {
      const s = await snapshot();
      return { deadline: { ...s.settings }, draft: { ...s.draftSettings } };
    },

    async updateSettings(
      ctx: RequestContext,
      patch: { deadline?: Partial<DeadlineSettings>; draft?: Partial<DraftYearSettings>; reason: string },
    ): Promise<CalendarSettingsDto> {
      const s = await snapshot();
      const deadline = deadlineSettings({ ...s.settings, ...patch.deadline });
      const draft = draftYearSettings({ ...s.draftSettings, ...patch.draft });
      await db.transaction(async (tx) => {
        await calendarRepository.saveSettings(tx, deadline, draft, clock.now());
        await recordAudit(tx, ctx, clock, {
          action: 'calendar.settings.update',
          subjectType: 'calendar-settings',
          subjectId: 'default',
          summary: { reason: patch.reason, deadline: patch.deadline ?? {}, draft: patch.draft ?? {} },
        });
      });
      invalidate();
      return { deadline, draft };
    },

    lunar(date: PlainDate) {
      const l = solarToLunar(date);
      const name = lunarYearName(l.year);
      return {
        date,
        lunar: { year: l.year, month: l.month, day: l.day, leap: l.leap },
        yearName: name,
        label: `Ngày ${l.day} tháng ${l.month}${l.leap ? ' nhuận' : ''} năm ${name}`,
      };
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;

/** Stores the official tables 2019–2026 (and the 2027 draft) on first start. Reference data, all modes. */
export async function seedOfficialCalendar(db: Database, clock: Clock): Promise<void> {
  if ((await calendarRepository.countYears(db)) > 0) return;
  await db.transaction(async (tx) => {
    for (const year of OFFICIAL_CALENDAR_YEARS) await calendarRepository.upsertYear(tx, year, clock.now(), null);
  });
}
