import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { asOutcome } from '../../../hooks/use-gate-labels';
import { useFormat } from '../../../lib/format';
import type { Panel } from '../api/panels';

/** The rubric's criteria, in the order the screening rubric names them. */
export const CRITERIA = ['strategicFit', 'citizenValue', 'feasibility', 'novelty'] as const;

type Criterion = (typeof CRITERIA)[number];

/**
 * One panel as the reader may see it: each reviewer's scores and notes (what the server sends:
 * a reviewer sees the others' scores once their own is in, never their notes), and for the lab
 * lead the spread per criterion, disagreements marked, and the rubric's recommendation.
 */
export function PanelReviews({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="panel-reviews">
      <Paragraph data-size="sm">
        {t('panel.assignedBy', {
          name: panel.assignedBy,
          date: format.date(panel.assignedAt),
          due: format.date(panel.dueAt),
        })}{' '}
        {panel.open ? t('panel.open') : t('panel.kept')}
      </Paragraph>
      <Table data-size="sm" zebra>
        <caption>{t('panel.reviews')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('panel.reviewer')}</Table.HeaderCell>
            {CRITERIA.map((criterion) => (
              <Table.HeaderCell key={criterion}>{t(`scores.${criterion}`)}</Table.HeaderCell>
            ))}
            <Table.HeaderCell>{t('panel.notes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {panel.reviews.map((review) => (
            <Table.Row key={review.username}>
              <Table.HeaderCell scope="row">
                {review.displayName}{' '}
                {!review.submittedAt && (
                  <Tag data-size="sm" data-color="warning">
                    {t('panel.waiting')}
                  </Tag>
                )}
              </Table.HeaderCell>
              {CRITERIA.map((criterion) => (
                <Table.Cell key={criterion}>{review.scores?.[criterion] ?? '–'}</Table.Cell>
              ))}
              <Table.Cell>{review.notes ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {panel.spread && (
        <Table data-size="sm" zebra>
          <caption>{t('panel.spread')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('panel.criterion')}</Table.HeaderCell>
              <Table.HeaderCell>{t('panel.lowest')}</Table.HeaderCell>
              <Table.HeaderCell>{t('panel.highest')}</Table.HeaderCell>
              <Table.HeaderCell>{t('panel.mean')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {panel.spread.map((criterion) => (
              <Table.Row key={criterion.criterion}>
                <Table.HeaderCell scope="row">
                  {t(`scores.${criterion.criterion as Criterion}`)}{' '}
                  {criterion.disagreement && (
                    <Tag data-size="sm" data-color="danger">
                      {t('panel.disagreement')}
                    </Tag>
                  )}
                </Table.HeaderCell>
                <Table.Cell>{criterion.lowest}</Table.Cell>
                <Table.Cell>{criterion.highest}</Table.Cell>
                <Table.Cell>{format.number(criterion.mean)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {panel.recommendation && (
        <Paragraph data-size="sm">
          {t('panel.recommendation', {
            outcome: t(`outcomes.${asOutcome(panel.recommendation.outcome) ?? 'HOLD'}`),
            reason: panel.recommendation.reason,
          })}
        </Paragraph>
      )}
    </div>
  );
}
