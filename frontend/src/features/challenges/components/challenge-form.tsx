import { useTranslation } from 'react-i18next';

import { usePickLists } from '../../../api/get-pick-lists';
import { Loading } from '../../../components/ui/loading';
import { RecordForm, type FieldSpec } from '../../../components/ui/record-form';
import { useCreateChallenge } from '../api/save-challenge';
import { audiences, type Audience, type Challenge } from '../api/types';

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A day of the form as the instant the API takes: its start or its end, in local time. */
function instant(day: string, end: boolean): string {
  const at = new Date(`${day}T${end ? '23:59:59' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? day : at.toISOString();
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** Opens a challenge: the problem, who it affects, a good answer, its audience and dates. */
export function ChallengeForm({ onOpened }: { onOpened: (challenge: Challenge) => void }) {
  const { t } = useTranslation();
  const create = useCreateChallenge();
  const lists = usePickLists();
  const themes = lists.data?.themes ?? [];
  const fields: FieldSpec[] = [
    { name: 'title', label: t('challenges.title'), required: true },
    {
      name: 'problem',
      label: t('challenges.problem'),
      kind: 'multiline',
      required: true,
    },
    { name: 'affected', label: t('challenges.affected'), kind: 'multiline' },
    { name: 'goodAnswer', label: t('challenges.goodAnswer'), kind: 'multiline' },
    {
      name: 'themes',
      label: t('challenges.themes'),
      kind: 'checkboxes',
      options: themes.map((theme) => ({ value: theme, label: theme })),
    },
    {
      name: 'audience',
      label: t('challenges.audience'),
      kind: 'radio',
      required: true,
      description: t('challenges.audienceHint'),
      options: audiences.map((audience) => ({
        value: audience,
        label: t(`challenges.audiences.${audience}`),
      })),
    },
    { name: 'opensAt', label: t('challenges.opensAt'), kind: 'date', required: true },
    { name: 'closesAt', label: t('challenges.closesAt'), kind: 'date', required: true },
  ];
  if (lists.isPending) return <Loading />;
  return (
    <RecordForm
      fields={fields}
      initial={{ audience: 'PUBLIC', opensAt: inDays(0), closesAt: inDays(30) }}
      submitLabel={t('challenges.openSubmit')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(values) => {
        const affected = optional(values.affected);
        const goodAnswer = optional(values.goodAnswer);
        create.mutate(
          {
            title: values.title?.trim() ?? '',
            problem: values.problem?.trim() ?? '',
            ...(affected ? { affected } : {}),
            ...(goodAnswer ? { goodAnswer } : {}),
            themes: (values.themes ?? '').split(',').filter(Boolean),
            audience: (values.audience ?? 'PUBLIC') as Audience,
            opensAt: instant(values.opensAt ?? '', false),
            closesAt: instant(values.closesAt ?? '', true),
          },
          { onSuccess: onOpened },
        );
      }}
    />
  );
}
