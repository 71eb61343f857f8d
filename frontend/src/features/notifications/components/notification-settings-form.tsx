import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { RecordForm, type FieldSpec, type FormValues } from '../../../components/ui/record-form';
import type { Delivery, NotificationSettings } from '../api/get-notification-settings';
import type { NotificationKind } from '../api/get-notifications';
import { useSaveNotificationSettings } from '../api/save-notification-settings';

/** The kinds of notification as the settings group them: what happens, what is due, what is said. */
const kindGroups: { group: 'ideas' | 'deadlines' | 'discussion'; kinds: NotificationKind[] }[] = [
  {
    group: 'ideas',
    kinds: ['IDEA_SUBMITTED', 'GATE_DECIDED', 'REVISION_ASKED', 'SCALE_PROPOSED', 'ADOPTED'],
  },
  {
    group: 'deadlines',
    kinds: [
      'TIME_BOX_ENDING',
      'TIME_BOX_ENDED',
      'SCREENING_OVERDUE',
      'SHELF_WOKE_UP',
      'BENEFIT_REVIEW_DUE',
    ],
  },
  { group: 'discussion', kinds: ['COMMENT_ADDED', 'MENTIONED'] },
];

const deliveries: Delivery[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];

/** Each language a mail can be written in (the server's Organisation.LANGUAGES), named in itself. */
const mailLanguages = {
  en: 'English',
  sv: 'Svenska',
  da: 'Dansk',
  nl: 'Nederlands',
} as const;
type MailLanguage = keyof typeof mailLanguages;

const LANGUAGE = 'language';

function isMailLanguage(value: string): value is MailLanguage {
  return Object.hasOwn(mailLanguages, value);
}

function isDelivery(value: string | undefined): value is Delivery {
  return deliveries.some((delivery) => delivery === value);
}

/** The person's e-mail, the language of their mails, and how each kind of notification reaches them. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const save = useSaveNotificationSettings();
  const announce = useAnnounce();

  const fields: FieldSpec[] = [
    {
      name: LANGUAGE,
      label: t('notificationSettings.language'),
      description: t('notificationSettings.languageHelp'),
      kind: 'radio',
      options: [
        { value: '', label: t('notificationSettings.organisationDefault') },
        ...Object.entries(mailLanguages).map(([value, label]) => ({ value, label })),
      ],
    },
    ...kindGroups.flatMap(({ group, kinds }) =>
      kinds.map((kind) => ({
        name: kind,
        group: t(`notificationSettings.groups.${group}`),
        label: t(`notificationSettings.kinds.${kind}.label`),
        description: t(`notificationSettings.kinds.${kind}.help`),
        kind: 'radio' as const,
        options: deliveries.map((delivery) => ({
          value: delivery,
          label: t(`notificationSettings.delivery.${delivery}`),
        })),
      })),
    ),
  ];
  const initial: FormValues = {
    [LANGUAGE]: settings.language ?? '',
    ...Object.fromEntries(settings.deliveries.map(({ kind, delivery }) => [kind, delivery])),
  };

  function submit(values: FormValues) {
    const language = values[LANGUAGE] ?? '';
    save.mutate(
      {
        language: isMailLanguage(language) ? language : null,
        deliveries: settings.deliveries.map(({ kind, delivery }) => {
          const chosen = values[kind];
          return { kind, delivery: isDelivery(chosen) ? chosen : delivery };
        }),
      },
      {
        onSuccess: () => {
          announce(t('notificationSettings.saved'));
        },
      },
    );
  }

  return (
    <div className="stack notification-settings">
      <Textfield
        label={t('notificationSettings.email')}
        description={t('notificationSettings.emailHelp')}
        value={settings.email ?? t('notificationSettings.noEmail')}
        readOnly
      />
      <RecordForm
        fields={fields}
        initial={initial}
        submitLabel={t('notificationSettings.save')}
        pending={save.isPending}
        error={save.error}
        onSubmit={submit}
      />
    </div>
  );
}
