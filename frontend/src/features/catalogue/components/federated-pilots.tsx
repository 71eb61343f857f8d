import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { paths } from '../../../config/paths';
import { useUser } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import {
  useAdoptFederatedPilot,
  useFederatedPilots,
  type FederatedPilot,
} from '../api/get-federated-pilots';

/**
 * The public pilots of other CivicLab installations, marked with where they come from; a pilot
 * whose installation could not be read last time is marked stale. A lab lead adopts one into
 * their own organisation, linked to it by its address.
 */
export function FederatedPilots() {
  const { t } = useTranslation();
  const headingId = useId();
  const pilots = useFederatedPilots();
  if (!pilots.data || pilots.data.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('catalogue.federated.title')}
      </Heading>
      <ul className="plain-list">
        {pilots.data.map((pilot) => (
          <FederatedPilotItem key={`${String(pilot.feedId)}-${pilot.reference}`} pilot={pilot} />
        ))}
      </ul>
    </section>
  );
}

function FederatedPilotItem({ pilot }: { pilot: FederatedPilot }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const adopt = useAdoptFederatedPilot();
  return (
    <li className="panel">
      <Heading level={3} data-size="xs">
        <a href={pilot.address} rel="noopener noreferrer external">
          {pilot.reference} {pilot.title}
        </a>
      </Heading>
      <Paragraph data-size="sm">
        {t('catalogue.federated.from', {
          organisation: pilot.organisation,
          installation: pilot.installation,
        })}
        {pilot.themes.length > 0 && ` · ${pilot.themes.join(', ')}`}
      </Paragraph>
      {pilot.stale && (
        <Paragraph data-size="sm">
          <Tag data-color="warning" data-size="sm">
            {t('catalogue.federated.stale')}
          </Tag>{' '}
          {t('catalogue.federated.readAt', { date: format.dateTime(pilot.fetchedAt) })}
        </Paragraph>
      )}
      {user?.roles.includes('LAB_LEAD') && (
        <Button
          data-size="sm"
          variant="secondary"
          loading={adopt.isPending}
          onClick={() => {
            adopt.mutate(pilot, {
              onSuccess: (adopted) => {
                void navigate(paths.idea(adopted.ideaId));
              },
            });
          }}
        >
          {t('catalogue.adopt.button')}
        </Button>
      )}
      {adopt.isError && <ErrorAlert title={t('catalogue.adopt.failed')} error={adopt.error} />}
    </li>
  );
}
