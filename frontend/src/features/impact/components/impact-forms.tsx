import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec, type FormValues } from '../../../components/ui/record-form';
import type { IdeaView, ImpactTarget } from '../../../lib/api-types';
import { useSaveImpact, type ImpactChange } from '../api/save-impact';

/** Today where the user is, as yyyy-mm-dd. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the dialog records: a new target, a measurement against one, or one's baseline. */
export type ImpactEdit =
  | { kind: 'target' }
  | { kind: 'measurement'; target: ImpactTarget }
  | { kind: 'baseline'; target: ImpactTarget };

function fieldsOf(edit: ImpactEdit, t: TFunction): FieldSpec[] {
  switch (edit.kind) {
    case 'target':
      return [
        { name: 'metric', label: t('impact.form.metric'), required: true },
        {
          name: 'unit',
          label: t('impact.form.unit'),
          description: t('impact.form.unitHint'),
          required: true,
        },
        { name: 'baseline', label: t('impact.baseline'), kind: 'number', required: true },
        { name: 'target', label: t('impact.target'), kind: 'number', required: true },
      ];
    case 'measurement':
      return [
        { name: 'measuredOn', label: t('impact.measuredOn'), kind: 'date', required: true },
        {
          name: 'value',
          label: t('impact.form.valueIn', { unit: edit.target.unit }),
          kind: 'number',
          required: true,
        },
        { name: 'note', label: t('impact.note'), kind: 'multiline' },
      ];
    case 'baseline':
      return [
        {
          name: 'baseline',
          label: t('impact.form.valueIn', { unit: edit.target.unit }),
          description: t('impact.form.baselineHint'),
          kind: 'number',
          required: true,
        },
      ];
  }
}

function titleOf(edit: ImpactEdit, t: TFunction): string {
  switch (edit.kind) {
    case 'target':
      return t('impact.form.addTitle');
    case 'measurement':
      return t('impact.form.measureTitle', { metric: edit.target.metric });
    case 'baseline':
      return t('impact.form.baselineTitle', { metric: edit.target.metric });
  }
}

function changeOf(edit: ImpactEdit, values: FormValues): ImpactChange {
  switch (edit.kind) {
    case 'target':
      return {
        kind: 'target',
        target: {
          metric: values.metric?.trim() ?? '',
          unit: values.unit?.trim() ?? '',
          baseline: Number(values.baseline),
          target: Number(values.target),
        },
      };
    case 'measurement': {
      const note = values.note?.trim();
      return {
        kind: 'measurement',
        targetId: edit.target.id,
        measurement: {
          measuredOn: values.measuredOn ?? '',
          value: Number(values.value),
          ...(note ? { note } : {}),
        },
      };
    }
    case 'baseline':
      return {
        kind: 'baseline',
        targetId: edit.target.id,
        baseline: { baseline: Number(values.baseline), version: edit.target.version },
      };
  }
}

interface ImpactDialogProps {
  idea: IdeaView;
  edit: ImpactEdit;
  onClose: (saved: boolean) => void;
}

/**
 * Sets an impact target (metric, unit, baseline, target), records a benefit measured against
 * one, or sets the baseline of one that has none (an adopted pilot's).
 */
export function ImpactDialog({ idea, edit, onClose }: ImpactDialogProps) {
  const { t } = useTranslation();
  const save = useSaveImpact(idea.id);
  const close = () => {
    onClose(false);
  };
  return (
    <FormDialog
      title={titleOf(edit, t)}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={close}
    >
      <RecordForm
        fields={fieldsOf(edit, t)}
        {...(edit.kind === 'measurement' ? { initial: { measuredOn: today() } } : {})}
        submitLabel={t('impact.form.save')}
        pending={save.isPending}
        error={save.error}
        onCancel={close}
        onSubmit={(values) => {
          save.mutate(changeOf(edit, values), {
            onSuccess: () => {
              onClose(true);
            },
          });
        }}
      />
    </FormDialog>
  );
}
