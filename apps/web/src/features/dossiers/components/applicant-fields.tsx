import { applicantSchema } from '@mot-cua/contracts';
import { Form, Input } from 'antd';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';

const shape = applicantSchema.shape;

/**
 * Who submits: the fields of `applicant`, checked with the contract's own rules (12-digit personal number or
 * a 9-digit old ID card, a 10-digit mobile number) and Vietnamese messages. Used at the counter and online.
 */
export function ApplicantFields() {
  const { t } = useI18n();
  return (
    <div className="applicant-grid">
      <Form.Item
        label={t('applicant.fullName')}
        name={['applicant', 'fullName']}
        required
        rules={[schemaRule(shape.fullName, t)]}
        className="applicant-grid__name"
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('applicant.idNumber')}
        name={['applicant', 'idNumber']}
        required
        rules={[schemaRule(shape.idNumber, t, t('applicant.idNumberFormat'))]}
      >
        <Input autoComplete="off" inputMode="numeric" maxLength={12} className="mono" placeholder="030190012345" />
      </Form.Item>
      <Form.Item
        label={t('applicant.phone')}
        name={['applicant', 'phone']}
        required
        rules={[schemaRule(shape.phone, t, t('applicant.phoneFormat'))]}
      >
        <Input autoComplete="off" inputMode="tel" maxLength={16} placeholder="0912 345 678" />
      </Form.Item>
      <Form.Item
        label={t('applicant.email')}
        name={['applicant', 'email']}
        rules={[schemaRule(shape.email, t)]}
        className="applicant-grid__email"
      >
        <Input autoComplete="off" inputMode="email" />
      </Form.Item>
      <Form.Item
        label={t('applicant.address')}
        name={['applicant', 'address']}
        required
        rules={[schemaRule(shape.address, t)]}
        className="applicant-grid__address"
      >
        <Input autoComplete="off" placeholder={t('applicant.addressPlaceholder')} />
      </Form.Item>
    </div>
  );
}
