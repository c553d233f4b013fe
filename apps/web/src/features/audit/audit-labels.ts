import { isMessageKey, type Translate } from '../../lib/i18n';

/** Actions the server records today (the filter offers them; unknown ones are shown by their code). */
export const knownAuditActions = [
  'auth.login',
  'auth.logout',
  'user.create',
  'user.update',
  'user.reset-password',
  'user.change-password',
  'user.create-first-admin',
  'center.update',
  'agency.create',
  'agency.update',
  'service-area.create',
  'service-area.update',
  'counter.create',
  'counter.update',
  'personal-data.read',
  'seed.organisation',
  'seed.demo-users',
  'calendar.year.save',
  'calendar.year.confirm',
  'calendar.settings.update',
] as const;

export const knownSubjectTypes = [
  'user',
  'center',
  'agency',
  'service-area',
  'counter',
  'calendar-year',
  'calendar-settings',
] as const;

export function auditActionLabel(action: string, t: Translate): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

export function subjectTypeLabel(subjectType: string, t: Translate): string {
  const key = `audit.subject.${subjectType}`;
  return isMessageKey(key) ? t(key) : subjectType;
}

/** A one-line reading of an entry's summary (`{ agencies: 35 }` → `agencies: 35`). */
export function summaryText(summary: unknown): string {
  if (summary === null || summary === undefined) return '';
  if (typeof summary !== 'object') return typeof summary === 'string' ? summary : JSON.stringify(summary);
  const entries = Object.entries(summary as Record<string, unknown>);
  return entries
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`,
    )
    .join('; ');
}
