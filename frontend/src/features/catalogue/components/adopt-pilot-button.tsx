import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { paths } from '../../../config/paths';
import { useUser } from '../../../lib/auth';
import { useAdoptPilot } from '../api/adopt-pilot';
import type { PilotEvidence } from '../api/get-catalogue-entry';

/**
 * "Adopt this pilot", for a lab lead of another organisation: starts an idea in their own
 * organisation and opens it. The server decides; the button only hides what it would refuse.
 */
export function AdoptPilotButton({ evidence }: { evidence: PilotEvidence }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const adopt = useAdoptPilot(evidence.entry.reference);
  if (!user?.roles.includes('LAB_LEAD') || user.organisationId === evidence.entry.organisationId) {
    return null;
  }
  return (
    <section className="panel" aria-labelledby="adopt-heading">
      <Heading level={2} data-size="xs" id="adopt-heading">
        {t('catalogue.adopt.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('catalogue.adopt.explain')}</Paragraph>
      <Button
        data-size="sm"
        loading={adopt.isPending}
        onClick={() => {
          adopt.mutate(undefined, {
            onSuccess: (adopted) => {
              void navigate(paths.idea(adopted.ideaId));
            },
          });
        }}
      >
        {t('catalogue.adopt.button')}
      </Button>
      {adopt.isError && <ErrorAlert title={t('catalogue.adopt.failed')} error={adopt.error} />}
    </section>
  );
}
