import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { AppError } from '../../platform/errors';
import { civilFromDayNumber } from './day-number';

/**
 * Office hours as the due-date rules need them: the morning and afternoon sessions (minutes since local midnight)
 * in force on a given day. The season lookup is the one of `org.seasonOn` (the season with the latest start on or
 * before the day's month-day, wrapping to the last season of the year), precomputed for the 366 month-days so that
 * a lookup is one array read. Compiled sets are memoised per array, so pass the same array for the same center.
 */

export interface Sessions {
  morningStart: number;
  morningEnd: number;
  afternoonStart: number;
  afternoonEnd: number;
  /** Working minutes of the day (both sessions). */
  total: number;
}

export interface CompiledOfficeHours {
  sessionsOn(dayNumber: number): Sessions;
}

const minutes = (hhmm: string) => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

function invalid(vi: string, en: string, details: unknown): AppError {
  return new AppError('VALIDATION_FAILED', { message: { vi, en }, details });
}

const compiled = new WeakMap<readonly OfficeHoursSeason[], CompiledOfficeHours>();

export function compileOfficeHours(seasons: readonly OfficeHoursSeason[]): CompiledOfficeHours {
  const cached = compiled.get(seasons);
  if (cached) return cached;
  if (seasons.length === 0) {
    throw invalid(
      'Chưa cấu hình giờ làm việc của Trung tâm: cần ít nhất một mùa (giờ sáng, giờ chiều).',
      'Office hours are not configured: at least one season (morning and afternoon sessions) is needed.',
      { seasons },
    );
  }
  const sorted = [...seasons].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const sessions = sorted.map((s): Sessions => {
    const [ms, me, as, ae] = [s.morningStart, s.morningEnd, s.afternoonStart, s.afternoonEnd].map(minutes) as [
      number,
      number,
      number,
      number,
    ];
    if (!(ms < me && me <= as && as < ae)) {
      throw invalid(
        `Giờ làm việc mùa "${s.name}" không hợp lệ: cần giờ sáng bắt đầu < kết thúc ≤ giờ chiều bắt đầu < kết thúc (HH:mm).`,
        `Office hours of season "${s.name}" are not valid: morning start < end ≤ afternoon start < end (HH:mm).`,
        { season: s },
      );
    }
    return { morningStart: ms, morningEnd: me, afternoonStart: as, afternoonEnd: ae, total: me - ms + (ae - as) };
  });
  // byMonthDay[(month - 1) * 31 + day - 1] → sessions of the season in force.
  const byMonthDay = new Array<Sessions>(12 * 31);
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= 31; day++) {
      const key = `${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
      let index = sorted.length - 1;
      for (let i = 0; i < sorted.length; i++) if (sorted[i]!.startsOn <= key) index = i;
      byMonthDay[(month - 1) * 31 + day - 1] = sessions[index]!;
    }
  }
  const result: CompiledOfficeHours = {
    sessionsOn(dayNumber) {
      const { month, day } = civilFromDayNumber(dayNumber);
      return byMonthDay[(month - 1) * 31 + day - 1]!;
    },
  };
  compiled.set(seasons, result);
  return result;
}
