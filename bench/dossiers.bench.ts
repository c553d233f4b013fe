import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../apps/server/src/db/client';
import { seedDemoDossiers } from '../apps/server/src/db/seed/demo-dossiers';
import { createRandom, syntheticPerson } from '../apps/server/src/db/seed/people';
import { seedDemo } from '../apps/server/src/db/seed/seed';
import { createAuthService } from '../apps/server/src/modules/auth';
import { createCalendarService } from '../apps/server/src/modules/calendar';
import { createDossiersService } from '../apps/server/src/modules/dossiers';
import { createLocalBlobStore } from '../apps/server/src/platform/blob-store';
import { fixedClock } from '../apps/server/src/platform/clock';
import type { RequestContext } from '../apps/server/src/platform/request-context';
import { benchDatabase, timeRuns } from './bench-db';
import { type BenchResult, percentile } from './report';

/**
 * Issue 5: intake with 20 concurrent clerks, and reads at a million dossiers (the dossier by its code, a
 * work-queue page), each beside raw SQL doing the same work in the same run.
 * BENCH_DOSSIERS sets the volume (default 1,000,000).
 */
const VOLUME = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const CLERKS = 20;
const INTAKES_PER_CLERK = 15;

export default async function suite(): Promise<BenchResult[]> {
  const database = await benchDatabase('dossiers');
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-blobs-'));
  const now = new Date('2026-11-27T03:00:00Z');
  const clock = fixedClock(now);
  const results: BenchResult[] = [];
  const suiteName = `dossiers (${database.label})`;
  try {
    await seedDemo(database.db, clock);
    // Realistic templates: dossiers driven through the real workflow (every state, with events).
    await seedDemoDossiers(database.db, { now, blobs: createLocalBlobStore(blobDir), count: 120 });
    const calendar = createCalendarService({ db: database.db, clock });
    const service = createDossiersService({
      db: database.db,
      clock,
      calendar,
      blobs: createLocalBlobStore(blobDir),
      ruleSetCutover: '2025-07-01',
      uploadLimitBytes: 20_000_000,
      publicBaseUrl: 'http://localhost:3000',
    });
    const auth = createAuthService({ db: database.db, clock, demo: true, sessionIdleMinutes: 60, sessionMaxHours: 8 });
    const ctxOf = async (username: string): Promise<RequestContext> => ({
      actor: await auth.actorFor(username),
      requestId: 'bench',
      ip: '127.0.0.1',
      locale: 'vi',
    });
    const reception = await ctxOf('tiepnhan');
    // The living center's dossiers are the templates of the million (before the intake benchmark adds its own):
    // closed ones numbered first, so that old dossiers can be drawn from the closed templates only.
    await database.db.execute(sql`create unlogged table bench_templates as
      select row_number() over (order by (closed_at is null), created_at)::int - 1 as k, d.* from dossiers d where code is not null`);

    // --- Intake: 20 clerks at once ----------------------------------------------------------------------
    const random = createRandom(42);
    const body = () => ({
      procedureCode: '3.000333',
      channel: 'IN_PERSON' as const,
      applicant: syntheticPerson(random),
      documents: [
        { checklistItemId: 'to-khai', originals: 1, copies: 0 },
        { checklistItemId: 'ban-sao-giay-to-tuy-than', originals: 0, copies: 1 },
        { checklistItemId: 'giay-to-cu-tru', originals: 0, copies: 1 },
      ],
      resultDelivery: 'COUNTER' as const,
    });
    await calendar.snapshot();
    for (let i = 0; i < 10; i++) await service.intake(reception, body()); // warm-up

    // The same writes in raw SQL: counter, dossier row, event, audit, outbox in one transaction.
    const [template] = await queryRows<Record<string, unknown>>(
      database.db,
      sql`select * from dossiers where code is not null order by created_at desc limit 1`,
    );
    let rawSeq = 0;
    const rawIntake = () =>
      database.db.transaction(async (tx) => {
        const n = ++rawSeq;
        const [seq] = await queryRows<{ s: number }>(
          tx,
          sql`insert into dossier_code_counters (unit_code, day, last_sequence) values ('RAW.00.00.H26', '2026-11-27', 1)
              on conflict (unit_code, day) do update set last_sequence = dossier_code_counters.last_sequence + 1 returning last_sequence as s`,
        );
        const [row] = await queryRows<{ id: string }>(
          tx,
          sql`insert into dossiers (id, code, status, version, rule_set, channel, result_delivery, procedure_code, procedure_version_id,
                procedure_name, case_code, receiving_agency_id, deciding_agency_id, current_agency_id, applicant_name, applicant_id_number,
                applicant_phone, applicant_phone_last4, applicant_address, applicant_name_search, documents, sets, state, received_at,
                due_at, due_on, original_due_on, created_at, updated_at)
              select gen_random_uuid(), ${`RAW-${n}-${String(seq!.s)}`}, status, 1, rule_set, channel, result_delivery, procedure_code,
                procedure_version_id, procedure_name, case_code, receiving_agency_id, deciding_agency_id, current_agency_id, applicant_name,
                applicant_id_number, applicant_phone, applicant_phone_last4, applicant_address, applicant_name_search, documents, sets, state,
                now(), due_at, due_on, original_due_on, now(), now()
              from dossiers where id = ${template!.id as string} returning id`,
        );
        await tx.execute(
          sql`insert into dossier_events (dossier_id, version, type, at, payload) values (${row!.id}, 1, 'RECEIVED', now(), '{}'::jsonb)`,
        );
        await tx.execute(
          sql`insert into audit_log (action, subject_type, subject_id, summary) values ('dossier.received', 'dossier', ${row!.id}, '{}'::jsonb)`,
        );
        await tx.execute(sql`insert into outbox (topic, payload) values ('dossier.event', '{}'::jsonb)`);
      });

    /** Saturation: every clerk sends the next intake as soon as the last one answers. */
    const saturate = async (run: () => Promise<unknown>) => {
      const latencies: number[] = [];
      const t0 = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CLERKS }, async () => {
          for (let i = 0; i < INTAKES_PER_CLERK; i++) {
            const s0 = process.hrtime.bigint();
            await run();
            latencies.push(Number(process.hrtime.bigint() - s0) / 1e6);
          }
        }),
      );
      return { latencies, throughput: (CLERKS * INTAKES_PER_CLERK) / (Number(process.hrtime.bigint() - t0) / 1e9) };
    };
    /**
     * 20 clerks working at once, each sending one intake a second (a counter intake takes minutes of talk and
     * checking, so this is about 60× a real center's peak): arrivals do not wait for answers (open loop).
     */
    const paced = async (run: () => Promise<unknown>) => {
      const latencies: number[] = [];
      const pending: Promise<void>[] = [];
      for (let tick = 0; tick < 15; tick++) {
        for (let c = 0; c < CLERKS; c++) {
          pending.push(
            (async () => {
              await new Promise((r) => setTimeout(r, (c * 1000) / CLERKS));
              const s0 = process.hrtime.bigint();
              await run();
              latencies.push(Number(process.hrtime.bigint() - s0) / 1e6);
            })(),
          );
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
      await Promise.all(pending);
      return latencies;
    };
    const service20 = await paced(() => service.intake(reception, body()));
    const raw20 = await paced(rawIntake);
    const serviceMax = await saturate(() => service.intake(reception, body()));
    const rawMax = await saturate(rawIntake);
    const intakeP95 = percentile(service20, 95);
    results.push(
      {
        suite: suiteName,
        name: `intake p95, ${CLERKS} clerks at once (each one intake a second)`,
        value: intakeP95,
        unit: 'ms',
        baseline: { name: 'raw SQL p95', value: percentile(raw20, 95) },
        goal: '≤ 50 ms',
        passed: intakeP95 <= 50,
        notes:
          `open loop, 20 intakes/s for 15 s; p50 ${percentile(service20, 50).toFixed(1)} ms. Each intake validates the procedure and ` +
          'checklist, computes the due date, allocates the gapless code (one counter row per unit and day: intakes queue on it) and ' +
          'writes dossier, event, audit and outbox in one transaction',
      },
      {
        suite: suiteName,
        name: `intake throughput at saturation, ${CLERKS} clerks back to back`,
        value: serviceMax.throughput,
        unit: 'ops/s',
        baseline: { name: 'raw SQL', value: rawMax.throughput },
        notes: `p95 under saturation ${percentile(serviceMax.latencies, 95).toFixed(0)} ms (raw SQL ${percentile(rawMax.latencies, 95).toFixed(0)} ms): latency is queueing at that point`,
      },
    );

    // --- A million dossiers ------------------------------------------------------------------------------
    const genStarted = Date.now();
    const [counts0] = await queryRows<{ t: number; closed: number }>(
      database.db,
      sql`select count(*)::int as t, count(*) filter (where closed_at is not null)::int as closed from bench_templates`,
    );
    const { t, closed } = counts0!;
    const names = Array.from({ length: 5000 }, () => syntheticPerson(random));
    await database.db.execute(
      sql`create unlogged table bench_people (i int primary key, full_name text, id_number text, phone text, address text)`,
    );
    for (let i = 0; i < names.length; i += 500) {
      await database.db.execute(
        sql`insert into bench_people values ${sql.join(
          names
            .slice(i, i + 500)
            .map((p, j) => sql`(${i + j}, ${p.fullName}, ${p.idNumber}, ${p.phone}, ${p.address})`),
          sql`, `,
        )}`,
      );
    }
    const CHUNK = 50_000;
    for (let from = 0; from < VOLUME; from += CHUNK) {
      // Spread over the last three years (1,000 a day); a "G" unit keeps the codes apart from the real ones.
      await database.db.execute(sql`
        insert into dossiers (id, code, status, version, rule_set, channel, result_delivery, procedure_code, procedure_version_id,
          procedure_name, case_code, receiving_agency_id, deciding_agency_id, current_agency_id, current_step_role, current_assignee_id,
          applicant_name, applicant_id_number, applicant_phone, applicant_phone_last4, applicant_email, applicant_address,
          applicant_name_search, documents, sets, state, submitted_at, received_at, due_at, due_on, original_due_on, result_ready_at,
          returned_at, outcome, apologized, closed_at, created_at, updated_at)
        select gen_random_uuid(),
          '000.01.01.G26-' || to_char(date '2026-11-27' - (g / 1000), 'YYMMDD') || '-' || lpad((g % 1000)::text, 4, '0'),
          t.status, t.version, t.rule_set, t.channel, t.result_delivery, t.procedure_code, t.procedure_version_id, t.procedure_name,
          t.case_code, t.receiving_agency_id, t.deciding_agency_id, t.current_agency_id, t.current_step_role, t.current_assignee_id,
          p.full_name, p.id_number, p.phone, right(p.phone, 4), null, p.address, lower(p.full_name), t.documents, t.sets, t.state,
          t.submitted_at - make_interval(days => (g / 1000)), t.received_at - make_interval(days => (g / 1000)),
          t.due_at - make_interval(days => (g / 1000)), t.due_on - (g / 1000), t.original_due_on - (g / 1000),
          t.result_ready_at - make_interval(days => (g / 1000)), t.returned_at - make_interval(days => (g / 1000)),
          t.outcome, t.apologized, t.closed_at - make_interval(days => (g / 1000)), now(), now()
        from generate_series(${from}::int, ${Math.min(VOLUME, from + CHUNK) - 1}::int) as g
        -- A center's old dossiers are closed: beyond 60 days only closed templates, recent days any.
        join bench_templates t on t.k = case when g / 1000 > 60 then g % ${closed}::int else g % ${t}::int end
        join bench_people p on p.i = g % 5000`);
    }
    // Events for one dossier in ten (the detail read lists them); the index depth is that of the whole table.
    await database.db.execute(sql`
      insert into dossier_events (dossier_id, version, type, at, actor_id, actor_agency_id, payload, form, from_agency_id, to_agency_id, handover_outcome)
      select d.id, e.version, e.type, e.at, e.actor_id, e.actor_agency_id, e.payload, e.form, e.from_agency_id, e.to_agency_id, e.handover_outcome
      from dossiers d
      join bench_templates t
        on t.k = (with g(v) as (select (date '2026-11-27' - to_date(substr(d.code, 15, 6), 'YYMMDD')) * 1000 + right(d.code, 4)::int)
                  select case when v / 1000 > 60 then v % ${closed}::int else v % ${t}::int end from g)
      join dossier_events e on e.dossier_id = t.id
      where d.code like '000.01.01.G26-%' and right(d.code, 1) = '7'`);
    await database.db.execute(sql`analyze`);
    const [counts] = await queryRows<{ n: number; e: number }>(
      database.db,
      sql`select (select count(*)::int from dossiers) as n, (select count(*)::int from dossier_events) as e`,
    );
    const genSeconds = (Date.now() - genStarted) / 1000;

    const codes = await queryRows<{ code: string }>(
      database.db,
      sql`select code from dossiers where code like '000.01.01.G26-%' and right(code, 1) = '7' order by random() limit 200`,
    );
    const byCode = await timeRuns(300, 20, (i) => service.getByCode(reception, codes[i % codes.length]!.code, false));
    // The same reads in raw SQL: the dossier by code, its events, attachments, the agencies and the people named.
    const byCodeRaw = await timeRuns(300, 20, async (i) => {
      const [d] = await queryRows<{ id: string }>(
        database.db,
        sql`select * from dossiers where code = ${codes[i % codes.length]!.code}`,
      );
      await Promise.all([
        database.db.execute(sql`select * from dossier_events where dossier_id = ${d!.id} order by version`),
        database.db.execute(sql`select * from dossier_attachments where dossier_id = ${d!.id}`),
      ]);
      await Promise.all([
        database.db.execute(sql`select id, code, name from agencies where id in (
          select receiving_agency_id from dossiers where id = ${d!.id} union select deciding_agency_id from dossiers where id = ${d!.id}
          union select actor_agency_id from dossier_events where dossier_id = ${d!.id})`),
        database.db.execute(
          sql`select id, full_name from users where id in (select actor_id from dossier_events where dossier_id = ${d!.id})`,
        ),
      ]);
    });
    const specialist = await ctxOf('chuyenvien');
    const queue = await timeRuns(200, 10, () => service.list(specialist, { queue: 'overdue', page: 1, pageSize: 20 }));
    const scope = specialist.actor!.scope === 'ALL' ? [] : [...specialist.actor!.scope.agencyIds];
    const queueRaw = await timeRuns(200, 10, async () => {
      const ids = sql.join(
        scope.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const where = sql`(deciding_agency_id in (${ids}) or current_agency_id in (${ids})) and status in ('RECEIVED', 'IN_PROCESS') and due_on < '2026-11-27'`;
      await database.db.execute(
        sql`select id, code, status, procedure_name, applicant_name, due_on from dossiers where ${where} order by due_on, id limit 20`,
      );
      await database.db.execute(sql`select count(*) from dossiers where ${where}`);
    });
    const reception2 = await timeRuns(200, 10, () =>
      service.list(reception, { queue: 'to-transfer', page: 1, pageSize: 20 }),
    );
    const reception2Raw = await timeRuns(200, 10, async () => {
      await database.db.execute(
        sql`select id, code, status, procedure_name, applicant_name, due_on from dossiers where status = 'RECEIVED' order by due_on, id limit 20`,
      );
      await database.db.execute(sql`select count(*) from dossiers where status = 'RECEIVED'`);
    });
    // The badges of every queue, fetched with each queue page (the reception desk's scope is the whole center).
    const counts9 = await timeRuns(50, 5, () => service.queueCounts(reception));
    const counts9Raw = await timeRuns(50, 5, async () => {
      // The same nine capped counts, written by hand (the reception desk sees the whole center).
      const capped = (where: ReturnType<typeof sql>) =>
        database.db.execute(sql`select count(*) from (select 1 from dossiers where ${where} limit 1000) t`);
      await capped(sql`status = 'SUBMITTED_ONLINE'`);
      await capped(sql`status = 'RECEIVED'`);
      await capped(sql`status = 'IN_PROCESS' and current_assignee_id is null`);
      await capped(sql`current_assignee_id = ${reception.actor!.userId}::uuid`);
      await capped(sql`status in ('RECEIVED', 'IN_PROCESS') and due_on between '2026-11-27' and '2026-12-01'`);
      await capped(sql`status in ('RECEIVED', 'IN_PROCESS') and due_on < '2026-11-27'`);
      await capped(sql`status in ('INTAKE_NEEDS_SUPPLEMENT', 'SUPPLEMENT_REQUESTED', 'AWAITING_FINANCIAL_OBLIGATION')`);
      await capped(sql`status = 'RESULT_READY'`);
      await capped(sql`true`);
    });
    // The whole center's dossiers of this month, latest due date first (a filter and a server-side order).
    const sorted = await timeRuns(100, 5, () =>
      service.list(reception, {
        queue: 'all',
        receivedFrom: '2026-11-01',
        receivedTo: '2026-11-27',
        sort: '-due',
        page: 1,
        pageSize: 20,
      }),
    );
    const sortedRaw = await timeRuns(100, 5, async () => {
      const where = sql`received_at >= '2026-11-01T00:00:00+07:00' and received_at < '2026-11-28T00:00:00+07:00'`;
      await database.db.execute(
        sql`select id, code, status, procedure_name, applicant_name, due_on from dossiers where ${where} order by due_on desc nulls last, id desc limit 20`,
      );
      await database.db.execute(sql`select count(*) from dossiers where ${where}`);
    });
    const read = (name: string, samples: number[], raw: number[], note: string): BenchResult => {
      const p95 = percentile(samples, 95);
      const raw95 = percentile(raw, 95);
      return {
        suite: suiteName,
        name,
        value: p95,
        unit: 'ms',
        baseline: { name: 'raw SQL p95', value: raw95 },
        goal: '≤ 30 ms and ≤ 3× raw SQL',
        passed: p95 <= 30 && p95 <= 3 * Math.max(raw95, 1),
        notes: `${note}; p50 ${percentile(samples, 50).toFixed(2)} ms, raw p50 ${percentile(raw, 50).toFixed(2)} ms`,
      };
    };
    results.push(
      read(
        `dossier by code p95, ${counts!.n.toLocaleString('en-US')} dossiers`,
        byCode,
        byCodeRaw,
        `staff detail: dossier, ${'events'} (${counts!.e.toLocaleString('en-US')} in the table), attachments, agencies, users, allowed actions; data generated in ${genSeconds.toFixed(0)} s`,
      ),
      read(
        'work queue page p95 (agency "overdue")',
        queue,
        queueRaw,
        'a department specialist: page of 20 and the total, scoped to the agency',
      ),
      read(
        'work queue page p95 (center "to-transfer")',
        reception2,
        reception2Raw,
        'the reception desk: page of 20 and the total',
      ),
      read(
        'all dossiers of the month, latest due first (center)',
        sorted,
        sortedRaw,
        'filter by days of reception + sort=-due: page of 20 and the total',
      ),
      read(
        'queue badges: the counts of all 9 queues (center)',
        counts9,
        counts9Raw,
        'one count per queue, each stopping at 1,000 (the badge shows 999+), as the page asks with every visit',
      ),
    );
    return results;
  } finally {
    await database.close();
    fs.rmSync(blobDir, { recursive: true, force: true });
  }
}
