import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { paths } from '../../config/paths';
import { useChallenge } from '../../features/challenges/api/get-challenge';
import { ChallengeFacts } from '../../features/challenges/components/challenge-facts';
import { ChallengeResponses } from '../../features/challenges/components/challenge-responses';
import { CloseChallengeForm } from '../../features/challenges/components/close-challenge-form';
import { SuggestionModeration } from '../../features/challenges/components/suggestion-moderation';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-error';

/** A challenge: what it asks, its answers, citizens' suggestions for its moderators. */
export function ChallengeRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const challenge = useChallenge(id, Number.isInteger(id));
  useDocumentTitle(challenge.data?.title);
  const back = (
    <Paragraph data-size="sm">
      <Link to={paths.challenges}>{t('challenges.back')}</Link>
    </Paragraph>
  );
  if (challenge.isError || !Number.isInteger(id)) {
    return (
      <div className="narrow">
        <Heading level={1} data-size="lg">
          {t('challenges.loadOneFailed')}
        </Heading>
        {isApiError(challenge.error, 404) || !Number.isInteger(id) ? (
          <Paragraph>{t('challenges.notFound')}</Paragraph>
        ) : (
          <ErrorAlert title={t('challenges.loadOneFailed')} error={challenge.error} />
        )}
        {back}
      </div>
    );
  }
  if (challenge.isPending) return <Loading />;
  const data = challenge.data;
  return (
    <div className="narrow">
      {back}
      <Heading level={1} data-size="lg">
        {data.title}
      </Heading>
      {data.state === 'OPEN' && (
        <Paragraph>
          <Link to={paths.answerChallenge(data.id)}>{t('challenges.answer')}</Link>
        </Paragraph>
      )}
      <ChallengeFacts challenge={data} />
      <ChallengeResponses responses={data.responses} />
      {data.audience === 'PUBLIC' && data.mayModerate && (
        <SuggestionModeration challengeId={data.id} />
      )}
      {data.state === 'REVIEWING' && data.mayManage && <CloseChallengeForm challenge={data} />}
    </div>
  );
}
