import { EditOutlined } from '@ant-design/icons';
import type { Counter, ServiceArea } from '@mot-cua/contracts';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';

export function CountersTable({
  counters,
  areas,
  search,
  loading,
  onEdit,
}: {
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  search: string;
  loading: boolean;
  onEdit: (counter: Counter) => void;
}) {
  const { t } = useI18n();
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const areaLabel = (id: string) => {
    const area = areaById.get(id);
    return area ? area.name : '—';
  };
  const agencies = [...new Map(counters.filter((c) => c.agency).map((c) => [c.agency!.id, c.agency!])).values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'vi'),
  );
  const data = counters.filter((c) => matchesSearch(search, c.name, String(c.number), c.agency?.name));

  const columns: TableColumnsType<Counter> = [
    {
      title: t('counters.number'),
      dataIndex: 'number',
      width: 100,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.number - b.number,
      render: (n: number) => <span className="counter-number">{n}</span>,
    },
    {
      title: t('counters.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
    },
    {
      title: t('counters.area'),
      dataIndex: 'serviceAreaId',
      filters: areas.map((a) => ({ text: a.name, value: a.id })),
      onFilter: (value, c) => c.serviceAreaId === value,
      sorter: (a, b) => areaLabel(a.serviceAreaId).localeCompare(areaLabel(b.serviceAreaId), 'vi'),
      render: (id: string) => {
        const area = areaById.get(id);
        return area ? (
          <>
            <Tag>{area.code}</Tag>
            {area.name}
          </>
        ) : (
          '—'
        );
      },
    },
    {
      title: t('counters.agency'),
      key: 'agency',
      filters: [{ text: t('counters.noAgency'), value: '' }, ...agencies.map((a) => ({ text: a.name, value: a.id }))],
      filterSearch: true,
      onFilter: (value, c) => (c.agency?.id ?? '') === value,
      sorter: (a, b) => (a.agency?.name ?? '').localeCompare(b.agency?.name ?? '', 'vi'),
      render: (_, c) => (c.agency ? c.agency.name : <span className="muted">{t('counters.noAgency')}</span>),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 140,
      filters: [
        { text: t('common.active'), value: true },
        { text: t('common.inactive'), value: false },
      ],
      onFilter: (value, c) => c.active === value,
      render: (active: boolean) =>
        active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_, c) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(c)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<Counter>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('common.noData') }}
    />
  );
}
