import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { QuerySection } from '../../../components/ui/query-section';
import { Loading } from '../../../components/ui/loading';
import type { FullIdeaView, TargetView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useImpactTargets } from '../api/get-impact-targets';

import { ImpactDialog, type ImpactEdit } from './impact-forms';

const ImpactChart = lazy(() => import('./impact-chart'));

const SAVED = {
  target: 'impact.form.saved.target',
  measurement: 'impact.form.saved.measurement',
  baseline: 'impact.form.saved.baseline',
} as const;

interface TargetProps {
  view: TargetView;
  onMeasure?: (() => void) | undefined;
  /** Offered while the baseline is to be measured (an adopted pilot's target). */
  onSetBaseline?: (() => void) | undefined;
}

function Target({ view, onMeasure, onSetBaseline }: TargetProps) {
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
          <dd>
            {target.baseline === null ? t('impact.baselineNotMeasured') : withUnit(target.baseline)}
          </dd>
        </div>
        <div className="contents">
          <dt>{t('impact.target')}</dt>
          <dd>{withUnit(target.target)}</dd>
        </div>
      </dl>
      {measurements.length === 0 ? (
        <Paragraph data-size="sm">{t('impact.noMeasurements')}</Paragraph>
      ) : (
        <Suspense fallback={<Loading />}>
          <ImpactChart view={view} />
        </Suspense>
      )}
      {measurements.length > 0 && (
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
      {(onMeasure ?? onSetBaseline) && (
        <div className="button-row">
          {onSetBaseline && (
            <Button data-size="sm" variant="secondary" onClick={onSetBaseline}>
              {t('impact.form.setBaseline', { metric: target.metric })}
            </Button>
          )}
          {onMeasure && (
            <Button data-size="sm" variant="secondary" onClick={onMeasure}>
              {t('impact.form.measure', { metric: target.metric })}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}

/**
 * The benefits the idea should bring (baseline, target) and what was measured so far, as a
 * chart and a table. A lab lead sets targets, the baseline of one that has none (an adopted
 * pilot's), and records measurements when the actions say so.
 */
export function ImpactTargets({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<ImpactEdit | undefined>(undefined);
  const announce = useAnnounce();
  const may = (type: 'ADD_IMPACT_TARGET' | 'ADD_MEASUREMENT') =>
    idea.actions.some((action) => action.type === type);
  return (
    <QuerySection
      title={t('impact.title')}
      query={useImpactTargets(idea.id)}
      empty={t('impact.empty')}
      itemKey={(view) => view.target.id}
      renderItem={(view) => (
        <Target
          view={view}
          onMeasure={
            may('ADD_MEASUREMENT')
              ? () => {
                  setEditing({ kind: 'measurement', target: view.target });
                }
              : undefined
          }
          onSetBaseline={
            may('ADD_IMPACT_TARGET') && view.target.baseline === null
              ? () => {
                  setEditing({ kind: 'baseline', target: view.target });
                }
              : undefined
          }
        />
      )}
    >
      {may('ADD_IMPACT_TARGET') && (
        <Button
          variant="secondary"
          onClick={() => {
            setEditing({ kind: 'target' });
          }}
        >
          {t('impact.form.add')}
        </Button>
      )}
      {editing !== undefined && (
        <ImpactDialog
          idea={idea}
          edit={editing}
          onClose={(done) => {
            if (done) announce(t(SAVED[editing.kind]));
            setEditing(undefined);
          }}
        />
      )}
    </QuerySection>
  );
}
