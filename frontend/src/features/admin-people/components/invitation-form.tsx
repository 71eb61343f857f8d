import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { RecordForm, type FormValues } from '../../../components/ui/record-form';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-error';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';

/** Whoever holds an invitation link sets their password with it, then signs in. */
export function InvitationForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  if (invitation.isPending) return <Loading />;
  if (invitation.isError) {
    return (
      <ErrorAlert
        title={t('adminPeople.welcome.invalidTitle')}
        {...(isApiError(invitation.error, 404)
          ? { message: t('adminPeople.welcome.invalid') }
          : { error: invitation.error })}
      />
    );
  }
  const { username, displayName, organisation } = invitation.data;

  function submit(values: FormValues) {
    accept.mutate(values.password ?? '', {
      onSuccess: () => {
        void navigate(paths.signIn);
      },
    });
  }

  return (
    <div className="stack">
      <Heading level={2} data-size="sm">
        {t('adminPeople.welcome.greeting', { name: displayName, organisation })}
      </Heading>
      <Paragraph>{t('adminPeople.welcome.username', { username })}</Paragraph>
      <RecordForm
        fields={[
          {
            name: 'password',
            label: t('adminPeople.welcome.password'),
            description: t('adminPeople.welcome.passwordHint', { count: 12 }),
            kind: 'password',
            required: true,
          },
        ]}
        submitLabel={t('adminPeople.welcome.submit')}
        pending={accept.isPending}
        error={accept.error}
        onSubmit={submit}
      />
    </div>
  );
}
