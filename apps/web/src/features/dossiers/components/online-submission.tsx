import { CheckCircleFilled, CopyOutlined, SearchOutlined, SendOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { Alert, Button, Card, Checkbox, Form, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { DossierStatusTag } from '../../../components/ui/dossier-status-tag';
import { paths } from '../../../config/paths';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import type { DossierCreated } from '../../../lib/contract-types';
import { fieldErrorsOf, showServerFieldErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useCreateDossier } from '../api/create-dossier';
import {
  buildIntakeBody,
  documentsForCase,
  initialDocumentRows,
  type IntakeFormValues,
  missingRequired,
} from '../intake-form';
import { ApplicantFields } from './applicant-fields';
import { ChecklistTable } from './checklist-table';
import { OnlineUploads } from './online-uploads';

type OnlineValues = IntakeFormValues & { pledge?: boolean };

const formFields = ['caseCode', 'applicant', 'documents', 'resultDelivery'];

/**
 * Online submission by a citizen (no account): who they are, the case, the papers they have ready, and how to
 * receive the result. The dossier waits for the one-stop desk to check it (SUBMITTED_ONLINE, no code yet).
 * After sending, the applicant may attach scans of the papers (verified by the phone's last 4 digits).
 */
export function OnlineSubmission({ procedure, backLink }: { procedure: ProcedureDetail; backLink: ReactNode }) {
  const { t } = useI18n();
  const [form] = Form.useForm<OnlineValues>();
  const create = useCreateDossier();
  const [created, setCreated] = useState<DossierCreated | null>(null);
  const [phoneLast4, setPhoneLast4] = useState('');
  const [copied, setCopied] = useState(false);
  const [documentsError, setDocumentsError] = useState<string | null>(null);
  const caseCode = Form.useWatch('caseCode', form) ?? procedure.cases[0]?.code;
  const items = documentsForCase(procedure, procedure.cases.length > 1 ? caseCode : undefined);

  if (created) {
    return (
      <Card className="portal-card online-done" data-testid="online-submitted">
        <div className="intake-result__icon intake-result__icon--success">
          <CheckCircleFilled />
        </div>
        <h2 className="intake-result__title">{t('onlineSubmit.successTitle')}</h2>
        <p className="online-done__status">
          {t('common.status')}: <DossierStatusTag status={created.status} />
        </p>
        <p className="online-done__text">{t('onlineSubmit.successText')}</p>
        <p className="muted small">{t('onlineSubmit.successNext')}</p>
        <div className="online-reference" data-testid="online-reference">
          <div className="muted small">{t('onlineSubmit.reference')}</div>
          <div className="online-reference__value">{created.id}</div>
          <p className="small">{t('onlineSubmit.referenceNote')}</p>
          <div className="intake-result__actions">
            <Button
              icon={<CopyOutlined />}
              onClick={() => {
                void navigator.clipboard?.writeText(created.id).then(() => setCopied(true));
              }}
            >
              {copied ? t('onlineSubmit.copied') : t('onlineSubmit.copy')}
            </Button>
            <Link to={`${paths.dossierLookup}?ma=${encodeURIComponent(created.id)}`}>
              <Button type="primary" icon={<SearchOutlined />}>
                {t('onlineSubmit.track')}
              </Button>
            </Link>
          </div>
        </div>
        <OnlineUploads dossierId={created.id} verify={phoneLast4} items={items} />
        <div className="intake-result__actions">{backLink}</div>
      </Card>
    );
  }

  const onFinish = (values: OnlineValues) => {
    const missing = missingRequired(items, values.documents);
    if (missing.length) {
      setDocumentsError(t('onlineSubmit.missing', { names: missing.map((d) => d.name).join('; ') }));
      return;
    }
    setDocumentsError(null);
    create.mutate(buildIntakeBody(procedure, { ...values, channel: 'ONLINE' }), {
      onSuccess: (dossier) => {
        setPhoneLast4((values.applicant?.phone ?? '').replace(/\D/g, '').slice(-4));
        setCreated(dossier);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => {
        showServerFieldErrors(form, error);
        const documents = fieldErrorsOf(error).find((f) => f.name[0] === 'documents');
        setDocumentsError(documents ? documents.errors.join(' ') : null);
      },
    });
  };

  return (
    <Form<OnlineValues>
      form={form}
      layout="vertical"
      className="online-form"
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center' }}
      initialValues={{
        caseCode: procedure.cases[0]?.code,
        channel: 'ONLINE',
        documents: initialDocumentRows(procedure.documents),
        resultDelivery: 'ONLINE',
        pledge: false,
      }}
      onValuesChange={(changed: Partial<OnlineValues>) => {
        if (changed.documents) setDocumentsError(null);
      }}
    >
      {procedure.cases.length > 1 ? (
        <Card title={t('onlineSubmit.case')} className="portal-card">
          <Form.Item name="caseCode" noStyle>
            <Radio.Group
              className="intake-cases"
              options={procedure.cases.map((c) => ({
                value: c.code,
                label: (
                  <span>
                    {c.name} <span className="muted small">({c.legalTime.label})</span>
                  </span>
                ),
              }))}
            />
          </Form.Item>
        </Card>
      ) : null}
      <Card title={t('onlineSubmit.applicant')} className="portal-card">
        <ApplicantFields />
      </Card>
      <Card title={t('onlineSubmit.documents')} className="portal-card">
        <Alert type="info" showIcon title={t('onlineSubmit.documentsNote')} className="online-form__note" />
        <ChecklistTable items={items} form={form} mode="online" />
        {documentsError ? <Alert type="error" showIcon role="alert" title={documentsError} /> : null}
      </Card>
      <Card title={t('onlineSubmit.resultDelivery')} className="portal-card">
        <Form.Item name="resultDelivery" noStyle>
          <Radio.Group
            className="online-form__delivery"
            options={(['ONLINE', 'POST', 'COUNTER'] as const).map((d) => ({
              value: d,
              label: t(`resultDelivery.${d}`),
            }))}
          />
        </Form.Item>
      </Card>
      <Card className="portal-card">
        <Form.Item
          name="pledge"
          valuePropName="checked"
          rules={[
            {
              validator: async (_rule, value: boolean | undefined) => {
                if (!value) throw new Error(t('onlineSubmit.pledgeRequired'));
              },
            },
          ]}
        >
          <Checkbox>{t('onlineSubmit.pledge')}</Checkbox>
        </Form.Item>
        <FormErrorAlert error={create.error} formFields={formFields} />
        <Button type="primary" size="large" htmlType="submit" icon={<SendOutlined />} loading={create.isPending}>
          {t('onlineSubmit.submit')}
        </Button>
      </Card>
    </Form>
  );
}
