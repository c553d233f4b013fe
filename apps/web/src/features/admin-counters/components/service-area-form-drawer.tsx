import { createServiceAreaBodySchema, type ServiceArea } from '@mot-cua/contracts';
import { App, Form, Input, InputNumber, Switch } from 'antd';
import { FormDrawer } from '../../../components/ui/form-drawer';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';
import { useCreateServiceArea } from '../api/create-service-area';
import { useUpdateServiceArea } from '../api/update-service-area';

interface AreaFormValues {
  code: string;
  name: string;
  floor: string | null;
  sortOrder: number | null;
  active: boolean;
}

const formFields = ['code', 'name', 'floor', 'sortOrder', 'active'];
const shape = createServiceAreaBodySchema.shape;
const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

export function ServiceAreaFormDrawer({
  open,
  area,
  onClose,
}: {
  open: boolean;
  area: ServiceArea | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AreaFormValues>();
  const create = useCreateServiceArea();
  const update = useUpdateServiceArea();
  const mutation = area ? update : create;

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

  const onFinish = (values: AreaFormValues) => {
    const common = {
      name: values.name.trim(),
      floor: blankToNull(values.floor),
      ...(values.sortOrder === null || values.sortOrder === undefined ? {} : { sortOrder: values.sortOrder }),
    };
    if (area) {
      update.mutate(
        { id: area.id, body: { ...common, active: values.active } },
        { onSuccess: done(t('areas.saved')), onError },
      );
    } else {
      create.mutate(
        { ...common, code: values.code.trim().toUpperCase() },
        { onSuccess: done(t('areas.created')), onError },
      );
    }
  };

  return (
    <FormDrawer
      open={open}
      title={area ? t('areas.editTitle', { code: area.code }) : t('areas.createTitle')}
      onClose={close}
      onSave={() => form.submit()}
      saving={mutation.isPending}
    >
      <Form<AreaFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        clearOnDestroy
        initialValues={
          area
            ? { code: area.code, name: area.name, floor: area.floor, sortOrder: area.sortOrder, active: area.active }
            : { active: true }
        }
      >
        <FormErrorAlert error={mutation.error} formFields={formFields} />
        <Form.Item
          label={t('areas.code')}
          required={area === null}
          name="code"
          rules={area ? [] : [schemaRule(shape.code, t, t('areas.codeFormat'))]}
          extra={area ? t('areas.codeFixed') : t('areas.codeFormat')}
          normalize={(value: string) => value?.toUpperCase()}
        >
          <Input disabled={area !== null} maxLength={16} style={{ width: 160 }} className="mono" />
        </Form.Item>
        <Form.Item label={t('areas.name')} required name="name" rules={[schemaRule(shape.name, t)]}>
          <Input placeholder={t('areas.namePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('areas.floor')} name="floor" rules={[schemaRule(shape.floor, t)]}>
          <Input placeholder={t('areas.floorPlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('areas.sortOrder')} name="sortOrder" rules={[schemaRule(shape.sortOrder, t)]}>
          <InputNumber min={0} max={10_000} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {area ? (
          <Form.Item label={t('common.status')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        ) : null}
      </Form>
    </FormDrawer>
  );
}
