import { ArrowRightOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { Table, type TableColumnsType, Tag } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { outcomeColors } from './dossier-steps';

type Event = DossierDetail['events'][number];

/**
 * Form 05 "Phiếu kiểm soát quá trình giải quyết hồ sơ" on screen: each hand-over of the dossier, from which unit
 * to which, who gave and who received it, when, and whether the giver was early, on time or late.
 */
export function ControlSheet({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const rows = dossier.events.filter((e) => e.handover);
  const party = (ref: { name: string } | null) => ref?.name ?? t('dossier.handoverApplicant');
  const columns: TableColumnsType<Event> = [
    { title: t('checklist.number'), key: 'n', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: t('dossier.handover'),
      key: 'parties',
      render: (_, e) => (
        <>
          <div className="handover">
            <span>{party(e.handover!.from)}</span>
            <ArrowRightOutlined className="handover__arrow" aria-label={t('dossier.handoverTo')} />
            <span className="strong">{party(e.handover!.to)}</span>
          </div>
          <div className="muted small">
            {e.handover!.giver ? <div>{t('dossier.handoverGiver', { name: e.handover!.giver })}</div> : null}
            <div>
              {e.handover!.receiver
                ? t('dossier.handoverReceiver', { name: e.handover!.receiver })
                : t('dossier.handoverPending')}
            </div>
          </div>
        </>
      ),
    },
    {
      title: t('dossier.handoverAt'),
      key: 'at',
      width: 110,
      render: (_, e) => {
        const [date, time] = formatDateTime(e.at).split(' ');
        return (
          <>
            <div className="nowrap">{date}</div>
            <div className="muted small">{time}</div>
          </>
        );
      },
    },
    {
      title: t('dossier.handoverOutcome'),
      key: 'outcome',
      width: 104,
      render: (_, e) =>
        e.handover!.outcome ? (
          <Tag color={outcomeColors[e.handover!.outcome]}>{t(`outcome.${e.handover!.outcome}`)}</Tag>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  return (
    <Table<Event>
      rowKey="version"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 440 }}
      data-testid="control-sheet"
      locale={{ emptyText: t('dossier.noHandovers') }}
    />
  );
}
