import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import { Role, type User } from '@mot-cua/contracts';
import { Button, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';

export const roleColors: Record<Role, string> = {
  ADMIN: 'red',
  CENTER_LEADER: 'volcano',
  RECEPTION_OFFICER: 'blue',
  AGENCY_LEADER: 'purple',
  SPECIALIST: 'cyan',
  CLERK: 'geekblue',
  VIEWER: 'default',
};

export function UsersTable({
  users,
  search,
  loading,
  onEdit,
  onResetPassword,
}: {
  users: readonly User[];
  search: string;
  loading: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}) {
  const { t } = useI18n();
  const agencies = [...new Map(users.map((u) => [u.agency.id, u.agency])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'vi'),
  );
  const data = users.filter((u) => matchesSearch(search, u.username, u.fullName));

  const columns: TableColumnsType<User> = [
    {
      title: t('users.person'),
      dataIndex: 'fullName',
      sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'vi'),
      render: (name: string, u) => (
        <>
          <div className="strong">{name}</div>
          <div className="mono muted small">{u.username}</div>
        </>
      ),
    },
    {
      title: t('user.role'),
      dataIndex: 'role',
      width: 170,
      filters: Object.values(Role).map((role) => ({ text: t(`role.${role}`), value: role })),
      onFilter: (value, u) => u.role === value,
      sorter: (a, b) => t(`role.${a.role}`).localeCompare(t(`role.${b.role}`), 'vi'),
      render: (role: Role) => <Tag color={roleColors[role]}>{t(`role.${role}`)}</Tag>,
    },
    {
      title: t('user.agency'),
      key: 'agency',
      filters: agencies.map((a) => ({ text: a.name, value: a.id })),
      filterSearch: true,
      onFilter: (value, u) => u.agency.id === value,
      sorter: (a, b) => a.agency.name.localeCompare(b.agency.name, 'vi'),
      render: (_, u) => (
        <>
          <div>{u.agency.name}</div>
          {u.homeAgency ? (
            <div className="muted small">{t('users.seconded', { agency: u.homeAgency.name })}</div>
          ) : null}
        </>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 120,
      filters: [
        { text: t('users.active'), value: true },
        { text: t('users.locked'), value: false },
      ],
      onFilter: (value, u) => u.active === value,
      render: (active: boolean) =>
        active ? <Tag color="green">{t('users.active')}</Tag> : <Tag color="default">{t('users.locked')}</Tag>,
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      sorter: (a, b) => (a.lastLoginAt ?? '').localeCompare(b.lastLoginAt ?? ''),
      render: (value: string | null) =>
        value ? (
          <span className="nowrap">{formatDateTime(value)}</span>
        ) : (
          <span className="muted">{t('users.never')}</span>
        ),
    },
    {
      title: '',
      key: 'actions',
      width: 120,
      render: (_, u) => (
        <Space size={4}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(u)}>
            {t('common.edit')}
          </Button>
          <Tooltip title={t('users.resetPassword')}>
            <Button
              size="small"
              icon={<KeyOutlined />}
              aria-label={t('users.resetPassword')}
              onClick={() => onResetPassword(u)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 880 }}
      locale={{ emptyText: t('common.noData') }}
    />
  );
}
