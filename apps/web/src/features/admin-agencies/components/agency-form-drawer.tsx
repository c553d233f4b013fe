import {
  type Agency,
  AgencyKind,
  type CreateAgencyBody,
  createAgencyBodySchema,
  type UpdateAgencyBody,
} from '@mot-cua/contracts';
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { FormDrawer } from '../../../components/ui/form-drawer';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { DATE_FORMAT, type Dayjs, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { useCreateAgency } from '../api/create-agency';
import { useUpdateAgency } from '../api/update-agency';
import { type AgencyNode, buildAgencyTree, selfAndDescendants } from '../agency-tree';

interface AgencyFormValues {
  code: string;
  codeIsDemo: boolean;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  parentId: string | null;
  gsoCode: string | null;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  sortOrder: number | null;
}

const formFields = [
  'code',
  'codeIsDemo',
  'name',
  'shortName',
  'kind',
  'parentId',
  'gsoCode',
  'validFrom',
  'validTo',
  'sortOrder',
];
const shape = createAgencyBodySchema.shape;
const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toTreeOptions(nodes: AgencyNode[], excluded: Set<string>): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    disabled: excluded.has(n.id),
    children: n.children ? toTreeOptions(n.children, excluded) : undefined,
  }));
}

/**
 * Creates an agency or edits one. The code, kind and GSO code identify an agency and are fixed once
 * created (a renamed or merged body is a new agency with a successor link).
 */
export function AgencyFormDrawer({
  open,
  agency,
  agencies,
  onClose,
}: {
  open: boolean;
  /** null: create a new agency. */
  agency: Agency | null;
  agencies: readonly Agency[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyFormValues>();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const mutation = agency ? update : create;
  const isEdit = agency !== null;

  const parentOptions = useMemo(
    () => toTreeOptions(buildAgencyTree(agencies), agency ? selfAndDescendants(agencies, agency.id) : new Set()),
    [agencies, agency],
  );

  // The next opening starts without this attempt's error.
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };

  const initialValues: Partial<AgencyFormValues> = agency
    ? {
        code: agency.code,
        codeIsDemo: agency.codeIsDemo,
        name: agency.name,
        shortName: agency.shortName,
        kind: agency.kind,
        parentId: agency.parentId,
        gsoCode: agency.gsoCode,
        validFrom: plainDateToDayjs(agency.validFrom),
        validTo: plainDateToDayjs(agency.validTo),
        sortOrder: agency.sortOrder,
      }
    : { codeIsDemo: false, kind: AgencyKind.DEPARTMENT, parentId: null, validFrom: null, validTo: null };

  const onFinish = (values: AgencyFormValues) => {
    const common = {
      name: values.name.trim(),
      shortName: blankToNull(values.shortName),
      parentId: values.parentId ?? null,
      validFrom: dayjsToPlainDate(values.validFrom),
      validTo: dayjsToPlainDate(values.validTo),
      codeIsDemo: values.codeIsDemo,
      ...(values.sortOrder === null || values.sortOrder === undefined ? {} : { sortOrder: values.sortOrder }),
    };
    const onError = (error: unknown) => showServerFieldErrors(form, error);
    if (agency) {
      const body: UpdateAgencyBody = common;
      update.mutate(
        { id: agency.id, body },
        {
          onSuccess: () => {
            void message.success(t('agencies.saved'));
            close();
          },
          onError,
        },
      );
    } else {
      const body: CreateAgencyBody = {
        ...common,
        code: values.code.trim(),
        kind: values.kind,
        gsoCode: blankToNull(values.gsoCode),
      };
      create.mutate(body, {
        onSuccess: () => {
          void message.success(t('agencies.created'));
          close();
        },
        onError,
      });
    }
  };

  return (
    <FormDrawer
      open={open}
      title={isEdit ? t('agencies.editTitle') : t('agencies.createTitle')}
      onClose={close}
      onSave={() => form.submit()}
      saving={mutation.isPending}
    >
      <Form<AgencyFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        clearOnDestroy
      >
        <FormErrorAlert error={mutation.error} formFields={formFields} />
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item
              label={t('agencies.code')}
              required={!isEdit}
              name="code"
              rules={isEdit ? [] : [schemaRule(shape.code, t, t('agencies.codeFormat'))]}
              extra={isEdit ? t('agencies.codeFixed') : t('agencies.codeHelp')}
            >
              <Input disabled={isEdit} placeholder="000.00.00.H26" className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              label={t('agencies.kind')}
              required={!isEdit}
              name="kind"
              rules={isEdit ? [] : [schemaRule(shape.kind, t)]}
            >
              <Select
                disabled={isEdit}
                options={Object.values(AgencyKind).map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="codeIsDemo" valuePropName="checked" style={{ marginTop: -8 }}>
          <Checkbox>{t('agencies.codeIsDemo')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('agencies.name')} required name="name" rules={[schemaRule(shape.name, t)]}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item label={t('agencies.shortName')} name="shortName" rules={[schemaRule(shape.shortName, t)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              label={t('agencies.gsoCode')}
              name="gsoCode"
              rules={isEdit ? [] : [schemaRule(shape.gsoCode, t, t('agencies.gsoFormat'))]}
            >
              <Input disabled={isEdit} placeholder="288" className="mono" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('agencies.parent')} name="parentId">
          <TreeSelect
            allowClear
            showSearch={{ filterTreeNode: (input, node) => selectFilter(input, node) }}
            treeDefaultExpandAll
            treeData={parentOptions}
            placeholder={t('agencies.noParent')}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label={t('agencies.validFrom')} name="validFrom">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              label={t('agencies.validTo')}
              name="validTo"
              dependencies={['validFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | null) => {
                    const from = getFieldValue('validFrom') as Dayjs | null;
                    if (value && from && value.isBefore(from, 'day')) throw new Error(t('agencies.validToAfterFrom'));
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('agencies.sortOrder')} name="sortOrder" rules={[schemaRule(shape.sortOrder, t)]}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
