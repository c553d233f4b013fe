import type { DossierListSort } from '@mot-cua/contracts';
import { Table, type TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { DossierStatusTag } from '../../../components/ui/dossier-status-tag';
import { dossierHref } from '../../../config/paths';
import type { DossierListItem } from '../../../lib/contract-types';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { DueDateCell } from './due-date-cell';

/**
 * One page of a work queue. Paging and sorting are the server's: a header click asks for the whole queue in that
 * order (by due date or by reception), not just the page shown; a third click returns to the queue's own order.
 */
export function DossierTable({
  items,
  total,
  page,
  pageSize,
  loading,
  today,
  linkState,
  emptyText,
  onPage,
  sort,
  onSort,
}: {
  items: readonly DossierListItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  today: string;
  /** Passed to the dossier page: the desk to highlight in the menu and the list to go back to. */
  linkState: { desk: string; back: string };
  emptyText: string;
  onPage: (page: number) => void;
  sort?: DossierListSort | undefined;
  onSort?: (sort: DossierListSort | undefined) => void;
}) {
  const { t } = useI18n();
  const orderOf = (field: 'due' | 'received'): SortOrder =>
    sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;
  const columns: TableColumnsType<DossierListItem> = [
    {
      title: t('dossiers.codeAndApplicant'),
      key: 'code',
      width: 200,
      render: (_, d) => (
        <>
          <Link
            to={dossierHref(d.id)}
            state={linkState}
            className={d.code ? 'dossier-code-link' : 'dossier-code-link dossier-code-link--none'}
          >
            {d.code ?? t('dossiers.noCode')}
          </Link>
          <div className="dossier-applicant-cell">{d.applicantName}</div>
          <div className="muted small">{t(`dossierChannel.${d.channel}`)}</div>
        </>
      ),
    },
    {
      title: t('dossiers.procedure'),
      key: 'procedure',
      render: (_, d) => (
        <>
          <div className="dossier-procedure-cell" title={d.procedureName}>
            {d.procedureName}
          </div>
          <div className="muted small mono">{d.procedureCode}</div>
        </>
      ),
    },
    {
      title: t('dossiers.agencies'),
      key: 'agency',
      width: 170,
      render: (_, d) => (
        <>
          <div>{d.decidingAgency.name}</div>
          {d.currentAgency && d.currentAgency.id !== d.decidingAgency.id ? (
            <div className="muted small">{t('dossiers.currentlyAt', { agency: d.currentAgency.name })}</div>
          ) : null}
        </>
      ),
    },
    {
      title: t('dossiers.receivedAt'),
      dataIndex: 'receivedAt',
      key: 'received',
      width: 110,
      sorter: Boolean(onSort),
      sortOrder: orderOf('received'),
      render: (value: string | null) => {
        if (!value) return <span className="muted">—</span>;
        const [date, time] = formatDateTime(value).split(' ');
        return (
          <>
            <div className="nowrap">{date}</div>
            <div className="muted small">{time}</div>
          </>
        );
      },
    },
    {
      title: t('dossiers.dueDate'),
      key: 'due',
      width: 118,
      sorter: Boolean(onSort),
      sortOrder: orderOf('due'),
      render: (_, d) => <DueDateCell dossier={d} today={today} />,
    },
    {
      title: t('dossiers.status'),
      dataIndex: 'status',
      width: 148,
      render: (_, d) => <DossierStatusTag status={d.status} />,
    },
  ];

  return (
    <Table<DossierListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...items]}
      scroll={{ x: 900 }}
      className="dossier-table"
      data-testid="dossier-table"
      locale={{ emptyText }}
      onChange={(_pagination, _filters, sorter, extra) => {
        if (extra.action !== 'sort' || !onSort) return;
        const { columnKey, order } = Array.isArray(sorter) ? (sorter[0] ?? {}) : sorter;
        const field = columnKey === 'due' || columnKey === 'received' ? columnKey : undefined;
        onSort(field && order ? (order === 'ascend' ? field : `-${field}`) : undefined);
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: onPage,
        showTotal: (n, [from, to]) => t('common.range', { from, to, total: n }),
      }}
    />
  );
}
