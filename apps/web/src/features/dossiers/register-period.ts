import type { RegisterPeriod } from './api/get-register';

/** From the first of this month to today (YYYY-MM-DD, Vietnam time): the period a desk prints most often. */
export function defaultRegisterPeriod(today: string): RegisterPeriod {
  return { from: `${today.slice(0, 8)}01`, to: today };
}
