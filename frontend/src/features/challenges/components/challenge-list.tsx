import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormat } from '../../../lib/format';
import type { ChallengeState } from '../api/types';

import { ChallengeStateTag } from './challenge-state-tag';

interface ListedChallenge {
  id: number;
  title: string;
  problem?: string;
  state: ChallengeState;
  opensAt: string;
  closesAt: string;
}

interface ChallengeListProps<T extends ListedChallenge> {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T[] | undefined };
  /** The address of a challenge's page. */
  to: (id: number) => string;
  /** A line under each challenge, e.g. its audience. */
  extra?: (challenge: T) => string | undefined;
}

/** Challenges, each with its state, its problem (where the list has it) and when it is open. */
export function ChallengeList<T extends ListedChallenge>({
  query,
  to,
  extra,
}: ChallengeListProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  if (query.isPending) return <Loading />;
  if (query.isError || !query.data) {
    return <ErrorAlert title={t('challenges.loadFailed')} error={query.error} />;
  }
  if (query.data.length === 0) return <Paragraph>{t('challenges.none')}</Paragraph>;
  return (
    <ul className="plain-list">
      {query.data.map((challenge) => (
        <li key={challenge.id} className="panel">
          <Heading level={2} data-size="xs">
            <Link to={to(challenge.id)}>{challenge.title}</Link>
          </Heading>
          <ChallengeStateTag state={challenge.state} />
          {challenge.problem && (
            <Paragraph data-size="sm" className="prewrap">
              {challenge.problem}
            </Paragraph>
          )}
          <Paragraph data-size="sm" className="muted">
            {t('challenges.dates', {
              opens: format.date(challenge.opensAt),
              closes: format.date(challenge.closesAt),
            })}
            {extra?.(challenge) !== undefined && ` · ${extra(challenge) ?? ''}`}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
