import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { OfficeHoursTable } from './office-hours-table';

const seasons: OfficeHoursSeason[] = [
  {
    name: 'Mùa hè (01/4 – 31/10)',
    startsOn: '04-01',
    morningStart: '07:00',
    morningEnd: '11:30',
    afternoonStart: '13:30',
    afternoonEnd: '17:00',
    saturdayMorningOpen: false,
  },
  {
    name: 'Mùa đông (01/11 – 31/3)',
    startsOn: '11-01',
    morningStart: '07:30',
    morningEnd: '12:00',
    afternoonStart: '13:00',
    afternoonEnd: '16:30',
    saturdayMorningOpen: true,
  },
];

describe('OfficeHoursTable', () => {
  it('shows each season with its hours, start day as dd/MM, and marks the current one', () => {
    renderWithProviders(<OfficeHoursTable seasons={seasons} current={seasons[1]} />);
    expect(screen.getAllByText('Buổi sáng').length).toBeGreaterThan(0);
    expect(screen.getByText('07:00 – 11:30')).toBeTruthy();
    expect(screen.getByText('13:00 – 16:30')).toBeTruthy();
    expect(screen.getByText('Áp dụng từ ngày 01/04')).toBeTruthy();
    expect(screen.getByText('Đang áp dụng')).toBeTruthy();
    expect(screen.getByText('Nghỉ')).toBeTruthy();
    expect(screen.getByText('Có làm việc')).toBeTruthy();
  });

  it('speaks English when asked', () => {
    renderWithProviders(<OfficeHoursTable seasons={seasons} />, { lang: 'en' });
    expect(screen.getAllByText('Morning').length).toBeGreaterThan(0);
    expect(screen.getByText('From 01/11')).toBeTruthy();
  });
});
