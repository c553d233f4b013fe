import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Agency } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { AgenciesTable } from '../../../../features/admin-agencies/components/agencies-table';
import { AgencyFormDrawer } from '../../../../features/admin-agencies/components/agency-form-drawer';
import { DATE_FORMAT, dayjs, type Dayjs } from '../../../../lib/dayjs';
import { vietnamToday } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { agenciesQueryOptions } from '../../../../lib/org-queries';
import { useDocumentTitle } from '../../../use-document-title';

/** Agencies valid on a chosen day (or every version), with create and edit in a side panel. */
export function AdminAgenciesRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('agencies.title'));
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs(vietnamToday(new Date()), 'YYYY-MM-DD'));
  const [allVersions, setAllVersions] = useState(false);
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<{ open: boolean; agency: Agency | null }>({ open: false, agency: null });
  const agencies = useQuery(agenciesQueryOptions(allVersions ? 'all' : asOf.format('YYYY-MM-DD')));
  const items = agencies.data ?? [];

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        description={t('agencies.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, agency: null })}>
            {t('agencies.create')}
          </Button>
        }
      />
      <Card className="section-card">
        <Flex gap={12} wrap align="center" className="table-toolbar">
          <label className="toolbar-field">
            <span>{t('agencies.asOf')}</span>
            <DatePicker
              value={asOf}
              onChange={(value) => value && setAsOf(value)}
              format={DATE_FORMAT}
              allowClear={false}
              disabled={allVersions}
              aria-label={t('agencies.asOf')}
            />
          </label>
          <Checkbox checked={allVersions} onChange={(e) => setAllVersions(e.target.checked)}>
            {t('agencies.allVersions')}
          </Checkbox>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('agencies.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 320 }}
            aria-label={t('agencies.searchPlaceholder')}
          />
          <Typography.Text type="secondary" className="toolbar-count">
            {t('common.count', { n: items.length })}
          </Typography.Text>
        </Flex>
        {agencies.isError ? <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
        <AgenciesTable
          agencies={items}
          search={search}
          loading={agencies.isFetching}
          onEdit={(agency) => setDrawer({ open: true, agency })}
        />
      </Card>
      <AgencyFormDrawer
        open={drawer.open}
        agency={drawer.agency}
        agencies={items}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
    </>
  );
}
