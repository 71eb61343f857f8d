import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { AdoptionLinks } from '../../features/catalogue/components/adoption-links';
import { DecisionDialog } from '../../features/decisions/components/decision-dialog';
import { DecisionList } from '../../features/decisions/components/decision-list';
import { ExperimentList } from '../../features/experiments/components/experiment-list';
import { useIdea } from '../../features/ideas/api/get-idea';
import { IdeaActions } from '../../features/ideas/components/idea-actions';
import { IdeaComments } from '../../features/ideas/components/idea-comments';
import { IdeaDiagram } from '../../features/ideas/components/idea-diagram';
import { IdeaFollow } from '../../features/ideas/components/idea-follow';
import { GateRefusal } from '../../features/ideas/components/idea-gates';
import { IdeaDetails } from '../../features/ideas/components/idea-details';
import { IdeaSharing } from '../../features/ideas/components/idea-sharing';
import { IdeaSummary } from '../../features/ideas/components/idea-summary';
import { IdeaSupport } from '../../features/ideas/components/idea-support';
import { IdeaTimeline } from '../../features/ideas/components/idea-timeline';
import { ImpactTargets } from '../../features/impact/components/impact-targets';
import { JointPilot } from '../../features/joint-pilots/components/joint-pilot';
import { IdeaPanel } from '../../features/panels/components/idea-panel';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isApiError } from '../../lib/api-error';
import type { IdeaAction } from '../../lib/api-types';

export function IdeaRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const idea = useIdea(id);
  const [deciding, setDeciding] = useState<IdeaAction | null>(null);
  useDocumentTitle(idea.data ? `${idea.data.reference} ${idea.data.title}` : undefined);

  if (idea.isPending) {
    return <Loading />;
  }
  if (idea.isError) {
    const notFound = isApiError(idea.error, 404) || isApiError(idea.error, 400);
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('idea.loadFailed')}
        </Heading>
        {notFound ? (
          <Paragraph>{t('idea.notFound')}</Paragraph>
        ) : (
          <ErrorAlert title={t('idea.loadFailed')} error={idea.error} />
        )}
      </>
    );
  }

  const view = idea.data;
  const full = view.view === 'FULL' ? view : null;
  return (
    <>
      <p className="idea-reference">{view.reference}</p>
      <Heading level={1} data-size="lg">
        {view.title}
      </Heading>
      {!full && (
        <Alert data-color="info" className="notice">
          <Paragraph>{t('idea.shared', { organisation: view.organisation })}</Paragraph>
        </Alert>
      )}
      {/* Another organisation's reader sees what the public sees: no impact, internal discussion or
      actions; only the cross-organisation thread of an idea shared beyond its organisation. */}
      <div className="idea-layout">
        <div>
          <IdeaSummary idea={view} />
          <AdoptionLinks ideaId={view.id} />
          <ExperimentList idea={view} />
          {full && <IdeaPanel idea={full} />}
          <DecisionList ideaId={view.id} currency={view.currency} />
          {full && <JointPilot idea={full} />}
          {full && <ImpactTargets idea={full} />}
          <IdeaDiagram idea={view} />
          {full && <IdeaComments idea={full} />}
          {view.sharing !== 'ORGANISATION' && <IdeaComments idea={view} thread="region" />}
        </div>
        <div>
          {full && <IdeaActions idea={full} onDecide={setDeciding} />}
          {full && <IdeaSupport idea={full} />}
          {full && <IdeaSharing idea={full} />}
          <IdeaFollow ideaId={view.id} />
          <IdeaDetails idea={view} />
          <IdeaTimeline idea={view} />
        </div>
      </div>
      {deciding && full && (
        <DecisionDialog
          idea={full}
          action={deciding}
          explainRefusal={(gate) => <GateRefusal ideaId={full.id} gate={gate} />}
          onClose={() => {
            setDeciding(null);
          }}
        />
      )}
    </>
  );
}
