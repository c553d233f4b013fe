import type { AdminProcedureListItem } from '@mot-cua/contracts';
import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { adminProcedureHref } from '../../../config/paths';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { ProcedureStatus } from '../catalog-admin-keys';
import { DraftTag, ProcedureStatusTag } from './procedure-status-tag';

const STATUS_ORDER: Record<ProcedureStatus, number> = { DRAFT: 0, PUBLISHED: 1, SUSPENDED: 2 };

/** The catalog for its administrators: every status, sortable, filterable by deciding agency and level. */
export function ProceduresTable({ items, loading }: { items: readonly AdminProcedureListItem[]; loading: boolean }) {
  const { t } = useI18n();
  const agencies = [...new Map(items.map((i) => [i.agency.code, i.agency])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'vi'),
  );

  const columns: TableColumnsType<AdminProcedureListItem> = [
    {
      title: t('catalogAdmin.column.code'),
      dataIndex: 'code',
      width: 100,
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (code: string) => (
        <Link to={adminProcedureHref(code)} className="mono nowrap">
          {code}
        </Link>
      ),
    },
    {
      title: t('catalogAdmin.field.procedureName'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      render: (name: string, p) => (
        <>
          <Link to={adminProcedureHref(p.code)} className="strong">
            {name}
          </Link>
          <div className="muted small">{p.field}</div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.field.decidingAgencyCode'),
      key: 'agency',
      width: 190,
      filters: agencies.map((a) => ({ text: a.name, value: a.code })),
      filterSearch: true,
      onFilter: (value, p) => p.agency.code === value,
      sorter: (a, b) => a.agency.name.localeCompare(b.agency.name, 'vi'),
      render: (_, p) => p.agency.name,
    },
    {
      title: t('catalogAdmin.column.level'),
      dataIndex: 'level',
      width: 96,
      filters: (['PROVINCE', 'DISTRICT', 'COMMUNE'] as const).map((l) => ({ text: t(`catalog.level.${l}`), value: l })),
      onFilter: (value, p) => p.level === value,
      render: (level: AdminProcedureListItem['level']) => <span className="nowrap">{t(`catalog.level.${level}`)}</span>,
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 168,
      sorter: (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Number(b.draftVersion !== null) - Number(a.draftVersion !== null),
      render: (_, p) => (
        <span className="tag-stack">
          <ProcedureStatusTag status={p.status} />
          {p.publishedVersion !== null ? (
            <span className="muted small version-label">v{p.publishedVersion}</span>
          ) : null}
          {p.draftVersion !== null && p.status !== 'DRAFT' ? <DraftTag version={p.draftVersion} /> : null}
        </span>
      ),
    },
    {
      title: t('catalogAdmin.updatedAt'),
      dataIndex: 'updatedAt',
      width: 112,
      sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      render: (value: string) => {
        const [date, time] = formatDateTime(value).split(' ');
        return (
          <>
            <div className="nowrap">{date}</div>
            <div className="muted small">{time}</div>
          </>
        );
      },
    },
  ];

  return (
    <Table<AdminProcedureListItem>
      rowKey="code"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...items]}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 860 }}
      locale={{ emptyText: t('catalogAdmin.empty') }}
      data-testid="admin-procedures"
    />
  );
}
