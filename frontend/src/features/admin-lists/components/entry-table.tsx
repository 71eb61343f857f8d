import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ListEntry } from '../../../lib/api-types';

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
            <Table.HeaderCell scope="row">
              {entry.name}{' '}
              {entry.retired && (
                <Tag data-size="sm" data-color="neutral">
                  {t('adminLists.retired')}
                </Tag>
              )}
            </Table.HeaderCell>
            <Table.Cell>{entry.uses}</Table.Cell>
            <Table.Cell>
              <div className="button-row">
                <Button
                  data-size="sm"
                  variant="tertiary"
                  aria-label={t('adminLists.renameEntry', { name: entry.name })}
                  onClick={() => {
                    onRename(entry);
                  }}
                >
                  {t('adminLists.rename')}
                </Button>
                <Button
                  data-size="sm"
                  variant="tertiary"
                  disabled={index === 0}
                  aria-label={t('adminLists.moveUp', { name: entry.name })}
                  onClick={() => {
                    onChange(entry, { position: index - 1 });
                  }}
                >
                  ↑
                </Button>
                <Button
                  data-size="sm"
                  variant="tertiary"
                  disabled={index === list.length - 1}
                  aria-label={t('adminLists.moveDown', { name: entry.name })}
                  onClick={() => {
                    onChange(entry, { position: index + 1 });
                  }}
                >
                  ↓
                </Button>
                <Button
                  data-size="sm"
                  variant="tertiary"
                  aria-label={t(
                    entry.retired ? 'adminLists.restoreEntry' : 'adminLists.retireEntry',
                    {
                      name: entry.name,
                    },
                  )}
                  onClick={() => {
                    onChange(entry, { retired: !entry.retired });
                  }}
                >
                  {entry.retired ? t('adminLists.restore') : t('adminLists.retire')}
                </Button>
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
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
