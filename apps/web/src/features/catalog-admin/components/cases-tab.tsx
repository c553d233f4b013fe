import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Agency } from '@mot-cua/contracts';
import { Button, Card, Col, Empty, Form, Input, Popconfirm, Row } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { anchorId } from '../editor-issues';
import { type CaseValues, DURATION_UNITS, newCase } from '../procedure-form';
import { DurationInput } from './duration-input';
import { type StepAgencyOption, StepsEditor } from './steps-editor';

/** "Trường hợp & quy trình": each case with its legal time and its internal process. */
export function CasesTab({ agencies }: { agencies: readonly Agency[] }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const code = (Form.useWatch('code', form) as string | undefined) ?? '';
  const deciding = Form.useWatch('decidingAgencyCode', form) as string | undefined;
  const receiving = Form.useWatch('receivingAgencyCode', form) as string | undefined;
  const coordinating = (Form.useWatch('coordinatingAgencyCodes', form) as string[] | undefined) ?? [];
  const cases = (Form.useWatch('cases', form) as CaseValues[] | undefined) ?? [];

  const nameOf = (agencyCode: string | undefined) => {
    const agency = agencies.find((a) => a.code === agencyCode);
    return agency?.shortName ?? agency?.name ?? agencyCode ?? '';
  };
  // A step names one of the procedure's agencies: by role, or by code when there are several coordinating ones.
  const agencyOptions: StepAgencyOption[] = [
    {
      value: 'DECIDING',
      label: t('catalogAdmin.stepAgency.withName', {
        role: t('catalogAdmin.stepAgency.short.DECIDING'),
        name: nameOf(deciding),
      }),
    },
    {
      value: 'RECEIVING',
      label: t('catalogAdmin.stepAgency.withName', {
        role: t('catalogAdmin.stepAgency.short.RECEIVING'),
        name: nameOf(receiving),
      }),
    },
    ...(coordinating.length === 1
      ? [
          {
            value: 'COORDINATING',
            label: t('catalogAdmin.stepAgency.withName', {
              role: t('catalogAdmin.stepAgency.short.COORDINATING'),
              name: nameOf(coordinating[0]),
            }),
          },
        ]
      : coordinating.map((c) => ({ value: c, label: nameOf(c) }))),
  ];

  return (
    <div id="procedure-tab-cases">
      <Form.List name="cases">
        {(fields, { add, remove }) => (
          <div id={anchorId(['cases'])}>
            {fields.length === 0 ? <Empty description={t('catalogAdmin.case.none')} /> : null}
            {fields.map((field, i) => {
              const sameDay = cases[i]?.legalTime?.unit === 'SAME_DAY';
              return (
                <Card
                  key={field.key}
                  size="small"
                  className="editor-item-card"
                  id={anchorId(['cases', i])}
                  data-testid={`case-${i}`}
                  title={t('catalogAdmin.case.title', { n: i + 1 })}
                  extra={
                    <Popconfirm
                      title={t('catalogAdmin.case.removeConfirm')}
                      okText={t('catalogAdmin.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove(i)}
                    >
                      <Button size="small" danger type="text" icon={<DeleteOutlined />}>
                        {t('catalogAdmin.case.remove')}
                      </Button>
                    </Popconfirm>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={6}>
                      <Form.Item
                        label={t('catalogAdmin.case.code')}
                        name={[field.name, 'code']}
                        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                      >
                        <Input className="mono" placeholder={`${code || '1.001193'}.01`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={18}>
                      <Form.Item
                        label={t('catalogAdmin.case.name')}
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                      >
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item label={t('catalogAdmin.field.legalTime')} required>
                        <DurationInput
                          name={[field.name, 'legalTime']}
                          units={DURATION_UNITS}
                          required={!sameDay}
                          amountLabel={t('catalogAdmin.case.legalTimeOf', { n: i + 1 })}
                          width={260}
                        />
                      </Form.Item>
                    </Col>
                    {sameDay ? (
                      <Col xs={24} md={6}>
                        <Form.Item
                          label={t('catalogAdmin.field.sameDayCutoff')}
                          name={[field.name, 'sameDayCutoff']}
                          rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('catalogAdmin.cutoffFormat') }]}
                        >
                          <Input placeholder="15:00" maxLength={5} />
                        </Form.Item>
                      </Col>
                    ) : null}
                    <Col xs={24} md={sameDay ? 10 : 16}>
                      <Form.Item label={t('catalogAdmin.field.note')} name={[field.name, 'note']}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <div className="editor-subtitle">{t('catalogAdmin.field.steps')}</div>
                  <StepsEditor caseIndex={field.name} agencyOptions={agencyOptions} />
                </Card>
              );
            })}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add(
                  newCase(
                    code,
                    cases.map((c) => c?.code ?? ''),
                  ),
                )
              }
              className="editor-add"
            >
              {t('catalogAdmin.case.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </div>
  );
}
