import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Tooltip } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { MoveButtons } from './move-buttons';
import { anchorId } from '../editor-issues';
import { type CaseValues, newStep, STEP_ROLES, STEP_UNITS } from '../procedure-form';
import { computeStepSum } from '../step-sum';
import { DurationInput } from './duration-input';
import { StepSumBar } from './step-sum-bar';

export interface StepAgencyOption {
  value: string;
  label: string;
}

/**
 * The internal process of one case: an ordered list of steps (who, at which agency, how long), with the running
 * sum against the case's legal time under it.
 */
export function StepsEditor({ caseIndex, agencyOptions }: { caseIndex: number; agencyOptions: StepAgencyOption[] }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const current = Form.useWatch(['cases', caseIndex], form) as CaseValues | undefined;
  const sum = computeStepSum(current?.legalTime, current?.steps ?? []);
  const used = new Set((current?.steps ?? []).map((s) => s?.agency));
  const options = [
    ...agencyOptions,
    ...[...used]
      .filter((v): v is string => !!v && !agencyOptions.some((o) => o.value === v))
      .map((v) => ({ value: v, label: v })),
  ];

  return (
    <div className="steps-editor" id={anchorId(['cases', caseIndex, 'steps'])}>
      <Form.List name={[caseIndex, 'steps']}>
        {(fields, { add, remove, move }) => (
          <>
            {fields.length === 0 ? <p className="muted">{t('catalogAdmin.step.none')}</p> : null}
            <ol className="steps-editor__list">
              {fields.map((field, i) => (
                <li
                  key={field.key}
                  className="steps-editor__row"
                  id={anchorId(['cases', caseIndex, 'steps', i])}
                  data-testid={`step-${caseIndex}-${i}`}
                >
                  <span className="steps-editor__order">{i + 1}</span>
                  <Form.Item
                    className="steps-editor__name"
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      aria-label={t('catalogAdmin.step.nameOf', { n: i + 1 })}
                      placeholder={t('catalogAdmin.step.namePlaceholder')}
                    />
                  </Form.Item>
                  <Form.Item
                    className="steps-editor__role"
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      aria-label={t('catalogAdmin.step.roleOf', { n: i + 1 })}
                      popupMatchSelectWidth={false}
                      options={STEP_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    className="steps-editor__agency"
                    name={[field.name, 'agency']}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <Select
                      aria-label={t('catalogAdmin.step.agencyOf', { n: i + 1 })}
                      popupMatchSelectWidth={false}
                      options={options}
                    />
                  </Form.Item>
                  <Form.Item className="steps-editor__duration">
                    <DurationInput
                      name={[field.name, 'duration']}
                      units={STEP_UNITS}
                      required
                      amountLabel={t('catalogAdmin.step.durationOf', { n: i + 1 })}
                      width="100%"
                    />
                  </Form.Item>
                  <span className="steps-editor__actions">
                    <MoveButtons index={i} count={fields.length} move={move} />
                    <Tooltip title={t('catalogAdmin.step.remove')}>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('catalogAdmin.step.removeOf', { n: i + 1 })}
                        onClick={() => remove(i)}
                      />
                    </Tooltip>
                  </span>
                </li>
              ))}
            </ol>
            <div className="steps-editor__footer">
              <Button icon={<PlusOutlined />} onClick={() => add(newStep(current?.steps?.[current.steps.length - 1]))}>
                {t('catalogAdmin.step.add')}
              </Button>
              <StepSumBar sum={sum} testId={`step-sum-${caseIndex}`} />
            </div>
          </>
        )}
      </Form.List>
    </div>
  );
}
