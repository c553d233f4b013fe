import type { CalendarSettingsDto } from '@mot-cua/contracts';

export interface SettingsPatch {
  deadline?: Partial<CalendarSettingsDto['deadline']>;
  draft?: Partial<CalendarSettingsDto['draft']>;
}

function changed<T extends object>(before: T, after: T): Partial<T> | undefined {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== undefined && after[key] !== before[key]) patch[key] = after[key];
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Only the settings the administrator changed: the audit log then says exactly what moved, and a setting
 * changed meanwhile by someone else is not overwritten with the old value.
 */
export function settingsPatch(before: CalendarSettingsDto, after: CalendarSettingsDto): SettingsPatch {
  const patch: SettingsPatch = {};
  const deadline = changed(before.deadline, after.deadline);
  const draft = changed(before.draft, after.draft);
  if (deadline) patch.deadline = deadline;
  if (draft) patch.draft = draft;
  return patch;
}
