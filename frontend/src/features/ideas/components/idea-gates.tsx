import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { FullIdeaView, GateView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { conflictOf } from '../../../lib/gate-rights';
import { useIdea } from '../api/get-idea';

/**
 * Who may pass an open gate, said to a reader who may not: "Another executive of Norrvik
 * municipality decides this: you submitted the idea (Maria Sandberg and Erik Lund may)". Where
 * nobody may, the idea waits, and the note says so and why. Names are in alphabetical order.
 */
export function GateNote({ gate, organisation }: { gate: GateView; organisation: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = format.list(
    gate.roles.map((role) => t(`gateNotes.roles.${role}`)),
    'or',
  );
  const names = format.names(gate.mayPass.map((person) => person.name));
  const conflict = conflictOf(gate.yourRight);
  const nobody = gate.mayPass.length === 0;
  let text: string;
  if (gate.gate === 'REVISION') {
    text = t('gateNotes.revision', { names });
  } else if (conflict) {
    const why = t(`gateNotes.why.${conflict}`);
    text = nobody
      ? t('gateNotes.conflictWaits', { organisation, why, roles })
      : t('gateNotes.conflict', { organisation, why, roles, names });
  } else {
    text = nobody
      ? t('gateNotes.waits', { organisation, roles })
      : t('gateNotes.decidedBy', { organisation, roles, names });
  }
  return <Paragraph data-size="sm">{text}</Paragraph>;
}

/**
 * The gates open on the idea that the reader may not pass, each with who may; nothing where
 * there are none (the reader's own decisions are among the actions).
 */
export function IdeaGates({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const others = idea.gates.filter((gate) => gate.yourRight !== 'ALLOWED');
  if (others.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('gateNotes.title')}
      </Heading>
      <ul className="plain-list stack">
        {others.map((gate) => (
          <li key={gate.gate}>
            <Paragraph data-size="sm">
              <strong>{t('gateNotes.gate', { gate: t(`gates.${gate.gate}`) })}</strong>
            </Paragraph>
            <GateNote gate={gate} organisation={idea.organisation} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Why the server refused the reader a gate decision, and who may take it: the idea as it is now
 * says (it is read again after the refusal).
 */
export function GateRefusal({ ideaId, gate }: { ideaId: number; gate: GateView['gate'] }) {
  const idea = useIdea(ideaId).data;
  const open = idea?.gates.find((candidate) => candidate.gate === gate);
  if (!idea || !open || open.yourRight === 'ALLOWED') return null;
  return <GateNote gate={open} organisation={idea.organisation} />;
}
