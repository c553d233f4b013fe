import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Counter, ServiceArea } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryError } from '../../../../components/ui/query-error';
import { countersQueryOptions } from '../../../../features/admin-counters/api/get-counters';
import { CounterFormDrawer } from '../../../../features/admin-counters/components/counter-form-drawer';
import { CountersTable } from '../../../../features/admin-counters/components/counters-table';
import { ServiceAreaFormDrawer } from '../../../../features/admin-counters/components/service-area-form-drawer';
import { ServiceAreasTable } from '../../../../features/admin-counters/components/service-areas-table';
import { useI18n } from '../../../../lib/i18n';
import { agenciesQueryOptions, serviceAreasQueryOptions } from '../../../../lib/org-queries';
import { useDocumentTitle } from '../../../use-document-title';

type Drawer<T> = { open: boolean; item: T | null };

/** Counters (quầy) and the service areas (khu vực) they stand in. */
export function AdminCountersRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('counters.title'));
  const counters = useQuery(countersQueryOptions());
  const areas = useQuery(serviceAreasQueryOptions());
  const agencies = useQuery(agenciesQueryOptions());
  const [tab, setTab] = useState('counters');
  const [search, setSearch] = useState('');
  const [counterDrawer, setCounterDrawer] = useState<Drawer<Counter>>({ open: false, item: null });
  const [areaDrawer, setAreaDrawer] = useState<Drawer<ServiceArea>>({ open: false, item: null });
  const counterList = counters.data ?? [];
  const areaList = areas.data ?? [];
  const error = counters.error ?? areas.error;

  return (
    <>
      <PageHeader
        title={t('counters.title')}
        description={t('counters.description')}
        extra={
          tab === 'counters' ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCounterDrawer({ open: true, item: null })}
              disabled={areaList.length === 0}
            >
              {t('counters.create')}
            </Button>
          ) : (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAreaDrawer({ open: true, item: null })}>
              {t('areas.create')}
            </Button>
          )
        }
      />
      {error ? (
        <QueryError
          error={error}
          onRetry={() => {
            void counters.refetch();
            void areas.refetch();
          }}
        />
      ) : null}
      <Card className="section-card">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'counters',
              label: t('counters.tab', { n: counterList.length }),
              children: (
                <>
                  <Flex gap={12} wrap align="center" className="table-toolbar">
                    <Input
                      allowClear
                      prefix={<SearchOutlined />}
                      placeholder={t('counters.searchPlaceholder')}
                      value={search}
                      onChange={(e) => setSearch(e.target.value)}
                      style={{ maxWidth: 320 }}
                      aria-label={t('counters.searchPlaceholder')}
                    />
                    <Typography.Text type="secondary">{t('counters.help')}</Typography.Text>
                  </Flex>
                  <CountersTable
                    counters={counterList}
                    areas={areaList}
                    search={search}
                    loading={counters.isPending || areas.isPending}
                    onEdit={(item) => setCounterDrawer({ open: true, item })}
                  />
                </>
              ),
            },
            {
              key: 'areas',
              label: t('areas.tab', { n: areaList.length }),
              children: (
                <ServiceAreasTable
                  areas={areaList}
                  loading={areas.isPending}
                  counterCount={(id) => counterList.filter((c) => c.serviceAreaId === id).length}
                  onEdit={(item) => setAreaDrawer({ open: true, item })}
                />
              ),
            },
          ]}
        />
      </Card>
      <CounterFormDrawer
        open={counterDrawer.open}
        counter={counterDrawer.item}
        areas={areaList}
        agencies={agencies.data ?? []}
        onClose={() => setCounterDrawer((d) => ({ ...d, open: false }))}
      />
      <ServiceAreaFormDrawer
        open={areaDrawer.open}
        area={areaDrawer.item}
        onClose={() => setAreaDrawer((d) => ({ ...d, open: false }))}
      />
    </>
  );
}
