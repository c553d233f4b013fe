import { describe, expect, it } from 'vitest';
import { isStrongPassword, permissionsOf, scopeKindFor } from './auth';

describe('isStrongPassword', () => {
  it.each([
    ['demo1234', 'the demo password'],
    ['Password123', 'too short'],
    ['password1234', 'a known default with a short suffix'],
    ['aaaaaaaaaaaaaaaa', 'too few distinct characters'],
    ['nguyenvana-2026-X', 'contains the username'],
    ['alllowercaseletters', 'one kind of character, under 20'],
  ])('refuses %s (%s)', (password) => {
    expect(isStrongPassword(password, 'nguyenvana')).toBe(false);
  });

  it.each(['Tiep-Nhan#2026!', 'Hai Duong mot cua 2026', 'xK9!mQ2#vL7@'])('accepts %s', (password) => {
    expect(isStrongPassword(password, 'admin')).toBe(true);
  });
});

describe('scopeKindFor', () => {
  it('gives administrators the whole center whatever their agency', () => {
    expect(scopeKindFor('ADMIN', 'DEPARTMENT')).toBe('ALL');
  });
  it('gives center staff the whole center', () => {
    expect(scopeKindFor('RECEPTION_OFFICER', 'SERVICE_CENTER')).toBe('ALL');
    expect(scopeKindFor('CENTER_LEADER', 'SERVICE_CENTER')).toBe('ALL');
  });
  it('limits department staff to their agency', () => {
    expect(scopeKindFor('SPECIALIST', 'DEPARTMENT')).toBe('AGENCY');
    expect(scopeKindFor('AGENCY_LEADER', 'DEPARTMENT')).toBe('AGENCY');
  });
});

describe('permissionsOf', () => {
  it('lets reception officers receive but not approve', () => {
    const p = permissionsOf('RECEPTION_OFFICER');
    expect(p.has('dossier.receive')).toBe(true);
    expect(p.has('dossier.approve')).toBe(false);
  });
  it('does not let administrators read personal data', () => {
    expect(permissionsOf('ADMIN').has('personal-data.read')).toBe(false);
  });
});
