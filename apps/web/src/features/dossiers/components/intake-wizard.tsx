import { CheckOutlined, FileExclamationOutlined, StopOutlined } from '@ant-design/icons';
import type { ProcedureDetail } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { QueryError } from '../../../components/ui/query-error';
import { procedureQueryOptions } from '../../../lib/catalog-queries';
import type { DossierCreated } from '../../../lib/contract-types';
import { fieldErrorsOf, showServerFieldErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useCreateDossier } from '../api/create-dossier';
import {
  buildIntakeBody,
  documentsForCase,
  initialDocumentRows,
  type IntakeDecision,
  type IntakeFormValues,
  missingRequired,
  supplementItemsFor,
} from '../intake-form';
import { ApplicantFields } from './applicant-fields';
import { ChecklistTable } from './checklist-table';
import { IntakeResult } from './intake-result';
import { ItemsEditor } from './items-editor';
import { ProcedurePicker } from './procedure-picker';
import { ProcedureSummary } from './procedure-summary';

const formFields = ['procedureCode', 'caseCode', 'channel', 'applicant', 'documents', 'sets', 'resultDelivery', 'note'];

/**
 * "Tiếp nhận hồ sơ" at the counter: the procedure, the applicant, the papers checked against the checklist,
 * then receive (Form 01), guide to complete (Form 02) or refuse (Form 03). The procedure is kept in the
 * address (`?thu-tuc=3.000333`) so a reload or a link starts from it.
 */
