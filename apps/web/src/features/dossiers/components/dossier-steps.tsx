import type { DossierDetail } from '@mot-cua/contracts';
import { Steps, Tag } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { isMessageKey, useI18n } from '../../../lib/i18n';

export const outcomeColors = { EARLY: 'green', ON_TIME: 'blue', LATE: 'red' } as const;

/** The internal steps: done, current (highlighted, with its assignee and due time) and still to come. */
export function DossierSteps({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const current = dossier.steps.findIndex((s) => s.current);
  const roleLabel = (role: string) => {
    const key = `role.${role}`;
    return isMessageKey(key) ? t(key) : role;
  };
  if (dossier.steps.length === 0) return <p className="muted">{t('dossier.noSteps')}</p>;
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={current}
      className="dossier-steps"
      items={dossier.steps.map((step) => ({
        key: step.index,
        status: step.completedAt ? 'finish' : step.current ? 'process' : 'wait',
        title: (
          <span className={step.current ? 'dossier-step__title dossier-step__title--current' : 'dossier-step__title'}>
            {step.name}
            {step.current ? (
              <Tag color="blue" className="dossier-step__now">
                {t('dossier.stepCurrent')}
              </Tag>
            ) : null}
            {step.outcome ? <Tag color={outcomeColors[step.outcome]}>{t(`outcome.${step.outcome}`)}</Tag> : null}
          </span>
        ),
        content: (
          <div className="dossier-step__meta">
            <span>
              {step.agency?.name ?? '—'} · {roleLabel(step.role)}
            </span>
            {step.assignee ? (
              <span>{t('dossier.stepAssignee', { name: step.assignee.fullName })}</span>
            ) : step.current && dossier.status === 'IN_PROCESS' ? (
              <span className="dossier-step__unassigned">{t('dossier.stepUnassigned')}</span>
            ) : null}
            {step.dueAt && !step.completedAt ? (
              <span>{t('dossier.stepDue', { time: formatDateTime(step.dueAt) })}</span>
            ) : null}
            {step.completedAt ? <span>{t('dossier.stepDone', { time: formatDateTime(step.completedAt) })}</span> : null}
          </div>
        ),
      }))}
    />
  );
}
