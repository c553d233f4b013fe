import { EyeInvisibleOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Tooltip } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { revealedDossierQueryOptions } from '../api/get-dossier';
import { applicantRows } from '../applicant-display';

/**
 * The applicant, masked by default. Officers allowed to read personal data may show it with an explicit
 * click; the server records each such read in the audit log, and the card says so.
 */
export function ApplicantCard({ dossier, canReveal }: { dossier: DossierDetail; canReveal: boolean }) {
  const { t } = useI18n();
  const [reveal, setReveal] = useState(false);
  const revealed = useQuery({ ...revealedDossierQueryOptions(dossier.id), enabled: reveal });
  const applicant = reveal && revealed.data ? revealed.data.applicant : dossier.applicant;
  const rows = applicantRows(applicant);

  return (
    <Card title={t('dossier.applicant')} className="section-card" data-testid="applicant-card">
      <dl className="fact-grid">
        {rows.map((row) => (
          <div key={row.field} className="fact-grid__row">
            <dt>{t(`applicant.${row.field}`)}</dt>
            <dd className={row.field === 'idNumber' || row.field === 'phone' ? 'mono' : undefined}>
              {row.value}
              {row.masked ? (
                <Tooltip title={t('dossier.maskedHint')}>
                  <LockOutlined className="masked-icon" aria-label={t('dossier.maskedHint')} />
                </Tooltip>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {reveal && revealed.isError ? (
        <Alert type="error" showIcon title={revealed.error.message} className="applicant-card__note" />
      ) : null}
      {canReveal ? (
        <div className="applicant-card__reveal">
          {reveal ? (
            <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setReveal(false)}>
              {t('dossier.hide')}
            </Button>
          ) : (
            <Button size="small" icon={<EyeOutlined />} onClick={() => setReveal(true)}>
              {t('dossier.reveal')}
            </Button>
          )}
          <p className="muted small">{reveal && revealed.data ? t('dossier.revealedNote') : t('dossier.revealNote')}</p>
        </div>
      ) : null}
    </Card>
  );
}