export function IntakeWizard({
  procedureCode,
  onProcedureChange,
}: {
  procedureCode: string | null;
  onProcedureChange: (code: string | null) => void;
}) {
  const { t } = useI18n();
  const [created, setCreated] = useState<{ dossier: DossierCreated; procedure: string; applicant: string } | null>(
    null,
  );
  const procedure = useQuery({ ...procedureQueryOptions(procedureCode ?? ''), enabled: Boolean(procedureCode) });

  if (created) {
    return (
      <IntakeResult
        created={created.dossier}
        procedureName={created.procedure}
        applicantName={created.applicant}
        onNew={() => {
          setCreated(null);
          onProcedureChange(null);
        }}
      />
    );
  }

  if (procedure.data && procedureCode) {
    return (
      <IntakeForm
        key={procedure.data.code}
        procedure={procedure.data}
        onChangeProcedure={() => onProcedureChange(null)}
        onCreated={(dossier, applicant) => {
          setCreated({ dossier, procedure: procedure.data.name, applicant });
          window.scrollTo({ top: 0 });
        }}
      />
    );
  }

  return (
    <Card title={<span className="intake-step">{t('intake.step.procedure')}</span>} className="section-card">
      {!procedureCode ? <ProcedurePicker onPick={onProcedureChange} /> : null}
      {procedureCode && procedure.isPending ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {procedureCode && procedure.isError ? (
        <>
          <QueryError error={procedure.error} />
          <Button style={{ marginTop: 12 }} onClick={() => onProcedureChange(null)}>
            {t('intake.change')}
          </Button>
        </>
      ) : null}
    </Card>
  );
}

type DialogState = { kind: 'return'; items: { name: string; reason: string }[] } | { kind: 'refuse' } | null;

function IntakeForm({
  procedure,
  onChangeProcedure,
  onCreated,
}: {
  procedure: ProcedureDetail;
  onChangeProcedure: () => void;
  onCreated: (dossier: DossierCreated, applicantName: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<IntakeFormValues>();
  const [dialogForm] = Form.useForm<{ items?: { name: string; reason: string }[]; reason?: string }>();
  const create = useCreateDossier();
  const [documentsError, setDocumentsError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const caseCode = Form.useWatch('caseCode', form) ?? procedure.cases[0]?.code;
  const channel = Form.useWatch('channel', form) ?? 'IN_PERSON';
  const items = documentsForCase(procedure, procedure.cases.length > 1 ? caseCode : undefined);
  const offered = new Set<string>(procedure.channels.map((c) => c.channel));
  const channelOffered = (c: string) => offered.size === 0 || offered.has(c);

  const submit = (decision: IntakeDecision) => {
    const values = form.getFieldsValue(true) as IntakeFormValues;
    create.mutate(buildIntakeBody(procedure, values, decision), {
      onSuccess: (dossier) => {
        setDialog(null);
        onCreated(dossier, values.applicant.fullName.trim());
      },
      onError: (error) => {
        setDialog(null);
        showServerFieldErrors(form, error);
        const documents = fieldErrorsOf(error).find((f) => f.name[0] === 'documents');
        setDocumentsError(documents ? documents.errors.join(' ') : null);
      },
    });
  };

  /** Checks the fields the server needs whatever the decision; false when something is to fix. */
  const validate = async () => {
    try {
      await form.validateFields();
      return true;
    } catch (error) {
      const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return false;
    }
  };

  const receive = async () => {
    if (!(await validate())) return;
    const missing = missingRequired(items, form.getFieldValue('documents') as IntakeFormValues['documents']);
    if (missing.length) {
      setDocumentsError(t('checklist.missing', { names: missing.map((d) => d.name).join('; ') }));
      return;
    }
    setDocumentsError(null);
    submit({ type: 'RECEIVE' });
  };

  const openReturn = async () => {
    if (!(await validate())) return;
    const missing = missingRequired(items, form.getFieldValue('documents') as IntakeFormValues['documents']);
    const prefilled = supplementItemsFor(missing, t('intake.defaultReason'));
    setDialog({ kind: 'return', items: prefilled.length ? prefilled : [{ name: '', reason: '' }] });
  };

  const openRefuse = async () => {
    if (!(await validate())) return;
    setDialog({ kind: 'refuse' });
  };

  return (
    <Form<IntakeFormValues>
      form={form}
      layout="vertical"
      className="intake-form"
      initialValues={{
        caseCode: procedure.cases[0]?.code,
        channel: 'IN_PERSON',
        documents: initialDocumentRows(procedure.documents),
        sets: 1,
        resultDelivery: 'COUNTER',
      }}
      onValuesChange={(changed: Partial<IntakeFormValues>) => {
        if (changed.documents) setDocumentsError(null);
      }}
    >
      <Card
        title={<span className="intake-step">{t('intake.step.procedure')}</span>}
        className="section-card intake-procedure-card"
      >
        <ProcedureSummary procedure={procedure} caseCode={caseCode} channel={channel} onChange={onChangeProcedure} />
        <div className="intake-choices">
          {procedure.cases.length > 1 ? (
            <Form.Item label={t('intake.case')} name="caseCode" className="intake-choices__case">
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
          ) : null}
          <Form.Item label={t('intake.channel')} name="channel">
            <Radio.Group optionType="button" buttonStyle="solid">
              <Radio.Button value="IN_PERSON" disabled={!channelOffered('IN_PERSON')}>
                {t('dossierChannel.IN_PERSON')}
              </Radio.Button>
              <Radio.Button value="POSTAL" disabled={!channelOffered('POSTAL')}>
                {t('dossierChannel.POSTAL')}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
        </div>
      </Card>

      <Card title={<span className="intake-step">{t('intake.step.applicant')}</span>} className="section-card">
        <ApplicantFields />
      </Card>

      <Card title={<span className="intake-step">{t('intake.step.documents')}</span>} className="section-card">
        <ChecklistTable items={items} form={form} mode="counter" />
        {documentsError ? (
          <Alert type="error" showIcon role="alert" title={documentsError} className="intake-documents-error" />
        ) : null}
        <div className="intake-extra">
          <Form.Item label={t('intake.sets')} name="sets">
            <InputNumber min={1} max={20} precision={0} />
          </Form.Item>
          <Form.Item label={t('intake.resultDelivery')} name="resultDelivery">
            <Radio.Group
              options={(['COUNTER', 'POST', 'ONLINE'] as const).map((d) => ({
                value: d,
                label: t(`resultDelivery.${d}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('intake.note')} name="note" className="intake-extra__note">
            <Input.TextArea rows={2} maxLength={2000} placeholder={t('intake.notePlaceholder')} />
          </Form.Item>
        </div>
      </Card>

      <FormErrorAlert error={create.error} formFields={formFields} />
      <div className="form-actions intake-actions">
        <Typography.Text type="secondary" className="intake-actions__hint">
          {t('intake.actionsHint')}
        </Typography.Text>
        <Button icon={<StopOutlined />} danger onClick={() => void openRefuse()} disabled={create.isPending}>
          {t('intake.refuse')}
        </Button>
        <Button icon={<FileExclamationOutlined />} onClick={() => void openReturn()} disabled={create.isPending}>
          {t('intake.returnForCompletion')}
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={() => void receive()}
          loading={create.isPending && dialog === null}
        >
          {t('intake.receive')}
        </Button>
      </div>

      <Modal
        open={dialog !== null}
        title={dialog?.kind === 'refuse' ? t('intake.refuseTitle') : t('intake.returnTitle')}
        okText={dialog?.kind === 'refuse' ? t('intake.refuse') : t('intake.returnForCompletion')}
        okButtonProps={{ danger: dialog?.kind === 'refuse' }}
        cancelText={t('common.cancel')}
        onOk={() => dialogForm.submit()}
        onCancel={() => setDialog(null)}
        confirmLoading={create.isPending}
        destroyOnHidden
        width={dialog?.kind === 'refuse' ? 560 : 760}
      >
        <Typography.Paragraph type="secondary">
          {dialog?.kind === 'refuse' ? t('intake.refuseIntro') : t('intake.returnIntro')}
        </Typography.Paragraph>
        <Form
          form={dialogForm}
          layout="vertical"
          clearOnDestroy
          initialValues={dialog?.kind === 'return' ? { items: dialog.items } : {}}
          onFinish={(values) =>
            dialog?.kind === 'refuse'
              ? submit({ type: 'REFUSE', reason: (values.reason ?? '').trim() })
              : submit({
                  type: 'RETURN_FOR_COMPLETION',
                  items: (values.items ?? []).map((i) => ({ name: i.name.trim(), reason: i.reason.trim() })),
                })
          }
        >
          {dialog?.kind === 'refuse' ? (
            <Form.Item
              label={t('actionField.reason')}
              name="reason"
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { min: 5, message: t('validation.minLength', { min: 5 }) },
                { max: 2000, message: t('validation.maxLength', { max: 2000 }) },
              ]}
            >
              <Input.TextArea rows={4} autoFocus placeholder={t('intake.refusePlaceholder')} />
            </Form.Item>
          ) : (
            <ItemsEditor />
          )}
        </Form>
      </Modal>
    </Form>
  );
}
