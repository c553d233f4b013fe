import type { OfficeHoursSeason } from '@mot-cua/contracts';
import { Grid, Table, Tag } from 'antd';
import { formatMonthDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

/** Opening hours by season (summer/winter); the season in force today is marked. */
export function OfficeHoursTable({ seasons, current }: { seasons: OfficeHoursSeason[]; current?: OfficeHoursSeason }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const saturday = (open: boolean) =>
    open ? (
      <Tag color="blue">{t('officeHours.saturdayOpen')}</Tag>
    ) : (
      <span className="muted">{t('officeHours.saturdayClosed')}</span>
    );

  // On a phone a four-column table does not fit: one block per season instead.
  if (screens.sm === false) {
    return (
      <div className="office-hours-list">
        {seasons.map((season) => (
          <section key={season.startsOn} className="office-hours-list__season">
            <div>
              <strong>{season.name}</strong>
              {season === current ? (
                <Tag color="green" style={{ marginInlineStart: 8 }}>
                  {t('officeHours.current')}
                </Tag>
              ) : null}
            </div>
            <div className="muted small">{t('officeHours.from', { date: formatMonthDay(season.startsOn) })}</div>
            <dl>
              <dt>{t('officeHours.morning')}</dt>
              <dd>{`${season.morningStart} – ${season.morningEnd}`}</dd>
              <dt>{t('officeHours.afternoon')}</dt>
              <dd>{`${season.afternoonStart} – ${season.afternoonEnd}`}</dd>
              <dt>{t('officeHours.saturday')}</dt>
              <dd>{saturday(season.saturdayMorningOpen)}</dd>
            </dl>
          </section>
        ))}
      </div>
    );
  }

  return (
    <Table<OfficeHoursSeason>
      className="office-hours-table"
      size="middle"
      pagination={false}
      rowKey="startsOn"
      dataSource={seasons}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('officeHours.season'),
          dataIndex: 'name',
          render: (name: string, season) => (
            <>
              <strong>{name}</strong>
              {season === current ? (
                <Tag color="green" style={{ marginInlineStart: 8 }}>
                  {t('officeHours.current')}
                </Tag>
              ) : null}
              <div className="muted">{t('officeHours.from', { date: formatMonthDay(season.startsOn) })}</div>
            </>
          ),
        },
        {
          title: t('officeHours.morning'),
          key: 'morning',
          render: (_, s) => `${s.morningStart} – ${s.morningEnd}`,
        },
        {
          title: t('officeHours.afternoon'),
          key: 'afternoon',
          render: (_, s) => `${s.afternoonStart} – ${s.afternoonEnd}`,
        },
        {
          title: t('officeHours.saturday'),
          dataIndex: 'saturdayMorningOpen',
          render: saturday,
        },
      ]}
    />
  );
}
