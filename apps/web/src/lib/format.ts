/**
 * Display formats used everywhere in the UI, whatever the language: dates `dd/MM/yyyy` (the Vietnamese
 * administrative convention), times `HH:mm` in Asia/Ho_Chi_Minh, money `400.000 ₫`.
 * Pure functions: the current instant is always an argument.
 */

const NBSP = '\u00a0';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // UTC+7, no daylight saving time

const pad = (n: number) => String(n).padStart(2, '0');

/** `2019-03-01` → `01/03/2019`; empty input gives an empty string. */
export function formatPlainDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** `dd/MM/yyyy` → `yyyy-MM-dd`, or null when the text is not a real date. */
export function parseDisplayDate(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Wall-clock parts of an instant in Vietnam. */
function vietnamParts(instant: Date) {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** An ISO timestamp (any offset) → `dd/MM/yyyy HH:mm` in Vietnam time. */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const p = vietnamParts(instant);
  const time = `${pad(p.hour)}:${pad(p.minute)}${withSeconds ? `:${pad(p.second)}` : ''}`;
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${time}`;
}

/** An ISO timestamp (any offset) → its Vietnamese date `YYYY-MM-DD` and wall-clock time `HH:mm`. */
export function vietnamDateTimeParts(value: string): { date: string; time: string } | null {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const p = vietnamParts(instant);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** A Vietnamese date and wall-clock time → the instant as ISO 8601 with the +07:00 offset the server asks for. */
export function vietnamIsoString(date: string, time: string): string | null {
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  // A real day only: 2023-02-30 round-trips to nothing.
  if (!t || parseDisplayDate(formatPlainDate(date)) !== date) return null;
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`;
}

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Day of the week of a `YYYY-MM-DD` date: 0 Sunday … 6 Saturday (as Date#getDay). */
export function weekdayOf(value: string): Weekday {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() as Weekday;
}

/** Saturday or Sunday. */
export function isWeekend(value: string): boolean {
  const day = weekdayOf(value);
  return day === 0 || day === 6;
}

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export function vietnamToday(now: Date): string {
  const p = vietnamParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Seasonal start day `MM-DD` → `dd/MM`. */
export function formatMonthDay(value: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}

/** `dd/MM` (or `d/M`) → `MM-DD`, or null when it is not a day of the year. */
export function parseMonthDay(value: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})$/.exec(value.trim());
  if (!match) return null;
  const [d, m] = [Number(match[1]), Number(match[2])];
  // 2024 is a leap year, so 29/02 is accepted.
  const date = new Date(Date.UTC(2024, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${pad(m)}-${pad(d)}`;
}

/** Groups of three digits separated by dots: 400000 → `400.000`. */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A decimal the Vietnamese way: decimal comma, at most 3 decimals, no trailing zeros (7.5 → `7,5`). */
export function formatDecimal(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${formatInteger(Number(whole))}${fraction ? `,${fraction}` : ''}`;
}

/** Vietnamese đồng: 400000 → `400.000 ₫` (non-breaking space so the sign never wraps alone). */
export function formatVnd(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return `${formatInteger(value)}${NBSP}₫`;
}

/** Digits only from a formatted amount (`400.000 ₫` → 400000), for number inputs. */
export function parseVnd(text: string | undefined): number {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits ? Number(digits) : 0;
}
