import { CalendarOutlined, SettingOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../../components/ui/page-header';
import { CalendarSettingsForm } from '../../../../features/calendar-admin/components/calendar-settings-form';
import { CalendarYearPanel } from '../../../../features/calendar-admin/components/calendar-year-panel';
import { FIRST_YEAR, LAST_YEAR } from '../../../../features/calendar-admin/components/year-picker';
import { vietnamToday } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { useDocumentTitle } from '../../../use-document-title';

const SETTINGS_TAB = 'thiet-lap';

/** The year (`?nam=2027`, default this year) and the tab (`?tab=thiet-lap`) live in the address. */
function yearFrom(params: URLSearchParams): number {
  const year = Number(params.get('nam'));
  if (Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR) return year;
  return Number(vietnamToday(new Date()).slice(0, 4));
}

/** "Quản trị: Lịch làm việc": days off and make-up days per year, and the due-date settings. */
export function AdminCalendarRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params);
  const tab = params.get('tab') === SETTINGS_TAB ? SETTINGS_TAB : 'nam';
  useDocumentTitle(`${t('calendarPage.title')} ${tab === SETTINGS_TAB ? '' : year}`.trim());

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('calendarPage.title')} description={t('calendarPage.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === SETTINGS_TAB ? SETTINGS_TAB : null })}
        items={[
          {
            key: 'nam',
            label: t('calendarPage.yearTab'),
            icon: <CalendarOutlined />,
            children: (
              <CalendarYearPanel key={year} year={year} canEdit onYearChange={(y) => update({ nam: String(y) })} />
            ),
          },
          {
            key: SETTINGS_TAB,
            label: t('calendarPage.settingsTab'),
            icon: <SettingOutlined />,
            children: <CalendarSettingsForm />,
          },
        ]}
      />
    </>
  );
}
