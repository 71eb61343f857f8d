import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { useSignIn } from '../../../lib/auth';
import { isApiError } from '../../../lib/api-error';

import { DemoUsers } from './demo-users';

interface SignInFormProps {
  onSignedIn: () => void;
}

/** Username and password; in demo mode also one button per demo user. */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: SubmitEvent) {
    event.preventDefault();
    signIn.mutate({ username: username.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <>
      <form className="stack sign-in-form" onSubmit={submit} noValidate={false}>
        {signIn.isError &&
          (isApiError(signIn.error, 401) ? (
            <ErrorAlert title={t('signIn.failed')} message={t('signIn.wrong')} />
          ) : (
            <ErrorAlert title={t('signIn.failed')} error={signIn.error} />
          ))}
        <Textfield
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => {
            setUsername(event.target.value);
          }}
        />
        <Textfield
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
        <div>
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
      <DemoUsers
        disabled={signIn.isPending}
        onChoose={(user) => {
          signIn.mutate(
            { username: user.username, password: user.password },
            { onSuccess: onSignedIn },
          );
        }}
      />
    </>
  );
}
