import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarEntry } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { isWeekend } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { lunarDateQueryOptions } from '../api/get-lunar-date';
import { EntryKindTag } from './entry-kind-tag';

/** The popover of a day: its lunar date (asked only now), what the calendar says about it, and edit actions. */
export function DayDetail({
  date,
  entry,
  canEdit,
  onAdd,
  onEdit,
  onRemove,
}: {
  date: string;
  entry: CalendarEntry | undefined;
  canEdit: boolean;
  onAdd: (date: string) => void;
  onEdit: (entry: CalendarEntry) => void;
  onRemove: (entry: CalendarEntry) => void;
}) {
  const { t } = useI18n();
  const lunar = useQuery(lunarDateQueryOptions(date));

  return (
    <div className="day-detail" data-testid="day-detail">
      <div className="day-detail__lunar">
        {lunar.isPending ? <Skeleton.Input active size="small" /> : null}
        {lunar.data ? (
          <>
            <span className="muted">{t('calendar.lunar')}:</span> {lunar.data.label}
          </>
        ) : null}
        {lunar.isError ? <span className="muted">{t('calendar.lunarUnavailable')}</span> : null}
      </div>
      {entry ? (
        <>
          <EntryKindTag entry={entry} />
          <p className="day-detail__reason">{entry.reason}</p>
          <Typography.Paragraph
            type="secondary"
            className="day-detail__source"
            ellipsis={{ rows: 3, tooltip: entry.source }}
          >
            {t('calendar.source')}: {entry.source}
          </Typography.Paragraph>
        </>
      ) : (
        <p className="day-detail__reason muted">
          {isWeekend(date) ? t('calendar.ordinaryWeekend') : t('calendar.ordinaryWorkday')}
        </p>
      )}
      {canEdit ? (
        <Flex gap={8} wrap>
          {entry ? (
            <>
              <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(entry)}>
                {t('common.edit')}
              </Button>
              <Button size="small" danger icon={<DeleteOutlined />} onClick={() => onRemove(entry)}>
                {t('calendar.remove')}
              </Button>
            </>
          ) : (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => onAdd(date)}>
              {isWeekend(date) ? t('calendar.addMakeupHere') : t('calendar.addOffHere')}
            </Button>
          )}
        </Flex>
      ) : null}
    </div>
  );
}
