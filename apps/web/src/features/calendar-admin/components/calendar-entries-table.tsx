import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CalendarEntry } from '@mot-cua/contracts';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { weekdayName } from '../../../lib/date-labels';
import { formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import { EntryKindTag } from './entry-kind-tag';

type KindFilter = 'NON_WORKING_WEEKDAY' | 'WORKING_WEEKEND' | 'pending';

/** The year's entries: sortable by date, filtered by kind and by a text search on reason and source. */
export function CalendarEntriesTable({
  entries,
  search,
  edited,
  canEdit,
  onEdit,
  onRemove,
  onShowDay,
}: {
  entries: readonly CalendarEntry[];
  search: string;
  /** Days changed in the working copy and not saved yet. */
  edited: ReadonlySet<string>;
  canEdit: boolean;
  onEdit: (entry: CalendarEntry) => void;
  onRemove: (entry: CalendarEntry) => void;
  onShowDay: (date: string) => void;
}) {
  const { t } = useI18n();
  const data = entries.filter((e) => matchesSearch(search, e.reason, e.source, formatPlainDate(e.date)));

  const columns: TableColumnsType<CalendarEntry> = [
    {
      title: t('calendar.date'),
      dataIndex: 'date',
      width: 130,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.date.localeCompare(b.date),
      render: (date: string) => (
        <Button type="link" className="link-button" onClick={() => onShowDay(date)}>
          <span>
            <span className="strong">{formatPlainDate(date)}</span>
            <br />
            <span className="muted small">{weekdayName(date, t)}</span>
          </span>
        </Button>
      ),
    },
    {
      title: t('calendar.kind'),
      key: 'kind',
      width: 150,
      filters: [
        { text: t('calendar.kind.NON_WORKING_WEEKDAY'), value: 'NON_WORKING_WEEKDAY' },
        { text: t('calendar.kind.WORKING_WEEKEND'), value: 'WORKING_WEEKEND' },
        { text: t('calendar.pending'), value: 'pending' },
      ],
      onFilter: (value, e) => ((value as KindFilter) === 'pending' ? Boolean(e.pending) : e.kind === value),
      sorter: (a, b) => a.kind.localeCompare(b.kind),
      render: (_, e) => (
        <Flex vertical gap={4} align="flex-start">
          <EntryKindTag entry={e} />
          {edited.has(e.date) ? <Tag color="purple">{t('calendar.unsavedTag')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('calendar.reason'),
      dataIndex: 'reason',
      sorter: (a, b) => a.reason.localeCompare(b.reason, 'vi'),
    },
    {
      title: t('calendar.source'),
      dataIndex: 'source',
      width: '28%',
      render: (source: string) => (
        <Typography.Paragraph className="small" style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: source }}>
          {source}
        </Typography.Paragraph>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      title: '',
      key: 'actions',
      width: 96,
      render: (_, e) => (
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(e)} aria-label={t('common.edit')} />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() => onRemove(e)}
            aria-label={t('calendar.remove')}
          />
        </Flex>
      ),
    });
  }

  return (
    <Table<CalendarEntry>
      rowKey="date"
      size="middle"
      columns={columns}
      dataSource={data}
      rowClassName={(e) => (edited.has(e.date) ? 'row-edited' : '')}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('calendar.noEntries') }}
    />
  );
}
