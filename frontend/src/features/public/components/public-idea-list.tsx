import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageNavigation } from '../../../components/portfolio/page-navigation';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { PUBLIC_PAGE_SIZE, usePublicIdeas } from '../api/get-public-ideas';

/** The ideas the municipality made public — running, scaled and stopped — a page at a time. */
export function PublicIdeaList({
  page,
  onPageChange,
}: {
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const ideas = usePublicIdeas(page);
  if (ideas.isPending) {
    return <Loading />;
  }
  if (ideas.isError) {
    return <ErrorAlert title={t('publicPortfolio.loadFailed')} error={ideas.error} />;
  }
  const { total } = ideas.data;
  return (
    <>
      <Paragraph>{t('publicPortfolio.count', { count: total })}</Paragraph>
      <ul className="plain-list">
        {ideas.data.ideas.map((idea) => {
          const outcomes = idea.experiments.filter((experiment) => experiment.outcome !== null);
          return (
            <li key={idea.reference} className="panel">
              <Heading level={2} data-size="xs">
                <Link to={paths.publicIdea(idea.reference)}>
                  {idea.reference} {idea.title}
                </Link>
              </Heading>
              <Tag data-color={idea.stage === 'stopped' ? 'warning' : 'info'} data-size="sm">
                {stageLabel(idea.stage)}
              </Tag>
              <Paragraph data-size="sm">{idea.problem}</Paragraph>
              <Paragraph data-size="sm" className="muted">
                {t('publicPortfolio.organisation', {
                  organisation: idea.organisation,
                  department: idea.department ?? '–',
                })}{' '}
                {t('publicPortfolio.experimentsWithResult', {
                  count: idea.experiments.length,
                  done: outcomes.length,
                })}
              </Paragraph>
            </li>
          );
        })}
      </ul>
      <PageNavigation page={page} total={total} size={PUBLIC_PAGE_SIZE} onChange={onPageChange} />
      <Paragraph data-size="sm">
        {t('publicPortfolio.openData')} <a href="/api/open/ideas">JSON</a> ·{' '}
        <a href="/api/open/ideas.csv">CSV</a> ·{' '}
        <a href="/api/open/schema/ideas.json">{t('publicPortfolio.schema')}</a> ·{' '}
        <a href={ideas.data.licence.url} rel="license">
          {ideas.data.licence.name}
        </a>
      </Paragraph>
    </>
  );
}
