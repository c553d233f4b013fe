/** The lookup form: the dossier code as printed on the receipt, and the last 4 digits of the phone number. */

const CODE = /^[0-9A-Za-z.-]{5,60}$/;

/** Spaces removed and letters upper-cased (`000.01.01.h26-…` typed from the receipt). */
export function normalizeCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isPlausibleCode(value: string): boolean {
  return CODE.test(normalizeCode(value));
}

export function isVerifyDigits(value: string): boolean {
  return /^\d{4}$/.test(value.trim());
}

/** The code from the address: the QR code of the receipt opens `/tra-cuu?ma=<code>`. */
export function codeFromParams(params: URLSearchParams): string {
  const code = normalizeCode(params.get('ma') ?? '');
  return isPlausibleCode(code) ? code : '';
}
