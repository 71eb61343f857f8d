import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm, type FieldSpec } from '../../../components/ui/record-form';
import type { IdeaView, ImpactTarget } from '../../../lib/api-types';
import { useSaveImpact } from '../api/save-impact';

/** Today where the user is, as yyyy-mm-dd. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface ImpactDialogProps {
  idea: IdeaView;
  /** The target a measurement is recorded against; none to set a new target. */
  target?: ImpactTarget;
  onClose: (saved: boolean) => void;
}

/** Sets an impact target (metric, unit, baseline, target) or records a benefit measured against one. */
export function ImpactDialog({ idea, target, onClose }: ImpactDialogProps) {
  const { t } = useTranslation();
  const save = useSaveImpact(idea.id);
  const fields: FieldSpec[] = target
    ? [
        { name: 'measuredOn', label: t('impact.measuredOn'), kind: 'date', required: true },
        {
          name: 'value',
          label: t('impact.form.valueIn', { unit: target.unit }),
          kind: 'number',
          required: true,
        },
        { name: 'note', label: t('impact.note'), kind: 'multiline' },
      ]
    : [
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
  const close = () => {
    onClose(false);
  };
  return (
    <FormDialog
      title={
        target
          ? t('impact.form.measureTitle', { metric: target.metric })
          : t('impact.form.addTitle')
      }
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={close}
    >
      <RecordForm
        fields={fields}
        {...(target ? { initial: { measuredOn: today() } } : {})}
        submitLabel={t('impact.form.save')}
        pending={save.isPending}
        error={save.error}
        onCancel={close}
        onSubmit={(values) => {
          const done = {
            onSuccess: () => {
              onClose(true);
            },
          };
          if (target) {
            const note = values.note?.trim();
            save.mutate(
              {
                kind: 'measurement',
                targetId: target.id,
                measurement: {
                  measuredOn: values.measuredOn ?? '',
                  value: Number(values.value),
                  ...(note ? { note } : {}),
                },
              },
              done,
            );
          } else {
            save.mutate(
              {
                kind: 'target',
                target: {
                  metric: values.metric?.trim() ?? '',
                  unit: values.unit?.trim() ?? '',
                  baseline: Number(values.baseline),
                  target: Number(values.target),
                },
              },
              done,
            );
          }
        }}
      />
    </FormDialog>
  );
}
