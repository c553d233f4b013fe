import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useI18n } from '../../../lib/i18n';

/**
 * The list of what the applicant must complete (Form 02): one line per item with its reason. Decree 61
 * Art 17(1)(b): the guidance is given once and in full, so the officer sees and edits the whole list.
 */
export function ItemsEditor({ name = 'items' }: { name?: string }) {
  const { t } = useI18n();
  const length = (min: number, max: number) => [
    { required: true, whitespace: true, message: t('validation.required') },
    { min, message: t('validation.minLength', { min }) },
    { max, message: t('validation.maxLength', { max }) },
  ];
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value?.length) throw new Error(t('items.required'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div className="items-editor">
          {fields.map((field, index) => (
            <div key={field.key} className="items-editor__row">
              <span className="items-editor__number">{index + 1}</span>
              <Form.Item
                name={[field.name, 'name']}
                rules={length(2, 300)}
                className="items-editor__name"
                label={index === 0 ? t('items.name') : undefined}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} aria-label={`${t('items.name')} ${index + 1}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'reason']}
                rules={length(2, 1000)}
                className="items-editor__reason"
                label={index === 0 ? t('items.reason') : undefined}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  aria-label={`${t('items.reason')} ${index + 1}`}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('items.remove')}
                onClick={() => remove(field.name)}
                className={index === 0 ? 'items-editor__remove items-editor__remove--first' : 'items-editor__remove'}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', reason: '' })}>
            {t('items.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
