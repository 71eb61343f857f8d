import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FormValues } from '../../../components/ui/record-form';
import type { CustomFieldAdmin, CustomFieldRequest, CustomFieldType } from '../../../lib/api-types';

const types: CustomFieldType[] = ['TEXT', 'NUMBER', 'DATE', 'CHOICE'];

interface CustomFieldDialogProps {
  /** The field to change; none to add one. */
  field?: CustomFieldAdmin | undefined;
  pending: boolean;
  error: unknown;
  onSave: (request: CustomFieldRequest) => void;
  onClose: () => void;
}

/** Adds or changes a custom field: its label, type, choices and whether it is required. */
export function CustomFieldDialog({
  field,
  pending,
  error,
  onSave,
  onClose,
}: CustomFieldDialogProps) {
  const { t } = useTranslation();
  const initial: FormValues = {
    label: field?.label ?? '',
    type: field?.type ?? 'TEXT',
    required: field?.required ? 'yes' : 'no',
    choices: field?.choices.join('\n') ?? '',
  };
  return (
    <FormDialog
      title={
        field
          ? t('adminLists.fields.changeTitle', { label: field.label })
          : t('adminLists.fields.addTitle')
      }
      onClose={onClose}
    >
      <RecordForm
        fields={[
          { name: 'label', label: t('adminLists.fields.label'), required: true },
          {
            name: 'type',
            label: t('adminLists.fields.type'),
            kind: 'radio',
            options: types.map((type) => ({ value: type, label: t(`adminLists.types.${type}`) })),
          },
          {
            name: 'required',
            label: t('adminLists.fields.required'),
            kind: 'radio',
            options: [
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ],
          },
          {
            name: 'choices',
            label: t('adminLists.fields.choices'),
            kind: 'multiline',
            description: t('adminLists.fields.choicesHint'),
          },
        ]}
        initial={initial}
        submitLabel={t('adminLists.save')}
        pending={pending}
        error={error}
        onSubmit={(values) => {
          const type = (values.type ?? 'TEXT') as CustomFieldType;
          onSave({
            label: (values.label ?? '').trim(),
            type,
            required: values.required === 'yes',
            choices:
              type === 'CHOICE'
                ? (values.choices ?? '')
                    .split('\n')
                    .map((choice) => choice.trim())
                    .filter((choice) => choice !== '')
                : [],
            ...(field ? { position: field.position } : {}),
            retired: field?.retired ?? false,
          });
        }}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
