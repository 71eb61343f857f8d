import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';

interface Canvas {
  addMarker: (element: string, marker: string) => void;
  zoom: (level: 'fit-viewport') => void;
}

interface BpmnViewerProps {
  xml: string;
  /** The elements to highlight: where the idea is now. */
  current: string[];
}

/**
 * The BPMN model drawn by bpmn-js's navigated viewer (drag to pan, scroll to zoom), with the
 * current activities marked. Loaded lazily: bpmn-js is big and only the idea page needs it.
 */
export default function BpmnViewer({ xml, current }: BpmnViewerProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    const viewer = new NavigatedViewer({ container: container.current });
    let live = true;
    viewer
      .importXML(xml)
      .then(() => {
        if (!live) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvas.zoom('fit-viewport');
        for (const id of current) canvas.addMarker(id, 'current-activity');
      })
      .catch((error: unknown) => {
        if (live) setFailed(error);
      });
    return () => {
      live = false;
      viewer.destroy();
    };
  }, [xml, current]);
  return (
    <>
      {failed !== null && (
        <ErrorAlert title={t('diagram.failed')} error={failed} headingLevel={3} />
      )}
      <div ref={container} className="bpmn-diagram" data-testid="bpmn-diagram" />
    </>
  );
}
