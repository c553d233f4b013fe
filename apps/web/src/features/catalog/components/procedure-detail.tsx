import {
  ApartmentOutlined,
  AuditOutlined,
  CalculatorOutlined,
  ClockCircleOutlined,
  DollarOutlined,
  FileDoneOutlined,
  NodeIndexOutlined,
  PrinterOutlined,
  SendOutlined,
  ShopOutlined,
  SnippetsOutlined,
} from '@ant-design/icons';
import type { Center, ProcedureDetail } from '@mot-cua/contracts';
import { Alert, Button, Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { dueDateHref, onlineSubmitHref, procedurePrintHref } from '../../../config/paths';
import { formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { canSubmitOnline } from '../procedure-facts';
import { OnlineLevelTag } from './online-level-tag';
import { ProcedureDocuments } from './procedure-documents';
import { ProcedureFees } from './procedure-fees';
import { ProcedurePlace } from './procedure-place';
import { ProcedureSteps } from './procedure-steps';
import { ProcedureTimes } from './procedure-times';

function Section({
  id,
  icon,
  title,
  children,
}: {
  id: string;
  icon: ReactNode;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      id={id}
      className="portal-card procedure-section"
      title={
        <h3 className="procedure-section__title">
          {icon} {title}
        </h3>
      }
    >
      {children}
    </Card>
  );
}

/** The page a citizen acts on: what to bring, what it costs, how long, where to go, and how it is processed. */
export function ProcedureDetailView({ procedure, center }: { procedure: ProcedureDetail; center: Center | undefined }) {
  const { t } = useI18n();
  const firstCase = procedure.cases[0];
  return (
    <article className="procedure">
      <header className="procedure-head portal-card">
        <div className="procedure-head__tags">
          <span className="proc-code">{procedure.code}</span>
          <OnlineLevelTag level={procedure.onlineLevel} />
          <Tag>{t(`catalog.level.${procedure.level}`)}</Tag>
          {procedure.interAgency ? <Tag color="purple">{t('procedure.interAgency')}</Tag> : null}
        </div>
        <h2 className="procedure-head__name">{procedure.name}</h2>
        <dl className="procedure-head__facts">
          <div>
            <dt>{t('procedure.field')}</dt>
            <dd>{procedure.field}</dd>
          </div>
          <div>
            <dt>{t('procedure.decidingAgency')}</dt>
            <dd>{procedure.decidingAgency.name}</dd>
          </div>
          {firstCase ? (
            <div>
              <dt>{t('catalog.legalTime')}</dt>
              <dd>
                {procedure.cases.length > 1
                  ? procedure.cases.map((c) => c.legalTime.label).join(' / ')
                  : firstCase.legalTime.label}
              </dd>
            </div>
          ) : null}
        </dl>
        <div className="procedure-head__actions">
          {canSubmitOnline(procedure) ? (
            <Link to={onlineSubmitHref(procedure.code)}>
              <Button type="primary" size="large" icon={<SendOutlined />}>
                {t('procedure.submitOnline')}
              </Button>
            </Link>
          ) : null}
          <Link to={procedurePrintHref(procedure.code)}>
            <Button size="large" icon={<PrinterOutlined />}>
              {t('procedure.printChecklist')}
            </Button>
          </Link>
          {firstCase ? (
            <Link to={dueDateHref(firstCase.legalTime.amount, firstCase.legalTime.unit)}>
              <Button size="large" icon={<CalculatorOutlined />}>
                {t('menu.dueDate')}
              </Button>
            </Link>
          ) : null}
        </div>
      </header>

      {procedure.hasDemoValues ? (
        <Alert type="warning" showIcon role="note" className="procedure-demo" title={t('procedure.demoNotice')} />
      ) : null}

      <div className="procedure-grid">
        <div className="procedure-main">
          <Section id="giay-to" icon={<SnippetsOutlined />} title={t('procedure.documents')}>
            <ProcedureDocuments procedure={procedure} />
          </Section>
          <Section id="thoi-han" icon={<ClockCircleOutlined />} title={t('procedure.times')}>
            <ProcedureTimes procedure={procedure} />
          </Section>
          <Section id="phi" icon={<DollarOutlined />} title={t('procedure.fees')}>
            <ProcedureFees procedure={procedure} />
          </Section>
          <Section id="quy-trinh" icon={<NodeIndexOutlined />} title={t('procedure.steps')}>
            <ProcedureSteps procedure={procedure} />
          </Section>
        </div>
        <aside className="procedure-aside">
          <Section id="noi-nop" icon={<ShopOutlined />} title={t('procedure.place')}>
            <ProcedurePlace procedure={procedure} center={center} />
          </Section>
          <Section id="ket-qua" icon={<FileDoneOutlined />} title={t('procedure.results')}>
            <ul className="plain-list bullet-list">
              {procedure.results.map((r) => (
                <li key={r.name}>
                  {r.name} {r.electronic ? <Tag color="geekblue">{t('procedure.electronic')}</Tag> : null}
                </li>
              ))}
            </ul>
          </Section>
          <Section id="co-quan" icon={<ApartmentOutlined />} title={t('procedure.agencies')}>
            <dl className="fact-list">
              <dt>{t('procedure.decidingAgency')}</dt>
              <dd>
                {procedure.decidingAgency.name}
                {procedure.decidingBodyNote ? <div className="muted small">{procedure.decidingBodyNote}</div> : null}
              </dd>
              {procedure.coordinatingAgencies.length ? (
                <>
                  <dt>{t('procedure.coordinating')}</dt>
                  <dd>
                    <ul className="plain-list">
                      {procedure.coordinatingAgencies.map((a) => (
                        <li key={a.id}>{a.name}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              <dt>{t('procedure.effective')}</dt>
              <dd>
                {procedure.effectiveTo
                  ? t('procedure.effectiveRange', {
                      from: formatPlainDate(procedure.effectiveFrom),
                      to: formatPlainDate(procedure.effectiveTo),
                    })
                  : t('procedure.effectiveFrom', { from: formatPlainDate(procedure.effectiveFrom) })}
              </dd>
            </dl>
          </Section>
          <Section id="can-cu" icon={<AuditOutlined />} title={t('procedure.legalBases')}>
            <ul className="plain-list legal-list">
              {procedure.legalBases.map((b) => (
                <li key={b.code}>
                  <span className="strong">{b.code}</span> – {b.name}
                </li>
              ))}
            </ul>
          </Section>
          {procedure.notes.length ? (
            <Section id="ghi-chu" icon={<SnippetsOutlined />} title={t('procedure.notes')}>
              <ul className="plain-list bullet-list small">
                {procedure.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </Section>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
