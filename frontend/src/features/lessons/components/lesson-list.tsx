import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ExperimentOutcomes } from '../../../components/portfolio/experiment-outcomes';
import { PageNavigation } from '../../../components/portfolio/page-navigation';
import { useGateLabels } from '../../../hooks/use-gate-labels';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { LearningCardView } from '../../../components/ui/learning-card-view';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { LESSONS_PAGE_SIZE, useLessons, type LessonsSearch } from '../api/get-lessons';

/** The stopped ideas that match, each with why it stopped, its lesson and its experiments. */
export function LessonList({
  search,
  onPageChange,
}: {
  search: LessonsSearch;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useGateLabels();
  const lessons = useLessons(search);
  if (lessons.isPending) {
    return <Loading />;
  }
  if (lessons.isError) {
    return <ErrorAlert title={t('lessons.loadFailed')} error={lessons.error} />;
  }
  const { total } = lessons.data;
  return (
    <>
      <Paragraph role="status">{t('lessons.found', { count: total })}</Paragraph>
      <ul className="plain-list">
        {lessons.data.lessons.map((lesson) => (
          <li key={lesson.id} className="panel">
            <Heading level={2} data-size="xs">
              <Link to={paths.idea(lesson.id)}>
                {lesson.reference} {lesson.title}
              </Link>
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {lesson.stoppedAt &&
                t('lessons.stopped', {
                  date: format.date(lesson.stoppedAt),
                  gate: lesson.stoppedAtGate ? labels.gate(lesson.stoppedAtGate) : '–',
                })}{' '}
              {lesson.themes.join(', ')}
            </Paragraph>
            <Paragraph data-size="sm">{lesson.problem}</Paragraph>
            {lesson.reason && (
              <Paragraph data-size="sm">
                <strong>{t('lessons.reason')}</strong> {lesson.reason}
              </Paragraph>
            )}
            {lesson.learningCard && (
              <LearningCardView card={lesson.learningCard} headingLevel={3} />
            )}
            <Details>
              <Details.Summary>
                {t('lessons.experiments', { count: lesson.experiments.length })}
              </Details.Summary>
              <Details.Content>
                <ExperimentOutcomes experiments={lesson.experiments} headingLevel={3} />
              </Details.Content>
            </Details>
          </li>
        ))}
      </ul>
      <PageNavigation
        page={search.page}
        total={total}
        size={LESSONS_PAGE_SIZE}
        onChange={onPageChange}
      />
    </>
  );
}
