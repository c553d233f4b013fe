import type { OfficeHoursSeason } from '@mot-cua/contracts';

/**
 * The season in force on a day (`MM-DD`): the one that started last on or before it. Seasons wrap around
 * the new year, so before the first start of the year the last season of the previous year still applies.
 */
export function currentSeason<S extends Pick<OfficeHoursSeason, 'startsOn'>>(
  seasons: readonly S[],
  monthDay: string,
): S | undefined {
  if (seasons.length === 0) return undefined;
  const sorted = [...seasons].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const started = sorted.filter((s) => s.startsOn <= monthDay);
  return started.length > 0 ? started[started.length - 1] : sorted[sorted.length - 1];
}
