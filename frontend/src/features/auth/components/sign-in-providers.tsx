import { Button, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useSignInProviders } from '../api/get-sign-in-providers';

/**
 * Single sign-on: a button per identity provider the server has, each starting that
 * provider's sign-in (a whole-page visit; the provider sends the browser back signed in).
 */
export function SignInProviders() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: providers } = useSignInProviders();
  if (!providers || providers.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('signIn.providersTitle')}
      </Heading>
      <div className="button-row">
        {providers.map((provider) => (
          <Button key={provider.id} asChild>
            <a href={provider.url}>{t('signIn.withProvider', { name: provider.name })}</a>
          </Button>
        ))}
      </div>
    </section>
  );
}
