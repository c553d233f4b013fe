import { CalendarOutlined, EnvironmentOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import type { Center } from '@mot-cua/contracts';
import { formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

export function CenterContact({ center }: { center: Center }) {
  const { t } = useI18n();
  return (
    <dl className="center-contact">
      <div>
        <dt>
          <EnvironmentOutlined /> {t('center.address')}
        </dt>
        <dd>{center.address}</dd>
      </div>
      {center.phone ? (
        <div>
          <dt>
            <PhoneOutlined /> {t('center.phone')}
          </dt>
          <dd>
            <a href={`tel:${center.phone.replace(/\s+/g, '')}`}>{center.phone}</a>
          </dd>
        </div>
      ) : null}
      {center.email ? (
        <div>
          <dt>
            <MailOutlined /> {t('center.email')}
          </dt>
          <dd>
            <a href={`mailto:${center.email}`}>{center.email}</a>
          </dd>
        </div>
      ) : null}
      {center.openedOn ? (
        <div>
          <dt>
            <CalendarOutlined /> {t('center.openedOn')}
          </dt>
          <dd>{formatPlainDate(center.openedOn)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
