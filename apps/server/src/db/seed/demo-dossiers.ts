import { DOSSIER_CHANNELS, type DossierChannel } from '@mot-cua/contracts';
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { appMeta } from '../schema';
import { createAuthService } from '../../modules/auth';
import { createCalendarService } from '../../modules/calendar';
import { haiDuongProcedures, procedureForIntake } from '../../modules/catalog';
import { createDossiersService } from '../../modules/dossiers';
import type { BlobStore } from '../../platform/blob-store';
import { fixedClock } from '../../platform/clock';
import type { Actor, RequestContext } from '../../platform/request-context';
import { toVietnamDate, vietnamInstant } from '../../platform/time';
import { demoUsers } from './haiduong-org';
import { createRandom, type Random, syntheticPerson } from './people';

/**
 * "A living center": demo dossiers received over the past months and today, each driven through the real
 * dossier service (the state machine, the calendar, the code counter, events, audit and outbox) by the demo
 * officers, with a simulated clock. Some are early, some late, some apologised for, some waiting for a
 * supplement or a payment, some withdrawn, stopped or refused — the states a real center has at any moment.
 * Deterministic for a seed.
 */
const MARKER = 'seed.demo-dossiers';
const DAY = 86_400_000;

interface Plan {
  code: string;
  decidingAgencyId: string;
  caseCode: string;
  channel: DossierChannel;
  documents: { checklistItemId: string; originals: number; copies: number }[];
  steps: { agencyId: string; role: string; amount: number }[];
  hasFees: boolean;
}

