import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { DemoUser } from '../../../lib/api-types';
import { useDemoUsers } from '../api/get-demo-users';

interface DemoUsersProps {
  disabled: boolean;
  onChoose: (user: DemoUser) => void;
}

/** In demo mode, the demo people and their roles, each a button that signs in as them. */
export function DemoUsers({ disabled, onChoose }: DemoUsersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: users } = useDemoUsers();
  if (!users || users.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId} className="demo-users">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('signIn.demoTitle')}
      </Heading>
      <Paragraph>{t('signIn.demoIntro', { password: users[0]?.password ?? '' })}</Paragraph>
      <ul className="demo-user-list">
        {users.map((user) => (
          <li key={user.username} className="demo-user">
            <Button
              variant="secondary"
              disabled={disabled}
              onClick={() => {
                onChoose(user);
              }}
            >
              {t('signIn.signInAs', { name: user.name })}
            </Button>
            <span className="demo-user-roles">
              {user.roles.map((role) => (
                <Tag key={role} data-size="sm" data-color="info">
                  {t(`roles.${role}`)}
                </Tag>
              ))}
            </span>
            <Paragraph data-size="sm">
              {t('signIn.demoUser', {
                organisation: user.organisation,
                department: user.department ?? '',
              })}
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
