import type { DossierDetail } from '@mot-cua/contracts';

/**
 * How the applicant's personal data is shown. The server masks it (`••••••••2345`) unless an officer allowed
 * to read personal data asks for it, which is logged; the screen only makes either form readable.
 */

const MASK = '•';

export function isMasked(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.includes(MASK);
}

/** `0912345678` → `0912 345 678`; a landline `02203xxxxxx` or a masked number is left as it is. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s.]/g, '');
  return /^0[35789]\d{8}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}` : phone;
}

export type ApplicantField = 'fullName' | 'idNumber' | 'phone' | 'email' | 'address';

export interface ApplicantRow {
  field: ApplicantField;
  value: string;
  /** Shown partly hidden (a lock icon tells the officer why). */
  masked: boolean;
}

/** The applicant card's lines: the name always readable, the others masked or not; a missing email is left out. */
export function applicantRows(applicant: DossierDetail['applicant']): ApplicantRow[] {
  const rows: ApplicantRow[] = [
    { field: 'fullName', value: applicant.fullName, masked: false },
    { field: 'idNumber', value: applicant.idNumber, masked: isMasked(applicant.idNumber) },
    { field: 'phone', value: formatPhone(applicant.phone), masked: isMasked(applicant.phone) },
  ];
  if (applicant.email) rows.push({ field: 'email', value: applicant.email, masked: isMasked(applicant.email) });
  rows.push({ field: 'address', value: applicant.address, masked: isMasked(applicant.address) });
  return rows;
}
