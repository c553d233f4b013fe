import { FileTextOutlined } from '@ant-design/icons';
import { Checkbox, Form, type FormInstance, InputNumber, Table, type TableColumnsType, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { type ChecklistItem, type DocumentRow, missingRequired } from '../intake-form';

/**
 * The papers of the chosen case as a table. At the counter the officer adjusts the numbers of originals and
 * copies (pre-filled from the catalog) and ticks each paper received; online the applicant ticks what is ready.
 */
export function ChecklistTable({
  items,
  form,
  mode,
}: {
  items: readonly ChecklistItem[];
  form: FormInstance;
  mode: 'counter' | 'online';
}) {
  const { t } = useI18n();
  const rows = Form.useWatch('documents', form) as Record<string, Partial<DocumentRow>> | undefined;
  const tickedCount = items.filter((d) => rows?.[d.id]?.received).length;
  const allTicked = items.length > 0 && tickedCount === items.length;
  const missing = missingRequired(items, rows);
  const tickLabel = mode === 'counter' ? t('checklist.received') : t('checklist.prepared');

  const setAll = (received: boolean) =>
    form.setFieldsValue({
      documents: Object.fromEntries(items.map((d) => [d.id, { ...rows?.[d.id], received }])),
    });

  const count = (field: 'originals' | 'copies', label: string) => (_: unknown, d: ChecklistItem) => (
    <Form.Item name={['documents', d.id, field]} noStyle>
      <InputNumber min={0} max={100} precision={0} size="small" aria-label={`${label}: ${d.name}`} />
    </Form.Item>
  );

  const columns: TableColumnsType<ChecklistItem> = [
    { title: t('checklist.number'), key: 'n', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: t('checklist.document'),
      key: 'name',
      render: (_, d) => (
        <div className="checklist-doc">
          <div className="checklist-doc__name">
            {d.name}{' '}
            {d.required ? <Tag color="red">{t('procedure.required')}</Tag> : <Tag>{t('procedure.optional')}</Tag>}
          </div>
          {d.formTemplate ? (
            <div className="muted small">
              <FileTextOutlined /> {t('checklist.formTemplate', { name: d.formTemplate })}
            </div>
          ) : null}
          {d.note ? <div className="muted small">{d.note}</div> : null}
        </div>
      ),
    },
    {
      title: t('procedure.originals'),
      key: 'originals',
      width: 96,
      align: 'center',
      render: count('originals', t('procedure.originals')),
    },
    {
      title: t('procedure.copies'),
      key: 'copies',
      width: 96,
      align: 'center',
      render: count('copies', t('procedure.copies')),
    },
    {
      title: (
        <Checkbox
          checked={allTicked}
          indeterminate={tickedCount > 0 && !allTicked}
          onChange={(e) => setAll(e.target.checked)}
          aria-label={t('checklist.tickAll')}
        >
          {tickLabel}
        </Checkbox>
      ),
      key: 'received',
      width: 130,
      render: (_, d) => (
        <Form.Item name={['documents', d.id, 'received']} valuePropName="checked" noStyle>
          <Checkbox aria-label={`${tickLabel}: ${d.name}`} />
        </Form.Item>
      ),
    },
  ];

  const summary = (
    <p className="checklist-summary small" role="status">
      {t(mode === 'counter' ? 'checklist.summary' : 'checklist.summaryOnline', {
        n: tickedCount,
        total: items.length,
      })}
      {missing.length ? (
        <span className="checklist-summary__missing"> {t('checklist.missingCount', { n: missing.length })}</span>
      ) : null}
    </p>
  );

  // Online, on a phone as much as on a computer: one card per paper, ticked when ready.
  if (mode === 'online') {
    return (
      <>
        <ol className="checklist-cards" data-testid="checklist">
          {items.map((d, i) => (
            <li
              key={d.id}
              className={rows?.[d.id]?.received ? 'checklist-card checklist-card--ticked' : 'checklist-card'}
            >
              <Form.Item name={['documents', d.id, 'received']} valuePropName="checked" noStyle>
                <Checkbox aria-label={`${tickLabel}: ${d.name}`} className="checklist-card__check" />
              </Form.Item>
              <div className="checklist-card__body">
                <div className="checklist-doc__name">
                  {i + 1}. {d.name}{' '}
                  {d.required ? <Tag color="red">{t('procedure.required')}</Tag> : <Tag>{t('procedure.optional')}</Tag>}
                </div>
                <div className="muted small">
                  {t('procedure.originals')}: <b>{d.originals}</b> · {t('procedure.copies')}: <b>{d.copies}</b>
                </div>
                {d.formTemplate ? (
                  <div className="muted small">
                    <FileTextOutlined /> {t('checklist.formTemplate', { name: d.formTemplate })}
                  </div>
                ) : null}
                {d.note ? <div className="muted small">{d.note}</div> : null}
              </div>
            </li>
          ))}
        </ol>
        {summary}
      </>
    );
  }

  return (
    <>
      <Table<ChecklistItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...items]}
        pagination={false}
        scroll={{ x: 620 }}
        className="checklist-table"
        data-testid="checklist"
        locale={{ emptyText: t('procedure.noDocuments') }}
        rowClassName={(d) => (rows?.[d.id]?.received ? 'checklist-row--ticked' : '')}
      />
      {summary}
    </>
  );
}
