import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import type { CustomFieldAdmin } from '../../../lib/api-types';
import { useCustomFieldAdmin } from '../api/get-custom-field-admin';
import { useSaveCustomField } from '../api/save-custom-field';

import { CustomFieldDialog } from './custom-field-dialog';
import { EntryName, RowActions } from './row-actions';

/**
 * An organisation's own fields of the submission form: each to change, move or retire (ideas keep
 * their values), and a button to add one. The form shows a change at once, without a restart.
 */
export function CustomFieldsAdmin({ organisation }: { organisation: number }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = useCustomFieldAdmin(organisation);
  const save = useSaveCustomField(organisation);
  const [editing, setEditing] = useState<CustomFieldAdmin | 'new' | null>(null);

  const update = (field: CustomFieldAdmin, changes: Partial<CustomFieldAdmin>) => {
    const next = { ...field, ...changes };
    save.mutate({
      fieldId: field.id,
      request: {
        label: next.label,
        type: next.type,
        required: next.required,
        choices: next.choices,
        position: next.position,
        retired: next.retired,
      },
    });
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('adminLists.fields.title')}
      </Heading>
      <Paragraph>{t('adminLists.fields.intro')}</Paragraph>
      {save.isError && editing === null && (
        <ErrorAlert title={t('adminLists.failed')} error={save.error} />
      )}
      {fields.isPending && <Loading />}
      {fields.isError && <ErrorAlert title={t('adminLists.loadFailed')} error={fields.error} />}
      {fields.data && fields.data.length > 0 && (
        <Table data-size="sm" zebra aria-labelledby={`${id}-heading`}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('adminLists.fields.label')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminLists.fields.type')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminLists.fields.required')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminLists.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {fields.data.map((field, index, all) => (
              <Table.Row key={field.id}>
                <EntryName name={field.label} retired={field.retired} />
                <Table.Cell>
                  {t(`adminLists.types.${field.type}`)}
                  {field.choices.length > 0 && `: ${field.choices.join(', ')}`}
                </Table.Cell>
                <Table.Cell>{field.required ? t('common.yes') : t('common.no')}</Table.Cell>
                <Table.Cell>
                  <RowActions
                    name={field.label}
                    retired={field.retired}
                    index={index}
                    count={all.length}
                    changeLabel={t('adminLists.fields.change', { label: field.label })}
                    onChange={() => {
                      save.reset();
                      setEditing(field);
                    }}
                    onMove={(position) => {
                      update(field, { position });
                    }}
                    onRetire={() => {
                      update(field, { retired: !field.retired });
                    }}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div className="button-row">
        <Button
          onClick={() => {
            save.reset();
            setEditing('new');
          }}
        >
          {t('adminLists.fields.add')}
        </Button>
      </div>
      {editing !== null && (
        <CustomFieldDialog
          field={editing === 'new' ? undefined : editing}
          pending={save.isPending}
          error={save.error}
          onSave={(request) => {
            save.mutate(
              { ...(editing === 'new' ? {} : { fieldId: editing.id }), request },
              {
                onSuccess: () => {
                  setEditing(null);
                },
              },
            );
          }}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
