import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useCustomFields } from '../../../api/get-custom-fields';

interface BoardFieldFilterProps {
  field: string | undefined;
  value: string | undefined;
  set: (name: 'field' | 'fieldValue', value: string | undefined) => void;
}

/** Filters the board on a custom field's value: which field, and the value it holds. */
export function BoardFieldFilter({ field, value, set }: BoardFieldFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const fields = useCustomFields().data ?? [];
  if (fields.length === 0) return null;
  const chosen = fields.find((spec) => String(spec.id) === field);
  return (
    <>
      <Field data-size="sm">
        <Label htmlFor={`${id}-field`}>{t('adminLists.filter.field')}</Label>
        <Select
          id={`${id}-field`}
          name="field"
          value={field ?? ''}
          onChange={(event) => {
            set('field', event.target.value || undefined);
            set('fieldValue', undefined);
          }}
        >
          <Select.Option value="">{t('adminLists.filter.noField')}</Select.Option>
          {fields.map((spec) => (
            <Select.Option key={spec.id} value={String(spec.id)}>
              {spec.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {chosen &&
        (chosen.type === 'CHOICE' ? (
          <Field data-size="sm">
            <Label htmlFor={`${id}-value`}>{t('adminLists.filter.value')}</Label>
            <Select
              id={`${id}-value`}
              name="fieldValue"
              value={value ?? ''}
              onChange={(event) => {
                set('fieldValue', event.target.value || undefined);
              }}
            >
              <Select.Option value="">{t('adminLists.any')}</Select.Option>
              {chosen.choices.map((choice) => (
                <Select.Option key={choice} value={choice}>
                  {choice}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ) : (
          <Textfield
            data-size="sm"
            id={`${id}-value`}
            name="fieldValue"
            label={t('adminLists.filter.value')}
            type={chosen.type === 'DATE' ? 'date' : chosen.type === 'NUMBER' ? 'number' : 'text'}
            value={value ?? ''}
            onChange={(event) => {
              set('fieldValue', event.target.value);
            }}
          />
        ))}
    </>
  );
}
