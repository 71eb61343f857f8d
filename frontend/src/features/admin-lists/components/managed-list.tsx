import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-error';
import type { ListEntry } from '../../../lib/api-types';
import { useAddListEntry } from '../api/add-list-entry';
import { useChangeListEntry } from '../api/change-list-entry';
import { useDeleteListEntry } from '../api/delete-list-entry';
import { useListEntries } from '../api/get-list-entries';
import type { ListKind } from '../api/list-kinds';

import { EntryTable } from './entry-table';
import { RenameEntryDialog } from './rename-entry-dialog';

interface ManagedListProps {
  organisation: number;
  kind: ListKind;
}

/**
 * One of an organisation's lists: its entries in order, each to rename, move, retire or bring
 * back, or delete while nothing carries it; and a field to add one.
 */
export function ManagedList({ organisation, kind }: ManagedListProps) {
  const { t } = useTranslation();
  const id = useId();
  const entries = useListEntries(organisation, kind);
  const add = useAddListEntry(organisation, kind);
  const change = useChangeListEntry(organisation, kind);
  const remove = useDeleteListEntry(organisation, kind);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<ListEntry | null>(null);
  const title = t(`adminLists.kinds.${kind}`);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') return;
    add.mutate(name.trim(), {
      onSuccess: () => {
        setName('');
      },
    });
  }

  const update = (entry: ListEntry, changes: Partial<ListEntry>) => {
    const next = { ...entry, ...changes };
    change.mutate({
      entryId: entry.id,
      request: { name: next.name, position: next.position, retired: next.retired },
    });
  };
  // A refused name shows at the field; any other failure (a conflict, the server down) above it.
  const addError = isApiError(add.error, 400) ? add.error.fieldErrors[0]?.message : undefined;
  const failed = change.error ?? remove.error ?? (addError === undefined ? add.error : null);

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {title}
      </Heading>
      {failed && <ErrorAlert title={t('adminLists.failed')} error={failed} />}
      {entries.isPending && <Loading />}
      {entries.isError && <ErrorAlert title={t('adminLists.loadFailed')} error={entries.error} />}
      {entries.data && (
        <EntryTable
          list={entries.data}
          labelledBy={`${id}-heading`}
          onRename={setRenaming}
          onChange={update}
          onDelete={(entry) => {
            remove.mutate(entry.id);
          }}
        />
      )}
      <form className="button-row" onSubmit={submit}>
        <Textfield
          data-size="sm"
          id={`${id}-new`}
          label={t('adminLists.newEntry', { list: title })}
          value={name}
          error={addError}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <Button type="submit" data-size="sm" loading={add.isPending}>
          {t('adminLists.add')}
        </Button>
      </form>
      {renaming && (
        <RenameEntryDialog
          entry={renaming}
          pending={change.isPending}
          error={change.error}
          onSave={(newName) => {
            change.mutate(
              {
                entryId: renaming.id,
                request: { name: newName, position: renaming.position, retired: renaming.retired },
              },
              {
                onSuccess: () => {
                  setRenaming(null);
                },
              },
            );
          }}
          onClose={() => {
            change.reset();
            setRenaming(null);
          }}
        />
      )}
    </section>
  );
}
