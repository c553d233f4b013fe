import type { CalendarEntry } from '@mot-cua/contracts';
import { Popover } from 'antd';
import type { ReactNode } from 'react';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { type DayKind, dayKind, entriesByDate, monthGrid } from '../calendar-grid';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
/** Monday first: T2 … CN. */
const WEEKDAY_HEADERS: MessageKey[] = [
  'weekdayShort.1',
  'weekdayShort.2',
  'weekdayShort.3',
  'weekdayShort.4',
  'weekdayShort.5',
  'weekdayShort.6',
  'weekdayShort.0',
];

const kindLabel: Record<DayKind, MessageKey> = {
  off: 'calendar.legend.off',
  makeup: 'calendar.legend.makeup',
  pending: 'calendar.legend.pending',
  weekend: 'calendar.legend.weekend',
  workday: 'calendar.legend.workday',
};

export function CalendarLegend() {
  const { t } = useI18n();
  return (
    <ul className="calendar-legend" aria-label={t('calendar.legend.title')}>
      {(['off', 'makeup', 'pending', 'weekend', 'workday'] as const).map((kind) => (
        <li key={kind}>
          <span className={`calendar-legend__swatch day--${kind}`} aria-hidden="true" />
          {t(kindLabel[kind])}
        </li>
      ))}
    </ul>
  );
}

/**
 * Twelve month grids. A click on a day opens its details (lunar date, reason, edit actions) in a popover;
 * only the selected day carries one, so the year stays light.
 */
export function YearCalendar({
  year,
  entries,
  today,
  selected,
  onSelect,
  renderDetail,
}: {
  year: number;
  entries: readonly CalendarEntry[];
  today: string;
  selected: string | null;
  onSelect: (date: string | null) => void;
  renderDetail: (date: string, entry: CalendarEntry | undefined) => ReactNode;
}) {
  const { t } = useI18n();
  const byDate = entriesByDate(entries);

  return (
    <div className="year-calendar" data-testid="year-calendar">
      {MONTHS.map((month) => (
        <section key={month} className="month" aria-label={t('calendar.monthTitle', { month, year })}>
          <h4 className="month__title">{t('calendar.monthTitle', { month, year })}</h4>
          <table className="month__grid">
            <thead>
              <tr>
                {WEEKDAY_HEADERS.map((key, i) => (
                  <th key={key} scope="col" className={i >= 5 ? 'month__weekend-head' : undefined}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(year, month).map((week, w) => (
                <tr key={w}>
                  {week.map((date, d) => {
                    if (!date) return <td key={d} />;
                    const entry = byDate.get(date);
                    const kind = dayKind(date, entry);
                    const day = Number(date.slice(8));
                    // The name starts with the number shown, so that speech input ("click 3") finds the button
                    // (WCAG 2.5.3 Label in Name).
                    const label = `${day} · ${formatDateWithWeekday(date, t)}${entry ? `: ${entry.reason}` : ''}`;
                    const classes = ['day', `day--${kind}`];
                    if (date === today) classes.push('day--today');
                    if (date === selected) classes.push('day--selected');
                    const button = (
                      <button
                        type="button"
                        className={classes.join(' ')}
                        aria-label={label}
                        title={entry ? entry.reason : undefined}
                        data-date={date}
                        onClick={date === selected ? undefined : () => onSelect(date)}
                      >
                        {day}
                      </button>
                    );
                    return (
                      <td key={d}>
                        {date === selected ? (
                          <Popover
                            open
                            trigger="click"
                            onOpenChange={(open) => !open && onSelect(null)}
                            title={formatDateWithWeekday(date, t)}
                            content={renderDetail(date, entry)}
                            placement="bottom"
                          >
                            {button}
                          </Popover>
                        ) : (
                          button
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
