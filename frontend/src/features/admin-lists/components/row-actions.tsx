import { Button, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The name of an ordered entry (of a list, or a form field), marked when it is retired. */
export function EntryName({ name, retired }: { name: string; retired: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.HeaderCell scope="row">
      {name}{' '}
      {retired && (
        <Tag data-size="sm" data-color="neutral">
          {t('adminLists.retired')}
        </Tag>
      )}
    </Table.HeaderCell>
  );
}

interface RowActionsProps {
  name: string;
  retired: boolean;
  /** Its place in the list, and how many there are. */
  index: number;
  count: number;
  /** The accessible name of its "change" button. */
  changeLabel: string;
  onChange: () => void;
  onMove: (position: number) => void;
  onRetire: () => void;
  /** Further actions, after the others. */
  children?: ReactNode;
}

/** What an admin may do with an ordered entry: change it, move it up or down, retire or restore it. */
export function RowActions({
  name,
  retired,
  index,
  count,
  changeLabel,
  onChange,
  onMove,
  onRetire,
  children,
}: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button data-size="sm" variant="tertiary" aria-label={changeLabel} onClick={onChange}>
        {t('adminLists.rename')}
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={index === 0}
        aria-label={t('adminLists.moveUp', { name })}
        onClick={() => {
          onMove(index - 1);
        }}
      >
        ↑
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        disabled={index === count - 1}
        aria-label={t('adminLists.moveDown', { name })}
        onClick={() => {
          onMove(index + 1);
        }}
      >
        ↓
      </Button>
      <Button
        data-size="sm"
        variant="tertiary"
        aria-label={t(retired ? 'adminLists.restoreEntry' : 'adminLists.retireEntry', { name })}
        onClick={onRetire}
      >
        {retired ? t('adminLists.restore') : t('adminLists.retire')}
      </Button>
      {children}
    </div>
  );
}
