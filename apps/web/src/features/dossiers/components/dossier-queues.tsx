import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { DossierQueue } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { dossiersQueryOptions } from '../api/get-dossiers';
import { queueCountsQueryOptions } from '../api/get-queue-counts';
import {
  deskQueues,
  type DossierDesk,
  PAGE_SIZE,
  paramsFromQueueSearch,
  type QueueSearch,
  queueSearchFromParams,
  urgentQueues,
} from '../dossier-queues';
import { DossierTable } from './dossier-table';
import { RegisterPrint } from './register-print';

/**
 * A desk's work queues: tabs with counts, a search by code or applicant, and the page of dossiers. The queue,
 * search and page live in the address (`?hang-doi=mine&q=lan&page=2`) so a link or a reload keeps them.
 */
export function DossierQueues({
  desk,
  deskPath,
  canReceive,
}: {
  desk: DossierDesk;
  deskPath: string;
  canReceive: boolean;
}) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const search = queueSearchFromParams(desk, params);
  const [text, setText] = useState(search.q);
  useEffect(() => setText(search.q), [search.q]);
  const counts = useQuery(queueCountsQueryOptions());
  const list = useQuery(
    dossiersQueryOptions({ queue: search.queue, q: search.q || undefined, page: search.page, pageSize: PAGE_SIZE }),
  );
  const today = vietnamToday(new Date());

  const go = (next: QueueSearch) => setParams(paramsFromQueueSearch(next));

  const tabLabel = (queue: DossierQueue) => {
    const n = counts.data?.[queue];
    return (
      <span className="queue-tab">
        {t(`queue.${queue}`)}
        {n !== undefined ? (
          <Badge
            count={n}
            showZero
            overflowCount={999}
            color={n > 0 ? (urgentQueues.has(queue) ? '#c8102e' : '#0b57a4') : '#b8c2d0'}
            className="queue-tab__badge"
          />
        ) : null}
      </span>
    );
  };

  return (
    <Card className="section-card queue-card">
      <nav className="queue-nav" aria-label={t('dossiers.queues')}>
        {deskQueues[desk].map((queue) => (
          <button
            key={queue}
            type="button"
            className={queue === search.queue ? 'queue-chip queue-chip--active' : 'queue-chip'}
            aria-current={queue === search.queue ? 'page' : undefined}
            onClick={() => go({ queue, q: search.q, page: 1 })}
          >
            {tabLabel(queue)}
          </button>
        ))}
      </nav>
      <Flex gap={12} wrap align="center" className="table-toolbar">
        <Input.Search
          allowClear
          enterButton={<SearchOutlined />}
          placeholder={t('dossiers.searchPlaceholder')}
          aria-label={t('dossiers.searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => go({ queue: search.queue, q: value.trim(), page: 1 })}
          style={{ maxWidth: 420 }}
        />
        {list.data ? (
          <Typography.Text type="secondary" className="toolbar-count" role="status">
            {t('dossiers.total', { n: list.data.total })}
          </Typography.Text>
        ) : null}
        <RegisterPrint />
        {canReceive ? (
          <Link to={paths.staff.receive}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('dossiers.newIntake')}
            </Button>
          </Link>
        ) : null}
      </Flex>
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      <DossierTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={search.page}
        pageSize={PAGE_SIZE}
        loading={list.isPending || list.isPlaceholderData}
        today={today}
        linkState={{ desk: deskPath, back: location.pathname + location.search }}
        emptyText={
          search.q
            ? t('dossiers.emptySearch', { q: search.q })
            : t('dossiers.empty', { queue: t(`queue.${search.queue}`) })
        }
        onPage={(page) => go({ ...search, page })}
      />
    </Card>
  );
}
