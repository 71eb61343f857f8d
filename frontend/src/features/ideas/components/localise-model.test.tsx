/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useModelElementLabel } from '../../../hooks/use-activity-label';
import type { Language } from '../../../lib/i18n';
import { withTexts } from '../../../testing/render-with-texts';

import { localiseModel } from './localise-model';

/** The model as deployed. */
const pipeline = readFileSync(path.resolve('../processes/innovation-pipeline.bpmn'), 'utf8');

function labelIn(language: Language) {
  return renderHook(() => useModelElementLabel(), { wrapper: withTexts(language) }).result.current;
}

/** Every drawn element's name by id: the process, steps, events, gateways, flows. */
function names(xml: string): Map<string, string> {
  const model = new DOMParser().parseFromString(xml, 'application/xml');
  const drawn = [...model.querySelectorAll('[id][name]')].filter(
    (element) => element.tagName !== 'bpmn:message',
  );
  return new Map(drawn.map((element) => [element.id, element.getAttribute('name') ?? '']));
}

describe("the diagram's names", () => {
  it('are all in Swedish in Swedish, none left as the model has them in English', () => {
    const english = names(pipeline);
    const swedish = names(localiseModel(pipeline, labelIn('sv')));

    expect(swedish.get('UserTask_ScreenIdea')).toBe('Bedöm idén');
    expect(swedish.get('Gateway_TestOutcome')).toBe('Testets utfall?');
    expect(swedish.get('Flow_ScreeningGo')).toBe('Gå vidare');
    expect(swedish.get('SubProcess_Withdrawal')).toBe('Dra tillbaka idén');
    const untranslated = [...english].filter(([id, name]) => swedish.get(id) === name);
    expect(untranslated).toEqual([]);
  });

  it("keep the model's own name for an element added in the Modeler", () => {
    const added = pipeline.replace(
      'name="Screen idea"',
      'name="Screen idea"></bpmn:userTask><bpmn:userTask id="UserTask_AskResidents" name="Ask the residents"',
    );

    expect(names(localiseModel(added, labelIn('da'))).get('UserTask_AskResidents')).toBe(
      'Ask the residents',
    );
  });
});
