import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-error';
import { useErasePerson } from '../api/erase-person';
import { useErasablePeople } from '../api/get-erasable-people';

/**
 * An admin erases a person who left: they choose the person, type the person's username to
 * confirm, and see the pseudonym the person's records name from then on.
 */
export function ErasureForm() {
  const { t } = useTranslation();
  const personFieldId = useId();
  const people = useErasablePeople();
  const erase = useErasePerson();
  const [personId, setPersonId] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);

  if (people.isPending) {
    return <Loading />;
  }
  if (people.isError) {
    return <ErrorAlert title={t('privacy.erasure.loadFailed')} error={people.error} />;
  }
  const chosen = people.data.find((person) => String(person.id) === personId);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmed = chosen?.username === confirmation ? chosen : undefined;
    if (!confirmed) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    erase.mutate(
      { personId: confirmed.id, confirmUsername: confirmation },
      {
        onSuccess: () => {
          setPersonId('');
          setConfirmation('');
        },
      },
    );
  }

  const serverError =
    erase.isError && isApiError(erase.error) && erase.error.status === 400
      ? t('privacy.erasure.mismatch')
      : undefined;
  return (
    <div className="stack">
      {erase.isSuccess && (
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {t('privacy.erasure.done')}
          </Heading>
          <Paragraph>
            {t('privacy.erasure.pseudonym', { pseudonym: erase.data.pseudonym })}
          </Paragraph>
        </Alert>
      )}
      {erase.isError && !serverError && (
        <ErrorAlert title={t('privacy.erasure.failed')} error={erase.error} />
      )}
      <form className="stack" onSubmit={submit} noValidate>
        <Field>
          <Label htmlFor={personFieldId}>{t('privacy.erasure.person')}</Label>
          <Select
            id={personFieldId}
            name="person"
            value={personId}
            onChange={(event) => {
              setPersonId(event.target.value);
              setMismatch(false);
            }}
          >
            <Select.Option value="">{t('privacy.erasure.choose')}</Select.Option>
            {people.data.map((person) => (
              <Select.Option key={person.id} value={String(person.id)}>
                {t('privacy.erasure.option', {
                  name: person.displayName,
                  username: person.username,
                  organisation: person.organisation,
                })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {chosen && (
          <Paragraph>
            {t('privacy.erasure.warning', { name: chosen.displayName, username: chosen.username })}
          </Paragraph>
        )}
        <Textfield
          name="confirmUsername"
          label={t('privacy.erasure.confirm')}
          description={t('privacy.erasure.confirmHint')}
          autoComplete="off"
          value={confirmation}
          error={mismatch ? t('privacy.erasure.mismatch') : serverError}
          onChange={(event) => {
            setConfirmation(event.target.value);
          }}
        />
        <div>
          <Button type="submit" data-color="danger" loading={erase.isPending}>
            {t('privacy.erasure.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
