import { useTranslation } from 'react-i18next';

import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordForm } from '../../../components/ui/record-form';
import type { ListEntry } from '../../../lib/api-types';

interface RenameEntryDialogProps {
  entry: ListEntry;
  pending: boolean;
  error: unknown;
  onSave: (name: string) => void;
  onClose: () => void;
}

/** Renames an entry; the ideas and people that carry it take the new name. */
export function RenameEntryDialog({
  entry,
  pending,
  error,
  onSave,
  onClose,
}: RenameEntryDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog title={t('adminLists.renameTitle', { name: entry.name })} onClose={onClose}>
      <RecordForm
        fields={[{ name: 'name', label: t('adminLists.name'), required: true }]}
        initial={{ name: entry.name }}
        submitLabel={t('adminLists.save')}
        pending={pending}
        error={error}
        onSubmit={(values) => {
          onSave((values.name ?? '').trim());
        }}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
