import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useColleagues } from '../../../api/get-colleagues';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FormErrorSummary } from '../../../components/ui/form-error-summary';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-error';
import type { Author, FullIdeaView } from '../../../lib/api-types';
import { useNameCoAuthors } from '../api/name-co-authors';

interface CoAuthorsDialogProps {
  idea: FullIdeaView;
  /** Called with whether the co-authors were saved. */
  onClose: (saved: boolean) => void;
}

/**
 * The submitter names the colleagues who wrote the idea with them, from the people of their
 * organisation. Co-authors edit, submit and withdraw the idea like the submitter, and, like them,
 * never decide on it.
 */
export function CoAuthorsDialog({ idea, onClose }: CoAuthorsDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const colleagues = useColleagues();
  const save = useNameCoAuthors(idea);
  const [chosen, setChosen] = useState<string[]>(() =>
    idea.coAuthors.map((author) => author.username),
  );
  // Someone named before who is no longer listed (they left) stays a choice until unticked.
  const people: Author[] = [
    ...(colleagues.data ?? []),
    ...idea.coAuthors.filter(
      (author) => !colleagues.data?.some((colleague) => colleague.username === author.username),
    ),
  ];
  const fieldError = isApiError(save.error, 400)
    ? (save.error.errorsByField().coAuthors ?? save.error.fieldErrors[0]?.message)
    : undefined;

  function toggle(username: string, checked: boolean) {
    setChosen((current) =>
      checked ? [...current, username] : current.filter((name) => name !== username),
    );
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    save.mutate(chosen, {
      onSuccess: () => {
        onClose(true);
      },
    });
  }

  return (
    <FormDialog
      title={t('coAuthors.title')}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={() => {
        onClose(false);
      }}
    >
      <form className="stack" onSubmit={submit} noValidate>
        {fieldError && (
          <FormErrorSummary
            errors={[
              { fieldId: `${id}-people`, label: t('coAuthors.legend'), message: fieldError },
            ]}
          />
        )}
        {save.isError &&
          !fieldError &&
          (isApiError(save.error, 409) ? (
            <ErrorAlert title={t('common.error')} message={t('common.conflict')} />
          ) : (
            <ErrorAlert title={t('common.error')} error={save.error} />
          ))}
        {colleagues.isPending && <Loading />}
        {colleagues.isError && (
          <ErrorAlert title={t('coAuthors.loadFailed')} error={colleagues.error} headingLevel={3} />
        )}
        {colleagues.isSuccess && (
          <Fieldset id={`${id}-people`}>
            <Fieldset.Legend>{t('coAuthors.legend')}</Fieldset.Legend>
            <Fieldset.Description>{t('coAuthors.description')}</Fieldset.Description>
            {people.length === 0 && <Paragraph>{t('coAuthors.nobody')}</Paragraph>}
            {people.map((person) => (
              <Checkbox
                key={person.username}
                label={person.name}
                value={person.username}
                checked={chosen.includes(person.username)}
                onChange={(event) => {
                  toggle(person.username, event.target.checked);
                }}
              />
            ))}
            {fieldError && <ValidationMessage>{fieldError}</ValidationMessage>}
          </Fieldset>
        )}
        <div className="button-row">
          <Button type="submit" loading={save.isPending} disabled={!colleagues.isSuccess}>
            {t('coAuthors.save')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              onClose(false);
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
