import { BankOutlined, ClockCircleOutlined, SwapOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { Alert, Button } from 'antd';
import { formatVnd } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

type Fee = ProcedureDetail['channels'][number]['fees'][number];

function FeeLine({ fee }: { fee: Fee }) {
  const { t } = useI18n();
  return (
    <li className="intake-fees__item">
      <span>{fee.name}</span>
      <span className="intake-fees__amount">
        {fee.amountVnd === null ? (
          <span className="muted">{fee.basis}</span>
        ) : fee.amountVnd === 0 ? (
          t('procedure.free')
        ) : (
          <>
            {formatVnd(fee.amountVnd)}
            {fee.perUnit ? <span className="muted small"> / {fee.perUnit}</span> : null}
          </>
        )}
      </span>
    </li>
  );
}

/** The chosen procedure at a glance: its legal time for the chosen case and its fees for the chosen channel. */
export function ProcedureSummary({
  procedure,
  caseCode,
  channel,
  onChange,
}: {
  procedure: ProcedureDetail;
  caseCode?: string;
  channel: string;
  onChange?: () => void;
}) {
  const { t } = useI18n();
  const chosenCase = procedure.cases.find((c) => c.code === caseCode) ?? procedure.cases[0];
  const channelInfo = procedure.channels.find((c) => c.channel === channel);
  const fees = (channelInfo?.fees ?? []).filter((f) => !f.caseCode || f.caseCode === chosenCase?.code);
  return (
    <div className="intake-procedure" data-testid="intake-procedure">
      <div className="intake-procedure__head">
        <div className="intake-procedure__title">
          <span className="proc-code">{procedure.code}</span>
          <span className="intake-procedure__name">{procedure.name}</span>
        </div>
        {onChange ? (
          <Button icon={<SwapOutlined />} onClick={onChange}>
            {t('intake.change')}
          </Button>
        ) : null}
      </div>
      <div className="intake-procedure__facts">
        <div>
          <div className="muted small">{t('procedure.decidingAgency')}</div>
          <div className="strong">
            <BankOutlined /> {procedure.decidingAgency.name}
          </div>
        </div>
        {chosenCase ? (
          <div>
            <div className="muted small">{t('procedure.times')}</div>
            <div className="intake-procedure__time">
              <ClockCircleOutlined /> {channelInfo?.time?.label ?? chosenCase.legalTime.label}
            </div>
          </div>
        ) : null}
        <div className="intake-procedure__fees">
          <div className="muted small">{t('procedure.fees')}</div>
          {fees.length ? (
            <ul className="intake-fees">
              {fees.map((fee) => (
                <FeeLine key={`${fee.name}-${fee.caseCode ?? ''}`} fee={fee} />
              ))}
            </ul>
          ) : (
            <div>{t('procedure.noFees')}</div>
          )}
        </div>
      </div>
      {!procedure.receivedAtCenter ? <Alert type="warning" showIcon title={t('procedure.notAtCenter')} /> : null}
    </div>
  );
}
