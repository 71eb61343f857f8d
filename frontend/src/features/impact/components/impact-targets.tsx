import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { QuerySection } from '../../../components/ui/query-section';
import type { TargetView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useImpactTargets } from '../api/get-impact-targets';

function Target({ view }: { view: TargetView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { target, measurements } = view;
  const withUnit = (value: number) =>
    t('impact.valueWithUnit', { value: format.number(value), unit: target.unit });
  return (
    <article className="panel stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {target.metric}
      </Heading>
      <dl className="facts">
        <div className="contents">
          <dt>{t('impact.baseline')}</dt>
          <dd>{withUnit(target.baseline)}</dd>
        </div>
        <div className="contents">
          <dt>{t('impact.target')}</dt>
          <dd>{withUnit(target.target)}</dd>
        </div>
      </dl>
      {measurements.length === 0 ? (
        <Paragraph data-size="sm">{t('impact.noMeasurements')}</Paragraph>
      ) : (
        <Table data-size="sm" zebra>
          <caption>{t('impact.measurements', { metric: target.metric })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('impact.measuredOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('impact.value')}</Table.HeaderCell>
              <Table.HeaderCell>{t('impact.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {measurements.map((measurement) => (
              <Table.Row key={measurement.id}>
                <Table.Cell>
                  <time dateTime={measurement.measuredOn}>
                    {format.date(measurement.measuredOn)}
                  </time>
                </Table.Cell>
                <Table.Cell>{withUnit(measurement.value)}</Table.Cell>
                <Table.Cell>{measurement.note}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </article>
  );
}

/** The benefits the idea should bring (baseline, target) and what was measured so far. */
export function ImpactTargets({ ideaId }: { ideaId: number }) {
  const { t } = useTranslation();
  return (
    <QuerySection
      title={t('impact.title')}
      query={useImpactTargets(ideaId)}
      empty={t('impact.empty')}
      itemKey={(view) => view.target.id}
      renderItem={(view) => <Target view={view} />}
    />
  );
}
