import { describe, expect, it } from 'vitest';
import { applicantRows, formatPhone, isMasked } from './applicant-display';

const masked = {
  fullName: 'Nguyễn Thị Lan',
  idNumber: '••••••••2345',
  phone: '•••••••678',
  email: 'l•••@example.vn',
  address: '•••, TP Hải Dương',
  masked: true,
};

describe('applicant display', () => {
  it('recognises masked values', () => {
    expect(isMasked('••••••••2345')).toBe(true);
    expect(isMasked('030190012345')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });

  it('groups a mobile number and leaves a masked or landline number as it is', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('•••••••678')).toBe('•••••••678');
    expect(formatPhone('02203852222')).toBe('02203852222');
  });

  it('keeps the name readable and marks every masked line', () => {
    expect(applicantRows(masked)).toEqual([
      { field: 'fullName', value: 'Nguyễn Thị Lan', masked: false },
      { field: 'idNumber', value: '••••••••2345', masked: true },
      { field: 'phone', value: '•••••••678', masked: true },
      { field: 'email', value: 'l•••@example.vn', masked: true },
      { field: 'address', value: '•••, TP Hải Dương', masked: true },
    ]);
  });

  it('shows revealed data in full, formatted, and leaves out a missing email', () => {
    const rows = applicantRows({
      ...masked,
      idNumber: '030190012345',
      phone: '0912345678',
      email: null,
      address: 'Số 12 Quang Trung, TP Hải Dương',
      masked: false,
    });
    expect(rows.map((r) => r.field)).toEqual(['fullName', 'idNumber', 'phone', 'address']);
    expect(rows.find((r) => r.field === 'phone')).toEqual({ field: 'phone', value: '0912 345 678', masked: false });
    expect(rows.every((r) => !r.masked)).toBe(true);
  });
});
