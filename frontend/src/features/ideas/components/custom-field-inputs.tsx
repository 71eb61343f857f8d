import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { PickList } from '../../../components/ui/pick-list';
import type { CustomFieldSpec, StoredFieldValue } from '../../../lib/api-types';
import type { useFormat } from '../../../lib/format';

/** How the form and the server name a custom field: "fields.12". */
export function customFieldName(field: { id: number }): string {
  return `fields.${String(field.id)}`;
}

/** A stored value as the idea page shows it: numbers and dates in the reader's language. */
export function fieldValueText(
  field: StoredFieldValue,
  format: ReturnType<typeof useFormat>,
): string {
  if (field.type === 'NUMBER' && !Number.isNaN(Number(field.value))) {
    return format.number(Number(field.value));
  }
  if (field.type === 'DATE') return format.date(`${field.value}T00:00:00`);
  return field.value;
}

interface CustomFieldInputsProps {
  fields: CustomFieldSpec[];
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  fieldId: (name: string) => string;
  onChange: (name: string, value: string) => void;
}

/**
 * The organisation's own fields of the submission form, rendered from their spec: text, number,
 * date or a choice; each marked required as the admin set it.
 */
export function CustomFieldInputs({
  fields,
  values,
  errors,
  fieldId,
  onChange,
}: CustomFieldInputsProps) {
  const { t } = useTranslation();
  return fields.map((field) => {
    const name = customFieldName(field);
    const label = field.required ? field.label : t('adminLists.optional', { label: field.label });
    if (field.type === 'CHOICE') {
      return (
        <PickList
          key={name}
          id={fieldId(name)}
          name={name}
          label={label}
          options={field.choices}
          emptyLabel={t('adminLists.choose')}
          required={field.required}
          value={values[name] ?? ''}
          error={errors[name]}
          onChange={(value) => {
            onChange(name, value);
          }}
        />
      );
    }
    return (
      <Textfield
        key={name}
        id={fieldId(name)}
        name={name}
        label={label}
        required={field.required}
        type={field.type === 'NUMBER' ? 'number' : field.type === 'DATE' ? 'date' : 'text'}
        {...(field.type === 'NUMBER' ? { inputMode: 'decimal' as const } : {})}
        value={values[name] ?? ''}
        error={errors[name]}
        onChange={(event) => {
          onChange(name, event.target.value);
        }}
      />
    );
  });
}
