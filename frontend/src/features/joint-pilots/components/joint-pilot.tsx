import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RecordForm } from '../../../components/ui/record-form';
import type { FullIdeaView } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import {
  useDecideForPartner,
  useNamePartners,
  useOrganisations,
  usePartnerDecisions,
  usePartners,
} from '../api/joint-pilot';

/**
 * A joint pilot: its partner organisations and their own scale decisions; the lead's lab lead
 * names the partners, a partner's executive decides for their own organisation.
 */
export function JointPilot({ idea }: { idea: FullIdeaView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const partners = usePartners(idea.id);
  const decisions = usePartnerDecisions(idea.id);
  const mayName = idea.actions.some((action) => action.type === 'NAME_PARTNERS');
  const mayDecide = idea.actions.some((action) => action.type === 'DECIDE_FOR_PARTNER');
  const named = partners.data ?? [];
  if (named.length === 0 && !mayName) {
    return null;
  }
  return (
    <section className="idea-section panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('jointPilot.title')}
      </Heading>
      <Paragraph data-size="sm">
        {named.length > 0
          ? t('jointPilot.partners', {
              lead: idea.organisation,
              partners: named.map((partner) => partner.name).join(', '),
            })
          : t('jointPilot.none')}
      </Paragraph>
      {(decisions.data ?? []).length > 0 && (
        <ul className="plain-list">
          {(decisions.data ?? []).map((decision) => (
            <li key={decision.id}>
              <Paragraph data-size="sm">
                {t('jointPilot.decision', {
                  organisation: decision.organisation,
                  outcome: t(`outcomes.${decision.outcome}`),
                  date: format.date(decision.decidedAt),
                })}{' '}
                {decision.rationale}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {mayName && (
        <NamePartners idea={idea} chosen={named.map((partner) => partner.organisationId)} />
      )}
      {mayDecide && <DecideForPartner ideaId={idea.id} />}
    </section>
  );
}

function NamePartners({ idea, chosen }: { idea: FullIdeaView; chosen: number[] }) {
  const { t } = useTranslation();
  const organisations = useOrganisations(true);
  const name = useNamePartners(idea);
  const others = (organisations.data ?? []).filter(
    (organisation) => organisation.organisationId !== idea.organisationId,
  );
  if (others.length === 0) {
    return null;
  }
  return (
    <RecordForm
      key={chosen.join(',')}
      fields={[
        {
          name: 'organisations',
          label: t('jointPilot.choose'),
          kind: 'checkboxes',
          options: others.map((organisation) => ({
            value: String(organisation.organisationId),
            label: organisation.name,
          })),
        },
      ]}
      initial={{ organisations: chosen.join(',') }}
      submitLabel={t('jointPilot.save')}
      pending={name.isPending}
      error={name.error}
      onSubmit={(values) => {
        name.mutate((values.organisations ?? '').split(',').filter(Boolean).map(Number));
      }}
    />
  );
}

function DecideForPartner({ ideaId }: { ideaId: number }) {
  const { t } = useTranslation();
  const decide = useDecideForPartner(ideaId);
  return (
    <RecordForm
      fields={[
        {
          name: 'outcome',
          label: t('jointPilot.yourDecision'),
          kind: 'radio',
          required: true,
          options: [
            { value: 'GO', label: t('jointPilot.go') },
            { value: 'KILL', label: t('jointPilot.kill') },
          ],
        },
        { name: 'rationale', label: t('jointPilot.rationale'), kind: 'multiline', required: true },
        { name: 'budget', label: t('jointPilot.budget'), kind: 'number', min: 0 },
        { name: 'receivingUnit', label: t('jointPilot.receivingUnit') },
      ]}
      submitLabel={t('jointPilot.decide')}
      pending={decide.isPending}
      error={decide.error}
      onSubmit={(values) => {
        decide.mutate({
          outcome: values.outcome === 'GO' ? 'GO' : 'KILL',
          rationale: values.rationale ?? '',
          ...(values.budget ? { budget: Number(values.budget) } : {}),
          ...(values.receivingUnit ? { receivingUnit: values.receivingUnit } : {}),
        });
      }}
    />
  );
}
