import { Heading, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { TimeBoxStatus } from '../../../components/ui/time-box-status';
import { paths } from '../../../config/paths';
import { useStageLabel } from '../../../hooks/use-stage-label';
import type { IdeaView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useIdeaFields } from '../api/get-idea-fields';

import { fieldValueText } from './custom-field-inputs';

/** Where the idea is and the facts about it. */
export function IdeaDetails({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const headingId = useId();
  // The custom fields' values belong to the full view: another organisation's reader has none.
  const customFields = useIdeaFields(idea.id, idea.view === 'FULL').data ?? [];
  const facts: [string, ReactNode][] = [
    [t('idea.stage'), stageLabel(idea.stage)],
    ...(idea.stageEnteredAt
      ? ([
          [
            t('idea.inStageSince'),
            <>
              <time dateTime={idea.stageEnteredAt}>{format.date(idea.stageEnteredAt)}</time>{' '}
              <span className="muted">({t('common.days', { count: idea.daysInStage })})</span>
            </>,
          ],
        ] as [string, ReactNode][])
      : []),
  ];
  if (idea.timeBox) {
    facts.push([
      t('idea.timeBox'),
      <>
        <TimeBoxStatus state={idea.timeBox.state} />{' '}
        <time dateTime={idea.timeBox.endsAt}>{format.date(idea.timeBox.endsAt)}</time>
      </>,
    ]);
  }
  // Another organisation's reader sees the submitter only if they agreed to be named.
  if (idea.submitter !== null) {
    facts.push([t('idea.submitter'), idea.submitterName ?? idea.submitter]);
  }
  if (idea.coAuthors && idea.coAuthors.length > 0) {
    facts.push([
      t('idea.coAuthors'),
      <ul className="plain-list" key="co-authors">
        {idea.coAuthors.map((author) => (
          <li key={author.username}>{author.name}</li>
        ))}
      </ul>,
    ]);
  }
  facts.push([t('idea.organisation'), idea.organisation]);
  if (idea.department) facts.push([t('idea.department'), idea.department]);
  facts.push([t('idea.entryRoute'), t(`entryRoutes.${idea.entryRoute}`)]);
  // The challenge it answers (if the reader may know of it), the resident credited for it.
  const { challenge, credit } = idea;
  if (challenge) {
    facts.push([
      t('idea.challenge'),
      <Link to={paths.challenge(challenge.id)} key="challenge">
        {challenge.title}
      </Link>,
    ]);
  }
  if (credit) facts.push([t('idea.credit'), credit]);
  if (idea.themes.length > 0) {
    facts.push([
      t('idea.themes'),
      <ul className="tag-list" key="themes">
        {idea.themes.map((theme) => (
          <li key={theme}>
            <Tag data-size="sm" data-color="neutral">
              {theme}
            </Tag>
          </li>
        ))}
      </ul>,
    ]);
  }
  for (const field of customFields) {
    facts.push([field.label, fieldValueText(field, format)]);
  }
  if (idea.estimatedCost !== null) {
    facts.push([t('idea.estimatedCost'), format.money(idea.estimatedCost, idea.currency)]);
  }
  if (idea.budget !== null) {
    facts.push([t('idea.budget'), format.money(idea.budget, idea.currency)]);
  }
  if (idea.receivingUnit) facts.push([t('idea.receivingUnit'), idea.receivingUnit]);
  facts.push([t('idea.sharing.title'), t(`sharing.${idea.sharing}`)]);
  // An origin of this installation shows with the adoption links; another installation's here.
  if (idea.origin?.url) {
    facts.push([t('idea.origin'), <IdeaOrigin origin={idea.origin} key="origin" />]);
  }
  if (idea.createdAt) facts.push([t('idea.createdAt'), format.date(idea.createdAt)]);
  if (idea.submittedAt) facts.push([t('idea.submittedAt'), format.date(idea.submittedAt)]);
  if (idea.endedAt) facts.push([t('idea.endedAt'), format.date(idea.endedAt)]);

  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('idea.details')}
      </Heading>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The pilot an adopted idea started from: one of this installation by its reference, another
 * installation's by its address (a web address only, never a script).
 */
function IdeaOrigin({ origin }: { origin: NonNullable<IdeaView['origin']> }) {
  if (origin.url && /^https?:\/\//i.test(origin.url)) {
    return (
      <a href={origin.url} rel="noopener noreferrer external">
        {origin.title}
      </a>
    );
  }
  return (
    <>
      {origin.title}
      {origin.reference && <span className="muted"> ({origin.reference})</span>}
    </>
  );
}
