import { EditOutlined } from '@ant-design/icons';
import type { ServiceArea } from '@mot-cua/contracts';
import { Button, Table, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';

export function ServiceAreasTable({
  areas,
  counterCount,
  loading,
  onEdit,
}: {
  areas: readonly ServiceArea[];
  counterCount: (areaId: string) => number;
  loading: boolean;
  onEdit: (area: ServiceArea) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<ServiceArea>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...areas]}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('common.noData') }}
      columns={[
        {
          title: t('areas.code'),
          dataIndex: 'code',
          width: 120,
          sorter: (a, b) => a.code.localeCompare(b.code),
          render: (code: string) => <Tag color="blue">{code}</Tag>,
        },
        { title: t('areas.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
        { title: t('areas.floor'), dataIndex: 'floor', width: 120, render: (f: string | null) => f ?? '—' },
        { title: t('areas.counters'), key: 'count', width: 110, render: (_, a) => counterCount(a.id) },
        {
          title: t('areas.sortOrder'),
          dataIndex: 'sortOrder',
          width: 110,
          defaultSortOrder: 'ascend',
          sorter: (a, b) => a.sortOrder - b.sortOrder,
        },
        {
          title: t('common.status'),
          dataIndex: 'active',
          width: 140,
          filters: [
            { text: t('common.active'), value: true },
            { text: t('common.inactive'), value: false },
          ],
          onFilter: (value, a) => a.active === value,
          render: (active: boolean) =>
            active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
        },
        {
          title: '',
          key: 'actions',
          width: 90,
          render: (_, a) => (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(a)}>
              {t('common.edit')}
            </Button>
          ),
        },
      ]}
    />
  );
}
