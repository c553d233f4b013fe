import { describe, expect, it } from 'vitest';
import type { Role } from '@mot-cua/contracts';
import { haiDuongOfficeHours } from '../../db/seed/haiduong-org';
import type { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/request-context';
import { permissionsOf } from '../auth';
import { buildWorkingCalendar, DEFAULT_DEADLINE_SETTINGS, OFFICIAL_CALENDAR_YEARS } from '../calendar';
import { formatDossierCode, type Dossier, maskName, ruleSetFor } from './dossier';
import { deadlineRulesFrom } from './dossier-deadlines';
import { closingReason, pendingSupplementItems } from './dossier-timeline';
import {
  actionsByStatus,
  allowedActions,
  applicantCanResubmit,
  blankDossier,
  type DecideContext,
  decide,
  decideIntake,
  type DossierCommand,
  evolve,
} from './dossier-workflow';

/**
 * The dossier lifecycle, one rule per test, each named after its source (rules.md §4.3, rules-verified.md §1).
 * Given a state, when a command is decided at a time by an actor, then an event (or an error) follows.
 */
const CENTER = 'center';
const JUSTICE = 'justice';
const TAX = 'tax';
const rules = deadlineRulesFrom({
  calendar: buildWorkingCalendar({ years: [...OFFICIAL_CALENDAR_YEARS] }),
  officeHours: haiDuongOfficeHours,
  settings: DEFAULT_DEADLINE_SETTINGS,
});

const actor = (role: Role, agencyId: string, userId = `${role}-${agencyId}`): Actor => ({
  userId,
  username: userId,
  role,
  agencyId,
  scope: agencyId === CENTER ? 'ALL' : { agencyIds: [agencyId] },
  permissions: permissionsOf(role),
});
const reception = actor('RECEPTION_OFFICER', CENTER);
const specialist = actor('SPECIALIST', JUSTICE);
const leader = actor('AGENCY_LEADER', JUSTICE);
const clerk = actor('CLERK', JUSTICE);
const otherSpecialist = actor('SPECIALIST', 'construction');
const taxSpecialist = actor('SPECIALIST', TAX);

const at = (iso: string) => new Date(iso);
const ctx = (now: string, who: Actor): DecideContext => ({ now: at(now), actor: who, rules, centerAgencyId: CENTER });

/** A 10-working-day procedure of Sở Tư pháp: receive 0.5 → appraise 6 → (tax check 1.5) → approve 1 → issue 1. */
function blank(channel: Dossier['channel'] = 'IN_PERSON', withTax = false): Dossier {
  return blankDossier({
    id: 'd1',
    channel,
    resultDelivery: 'COUNTER',
    ruleSet: '2018',
    receivingAgencyId: CENTER,
    decidingAgencyId: JUSTICE,
    legalDuration: { amount: 10, unit: 'WORKING_DAY' },
    steps: [
      {
        name: 'Tiếp nhận',
        role: 'RECEPTION_OFFICER',
        agencyId: CENTER,
        duration: { amount: 0.5, unit: 'WORKING_DAY' },
      },
      {
        name: 'Thẩm định',
        role: 'SPECIALIST',
        agencyId: JUSTICE,
        duration: { amount: withTax ? 6 : 7.5, unit: 'WORKING_DAY' },
      },
      ...(withTax
        ? [
            {
              name: 'Xác định nghĩa vụ thuế',
              role: 'SPECIALIST' as const,
              agencyId: TAX,
              duration: { amount: 1.5, unit: 'WORKING_DAY' as const },
            },
          ]
        : []),
      { name: 'Phê duyệt', role: 'AGENCY_LEADER', agencyId: JUSTICE, duration: { amount: 1, unit: 'WORKING_DAY' } },
      { name: 'Phát hành', role: 'CLERK', agencyId: JUSTICE, duration: { amount: 1, unit: 'WORKING_DAY' } },
    ],
  });
}

/** The Vietnamese message of the AppError `fn` throws (what the officer reads). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as AppError).messageIn('vi');
  }
  return 'no error';
}

function run(state: Dossier, steps: [string, Actor, DossierCommand][]): Dossier {
  return steps.reduce((s, [now, who, command]) => evolve(s, decide(s, command, ctx(now, who))), state);
}

function received(now = '2023-10-27T02:32:00Z', withTax = false): Dossier {
  const b = blank('IN_PERSON', withTax);
  return evolve(b, decideIntake(b, { type: 'RECEIVE', code: '000.01.01.H26-231027-0001' }, ctx(now, reception)));
}

function inProcess(withTax = false) {
  return run(received('2023-10-27T02:32:00Z', withTax), [['2023-10-27T03:00:00Z', reception, { type: 'TRANSFER' }]]);
}

describe('the status × action table', () => {
  it('lists no action for the final states (REJECTED_AT_INTAKE, WITHDRAWN, STOPPED, RETURNED)', () => {
    for (const status of ['REJECTED_AT_INTAKE', 'WITHDRAWN', 'STOPPED', 'RETURNED'] as const) {
      expect(actionsByStatus[status]).toEqual([]);
    }
  });

  it('refuses an action the state does not allow with ACTION_NOT_ALLOWED', () => {
    expect(() =>
      decide(
        received(),
        { type: 'RETURN_RESULT', deliveredBy: 'COUNTER', receivedBy: 'Nguyễn Văn A', signed: true },
        ctx('2023-10-27T04:00:00Z', reception),
      ),
    ).toThrow(expect.objectContaining({ code: 'ACTION_NOT_ALLOWED' }));
  });
});

describe('intake (Decree 61/2018 Art 16–17, Circular 01/2018 Art 19)', () => {
  it('Decree 61 Art 16: T1 an online submission waits for the desk, with no code and no clock', () => {
    const b = blank('ONLINE');
    const d = evolve(
      b,
      decideIntake(b, { type: 'SUBMIT_ONLINE' }, { ...ctx('2026-11-27T02:00:00Z', reception), actor: null }),
    );
    expect(d).toMatchObject({ status: 'SUBMITTED_ONLINE', code: null, due: null });
  });

  it('Decree 61 Art 17(1)(c), 17(3): T2 a complete dossier is received with its code, Form 01 and a due date', () => {
    const d = received();
    expect(d.status).toBe('RECEIVED');
    expect(d.code).toBe('000.01.01.H26-231027-0001');
    // Civil Code 2015 Art 147: Friday 27/10/2023 09:32 + 10 working days = Friday 10/11/2023.
    expect(d.due?.dueDate).toBe('2023-11-10');
    expect(d.originalDue).toEqual(d.due);
  });

  it('Circular 01/2018 Art 19: the code is <unit identifier>-YYMMDD-XXXX', () => {
    expect(formatDossierCode('000.01.01.H26', '2026-11-27', 7)).toBe('000.01.01.H26-261127-0007');
    expect(formatDossierCode('000.01.01.H26', '2026-11-27', 12345)).toBe('000.01.01.H26-261127-12345');
  });

  it('Decree 61 Art 15(3), 17(1)(a): T3 the supplement request at intake lists everything, and is given once', () => {
    const b = blank('ONLINE');
    const submitted = evolve(
      b,
      decideIntake(b, { type: 'SUBMIT_ONLINE' }, { ...ctx('2026-11-27T02:00:00Z', reception), actor: null }),
    );
    const returned = run(submitted, [
      [
        '2026-11-27T03:00:00Z',
        reception,
        { type: 'RETURN_FOR_COMPLETION', items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }] },
      ],
    ]);
    expect(returned.status).toBe('INTAKE_NEEDS_SUPPLEMENT');
    const resubmitted = run(returned, [['2026-11-30T02:00:00Z', reception, { type: 'RESUBMIT' }]]);
    expect(
      refusal(() =>
        decide(
          resubmitted,
          { type: 'RETURN_FOR_COMPLETION', items: [{ name: 'Bản sao', reason: 'Mờ' }] },
          ctx('2026-11-30T03:00:00Z', reception),
        ),
      ),
    ).toMatch(/một lần/);
    expect(
      refusal(() =>
        decide(submitted, { type: 'RETURN_FOR_COMPLETION', items: [] }, ctx('2026-11-27T03:00:00Z', reception)),
      ),
    ).toMatch(/liệt kê đầy đủ/);
  });

  it('Decree 61 Art 16(2)(b): the online applicant reads what to complete, and may send the dossier again once', () => {
    const online = blank('ONLINE');
    const submitted = evolve(
      online,
      decideIntake(online, { type: 'SUBMIT_ONLINE' }, { ...ctx('2026-11-27T02:00:00Z', reception), actor: null }),
    );
    const items = [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }];
    const request = decide(submitted, { type: 'RETURN_FOR_COMPLETION', items }, ctx('2026-11-27T03:00:00Z', reception));
    const returned = evolve(submitted, request);
    expect(pendingSupplementItems(returned, [request])).toEqual(items);
    expect(applicantCanResubmit(returned)).toBe(true);
    expect(applicantCanResubmit(submitted)).toBe(false);
    // Sent again: nothing is pending any more.
    const resubmitted = run(returned, [['2026-11-30T02:00:00Z', reception, { type: 'RESUBMIT' }]]);
    expect(pendingSupplementItems(resubmitted, [request])).toEqual([]);
    // A dossier received at the counter is completed at the counter, not on the portal.
    const atCounter = { ...returned, channel: 'IN_PERSON' as const };
    expect(applicantCanResubmit(atCounter)).toBe(false);
    expect(refusal(() => decide(atCounter, { type: 'RESUBMIT' }, ctx('2026-11-30T02:00:00Z', reception)))).toMatch(
      /trực tuyến/,
    );
  });

  it('Decree 61 Art 17(1)(b): T4 a refusal at intake gives the reason (Form 03) and ends the dossier', () => {
    const b = blank('ONLINE');
    const submitted = evolve(
      b,
      decideIntake(b, { type: 'SUBMIT_ONLINE' }, { ...ctx('2026-11-27T02:00:00Z', reception), actor: null }),
    );
    const event = decide(
      submitted,
      { type: 'REFUSE', reason: 'Không thuộc thẩm quyền giải quyết' },
      ctx('2026-11-27T03:00:00Z', reception),
    );
    expect(event).toMatchObject({ type: 'REFUSED', atIntake: true, form: 'REFUSAL' });
    expect(evolve(submitted, event).status).toBe('REJECTED_AT_INTAKE');
    // The applicant reads the reason on the portal.
    expect(closingReason(evolve(submitted, event), [event])).toBe('Không thuộc thẩm quyền giải quyết');
    expect(closingReason(submitted, [event])).toBeNull();
  });

  it('only reception officers receive dossiers at the counter', () => {
    const b = blank();
    expect(() => decideIntake(b, { type: 'RECEIVE', code: 'x' }, ctx('2026-11-27T02:00:00Z', specialist))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('Decree 118/2025 (in force 01/07/2025): the rule set follows the reception date, with a configurable cut-over', () => {
    expect(ruleSetFor('2025-06-30')).toBe('2018');
    expect(ruleSetFor('2025-07-01')).toBe('2025');
    expect(ruleSetFor('2025-07-01', '2025-09-15')).toBe('2018');
  });
});

describe('processing (Decree 61/2018 Art 18–19)', () => {
  it('Decree 61 Art 18: T6 the transfer is a Form 05 hand-over row from the center to the deciding agency', () => {
    const d = received();
    const event = decide(d, { type: 'TRANSFER' }, ctx('2023-10-27T03:00:00Z', reception));
    expect(event.handover).toMatchObject({ fromAgencyId: CENTER, toAgencyId: JUSTICE });
    const next = evolve(d, event);
    expect(next.status).toBe('IN_PROCESS');
    expect(next.steps[0]!.completedAt).not.toBeNull();
    expect(next.currentStep).toBe(1);
    expect(next.steps[1]!.dueAt).not.toBeNull();
  });

  it('Decree 61 Art 19(1): the head assigns a specialist of the agency; someone of another agency cannot be assigned', () => {
    const d = inProcess();
    const assigned = run(d, [
      [
        '2023-10-27T04:00:00Z',
        leader,
        {
          type: 'ASSIGN',
          assignee: { userId: specialist.userId, agencyId: JUSTICE, role: 'SPECIALIST', name: 'Phạm Minh Đức' },
        },
      ],
    ]);
    expect(assigned.steps[1]!.assigneeId).toBe(specialist.userId);
    expect(
      refusal(() =>
        decide(
          d,
          { type: 'ASSIGN', assignee: { userId: 'x', agencyId: 'construction', role: 'SPECIALIST', name: 'X' } },
          ctx('2023-10-27T04:00:00Z', leader),
        ),
      ),
    ).toMatch(/thuộc cơ quan/);
  });

  it('a specialist of another department can neither see nor act on the dossier', () => {
    const d = inProcess();
    expect(
      allowedActions(d, otherSpecialist, { now: at('2023-10-27T04:00:00Z'), rules, centerAgencyId: CENTER }),
    ).toEqual([]);
    expect(() => decide(d, { type: 'CLAIM' }, ctx('2023-10-27T04:00:00Z', otherSpecialist))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('Circular 01/2018 indicator 2: each completed step is classified against its own due time', () => {
    const d = run(inProcess(), [
      ['2023-10-27T04:00:00Z', specialist, { type: 'CLAIM' }],
      ['2023-10-30T04:00:00Z', specialist, { type: 'COMPLETE_STEP' }],
    ]);
    expect(d.steps[1]!.outcome).toBe('EARLY');
    expect(d.currentStep).toBe(2);
    expect(d.steps[2]!.role).toBe('AGENCY_LEADER');
  });

  it('Decree 61 Art 19(6): an inter-agency step hands the dossier to the coordinating agency and back (Form 05 rows)', () => {
    let d = inProcess(true);
    const toTax = decide(d, { type: 'COMPLETE_STEP' }, ctx('2023-10-30T04:00:00Z', specialist));
    expect(toTax.handover).toMatchObject({ fromAgencyId: JUSTICE, toAgencyId: TAX });
    d = evolve(d, toTax);
    const back = decide(d, { type: 'COMPLETE_STEP' }, ctx('2023-10-31T04:00:00Z', taxSpecialist));
    expect(back.handover).toMatchObject({ fromAgencyId: TAX, toAgencyId: JUSTICE });
  });

  it('Decree 61 Art 19(4): T7/T8 a supplement goes through the center, and a complete supplement restarts the clock from zero', () => {
    const d = run(inProcess(), [
      [
        '2023-10-30T04:00:00Z',
        specialist,
        { type: 'REQUEST_SUPPLEMENT', items: [{ name: 'Bản sao giấy khai sinh', reason: 'Chưa chứng thực' }] },
      ],
    ]);
    expect(d.status).toBe('SUPPLEMENT_REQUESTED');
    const restarted = run(d, [['2023-11-06T02:00:00Z', reception, { type: 'RECEIVE_SUPPLEMENT' }]]);
    expect(restarted.status).toBe('IN_PROCESS');
    // Monday 06/11/2023 + 10 working days = Monday 20/11/2023; the statistics follow the new date.
    expect(restarted.due?.dueDate).toBe('2023-11-20');
    expect(restarted.originalDue?.dueDate).toBe('2023-11-20');
  });

  it('Decree 61 Art 19(4): a supplement notice later than 3 working days after reception is recorded as late', () => {
    const event = decide(
      inProcess(),
      { type: 'REQUEST_SUPPLEMENT', items: [{ name: 'Tờ khai', reason: 'Sai mẫu' }] },
      ctx('2023-11-03T04:00:00Z', specialist),
    );
    expect(event).toMatchObject({ type: 'SUPPLEMENT_REQUESTED', noticeLate: true });
  });

  it('rules.md R6: waiting for a financial obligation pauses the clock; the due date moves by the paused working days', () => {
    const d = run(inProcess(), [
      [
        '2023-10-30T02:00:00Z',
        specialist,
        { type: 'REQUEST_PAYMENT', description: 'Lệ phí trước bạ', amountVnd: 500_000 },
      ],
    ]);
    expect(d.status).toBe('AWAITING_FINANCIAL_OBLIGATION');
    const resumed = run(d, [['2023-11-01T02:00:00Z', reception, { type: 'CONFIRM_PAYMENT', receiptNumber: 'BL-001' }]]);
    // Paused Mon 30/10 → Wed 01/11: two working days later than 10/11/2023.
    expect(resumed.due?.dueDate).toBe('2023-11-14');
  });

  it('Decree 61 Art 19(9): T11 the apology (Form 04) comes at least one day before the due date, and only once', () => {
    const d = inProcess();
    expect(
      refusal(() =>
        decide(
          d,
          { type: 'APOLOGIZE', reason: 'Cần xác minh thêm', newDueDate: '2023-11-20' },
          ctx('2023-11-10T02:00:00Z', leader),
        ),
      ),
    ).toMatch(/01 ngày trước/);
    const apologized = run(d, [
      ['2023-11-08T02:00:00Z', leader, { type: 'APOLOGIZE', reason: 'Cần xác minh thêm', newDueDate: '2023-11-20' }],
    ]);
    expect(apologized.due?.dueDate).toBe('2023-11-20');
    // The original due date stays the basis of the statistics (rules.md §4.3).
    expect(apologized.originalDue?.dueDate).toBe('2023-11-10');
    expect(
      refusal(() =>
        decide(
          apologized,
          { type: 'APOLOGIZE', reason: 'Lần hai', newDueDate: '2023-11-24' },
          ctx('2023-11-09T02:00:00Z', leader),
        ),
      ),
    ).toMatch(/một lần/);
  });

  it('Decree 61 Art 19(9): the new date must be a later working day', () => {
    expect(
      refusal(() =>
        decide(
          inProcess(),
          { type: 'APOLOGIZE', reason: 'Cần xác minh thêm', newDueDate: '2023-11-11' },
          ctx('2023-11-01T02:00:00Z', leader),
        ),
      ),
    ).toMatch(/không phải ngày làm việc/);
  });

  it('Decree 61 Art 19(8): T9 a refusal after appraisal stops the dossier with a written reason', () => {
    const d = run(inProcess(), [
      ['2023-11-01T02:00:00Z', leader, { type: 'REFUSE', reason: 'Không đủ điều kiện cấp phiếu' }],
    ]);
    expect(d.status).toBe('STOPPED');
  });

  it('Circular 03/2025 Art 7: T9 a stop notice while no decision has been issued', () => {
    const event = decide(
      inProcess(),
      { type: 'STOP', reason: 'Người nộp đề nghị dừng', requestedByApplicant: true },
      ctx('2023-11-01T02:00:00Z', reception),
    );
    expect(event).toMatchObject({ type: 'STOPPED', form: 'STOP_NOTICE' });
  });

  it('rules.md T15: the applicant may withdraw before a result', () => {
    const d = run(received(), [['2023-10-30T02:00:00Z', reception, { type: 'WITHDRAW', reason: 'Đơn xin rút hồ sơ' }]]);
    expect(d.status).toBe('WITHDRAWN');
  });
});

describe('result and return (Decree 61/2018 Art 20, rules.md §4.4)', () => {
  const throughSteps = () =>
    run(inProcess(), [
      ['2023-10-30T02:00:00Z', specialist, { type: 'COMPLETE_STEP' }],
      ['2023-10-31T02:00:00Z', leader, { type: 'COMPLETE_STEP' }],
      ['2023-11-01T02:00:00Z', clerk, { type: 'COMPLETE_STEP' }],
    ]);

  it('T13: the clerk sends the result to the center; the outcome compares with the original due date', () => {
    const d = throughSteps();
    const ready = run(d, [['2023-11-01T03:00:00Z', clerk, { type: 'MARK_RESULT_READY' }]]);
    expect(ready).toMatchObject({ status: 'RESULT_READY', outcome: 'EARLY' });
  });

  it('T13: the result cannot go to the center while a step is open', () => {
    expect(
      refusal(() => decide(inProcess(), { type: 'MARK_RESULT_READY' }, ctx('2023-11-01T03:00:00Z', clerk))),
    ).toMatch(/chưa hoàn thành/);
  });

  it('rules.md §4.4: a result after the due date is LATE even after an apology', () => {
    const late = run(inProcess(), [
      ['2023-11-08T02:00:00Z', leader, { type: 'APOLOGIZE', reason: 'Xác minh', newDueDate: '2023-11-20' }],
      ['2023-11-13T02:00:00Z', specialist, { type: 'COMPLETE_STEP' }],
      ['2023-11-14T02:00:00Z', leader, { type: 'COMPLETE_STEP' }],
      ['2023-11-15T02:00:00Z', clerk, { type: 'COMPLETE_STEP' }],
      ['2023-11-15T03:00:00Z', clerk, { type: 'MARK_RESULT_READY' }],
    ]);
    expect(late.outcome).toBe('LATE');
  });

  it('T14 Form 06: the result is handed over with the receiver named and the signature recorded', () => {
    const done = run(throughSteps(), [
      ['2023-11-01T03:00:00Z', clerk, { type: 'MARK_RESULT_READY' }],
      [
        '2023-11-02T02:00:00Z',
        reception,
        { type: 'RETURN_RESULT', deliveredBy: 'COUNTER', receivedBy: 'Nguyễn Thị Lan', signed: true },
      ],
    ]);
    expect(done).toMatchObject({ status: 'RETURNED', closedAt: at('2023-11-02T02:00:00Z') });
    expect(done.steps.every((s) => s.completedAt !== null)).toBe(true);
  });
});

describe('allowedActions', () => {
  it('offers the reception officer the transfer of a received dossier, and the specialist nothing yet', () => {
    const d = received();
    const c = { now: at('2023-10-27T03:00:00Z'), rules, centerAgencyId: CENTER };
    expect(allowedActions(d, reception, c)).toEqual(expect.arrayContaining(['TRANSFER', 'WITHDRAW']));
    expect(allowedActions(d, specialist, c)).toEqual([]);
  });

  it('offers the specialist to claim the appraisal step once transferred', () => {
    expect(
      allowedActions(inProcess(), specialist, { now: at('2023-10-27T04:00:00Z'), rules, centerAgencyId: CENTER }),
    ).toContain('CLAIM');
  });
});

describe('masking', () => {
  it('keeps the family name and initials only', () => {
    expect(maskName('Nguyễn Thị Lan')).toBe('Nguyễn T. L.');
  });
});
