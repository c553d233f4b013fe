import type { OfficeHoursSeason } from '@mot-cua/contracts';
import type { PlainDate } from '../../platform/time';

/** Pure rules about the organisation: agency validity, the agency tree, office hours. */

export interface AgencyValidity {
  validFrom: PlainDate | null;
  validTo: PlainDate | null;
}

/** An agency exists on `date` when the date falls inside its validity (open ends are unbounded). */
export function isAgencyValidOn(agency: AgencyValidity, date: PlainDate): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || agency.validTo >= date);
}

/** Would making `parentId` the parent of `agencyId` create a cycle? `parentOf` walks the current tree. */
export function wouldCreateCycle(
  agencyId: string,
  parentId: string | null,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  let current = parentId;
  const seen = new Set<string>();
  while (current) {
    if (current === agencyId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf(current) ?? null;
  }
  return false;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Problems with a set of office-hour seasons, in Vietnamese; empty when the set is usable. */
export function officeHoursProblems(seasons: readonly OfficeHoursSeason[]): string[] {
  const problems: string[] = [];
  const starts = new Set<string>();
  seasons.forEach((s, i) => {
    const label = `Mùa ${i + 1} (${s.name})`;
    if (starts.has(s.startsOn)) problems.push(`${label}: trùng ngày bắt đầu ${s.startsOn} với mùa khác`);
    starts.add(s.startsOn);
    const [ms, me, as, ae] = [s.morningStart, s.morningEnd, s.afternoonStart, s.afternoonEnd].map(minutes) as [
      number,
      number,
      number,
      number,
    ];
    if (!(ms < me)) problems.push(`${label}: giờ kết thúc buổi sáng phải sau giờ bắt đầu`);
    if (!(me <= as)) problems.push(`${label}: buổi chiều phải bắt đầu sau buổi sáng`);
    if (!(as < ae)) problems.push(`${label}: giờ kết thúc buổi chiều phải sau giờ bắt đầu`);
  });
  return problems;
}

/** The season in force on a date: the one with the latest start on or before the date's month-day (wrapping). */
export function seasonOn(seasons: readonly OfficeHoursSeason[], date: PlainDate): OfficeHoursSeason | undefined {
  if (seasons.length === 0) return undefined;
  const monthDay = date.slice(5);
  const sorted = [...seasons].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const started = sorted.filter((s) => s.startsOn <= monthDay);
  return started.at(-1) ?? sorted.at(-1);
}
