import type { ProcedureDetail } from '@mot-cua/contracts';
import { formatVnd } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { feeAmount, groupChannelFees } from '../procedure-facts';

type Fee = ProcedureDetail['channels'][number]['fees'][number];

function FeeAmountText({ fee }: { fee: Fee }) {
  const { t } = useI18n();
  const amount = feeAmount(fee);
  switch (amount.kind) {
    case 'amount':
      return (
        <>
          <span className="fee-amount">{formatVnd(amount.vnd)}</span>
          {fee.perUnit ? <span className="muted"> / {fee.perUnit}</span> : null}
        </>
      );
    case 'free':
      return <span className="fee-amount fee-amount--free">{t('procedure.free')}</span>;
    case 'council':
      return <span className="fee-amount">{t('procedure.feeByCouncil')}</span>;
    default:
      return <span className="fee-amount">{t('procedure.feeElsewhere')}</span>;
  }
}

/** "Phí, lệ phí" per channel, channels charging the same merged. */
export function ProcedureFees({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const groups = groupChannelFees(procedure.channels);
  if (groups.length === 0) return <p className="muted">{t('procedure.noFees')}</p>;
  return (
    <div className="fee-groups">
      {groups.map((group) => (
        <div key={group.channels.map((c) => c.channel).join()} className="fee-group">
          <div className="fee-group__channels">
            {groups.length === 1 && group.channels.length > 1
              ? t('procedure.feesAllChannels')
              : t('procedure.feesFor', { channels: group.channels.map((c) => c.label).join(', ') })}
          </div>
          {group.fees.length === 0 ? (
            <p className="fee-none">{t('procedure.noFees')}</p>
          ) : (
            <ul className="fee-list">
              {group.fees.map((fee) => (
                <li key={`${fee.name}-${fee.caseCode ?? ''}`}>
                  <div className="fee-list__row">
                    <span className="fee-list__name">{fee.name}</span>
                    <span className="fee-list__amount">
                      <FeeAmountText fee={fee} />
                    </span>
                  </div>
                  <div className="muted small">
                    {t('procedure.feeBasis')}: {fee.basis}
                    {fee.caseCode
                      ? ` · ${t('procedure.feeCase', { name: procedure.cases.find((c) => c.code === fee.caseCode)?.name ?? fee.caseCode })}`
                      : ''}
                  </div>
                  {fee.note ? <div className="muted small">{fee.note}</div> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
