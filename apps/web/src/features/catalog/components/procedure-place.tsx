import { EnvironmentOutlined, PhoneOutlined, SendOutlined, ShopOutlined } from '@ant-design/icons';
import type { Center, ProcedureDetail } from '@mot-cua/contracts';
import { Button } from 'antd';
import { Link } from 'react-router';
import { onlineSubmitHref, paths } from '../../../config/paths';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { canSubmitOnline } from '../procedure-facts';

const channelText: Record<ProcedureDetail['channels'][number]['channel'], MessageKey> = {
  IN_PERSON: 'procedure.channel.IN_PERSON',
  POSTAL: 'procedure.channel.POSTAL',
  ONLINE_FULL: 'procedure.channel.ONLINE_FULL',
  ONLINE_PARTIAL: 'procedure.channel.ONLINE_PARTIAL',
};

/** "Nơi nộp": the center (or the agency that receives), its address, and the ways to send the dossier. */
export function ProcedurePlace({ procedure, center }: { procedure: ProcedureDetail; center: Center | undefined }) {
  const { t } = useI18n();
  const atCenter = procedure.receivedAtCenter;
  return (
    <div className="place">
      <div className="place__where">
        <ShopOutlined className="place__icon" />
        <div>
          <div className="place__name">
            {atCenter ? (center?.name ?? procedure.receivingAgency.name) : procedure.receivingAgency.name}
          </div>
          {atCenter && center ? (
            <>
              <div className="place__line">
                <EnvironmentOutlined /> {center.address}
              </div>
              {center.phone ? (
                <div className="place__line">
                  <PhoneOutlined /> <a href={`tel:${center.phone.replace(/\s+/g, '')}`}>{center.phone}</a>
                </div>
              ) : null}
              <div className="place__line">
                <Link to={paths.home}>{t('procedure.officeHoursLink')}</Link>
              </div>
            </>
          ) : null}
          {!atCenter ? <div className="place__line muted">{t('procedure.notAtCenter')}</div> : null}
          {procedure.processedWhollyAtCenter ? (
            <div className="place__line muted small">{t('procedure.processedAtCenter')}</div>
          ) : null}
        </div>
      </div>
      <h4 className="place__subtitle">{t('procedure.channels')}</h4>
      <ul className="place__channels">
        {procedure.channels.map((c) => (
          <li key={c.channel}>
            <span className="strong">{c.label}</span>
            <span className="muted small"> – {t(channelText[c.channel])}</span>
            {c.note ? <div className="muted small">{c.note}</div> : null}
          </li>
        ))}
      </ul>
      {canSubmitOnline(procedure) ? (
        <Link to={onlineSubmitHref(procedure.code)}>
          <Button type="primary" icon={<SendOutlined />} block>
            {t('procedure.submitOnline')}
          </Button>
        </Link>
      ) : null}
    </div>
  );
}
