import { createCounterBodySchema, createServiceAreaBodySchema, updateCenterBodySchema } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { schemaRule } from './form-rules';
import { translate } from './i18n';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('vi', key, params);

async function check(rule: ReturnType<typeof schemaRule>, value: unknown): Promise<string | null> {
  const validator = (rule as { validator: (r: unknown, v: unknown) => Promise<void> }).validator;
  try {
    await validator({}, value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('schemaRule (contracts schema → antd rule)', () => {
  it('explains length limits in Vietnamese', async () => {
    const rule = schemaRule(updateCenterBodySchema.shape.name, t);
    expect(await check(rule, 'A')).toBe('Cần ít nhất 2 ký tự.');
    expect(await check(rule, 'Trung tâm')).toBeNull();
  });

  it('lets an optional field stay empty', async () => {
    expect(await check(schemaRule(updateCenterBodySchema.shape.email, t), '')).toBeNull();
    expect(await check(schemaRule(updateCenterBodySchema.shape.email, t), 'not-mail')).toBe(
      'Địa chỉ thư điện tử không hợp lệ.',
    );
  });

  it('asks for a required field and bounds numbers', async () => {
    const rule = schemaRule(createCounterBodySchema.shape.number, t);
    expect(await check(rule, undefined)).toBe('Vui lòng nhập thông tin này.');
    expect(await check(rule, 1000)).toBe('Giá trị lớn nhất là 999.');
  });

  it('uses the given hint for a wrong pattern, and a generic message for other formats', async () => {
    const code = schemaRule(createServiceAreaBodySchema.shape.code, t, 'Chữ in hoa, số, gạch ngang');
    expect(await check(code, 'khu a')).toBe('Chữ in hoa, số, gạch ngang');
    expect(await check(code, 'KHU-A')).toBeNull();
    expect(await check(schemaRule(createCounterBodySchema.shape.serviceAreaId, t), 'x')).toBe('Sai định dạng.');
  });
});
