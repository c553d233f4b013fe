import type { Agency } from '@mot-cua/contracts';
import { Select, type SelectProps } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';

/** Agencies named by their identifier code (the value the exchange format stores), searchable by name or code. */
export function agencyOptions(agencies: readonly Agency[], extraCodes: readonly string[] = []) {
  const options = agencies
    .filter((a) => a.active)
    .map((a) => ({ value: a.code, label: `${a.name} (${a.code})`, name: a.name }));
  const known = new Set(options.map((o) => o.value));
  for (const code of extraCodes) {
    if (code && !known.has(code)) options.push({ value: code, label: code, name: code });
  }
  return options;
}

export function AgencySelect({
  agencies,
  value,
  ...props
}: { agencies: readonly Agency[] } & Omit<SelectProps<string | string[]>, 'options'>) {
  const { t } = useI18n();
  const current = Array.isArray(value) ? value : value ? [value] : [];
  return (
    <Select<string | string[]>
      {...props}
      // An empty code (a new procedure) shows the placeholder, not an empty choice.
      value={value === '' ? undefined : value}
      showSearch={{ filterOption: selectFilter }}
      placeholder={props.placeholder ?? t('catalogAdmin.agencyPlaceholder')}
      options={agencyOptions(agencies, current)}
      optionRender={(option) => (
        <span>
          {(option.data as { name: string }).name} <span className="muted small mono">{String(option.value)}</span>
        </span>
      )}
    />
  );
}
