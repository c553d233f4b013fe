import { SwapOutlined } from '@ant-design/icons';
import type { ProcedureVersionSummary } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { defaultDiffPair } from '../history';
import { procedureDiffQueryOptions } from '../api/get-procedure-diff';
import { procedureVersionsQueryOptions } from '../api/get-procedure-versions';
import { describePath, describeValue, lastField } from '../change-display';
import { VersionStatusTag } from './procedure-status-tag';

/** "Lịch sử phiên bản": every version with who made and published it, and what changed between two of them. */
export function VersionHistory({ code }: { code: string }) {
  const { t } = useI18n();
  const versions = useQuery(procedureVersionsQueryOptions(code));
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);

  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  const items = versions.data ?? [];
  const pair = chosen ?? defaultDiffPair(items);

  const columns: TableColumnsType<ProcedureVersionSummary> = [
    {
      title: t('catalogAdmin.version'),
      dataIndex: 'version',
      width: 100,
      render: (v: number) => <span className="strong">v{v}</span>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 140,
      render: (status: ProcedureVersionSummary['status']) => <VersionStatusTag status={status} />,
    },
    {
      title: t('catalogAdmin.changeNote'),
      dataIndex: 'changeNote',
      render: (note: string | null) => note ?? <span className="muted">—</span>,
    },
    {
      title: t('catalogAdmin.createdAt'),
      key: 'created',
      width: 190,
      render: (_, v) => (
        <>
          <div className="nowrap">{formatDateTime(v.createdAt)}</div>
          <div className="muted small">{v.createdBy ?? t('catalogAdmin.bySystem')}</div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.publishedAt'),
      key: 'published',
      width: 190,
      render: (_, v) =>
        v.publishedAt ? (
          <>
            <div className="nowrap">{formatDateTime(v.publishedAt)}</div>
            <div className="muted small">{v.publishedBy ?? t('catalogAdmin.bySystem')}</div>
          </>
        ) : (
          <span className="muted">{t('catalogAdmin.notPublished')}</span>
        ),
    },
  ];

  const versionOptions = items.map((v) => ({
    value: v.version,
    label: `v${v.version} · ${t(`catalogAdmin.versionStatus.${v.status}`)}`,
  }));

  return (
    <div id="procedure-tab-history">
      <Table<ProcedureVersionSummary>
        rowKey="id"
        size="small"
        loading={versions.isPending}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 800 }}
        className="section-card"
        data-testid="version-table"
      />
      <Card size="small" title={t('catalogAdmin.diff.title')} className="section-card" data-testid="version-diff">
        {items.length < 2 || !pair ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.diff.single')} />
        ) : (
          <>
            <Flex gap={8} align="center" wrap className="table-toolbar">
              <span className="toolbar-field">
                {t('catalogAdmin.diff.from')}
                <Select
                  aria-label={t('catalogAdmin.diff.from')}
                  value={pair.from}
                  style={{ width: 190 }}
                  options={versionOptions}
                  onChange={(from) => setChosen({ from, to: pair.to })}
                />
              </span>
              <SwapOutlined className="muted" />
              <span className="toolbar-field">
                {t('catalogAdmin.diff.to')}
                <Select
                  aria-label={t('catalogAdmin.diff.to')}
                  value={pair.to}
                  style={{ width: 190 }}
                  options={versionOptions}
                  onChange={(to) => setChosen({ from: pair.from, to })}
                />
              </span>
            </Flex>
            <DiffTable code={code} from={pair.from} to={pair.to} />
          </>
        )}
      </Card>
    </div>
  );
}

interface ChangeRow {
  key: string;
  path: string;
  before?: unknown;
  after?: unknown;
}

function DiffTable({ code, from, to }: { code: string; from: number; to: number }) {
  const { t } = useI18n();
  const diff = useQuery({ ...procedureDiffQueryOptions(code, from, to), enabled: from !== to });
  if (from === to) return <Alert type="info" showIcon title={t('catalogAdmin.diff.same')} />;
  if (diff.isError) return <QueryError error={diff.error} onRetry={() => void diff.refetch()} />;
  const rows: ChangeRow[] = (diff.data?.changes ?? []).map((c, i) => ({ key: `${c.path}-${i}`, ...c }));
  const cell = (value: unknown, path: string, kind: 'before' | 'after') =>
    value === undefined ? (
      <span className="muted">{t(kind === 'before' ? 'catalogAdmin.diff.added' : 'catalogAdmin.diff.removed')}</span>
    ) : (
      <span className={`diff-value diff-value--${kind}`}>{describeValue(value, lastField(path), t)}</span>
    );
  return (
    <>
      {diff.data ? (
        <Typography.Paragraph type="secondary" className="small">
          {t('catalogAdmin.diff.summary', { n: rows.length, from, to })}
        </Typography.Paragraph>
      ) : null}
      <Table<ChangeRow>
        rowKey="key"
        size="small"
        loading={diff.isPending}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('catalogAdmin.diff.none') }}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('catalogAdmin.diff.path'),
            dataIndex: 'path',
            width: '30%',
            render: (path: string) => (
              <>
                <div className="strong">{describePath(path, t, 'identity')}</div>
                <div className="mono muted small">{path}</div>
              </>
            ),
          },
          {
            title: t('catalogAdmin.diff.before', { version: from }),
            key: 'before',
            render: (_, row) => cell(row.before, row.path, 'before'),
          },
          {
            title: t('catalogAdmin.diff.after', { version: to }),
            key: 'after',
            render: (_, row) => cell(row.after, row.path, 'after'),
          },
        ]}
      />
    </>
  );
}
