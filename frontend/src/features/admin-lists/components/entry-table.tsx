import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ListEntry } from '../../../lib/api-types';

import { EntryName, RowActions } from './row-actions';

interface EntryTableProps {
  list: ListEntry[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  onRename: (entry: ListEntry) => void;
  onChange: (entry: ListEntry, changes: Partial<ListEntry>) => void;
  onDelete: (entry: ListEntry) => void;
}

/** A list's entries in order, how many records carry each, and what the admin may do with it. */
export function EntryTable({ list, labelledBy, onRename, onChange, onDelete }: EntryTableProps) {
  const { t } = useTranslation();
  return (
    <Table data-size="sm" zebra aria-labelledby={labelledBy}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('adminLists.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('adminLists.uses')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('adminLists.actions')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {list.map((entry, index) => (
          <Table.Row key={entry.id}>
            <EntryName name={entry.name} retired={entry.retired} />
            <Table.Cell>{entry.uses}</Table.Cell>
            <Table.Cell>
              <RowActions
                name={entry.name}
                retired={entry.retired}
                index={index}
                count={list.length}
                changeLabel={t('adminLists.renameEntry', { name: entry.name })}
                onChange={() => {
                  onRename(entry);
                }}
                onMove={(position) => {
                  onChange(entry, { position });
                }}
                onRetire={() => {
                  onChange(entry, { retired: !entry.retired });
                }}
              >
                {entry.uses === 0 && (
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    data-color="danger"
                    aria-label={t('adminLists.deleteEntry', { name: entry.name })}
                    onClick={() => {
                      onDelete(entry);
                    }}
                  >
                    {t('adminLists.delete')}
                  </Button>
                )}
              </RowActions>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
