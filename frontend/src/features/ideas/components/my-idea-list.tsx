import { Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useStageLabel } from '../../../hooks/use-stage-label';
import { useFormat } from '../../../lib/format';
import { useMyIdeas } from '../api/get-my-ideas';

/**
 * The ideas the user wrote or co-authors, drafts included: each with its stage and when it last
 * changed, the one changed last first, and a link to it (a saved draft is reached from here).
 */
export function MyIdeaList() {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const ideas = useMyIdeas();
  if (ideas.isPending) {
    return <Loading />;
  }
  if (ideas.isError) {
    return <ErrorAlert title={t('myIdeas.loadFailed')} error={ideas.error} />;
  }
  if (ideas.data.length === 0) {
    return (
      <Paragraph>
        {t('myIdeas.empty')}{' '}
        <DsLink asChild>
          <Link to={paths.newIdea}>{t('myIdeas.newIdea')}</Link>
        </DsLink>
      </Paragraph>
    );
  }
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra aria-label={t('myIdeas.title')}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('myIdeas.idea')}</Table.HeaderCell>
            <Table.HeaderCell>{t('myIdeas.stage')}</Table.HeaderCell>
            <Table.HeaderCell>{t('myIdeas.changed')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ideas.data.map((idea) => (
            <Table.Row key={idea.id}>
              <Table.Cell>
                <Link to={paths.idea(idea.id)}>
                  {idea.reference} {idea.title}
                </Link>
              </Table.Cell>
              <Table.Cell>{stageLabel(idea.stage)}</Table.Cell>
              <Table.Cell>
                <time dateTime={idea.lastChangedAt}>{format.date(idea.lastChangedAt)}</time>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
