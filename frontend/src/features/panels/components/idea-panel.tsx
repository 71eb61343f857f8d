import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useColleagues } from '../../../api/get-colleagues';
import { RecordForm } from '../../../components/ui/record-form';
import { useUser } from '../../../lib/auth';
import type { FullIdeaView } from '../../../lib/api-types';
import { useAssignPanel, useReviews } from '../api/panels';
import { PanelReviews } from './panel-reviews';
import { ReviewForm } from './review-form';

/**
 * A screening panel (docs/adr/0039): the idea's lab leads assign colleagues as reviewers while it
 * waits in screening; each reviews here; the lab lead reads every review, the spread and the
 * rubric's recommendation. For anyone else the panel does not exist, and neither does this section.
 */
export function IdeaPanel({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const reviews = useReviews(idea.id);
  const user = useUser();
  if (!reviews.isSuccess) {
    return null;
  }
  const panels = reviews.data;
  const open = panels.find((panel) => panel.open);
  const lead = user.data?.roles.includes('LAB_LEAD') ?? false;
  const mayAssign = lead && idea.stage === 'screening' && !open;
  if (panels.length === 0 && !mayAssign) {
    return null;
  }
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('panel.title')}
      </Heading>
      {panels.length === 0 && <Paragraph data-size="sm">{t('panel.none')}</Paragraph>}
      {panels.map((panel) => (
        <PanelReviews key={panel.id} panel={panel} />
      ))}
      {open?.mayReview && <ReviewForm ideaId={idea.id} panel={open} />}
      {mayAssign && <AssignPanel idea={idea} />}
    </section>
  );
}

function AssignPanel({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const assign = useAssignPanel(idea);
  const authors = new Set([idea.submitter, ...idea.coAuthors.map((author) => author.username)]);
  const candidates = (colleagues.data ?? []).filter(
    (colleague) => !authors.has(colleague.username),
  );
  if (candidates.length === 0) {
    return null;
  }
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('panel.assign')}
      </Heading>
      <RecordForm
        fields={[
          {
            name: 'reviewers',
            label: t('panel.reviewers'),
            kind: 'checkboxes',
            required: true,
            options: candidates.map((colleague) => ({
              value: colleague.username,
              label: colleague.name,
            })),
          },
          {
            name: 'dueDays',
            label: t('panel.dueDays'),
            kind: 'number',
            required: true,
            min: 1,
            max: 60,
          },
        ]}
        initial={{ dueDays: '7' }}
        submitLabel={t('panel.assignSubmit')}
        pending={assign.isPending}
        error={assign.error}
        onSubmit={(values) => {
          assign.mutate({
            reviewers: (values.reviewers ?? '').split(',').filter(Boolean),
            dueDays: Number(values.dueDays),
          });
        }}
      />
    </>
  );
}