export async function seedDemoDossiers(
  db: Database,
  options: {
    now: Date;
    blobs: BlobStore;
    count?: number;
    days?: number;
    seed?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ created: number; statuses: Record<string, number>; refused: string[] } | undefined> {
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, MARKER));
  if (done) return undefined;
  const count = options.count ?? 150;
  const days = options.days ?? 90;
  const random = createRandom(options.seed ?? 20190301);
  const clock = fixedClock(options.now);
  const calendar = createCalendarService({ db, clock });
  const dossiers = createDossiersService({
    db,
    clock,
    calendar,
    blobs: options.blobs,
    ruleSetCutover: '2025-07-01',
    uploadLimitBytes: 20_000_000,
    publicBaseUrl: 'http://localhost:3000',
  });
  const auth = createAuthService({ db, clock, demo: true, sessionIdleMinutes: 60, sessionMaxHours: 8 });

  // The demo staff who can act, by (agency, role).
  const actors = new Map<string, Actor>();
  for (const u of demoUsers) {
    const actor = await auth.actorFor(u.username);
    const key = `${actor.agencyId}|${actor.role}`;
    if (!actors.has(key)) actors.set(key, actor);
  }
  const reception = await auth.actorFor('tiepnhan');
  const staffFor = (agencyId: string, role: string) => actors.get(`${agencyId}|${role}`);

  // Procedures whose every step has a demo officer, with the checklist a complete dossier brings.
  const plans: Plan[] = [];
  for (const p of haiDuongProcedures) {
    for (const channel of DOSSIER_CHANNELS) {
      try {
        const intake = await procedureForIntake(db, { procedureCode: p.code, channel });
        const steps = intake.steps.filter((s) => s.role !== 'RECEPTION_OFFICER');
        if (!steps.every((s) => staffFor(s.agencyId, s.role)) || !staffFor(intake.decidingAgencyId, 'CLERK')) continue;
        plans.push({
          code: p.code,
          decidingAgencyId: intake.decidingAgencyId,
          caseCode: intake.case.code,
          channel,
          documents: intake.checklist
            .filter((c) => c.required)
            .map((c) => ({ checklistItemId: c.id, originals: c.originals, copies: c.copies })),
          steps: steps.map((s) => ({ agencyId: s.agencyId, role: s.role, amount: s.duration.amount })),
          hasFees: intake.fees.some((f) => (f.amountVnd ?? 0) > 0),
        });
      } catch {
        // channel not offered
      }
    }
  }
  if (plans.length === 0) return undefined;

  const { calendar: workingCalendar } = await calendar.snapshot();
  /** A working day at or after `date`, at a local time in minutes. */
  const workingMoment = (from: Date, minute: number) => {
    const day = workingCalendar.workingDayOnOrAfter(toVietnamDate(from));
    return vietnamInstant(day, minute);
  };
  /** A moment some working days later, in office hours, and never before `from` (stories only move forward). */
  const laterWorking = (from: Date, workingDays: number, random: Random) => {
    const moment = vietnamInstant(
      workingCalendar.addWorkingDays(toVietnamDate(from), Math.max(0, Math.round(workingDays))),
      random.int(7 * 60 + 40, 16 * 60 + 20),
    );
    return moment.getTime() > from.getTime() ? moment : new Date(from.getTime() + random.int(15, 90) * 60_000);
  };

  const statuses: Record<string, number> = {};
  /** Actions the story tried that the rules refused (e.g. an apology too close to the due date). */
  const failures: string[] = [];
  // Spread over the period, plus a morning's worth today (or on the last working day) so the desk has work now.
  const lastWorkingDay = workingCalendar.isWorkingDay(toVietnamDate(options.now))
    ? toVietnamDate(options.now)
    : workingCalendar.addWorkingDays(toVietnamDate(options.now), -1);
  const burstStart = vietnamInstant(lastWorkingDay, 7 * 60 + 35).getTime();
  const burstEnd = Math.min(
    options.now.getTime() - 10 * 60_000,
    vietnamInstant(lastWorkingDay, 16 * 60 + 30).getTime(),
  );
  const burst = burstEnd > burstStart ? Math.ceil(count / 10) : 0;
  const intakeTimes = [
    // More recent than old: a center's open work is the last weeks' intake (u² puts ~40 % in the last 2 weeks).
    ...Array.from({ length: count - burst }, () => options.now.getTime() - random.next() ** 2 * days * DAY),
    ...Array.from({ length: burst }, () => burstStart + random.next() * (burstEnd - burstStart)),
  ].sort((a, b) => a - b);

  const byChannel = (c: Plan['channel']) => plans.filter((p) => p.channel === c);
  const channelPlans = { IN_PERSON: byChannel('IN_PERSON'), POSTAL: byChannel('POSTAL'), ONLINE: byChannel('ONLINE') };
  for (const [i, rawTime] of intakeTimes.entries()) {
    // About 7 in 10 at the counter, 2 online (more in today's burst), 1 by post — among procedures offering it.
    const wanted = random.weighted([
      ['IN_PERSON', 7],
      ['ONLINE', rawTime >= burstStart ? 4 : 2],
      ['POSTAL', 1],
    ] as const);
    const pool = channelPlans[wanted].length ? channelPlans[wanted] : channelPlans.IN_PERSON;
    const plan = random.pick(pool);
    const channel = plan.channel;
    const person = syntheticPerson(random);
    const local = (rawTime + 7 * 3_600_000) % DAY;
    const inOfficeToday = rawTime >= burstStart && local >= 7 * 3_600_000 && local <= 17 * 3_600_000;
    const receivedAt =
      channel === 'ONLINE' || inOfficeToday
        ? new Date(rawTime)
        : workingMoment(new Date(rawTime), random.int(7 * 60 + 35, 16 * 60 + 15));
    const ctx = (actor: Actor | null): RequestContext => ({
      actor,
      requestId: `demo-${i}`,
      ip: '127.0.0.1',
      locale: 'vi',
    });
    const dossier = { id: '' };
    let version = 0;
    let status = '';
    /** Runs one step of the story if its time has come; false stops the story (the future has not happened). */
    const at = async (when: Date, actor: Actor | null, body: Record<string, unknown>): Promise<boolean> => {
      if (when.getTime() > options.now.getTime()) return false;
      clock.set(when);
      try {
        const result = await dossiers.act(ctx(actor), dossier.id, { ...body, expectedVersion: version } as never);
        version = result.version;
        status = result.status;
        return true;
      } catch (error) {
        failures.push(`${String(body.type)}: ${(error as Error).message}`);
        return false;
      }
    };
    if (receivedAt.getTime() > options.now.getTime()) continue;
    clock.set(receivedAt);
    const intakeDecision =
      channel !== 'ONLINE' && random.chance(0.03)
        ? {
            type: 'RETURN_FOR_COMPLETION' as const,
            items: [
              { name: 'Bản sao giấy tờ tùy thân có chứng thực', reason: 'Bản chụp không rõ, cần bản sao chứng thực' },
            ],
          }
        : undefined;
    const created = await dossiers.intake(ctx(channel === 'ONLINE' ? null : reception), {
      procedureCode: plan.code,
      caseCode: plan.caseCode,
      channel,
      applicant: person,
      documents: plan.documents,
      sets: 1,
      resultDelivery: channel === 'ONLINE' ? 'ONLINE' : random.chance(0.15) ? 'POST' : 'COUNTER',
      ...(intakeDecision ? { intakeDecision } : {}),
    });
    dossier.id = created.id;
    version = created.version;
    status = created.status;
    const story = async () => {
      if (status === 'INTAKE_NEEDS_SUPPLEMENT') return;
      let t = receivedAt;
      /** When the desk checks an online dossier: within hours on a working day before 15:00, else the next working morning. */
      const deskCheck = (from: Date) => {
        const minute = ((from.getTime() + 7 * 3_600_000) % DAY) / 60_000;
        return workingCalendar.isWorkingDay(toVietnamDate(from)) && minute >= 7 * 60 && minute < 15 * 60
          ? new Date(from.getTime() + random.int(60, 180) * 60_000)
          : vietnamInstant(workingCalendar.nextWorkingDay(toVietnamDate(from)), random.int(7 * 60 + 45, 10 * 60));
      };
      if (status === 'SUBMITTED_ONLINE') {
        t = deskCheck(t);
        const roll = random.next();
        if (roll < 0.03) {
          await at(t, reception, { type: 'REFUSE', reason: 'Hồ sơ không thuộc thẩm quyền tiếp nhận của Trung tâm' });
          return;
        }
        if (roll < 0.11) {
          if (
            !(await at(t, reception, {
              type: 'RETURN_FOR_COMPLETION',
              items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký của người yêu cầu' }],
            }))
          )
            return;
          t = laterWorking(t, random.int(1, 3), random);
          if (t.getTime() > options.now.getTime()) return;
          clock.set(t);
          version = (await dossiers.resubmitOnline(ctx(null), dossier.id, person.phone.slice(-4))).version;
          status = 'SUBMITTED_ONLINE';
          t = deskCheck(t);
        }
        if (!(await at(t, reception, { type: 'RECEIVE' }))) return;
      }
      if (random.chance(0.02)) {
        await at(laterWorking(t, 1, random), reception, { type: 'WITHDRAW', reason: 'Người nộp có đơn xin rút hồ sơ' });
        return;
      }
      // Decree 61 Art 18: transfer the same day, or the next morning when received after 15:00.
      const local = (t.getTime() + 7 * 3_600_000) % DAY;
      t = local > 15 * 3_600_000 ? laterWorking(t, 1, random) : new Date(t.getTime() + random.int(20, 90) * 60_000);
      if (!(await at(t, reception, { type: 'TRANSFER' }))) return;
      const late = random.chance(0.12);
      let apologized = false;
      for (const [s, step] of plan.steps.entries()) {
        const who = staffFor(step.agencyId, step.role)!;
        if (step.role === 'SPECIALIST') {
          t = new Date(t.getTime() + random.int(10, 120) * 60_000);
          if (!(await at(t, who, { type: 'CLAIM' }))) return;
        }
        if (s === 0 && random.chance(0.06)) {
          t = laterWorking(t, 1, random);
          if (
            !(await at(t, who, {
              type: 'REQUEST_SUPPLEMENT',
              items: [{ name: 'Bản sao giấy tờ chứng minh', reason: 'Thông tin không khớp với tờ khai' }],
            }))
          )
            return;
          if (random.chance(0.3)) return; // still waiting for the applicant
          t = laterWorking(t, random.int(2, 6), random);
          if (!(await at(t, reception, { type: 'RECEIVE_SUPPLEMENT' }))) return;
        }
        if (step.role === 'AGENCY_LEADER' && plan.hasFees && random.chance(0.08)) {
          if (
            !(await at(t, who, {
              type: 'REQUEST_PAYMENT',
              description: 'Nộp lệ phí, phí theo thông báo',
              amountVnd: 500_000,
            }))
          )
            return;
          if (random.chance(0.3)) return;
          t = laterWorking(t, random.int(1, 3), random);
          if (!(await at(t, reception, { type: 'CONFIRM_PAYMENT', receiptNumber: `BL-${random.int(1000, 9999)}` })))
            return;
        }
        const factor = late && s === 0 ? 1.3 + random.next() : 0.3 + random.next() * 0.6;
        if (late && !apologized && step.role === 'SPECIALIST' && random.chance(0.5)) {
          const leader = staffFor(step.agencyId, 'AGENCY_LEADER');
          const newDue = workingCalendar.addWorkingDays(toVietnamDate(t), Math.max(6, Math.ceil(step.amount * 2)));
          if (
            leader &&
            (await at(new Date(t.getTime() + 3_600_000), leader, {
              type: 'APOLOGIZE',
              reason: 'Cần xác minh thêm thông tin với cơ quan liên quan',
              newDueDate: newDue,
            }))
          ) {
            apologized = true;
          }
        }
        t = laterWorking(t, step.amount * factor, random);
        if (!(await at(t, who, { type: 'COMPLETE_STEP' }))) return;
      }
      if (random.chance(0.02)) {
        const leader = staffFor(plan.steps[0]!.agencyId, 'AGENCY_LEADER') ?? reception;
        await at(t, leader, {
          type: 'STOP',
          reason: 'Người nộp đề nghị dừng giải quyết hồ sơ',
          requestedByApplicant: true,
        });
        return;
      }
      const clerk = staffFor(plan.decidingAgencyId, 'CLERK')!;
      t = new Date(t.getTime() + random.int(30, 120) * 60_000);
      if (!(await at(t, clerk, { type: 'MARK_RESULT_READY' }))) return;
      t = laterWorking(t, random.int(0, 3), random);
      await at(t, reception, {
        type: 'RETURN_RESULT',
        deliveredBy: channel === 'ONLINE' ? 'ONLINE' : 'COUNTER',
        receivedBy: person.fullName,
        signed: true,
      });
    };
    await story();
    statuses[status] = (statuses[status] ?? 0) + 1;
    options.onProgress?.(i + 1, count);
  }
  await db.insert(appMeta).values({ key: MARKER, value: { at: options.now.toISOString(), statuses } });
  return { created: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, refused: failures };
}
