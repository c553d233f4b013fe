import type { DossierDetail } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { formatPlainDate, formatVnd, parseVnd, vietnamToday } from '../../../lib/format';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { DATE_FORMAT, type Dayjs, dayjs, dayjsToPlainDate } from '../../../lib/dayjs';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { isConflict, useActOnDossier } from '../api/act-on-dossier';
import { assigneesQueryOptions } from '../api/get-assignees';
import {
  type ActionFormValues,
  actionFields,
  actionTone,
  buildActionBody,
  type DossierActionType,
} from '../action-form';
import { ItemsEditor } from './items-editor';

type ModalValues = Omit<ActionFormValues, 'newDueDate'> & { newDueDate?: Dayjs | null };

const FORM_FIELDS = [
  'note',
  'items',
  'reason',
  'assigneeId',
  'description',
  'amountVnd',
  'receiptNumber',
  'newDueDate',
  'requestedByApplicant',
  'resultSummary',
  'deliveredBy',
  'receivedBy',
  'signed',
];

/**
 * One action on the dossier, with exactly the inputs its payload needs. It sends the version the screen
 * shows (`expectedVersion`): if someone changed the dossier meanwhile the server answers 409 and the page
 * reloads the dossier instead of overwriting their work.
 */
export function ActionModal({
  dossier,
  action,
  onClose,
  onDone,
  onConflict,
}: {
  dossier: DossierDetail;
  action: DossierActionType | null;
  onClose: () => void;
  onDone: (action: DossierActionType) => void;
  onConflict: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ModalValues>();
  const act = useActOnDossier();
  const fields = action ? actionFields[action] : [];
  const has = (field: (typeof fields)[number]) => fields.includes(field);
  const today = vietnamToday(new Date());

  const close = () => {
    act.reset();
    onClose();
  };

  const submit = (values: ModalValues) => {
    if (!action) return;
    const body = buildActionBody(
      action,
      { ...values, newDueDate: dayjsToPlainDate(values.newDueDate) },
      dossier.version,
    );
    act.mutate(
      { id: dossier.id, body },
      {
        onSuccess: () => {
          act.reset();
          onDone(action);
        },
        onError: (error) => {
          if (isConflict(error)) {
            act.reset();
            onConflict();
            return;
          }
          showServerFieldErrors(form, error);
        },
      },
    );
  };

  // Whom the step may go to: asked only when the leader opens "Phân công".
  const assignees = useQuery({ ...assigneesQueryOptions(dossier.id), enabled: has('assigneeId') });
  const reasonRules = (min: number) => [
    { required: true, whitespace: true, message: t('validation.required') },
    { min, message: t('validation.minLength', { min }) },
    { max: 2000, message: t('validation.maxLength', { max: 2000 }) },
  ];

  return (
    <Modal
      open={action !== null}
      title={action ? t(`action.${action}`) : ''}
      okText={action ? t(`action.${action}`) : ''}
      okButtonProps={{ danger: action ? actionTone(action) === 'danger' : false }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={act.isPending}
      destroyOnHidden
      width={action === 'RETURN_FOR_COMPLETION' || action === 'REQUEST_SUPPLEMENT' ? 760 : 560}
    >
      {action ? <Typography.Paragraph type="secondary">{t(`actionIntro.${action}`)}</Typography.Paragraph> : null}
      <FormErrorAlert error={act.error} formFields={FORM_FIELDS} />
      <Form<ModalValues>
        form={form}
        layout="vertical"
        clearOnDestroy
        onFinish={submit}
        initialValues={{
          items: [{ name: '', reason: '' }],
          deliveredBy: dossier.resultDelivery,
          receivedBy: dossier.applicant.fullName,
          signed: dossier.resultDelivery === 'COUNTER',
          requestedByApplicant: false,
        }}
      >
        {has('assigneeId') ? (
          <>
            {assignees.isError ? (
              <Alert
                type="error"
                showIcon
                title={t('actionAssign.loadFailed')}
                description={assignees.error.message}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            {assignees.data?.length === 0 ? (
              <Alert type="warning" showIcon title={t('actionAssign.empty')} style={{ marginBottom: 16 }} />
            ) : null}
            <Form.Item
              label={t('actionField.assigneeId')}
              name="assigneeId"
              rules={[{ required: true, message: t('actionAssign.required') }]}
              extra={t('actionAssign.help')}
            >
              <Select
                showSearch={{ filterOption: selectFilter }}
                loading={assignees.isPending}
                placeholder={t('actionAssign.placeholder')}
                notFoundContent={assignees.isPending ? t('common.loading') : t('actionAssign.empty')}
                options={(assignees.data ?? []).map((a) => ({
                  value: a.id,
                  label: a.fullName,
                  username: a.username,
                }))}
                optionRender={(option) => (
                  <span>
                    {option.label} <span className="muted small mono">{option.data.username}</span>
                  </span>
                )}
                autoFocus
              />
            </Form.Item>
          </>
        ) : null}
        {has('items') ? <ItemsEditor /> : null}
        {has('description') ? (
          <Form.Item label={t('actionField.description')} name="description" rules={reasonRules(2)}>
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        ) : null}
        {has('amountVnd') ? (
          <Form.Item label={t('actionField.amountVnd')} name="amountVnd">
            <InputNumber<number>
              min={0}
              max={1e12}
              step={1000}
              style={{ width: 220 }}
              formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatVnd(Number(v)))}
              parser={(text) => parseVnd(text)}
            />
          </Form.Item>
        ) : null}
        {has('receiptNumber') ? (
          <Form.Item label={t('actionField.receiptNumber')} name="receiptNumber" rules={[{ max: 100 }]}>
            <Input autoFocus />
          </Form.Item>
        ) : null}
        {has('newDueDate') ? (
          <Form.Item
            label={t('actionField.newDueDate')}
            name="newDueDate"
            rules={[{ required: true, message: t('validation.required') }]}
            extra={t('actionField.newDueDateHelp', { date: formatPlainDate(dossier.dueDate) })}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('common.datePlaceholder')}
              disabledDate={(d) => d.format('YYYY-MM-DD') <= today || [0, 6].includes(d.day())}
              defaultPickerValue={dossier.dueDate ? dayjs(dossier.dueDate) : undefined}
            />
          </Form.Item>
        ) : null}
        {has('reason') ? (
          <Form.Item label={t('actionField.reason')} name="reason" rules={reasonRules(action === 'REFUSE' ? 5 : 2)}>
            <Input.TextArea rows={3} autoFocus={!has('newDueDate')} />
          </Form.Item>
        ) : null}
        {has('requestedByApplicant') ? (
          <Form.Item name="requestedByApplicant" valuePropName="checked">
            <Checkbox>{t('actionField.requestedByApplicant')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('resultSummary') ? (
          <Form.Item label={t('actionField.resultSummary')} name="resultSummary" rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        ) : null}
        {has('deliveredBy') ? (
          <Form.Item label={t('actionField.deliveredBy')} name="deliveredBy">
            <Radio.Group
              options={(['COUNTER', 'POST', 'ONLINE'] as const).map((d) => ({
                value: d,
                label: t(`resultDelivery.${d}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {has('receivedBy') ? (
          <Form.Item label={t('actionField.receivedBy')} name="receivedBy" rules={reasonRules(1)}>
            <Input />
          </Form.Item>
        ) : null}
        {has('signed') ? (
          <Form.Item name="signed" valuePropName="checked">
            <Checkbox>{t('actionField.signed')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('note') ? (
          <Form.Item label={t('actionField.note')} name="note" rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} autoFocus={fields.length === 1} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
