import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { RecordForm } from '../../../components/ui/record-form';
import type { Panel } from '../api/panels';
import { useSubmitReview } from '../api/panels';
import { CRITERIA } from './panel-reviews';

/**
 * The reader's review on the open panel: the rubric's four scores and private notes, which only
 * the panel's reviewer and the lab leads read. Until the gate is decided it can be changed.
 */
export function ReviewForm({ ideaId, panel }: { ideaId: number; panel: Panel }) {
  const { t } = useTranslation();
  const submit = useSubmitReview(ideaId);
  const mine = panel.reviews.find((review) => review.yours);
  const initial: Record<string, string> = { notes: mine?.notes ?? '' };
  CRITERIA.forEach((criterion) => {
    const score = mine?.scores?.[criterion];
    initial[`scores.${criterion}`] = score != null ? String(score) : '';
  });
  return (
    <>
      <Heading level={3} data-size="xs">
        {mine?.submittedAt ? t('panel.changeReview') : t('panel.yourReview')}
      </Heading>
      <RecordForm
        key={mine?.version ?? 'new'}
        fields={[
          ...CRITERIA.map((criterion) => ({
            name: `scores.${criterion}`,
            label: t(`scores.${criterion}`),
            kind: 'number' as const,
            required: true,
            min: 1,
            max: 5,
          })),
          {
            name: 'notes',
            label: t('panel.privateNotes'),
            kind: 'multiline' as const,
            description: t('panel.notesHelp'),
          },
        ]}
        initial={initial}
        submitLabel={t('panel.submit')}
        pending={submit.isPending}
        error={submit.error}
        onSubmit={(values) => {
          const score = (criterion: string) => Number(values[`scores.${criterion}`]);
          submit.mutate({
            scores: {
              strategicFit: score('strategicFit'),
              citizenValue: score('citizenValue'),
              feasibility: score('feasibility'),
              novelty: score('novelty'),
            },
            notes: values.notes ?? null,
            version: mine?.submittedAt ? (mine.version ?? null) : null,
          });
        }}
      />
    </>
  );
}
