import { type Agency, type Counter, createCounterBodySchema, type ServiceArea } from '@mot-cua/contracts';
import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import { FormDrawer } from '../../../components/ui/form-drawer';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { useCreateCounter } from '../api/create-counter';
import { useUpdateCounter } from '../api/update-counter';

interface CounterFormValues {
  number: number;
  name: string;
  serviceAreaId: string;
  agencyId: string | null;
  active: boolean;
}

const formFields = ['number', 'name', 'serviceAreaId', 'agencyId', 'active'];
const shape = createCounterBodySchema.shape;

/** Creates a counter or edits one; its number is fixed once created (tickets and boards show it). */
export function CounterFormDrawer({
  open,
  counter,
  areas,
  agencies,
  onClose,
}: {
  open: boolean;
  counter: Counter | null;
  areas: readonly ServiceArea[];
  agencies: readonly Agency[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CounterFormValues>();
  const create = useCreateCounter();
  const update = useUpdateCounter();
  const mutation = counter ? update : create;

  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const done = (text: string) => () => {
    void message.success(text);
    close();
  };
  const onError = (error: unknown) => showServerFieldErrors(form, error);

  const onFinish = (values: CounterFormValues) => {
    const common = {
      name: values.name.trim(),
      serviceAreaId: values.serviceAreaId,
      agencyId: values.agencyId ?? null,
    };
    if (counter) {
      update.mutate(
        { id: counter.id, body: { ...common, active: values.active } },
        { onSuccess: done(t('counters.saved')), onError },
      );
    } else {
      create.mutate({ ...common, number: values.number }, { onSuccess: done(t('counters.created')), onError });
    }
  };

  const initialValues: Partial<CounterFormValues> = counter
    ? {
        number: counter.number,
        name: counter.name,
        serviceAreaId: counter.serviceAreaId,
        agencyId: counter.agency?.id ?? null,
        active: counter.active,
      }
    : { agencyId: null, active: true, serviceAreaId: areas.find((a) => a.active)?.id };

  // Only active areas are offered, plus the counter's current one.
  const areaOptions = areas
    .filter((a) => a.active || a.id === counter?.serviceAreaId)
    .map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }));
  const agencyOptions = [...agencies]
    .filter((a) => a.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((a) => ({ value: a.id, label: a.name }));

  return (
    <FormDrawer
      open={open}
      title={counter ? t('counters.editTitle', { n: counter.number }) : t('counters.createTitle')}
      onClose={close}
      onSave={() => form.submit()}
      saving={mutation.isPending}
    >
      <Form<CounterFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        clearOnDestroy
      >
        <FormErrorAlert error={mutation.error} formFields={formFields} />
        <Form.Item
          label={t('counters.number')}
          required={counter === null}
          name="number"
          rules={counter ? [] : [schemaRule(shape.number, t)]}
          extra={counter ? t('counters.numberFixed') : undefined}
        >
          <InputNumber min={1} max={999} precision={0} disabled={counter !== null} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('counters.name')} required name="name" rules={[schemaRule(shape.name, t)]}>
          <Input placeholder={t('counters.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('counters.area')}
          required
          name="serviceAreaId"
          rules={[schemaRule(shape.serviceAreaId, t)]}
        >
          <Select options={areaOptions} placeholder={t('counters.chooseArea')} />
        </Form.Item>
        <Form.Item label={t('counters.agency')} name="agencyId" extra={t('counters.agencyHelp')}>
          <Select
            allowClear
            showSearch={{ filterOption: selectFilter }}
            options={agencyOptions}
            placeholder={t('counters.noAgency')}
          />
        </Form.Item>
        {counter ? (
          <Form.Item label={t('common.status')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
      </Form>
    </FormDrawer>
  );
}
