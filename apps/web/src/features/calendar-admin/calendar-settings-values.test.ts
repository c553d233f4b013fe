import type { CalendarSettingsDto } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { settingsPatch } from './calendar-settings-values';

const defaults: CalendarSettingsDto = {
  deadline: {
    offHoursReceipt: 'NEXT_WORKING_DAY',
    sameDayCutoff: '15:00',
    appointmentTime: 'OFFICE_CLOSE',
    transferCutoff: '15:00',
    supplementClock: 'RESTART',
    financialObligationPausesClock: true,
    apologyDeadline: 'WORKING_DAY_BEFORE',
    maxNewAppointments: 1,
    supplementNoticeWorkingDays: 3,
  },
  draft: { tetDaysBeforeNewYear: 2, nationalDayAdjacentDay: 'AUTO', cultureDayFromYear: null },
};

describe('settingsPatch', () => {
  it('sends only what changed', () => {
    const after: CalendarSettingsDto = {
      deadline: { ...defaults.deadline, sameDayCutoff: '16:00', financialObligationPausesClock: false },
      draft: { ...defaults.draft, cultureDayFromYear: 2027 },
    };
    expect(settingsPatch(defaults, after)).toEqual({
      deadline: { sameDayCutoff: '16:00', financialObligationPausesClock: false },
      draft: { cultureDayFromYear: 2027 },
    });
  });

  it('is empty when nothing changed, and can set a year back to none', () => {
    expect(settingsPatch(defaults, structuredClone(defaults))).toEqual({});
    const withYear = { ...defaults, draft: { ...defaults.draft, cultureDayFromYear: 2027 } };
    expect(settingsPatch(withYear, defaults)).toEqual({ draft: { cultureDayFromYear: null } });
  });
});
