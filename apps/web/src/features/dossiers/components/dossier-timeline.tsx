import type { DossierDetail } from '@mot-cua/contracts';
import { Tag, Timeline } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

const eventColor = (type: string) =>
  /REFUSED|STOPPED|WITHDRAWN/.test(type)
    ? 'red'
    : /SUPPLEMENT|PAYMENT_REQUESTED|RETURNED_FOR_COMPLETION|APOLOGIZED/.test(type)
      ? 'orange'
      : /RESULT/.test(type)
        ? 'green'
        : 'blue';

/** What happened to the dossier, newest first: the server's sentence, who, from which agency, when. */
export function DossierTimeline({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const events = [...dossier.events].sort((a, b) => b.version - a.version);
  if (events.length === 0) return <p className="muted">{t('dossier.noEvents')}</p>;
  return (
    <Timeline
      className="dossier-timeline"
      items={events.map((e) => ({
        key: e.version,
        color: eventColor(e.type),
        content: (
          <div className="dossier-event">
            <div className="dossier-event__summary">
              {e.summary}
              {e.form ? <Tag className="dossier-event__form">{t(`formTag.${formTagOf(e.form)}`)}</Tag> : null}
            </div>
            <div className="muted small">
              <span className="nowrap">{formatDateTime(e.at)}</span>
              {e.actor ? ` · ${e.actor.fullName}` : ` · ${t('dossier.system')}`}
              {e.actorAgency ? ` · ${e.actorAgency.name}` : ''}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** The server's form codes → the tag printed beside the event ("Mẫu 01"…). */
export function formTagOf(
  form: string,
): 'RECEIPT' | 'SUPPLEMENT_REQUEST' | 'REFUSAL' | 'APOLOGY' | 'STOP_NOTICE' | 'OTHER' {
  switch (form) {
    case 'RECEIPT':
    case 'SUPPLEMENT_REQUEST':
    case 'REFUSAL':
    case 'APOLOGY':
    case 'STOP_NOTICE':
      return form;
    default:
      return 'OTHER';
  }
}
