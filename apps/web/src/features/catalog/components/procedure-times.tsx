import { CalculatorOutlined, ClockCircleOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { Link } from 'react-router';
import { dueDateHref } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n';

/** "Thời hạn giải quyết" per case, with a link to compute the appointment for a dossier sent today. */
export function ProcedureTimes({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const timed = procedure.channels.filter((c) => c.time);
  return (
    <>
      <ul className="time-list">
        {procedure.cases.map((c) => (
          <li key={c.code} className="time-item">
            <div className="time-item__row">
              {procedure.cases.length > 1 ? <span className="time-item__case">{c.name}</span> : null}
              <span className="time-item__value">
                <ClockCircleOutlined /> {c.legalTime.label}
              </span>
            </div>
            {c.sameDayCutoff ? (
              <div className="muted small">{t('procedure.sameDayCutoff', { time: c.sameDayCutoff })}</div>
            ) : null}
            {c.note ? <div className="muted small">{c.note}</div> : null}
            <Link to={dueDateHref(c.legalTime.amount, c.legalTime.unit)} className="time-item__link small">
              <CalculatorOutlined /> {t('procedure.computeDue')}
            </Link>
          </li>
        ))}
      </ul>
      {timed.length ? (
        <ul className="time-channels muted small">
          {timed.map((c) => (
            <li key={c.channel}>{t('procedure.channelTime', { channel: c.label, time: c.time!.label })}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted small">{t('procedure.timeHelp')}</p>
    </>
  );
}
