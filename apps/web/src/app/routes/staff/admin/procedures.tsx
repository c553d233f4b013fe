import { DownloadOutlined, FileExcelOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { paths } from '../../../../config/paths';
import { catalogExportUrl } from '../../../../features/catalog-admin/api/export-catalog';
import { CATALOG_TEMPLATE_URL } from '../../../../features/catalog-admin/api/get-catalog-template';
import { adminProceduresQueryOptions } from '../../../../features/catalog-admin/api/get-admin-procedures';
import type { ProcedureStatus } from '../../../../features/catalog-admin/catalog-admin-keys';
import { ProceduresTable } from '../../../../features/catalog-admin/components/procedures-table';
import { useI18n } from '../../../../lib/i18n';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../use-document-title';

const STATUSES: readonly ProcedureStatus[] = ['PUBLISHED', 'DRAFT', 'SUSPENDED'];
const ALL = 'ALL';

/** The status filter and the words searched live in the address (`?trang-thai=DRAFT&q=khai sinh`). */
function statusFrom(params: URLSearchParams): ProcedureStatus | undefined {
  const value = params.get('trang-thai');
  return STATUSES.find((s) => s === value);
}

/**
 * "Quản trị: Thủ tục hành chính": the whole catalog, whatever the status, to create, edit, publish and suspend
 * procedures, and to exchange the catalog with departments as JSON or Excel.
 */
export function AdminProceduresRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogAdmin.title'));
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(search.trim(), 300);
  const list = useQuery(adminProceduresQueryOptions({ q: q || undefined, status }));

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const setStatus = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === ALL) next.delete('trang-thai');
        else next.set('trang-thai', value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('catalogAdmin.title')}
        description={t('catalogAdmin.description')}
        extra={
          <>
            <Link to={paths.staff.catalogAdminImport}>
              <Button icon={<UploadOutlined />}>{t('catalogAdmin.import')}</Button>
            </Link>
            <Link to={paths.staff.catalogAdminNew}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('catalogAdmin.create')}
              </Button>
            </Link>
          </>
        }
      />
      <Card className="section-card">
        <Flex gap={12} wrap align="center" className="table-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('catalogAdmin.searchPlaceholder')}
            aria-label={t('catalogAdmin.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 340 }}
          />
          <Segmented
            value={status ?? ALL}
            onChange={(value) => setStatus(String(value))}
            options={[
              { value: ALL, label: t('catalogAdmin.filter.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`catalogAdmin.status.${s}`) })),
            ]}
            aria-label={t('common.status')}
          />
          <Typography.Text type="secondary" className="toolbar-count" role="status">
            {list.data ? t('catalogAdmin.count', { n: list.data.total }) : ''}
          </Typography.Text>
        </Flex>
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <ProceduresTable items={list.data?.items ?? []} loading={list.isPending || list.isPlaceholderData} />
      </Card>
      <Card size="small" className="section-card exchange-card" title={t('catalogAdmin.exchangeTitle')}>
        <Flex gap={12} wrap align="center" justify="space-between">
          <Typography.Text type="secondary">
            {status
              ? t('catalogAdmin.exportFiltered', { status: t(`catalogAdmin.status.${status}`) })
              : t('catalogAdmin.exportAll')}
          </Typography.Text>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={catalogExportUrl('json', status)} download>
              {t('catalogAdmin.exportJson')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={catalogExportUrl('xlsx', status)} download>
              {t('catalogAdmin.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={CATALOG_TEMPLATE_URL} download>
              {t('catalogAdmin.template')}
            </Button>
          </Space>
        </Flex>
      </Card>
    </>
  );
}
