import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { Button, Card } from 'antd';
import { isMessageKey, useI18n } from '../../../lib/i18n';

/** The prescribed forms the dossier has (receipt, Form 02, 03, 04, 05, stop notice), each opened as PDF to print. */
export function FormsCard({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const title = (form: DossierDetail['forms'][number]) => {
    const key = `dossierForm.${form.kind}`;
    return isMessageKey(key) ? t(key) : form.title;
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
