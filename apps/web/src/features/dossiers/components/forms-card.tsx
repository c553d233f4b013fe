import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { Button, Card } from 'antd';
import { isMessageKey, useI18n } from '../../../lib/i18n';

/**
 * The numbers that differ between the form sets: Circular 01/2018 Mẫu 05 is the control sheet; Circular 03/2025
 * adds the stop notice as Mẫu 05 and moves the control sheet to Mẫu 06.
 */
export function formNumberOf(kind: string, ruleSet: DossierDetail['ruleSet']): string {
  if (kind === 'control-sheet') return ruleSet === '2025' ? '06' : '05';
  if (kind === 'stop-notice') return '05';
  return '';
}

/** The prescribed forms the dossier has (receipt, Form 02, 03, 04, control sheet, stop notice), each opened as PDF. */
export function FormsCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const title = (form: DossierDetail['forms'][number]) => {
    const key = `dossierForm.${form.kind}`;
    return isMessageKey(key) ? t(key, { number: formNumberOf(form.kind, dossier.ruleSet) }) : form.title;
  };
  return (
    <Card title={t('dossier.forms')} className="section-card" data-testid="forms-card">
      {dossier.forms.length === 0 ? (
        <p className="muted">{t('dossier.noForms')}</p>
      ) : (
        <ul className="plain-list form-list">
          {dossier.forms.map((form) => (
            <li key={form.kind} className="form-list__item">
              <span className="form-list__title">
                <FilePdfOutlined className="form-list__icon" /> {title(form)}
              </span>
              <Button
                size="small"
                icon={<PrinterOutlined />}
                href={form.url}
                target="_blank"
                rel="noopener"
                aria-label={`${t('dossier.print')}: ${title(form)}`}
              >
                {t('dossier.print')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
