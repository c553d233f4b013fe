import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { DOSSIER_CHANNELS, type DossierChannel, type DossierQueue } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, DatePicker, Flex, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { DATE_FORMAT, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
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
    dossiersQueryOptions({
      queue: search.queue,
      q: search.q || undefined,
      channel: search.channel,
      receivedFrom: search.from,
      receivedTo: search.to,
      sort: search.sort,
      page: search.page,
      pageSize: PAGE_SIZE,
    }),
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
            onClick={() => go({ ...search, queue, page: 1 })}
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
          onSearch={(value) => go({ ...search, q: value.trim(), page: 1 })}
          style={{ maxWidth: 420 }}
        />
        <Select<DossierChannel>
          allowClear
          placeholder={t('dossiers.allChannels')}
          aria-label={t('dossiers.channelFilter')}
          value={search.channel}
          onChange={(channel) => go({ ...search, channel, page: 1 })}
          options={DOSSIER_CHANNELS.map((c) => ({ value: c, label: t(`dossierChannel.${c}`) }))}
          style={{ width: 170 }}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          format={DATE_FORMAT}
          placeholder={[t('dossiers.receivedFrom'), t('dossiers.receivedTo')]}
          aria-label={t('dossiers.receivedFilter')}
          value={[plainDateToDayjs(search.from), plainDateToDayjs(search.to)]}
          onChange={(range) =>
            go({
              ...search,
              from: dayjsToPlainDate(range?.[0]) ?? undefined,
              to: dayjsToPlainDate(range?.[1]) ?? undefined,
              page: 1,
            })
          }
          style={{ width: 260 }}
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
        sort={search.sort}
        onSort={(sort) => go({ ...search, sort, page: 1 })}
      />
    </Card>
  );
}
