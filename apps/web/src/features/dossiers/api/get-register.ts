import { api } from '../../../lib/api-client';

export interface RegisterPeriod {
  /** YYYY-MM-DD, days of reception (Vietnam time), both included. */
  from: string;
  to: string;
}

/**
 * GET /api/dossiers/register.pdf?from=&to=: the register of dossiers received in the period (Form 06 of
 * Circular 01/2018; Form 07 of Circular 03/2025), within the viewer's agency scope. A period holding more rows
 * than one printing is refused with a message that says how many.
 */
export function fetchRegisterPdf(period: RegisterPeriod, signal?: AbortSignal): Promise<Blob> {
  return api.blob('/api/dossiers/register.pdf', { from: period.from, to: period.to }, signal);
}

export function registerFileName(period: RegisterPeriod): string {
  return `so-theo-doi-ho-so-${period.from}-${period.to}.pdf`;
}
