import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Canvas {
  addMarker: (element: string, marker: string) => void;
  zoom: (level: 'fit-viewport') => void;
  viewbox: (box?: Box) => Box;
}

interface ElementRegistry {
  get: (id: string) => Box | undefined;
}

interface BpmnViewerProps {
  xml: string;
  /** The elements to highlight: where the idea is now. */
  current: string[];
}

/** Below this width the whole model is too small to read: the current step is shown instead. */
const NARROW = 640;

/**
 * Fits the model to the viewer; in a narrow viewer (a phone), shows the current step at full
 * size in the middle instead, the rest a drag away.
 */
function fit(canvas: Canvas, registry: ElementRegistry, current: string[], viewer: HTMLElement) {
  canvas.zoom('fit-viewport');
  const step = current.map((id) => registry.get(id)).find((element) => element !== undefined);
  const { clientWidth: width, clientHeight: height } = viewer;
  if (width >= NARROW || !step) return;
  canvas.viewbox({
    x: step.x + step.width / 2 - width / 2,
    y: step.y + step.height / 2 - height / 2,
    width,
    height,
  });
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
    let resized: ResizeObserver | undefined;
    viewer
      .importXML(xml)
      .then(() => {
        if (!live) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        for (const id of current) canvas.addMarker(id, 'current-activity');
        // Fitted again whenever the viewer changes size: a turned phone, full screen.
        const element = container.current;
        if (!element) return;
        let width = -1;
        resized = new ResizeObserver(() => {
          if (element.clientWidth === width || element.clientWidth === 0) return;
          width = element.clientWidth;
          fit(canvas, registry, current, element);
        });
        resized.observe(element);
      })
      .catch((error: unknown) => {
        if (live) setFailed(error);
      });
    return () => {
      live = false;
      resized?.disconnect();
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
