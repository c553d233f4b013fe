import { formatVietnamDate, type PlainDate, toVietnamDate, vietnamMinuteOfDay } from '../../platform/time';
import type { DurationView, HandoverOutcome, ResultDeliveryMethod } from './form-views';

/** How Vietnamese values are written on the forms. Pure; instants are read in Asia/Ho_Chi_Minh. */

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `ngày 05 tháng 3 năm 2019`: Decree 30/2020 App. I pads the day below 10 and the month only for January and
 * February (`tháng 01`, `tháng 02`, but `tháng 6`, `tháng 11`); forms.md §0.3.
 */
export function formatLongDate(date: PlainDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** Place and date line (Decree 30 ô 4): `Hải Dương, ngày 27 tháng 11 năm 2026`, comma after the place. */
export function formatPlaceDate(placeName: string, date: PlainDate): string {
  return `${placeName}, ${formatLongDate(date)}`;
}

/** `27/11/2026`. */
export function formatDate(date: PlainDate): string {
  return formatVietnamDate(date);
}

/** `27/11/2026` for an instant. */
export function formatDateOf(instant: Date): string {
  return formatVietnamDate(toVietnamDate(instant));
}

/** `09 giờ 32 phút`: hours and minutes two-digit, as every system in forms.md §2.3 prints them. */
export function formatTimeOfDay(instant: Date): string {
  const minutes = vietnamMinuteOfDay(instant);
  return `${pad2(Math.floor(minutes / 60))} giờ ${pad2(minutes % 60)} phút`;
}

/** `09 giờ 32 phút, ngày 27/11/2026`. */
export function formatDateTime(instant: Date): string {
  return `${formatTimeOfDay(instant)}, ngày ${formatDateOf(instant)}`;
}

/** Thousands separated by `.`; `400.000 đồng` in running text, `400.000 ₫` in tables (forms.md §6 tests ₫). */
export function formatMoney(amount: number, style: 'word' | 'symbol' = 'word'): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits} ${style === 'word' ? 'đồng' : '₫'}`;
}

/** Counts on the forms are two-digit (`Số lượng hồ sơ: 01 (bộ)`, `05 ngày làm việc`), as in S10–S13. */
export function formatCount(n: number): string {
  return pad2(n);
}

const DURATION_UNITS: Record<DurationView['unit'], string> = {
  'working-days': 'ngày làm việc',
  days: 'ngày',
  'working-hours': 'giờ làm việc',
  hours: 'giờ',
};

/** `10 ngày làm việc`. */
export function formatDuration(duration: DurationView): string {
  return `${formatCount(duration.value)} ${DURATION_UNITS[duration.unit]}`;
}

const DELIVERY_METHODS: Record<ResultDeliveryMethod, string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  postal: 'Qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến (nhận kết quả điện tử)',
};

export function formatDeliveryMethod(method: ResultDeliveryMethod): string {
  return DELIVERY_METHODS[method];
}

/** Short register wording. */
const DELIVERY_METHODS_SHORT: Record<ResultDeliveryMethod, string> = {
  counter: 'Trực tiếp',
  postal: 'Bưu chính',
  online: 'Trực tuyến',
};

export function formatDeliveryMethodShort(method: ResultDeliveryMethod): string {
  return DELIVERY_METHODS_SHORT[method];
}

/** Form 05 result column: "Trước hạn / Đúng hạn / Quá hạn" (rules.md §5). */
const OUTCOMES: Record<HandoverOutcome, string> = { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' };

export function formatOutcome(outcome: HandoverOutcome): string {
  return OUTCOMES[outcome];
}

/** Upper case with Vietnamese rules (names on the forms: `NGUYỄN THỊ LAN`). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/**
 * Every string in NFC (forms.md §6): decomposed input (NFD, from some keyboards and PDFs) would place combining
 * marks as separate glyphs. Dates and other objects pass through untouched.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => toNfc(v) as unknown) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}
