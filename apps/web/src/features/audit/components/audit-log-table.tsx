import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { auditLogQueryOptions } from '../api/get-audit-log';
import { auditActionLabel, knownAuditActions, knownSubjectTypes, subjectTypeLabel, summaryText } from '../audit-labels';

interface Filter {
  action?: string;
  subjectType?: string;
  actor?: string;
}

/** The audit log: filtered and paged on the server, newest first; each row opens to its full summary. */
export function AuditLogTable() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>({});
  const [actorText, setActorText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const log = useQuery(auditLogQueryOptions({ ...filter, page, pageSize }));

  const applyFilter = (next: Filter) => {
    setFilter(next);
    setPage(1);
  };

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      width: 165,
      sorter: (a, b) => a.occurredAt.localeCompare(b.occurredAt),
      render: (value: string) => <span className="nowrap">{formatDateTime(value, true)}</span>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 130,
      sorter: (a, b) => (a.actorUsername ?? '').localeCompare(b.actorUsername ?? ''),
      render: (actor: string | null) =>
        actor ? <span className="mono">{actor}</span> : <span className="muted">{t('audit.system')}</span>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 220,
      sorter: (a, b) => a.action.localeCompare(b.action),
      render: (action: string) => (
        <>
          <div>{auditActionLabel(action, t)}</div>
          <div className="muted small mono">{action}</div>
        </>
      ),
    },
    {
      title: t('audit.subject'),
      key: 'subject',
      width: 170,
      render: (_, entry) => (
        <>
          <Tag>{subjectTypeLabel(entry.subjectType, t)}</Tag>
          {entry.subjectId ? (
            <Typography.Text className="mono small" copyable={{ text: entry.subjectId }}>
              {entry.subjectId.slice(0, 8)}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('audit.summary'),
      dataIndex: 'summary',
      ellipsis: true,
      render: (summary: unknown) => <span className="small">{summaryText(summary) || '—'}</span>,
    },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" className="table-toolbar">
        <Select
          allowClear
          showSearch={{ filterOption: selectFilter }}
          style={{ minWidth: 260 }}
          placeholder={t('audit.filterAction')}
          aria-label={t('audit.filterAction')}
          value={filter.action}
          onChange={(action?: string) => applyFilter({ ...filter, action })}
          options={knownAuditActions.map((a) => ({ value: a, label: auditActionLabel(a, t) }))}
        />
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('audit.filterSubject')}
          aria-label={t('audit.filterSubject')}
          value={filter.subjectType}
          onChange={(subjectType?: string) => applyFilter({ ...filter, subjectType })}
          options={knownSubjectTypes.map((s) => ({ value: s, label: subjectTypeLabel(s, t) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('audit.filterActor')}
          aria-label={t('audit.filterActor')}
          value={actorText}
          onChange={(e) => {
            setActorText(e.target.value);
            if (e.target.value === '') applyFilter({ ...filter, actor: undefined });
          }}
          onSearch={(value) => applyFilter({ ...filter, actor: value.trim() || undefined })}
          enterButton={<SearchOutlined />}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void log.refetch()} loading={log.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {log.isError ? <QueryError error={log.error} onRetry={() => void log.refetch()} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={log.isPending || (log.isFetching && log.isPlaceholderData)}
        columns={columns}
        dataSource={log.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('audit.empty') }}
        expandable={{
          expandedRowRender: (entry) => (
            <dl className="audit-detail">
              <dt>{t('audit.requestId')}</dt>
              <dd className="mono">{entry.requestId ?? '—'}</dd>
              <dt>{t('audit.subjectId')}</dt>
              <dd className="mono">{entry.subjectId ?? '—'}</dd>
              <dt>{t('audit.summary')}</dt>
              <dd>
                <pre>{JSON.stringify(entry.summary, null, 2)}</pre>
              </dd>
            </dl>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, range) => t('common.range', { from: range[0], to: range[1], total }),
          onChange: (nextPage, nextSize) => {
            setPage(nextSize === pageSize ? nextPage : 1);
            setPageSize(nextSize);
          },
        }}
      />
    </>
  );
}
