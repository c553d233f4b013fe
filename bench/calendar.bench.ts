import type { OfficeHoursSeason } from '@mot-cua/contracts';
import {
  buildWorkingCalendar,
  computeDue,
  OFFICIAL_CALENDAR_YEARS,
  solarToLunar,
  type DurationUnit,
  type WorkingCalendar,
} from '../apps/server/src/modules/calendar';
import type { BenchResult } from './report';

/**
 * Due-date arithmetic of the calendar module: how many due dates per second the working-day index gives.
 * Goal: ≥ 1,000,000 computeDue/s for WORKING_DAY. Each figure is measured after a warm-up, on a fixed set of
 * receipt instants spread over 2019–2030 (official and draft years), with process.hrtime.bigint.
 */

export interface CalendarBenchFigure {
  name: string;
  opsPerSecond: number;
  notes: string;
}

const officeHours: OfficeHoursSeason[] = [
  {
    name: 'Mùa hè',
    startsOn: '04-01',
    morningStart: '07:00',
    morningEnd: '11:30',
    afternoonStart: '13:30',
    afternoonEnd: '17:00',
    saturdayMorningOpen: true,
  },
  {
    name: 'Mùa đông',
    startsOn: '11-01',
    morningStart: '07:30',
    morningEnd: '12:00',
    afternoonStart: '13:00',
    afternoonEnd: '16:30',
    saturdayMorningOpen: true,
  },
];

/** Deterministic receipt instants: every 97 minutes from 2019 on (weekends, nights and holidays included). */
function receipts(count: number): Date[] {
  const start = Date.UTC(2019, 0, 1, 1, 0);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 97 * 60_000));
}

/** Runs `op(i)` in batches until `minMs` has passed; returns ops per second. `sink` keeps the work observable. */
function measure(op: (i: number) => number, minMs = 700, warmupOps = 200_000): number {
  let sink = 0;
  for (let i = 0; i < warmupOps; i++) sink += op(i);
  let ops = 0;
  const begin = process.hrtime.bigint();
  let elapsedNs = 0n;
  while (elapsedNs < BigInt(minMs) * 1_000_000n) {
    for (let i = 0; i < 50_000; i++) sink += op(ops + i);
    ops += 50_000;
    elapsedNs = process.hrtime.bigint() - begin;
  }
  if (sink === Number.MIN_VALUE) console.log(sink);
  return (ops * 1e9) / Number(elapsedNs);
}

function timeOnce(fn: () => unknown): number {
  const begin = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - begin) / 1e6;
}

export async function benchCalendar(): Promise<CalendarBenchFigure[]> {
  const coldMs = timeOnce(() => buildWorkingCalendar());
  const calendar: WorkingCalendar = buildWorkingCalendar();
  const edited = OFFICIAL_CALENDAR_YEARS.find((y) => y.year === 2026)!;
  const rebuildRate = measure(() => calendar.withYear(edited).lastDay, 500, 20);

  const instants = receipts(65_536);
  const mask = instants.length - 1;
  const dueRate = (unit: DurationUnit, amount: number) =>
    measure((i) =>
      computeDue({ receivedAt: instants[i & mask]!, amount, unit, calendar, officeHours }).dueAt.getTime(),
    );

  const dates = instants.map((d) => d.toISOString().slice(0, 10));
  const days = dates.map((d) => calendar.dayOf(d));

  return [
    {
      name: 'computeDue WORKING_DAY (5 days)',
      opsPerSecond: dueRate('WORKING_DAY', 5),
      notes: 'R1 + Civil Code Art 147 through the cumulative working-day index; goal ≥ 1,000,000/s',
    },
    {
      name: 'computeDue WORKING_DAY (7.5 days)',
      opsPerSecond: dueRate('WORKING_DAY', 7.5),
      notes: 'decimal amount: whole days through the index, the fraction inside the next day’s sessions',
    },
    {
      name: 'computeDue CALENDAR_DAY (15 days)',
      opsPerSecond: dueRate('CALENDAR_DAY', 15),
      notes: 'Art 148 roll-forward',
    },
    { name: 'computeDue SAME_DAY', opsPerSecond: dueRate('SAME_DAY', 0), notes: '15:00 cut-off' },
    {
      name: 'computeDue WORKING_HOUR (8 hours)',
      opsPerSecond: dueRate('WORKING_HOUR', 8),
      notes: 'walks the sessions day by day (one or two days for 8 hours)',
    },
    {
      name: 'WorkingCalendar.addWorkingDays (PlainDate, 10 days)',
      opsPerSecond: measure((i) => calendar.addWorkingDays(dates[i & mask]!, 10).length),
      notes: 'string in, string out (parse + two array reads + cached formatting)',
    },
    {
      name: 'WorkingCalendar.addWorkingDaysToDayNumber (10 days)',
      opsPerSecond: measure((i) => calendar.addWorkingDaysToDayNumber(days[i & mask]!, 10)),
      notes: 'the raw index',
    },
    {
      name: 'solarToLunar (PlainDate)',
      opsPerSecond: measure((i) => solarToLunar(dates[i & mask]!).day),
      notes: 'after the per-year lunar tables are built (about 3 ms per year, once per process)',
    },
    {
      name: 'WorkingCalendar.withYear (rebuild 2015–2100 after an edit)',
      opsPerSecond: rebuildRate,
      notes: `rebuilds per second once draft years are memoised; the first build of the process (lunar tables for the draft years) took ${coldMs.toFixed(0)} ms`,
    },
  ];
}

/** The `npm run bench` suite (bench/run.ts). */
export default async function suite(): Promise<BenchResult[]> {
  const figures = await benchCalendar();
  return figures.map((f, i) => ({
    suite: 'calendar',
    name: f.name,
    value: f.opsPerSecond,
    unit: 'ops/s' as const,
    notes: f.notes,
    ...(i === 0 ? { goal: '≥ 1,000,000 ops/s', passed: f.opsPerSecond >= 1_000_000 } : {}),
  }));
}
