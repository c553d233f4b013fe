import { CheckCircleFilled, CloseCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { useI18n } from '../../../lib/i18n';
import { type StepSum, formatDifference, formatDuration } from '../step-sum';

/**
 * The running sum of a case's steps against its legal time: green when they add up exactly, red with the
 * difference when they do not (publishing would be refused).
 */
export function StepSumBar({ sum, testId }: { sum: StepSum; testId?: string }) {
  const { t } = useI18n();
  if (sum.state === 'empty') return null;
  let tone: 'ok' | 'error' | 'info';
  let text: string;
  switch (sum.state) {
    case 'ok':
      tone = 'ok';
      text = t('catalogAdmin.sum.ok', { total: formatDuration(sum.total, t), legal: formatDuration(sum.legal, t) });
      break;
    case 'mismatch':
      tone = 'error';
      text = t('catalogAdmin.sum.mismatch', {
        total: formatDuration(sum.total, t),
        legal: formatDuration(sum.legal, t),
        difference: formatDifference(sum.difference, t),
      });
      break;
    case 'unit':
      tone = 'error';
      text = t('catalogAdmin.sum.unit', { step: sum.stepIndex + 1, legal: formatDuration(sum.legal, t) });
      break;
    case 'incomplete':
      tone = 'info';
      text = t('catalogAdmin.sum.incomplete', {
        total: formatDuration(sum.total, t),
        legal: formatDuration(sum.legal, t),
      });
      break;
  }
  const icon = tone === 'ok' ? <CheckCircleFilled /> : tone === 'error' ? <CloseCircleFilled /> : <InfoCircleFilled />;
  return (
    <div
      className={`step-sum step-sum--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid={testId}
    >
      {icon}
      <span>{text}</span>
    </div>
  );
}
