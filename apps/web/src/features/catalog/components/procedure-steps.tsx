import { ClockCircleOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { Steps } from 'antd';
import { isMessageKey, useI18n } from '../../../lib/i18n';

/** The internal process: who does what, in which agency, and how long each step may take. */
export function ProcedureSteps({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useI18n();
  const roleLabel = (role: string) => {
    const key = `role.${role}`;
    return isMessageKey(key) ? t(key) : role;
  };
  const withSteps = procedure.cases.filter((c) => c.steps.length > 0);
  if (withSteps.length === 0) return <p className="muted">{t('procedure.noSteps')}</p>;
  return (
    <div className="steps-cases">
      {withSteps.map((c) => (
        <div key={c.code} className="steps-case">
          {withSteps.length > 1 ? (
            <h4 className="steps-case__title">
              {c.name} <span className="muted">({c.legalTime.label})</span>
            </h4>
          ) : null}
          <Steps
            className="steps-timeline"
            orientation="vertical"
            size="small"
            current={-1}
            items={[...c.steps]
              .sort((a, b) => a.order - b.order)
              .map((step) => ({
                key: step.order,
                // A description of the process, not a progress: every step looks the same.
                status: 'process' as const,
                title: <span className="step__name">{step.name}</span>,
                content: (
                  <div className="step">
                    <div className="step__meta">
                      <span className="step__time">
                        <ClockCircleOutlined /> {step.duration.label}
                      </span>
                      <span className="step__who">
                        {roleLabel(step.role)}
                        {step.agency ? ` – ${step.agency.name}` : ''}
                      </span>
                    </div>
                  </div>
                ),
              }))}
          />
        </div>
      ))}
    </div>
  );
}
