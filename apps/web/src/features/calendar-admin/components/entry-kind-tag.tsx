import type { CalendarEntry } from '@mot-cua/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** "Ngày nghỉ" in red, "Làm bù" in blue, and "Chờ xác nhận" when the day is not in force yet. */
export function EntryKindTag({ entry }: { entry: Pick<CalendarEntry, 'kind' | 'pending'> }) {
  const { t } = useI18n();
  return (
    <span className="nowrap">
      {entry.kind === 'NON_WORKING_WEEKDAY' ? (
        <Tag color="red">{t('calendar.kind.NON_WORKING_WEEKDAY')}</Tag>
      ) : (
        <Tag color="blue">{t('calendar.kind.WORKING_WEEKEND')}</Tag>
      )}
      {entry.pending ? <Tag color="orange">{t('calendar.pending')}</Tag> : null}
    </span>
  );
}
