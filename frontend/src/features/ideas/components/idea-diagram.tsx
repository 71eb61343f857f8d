import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useActivityLabel, useModelElementLabel } from '../../../hooks/use-activity-label';
import type { IdeaView } from '../../../lib/api-types';
import { useDiagram } from '../api/get-diagram';

import { localiseModel } from './localise-model';

const BpmnViewer = lazy(() => import('./bpmn-viewer'));

/** Whether the element fills the screen, and a way to make it (or stop it). */
function useFullScreen(element: RefObject<HTMLElement | null>) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const changed = () => {
      setFull(
        document.fullscreenElement !== null && document.fullscreenElement === element.current,
      );
    };
    document.addEventListener('fullscreenchange', changed);
    return () => {
      document.removeEventListener('fullscreenchange', changed);
    };
  }, [element]);
  const toggle = () => {
    if (full) void document.exitFullscreen();
    else void element.current?.requestFullscreen();
  };
  return { full, toggle, possible: document.fullscreenEnabled };
}

/**
 * The model the idea runs on, with its current step highlighted; the step is also named in
 * text, for those who do not see the drawing. On a phone it shows the current step; the whole
 * model can be read on the full screen.
 */
export function IdeaDiagram({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const diagram = useDiagram(idea.id);
  const activityLabel = useActivityLabel();
  const elementLabel = useModelElementLabel();
  const model = diagram.data?.bpmnXml;
  const xml = useMemo(
    () => (model === undefined ? undefined : localiseModel(model, elementLabel)),
    [model, elementLabel],
  );
  const figure = useRef<HTMLElement>(null);
  const screen = useFullScreen(figure);
  return (
    <section className="idea-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('diagram.title')}
      </Heading>
      {diagram.isPending && <Loading />}
      {diagram.isError && (
        <ErrorAlert title={t('diagram.failed')} error={diagram.error} headingLevel={3} />
      )}
      {diagram.data && (
        <>
          <Paragraph data-size="sm" className="diagram-current">
            {diagram.data.currentActivityIds.length === 0
              ? t('diagram.notStarted')
              : t('diagram.current', {
                  activities: diagram.data.currentActivityIds
                    .map((id, index) => activityLabel(id, diagram.data.currentActivityNames[index]))
                    .join(', '),
                })}
          </Paragraph>
          <Paragraph data-size="xs" className="muted">
            {t('diagram.version', { version: diagram.data.modelVersion })} {t('diagram.hint')}
          </Paragraph>
          <figure className="bpmn-figure" aria-labelledby={headingId} ref={figure}>
            {screen.possible && (
              <Button
                variant="secondary"
                data-size="sm"
                className="bpmn-full-screen"
                onClick={screen.toggle}
              >
                {screen.full ? t('diagram.leaveFullScreen') : t('diagram.fullScreen')}
              </Button>
            )}
            <Suspense fallback={<Loading />}>
              <BpmnViewer xml={xml ?? ''} current={diagram.data.currentActivityIds} />
            </Suspense>
          </figure>
        </>
      )}
    </section>
  );
}
