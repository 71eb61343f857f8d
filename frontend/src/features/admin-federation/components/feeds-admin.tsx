import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { Loading } from '../../../components/ui/loading';
import { RecordForm } from '../../../components/ui/record-form';
import { useFormat } from '../../../lib/format';
import { useAddFeed } from '../api/add-feed';
import { useDeleteFeed } from '../api/delete-feed';
import { useFeeds, type Feed } from '../api/get-feeds';

/**
 * The other installations whose public pilots the catalogue lists: each with when it was last
 * read, whether its pilots are stale and why, how many it holds; to remove (after a
 * confirmation), and a button to add one. Every text from another installation is shown as text.
 */
export function FeedsAdmin() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const feeds = useFeeds();
  const add = useAddFeed();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Feed | null>(null);

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('adminFederation.listTitle')}
      </Heading>
      {feeds.isPending && <Loading />}
      {feeds.isError && <ErrorAlert title={t('adminFederation.loadFailed')} error={feeds.error} />}
      {feeds.data?.length === 0 && <Paragraph>{t('adminFederation.empty')}</Paragraph>}
      {feeds.data && feeds.data.length > 0 && (
        <Table data-size="sm" zebra aria-labelledby={`${id}-heading`}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('adminFederation.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminFederation.url')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminFederation.lastSuccess')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminFederation.state')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminFederation.pilots')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('adminFederation.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {feeds.data.map((feed) => (
              <Table.Row key={feed.id}>
                <Table.HeaderCell scope="row">{feed.name}</Table.HeaderCell>
                <Table.Cell style={{ overflowWrap: 'anywhere' }}>{feed.url}</Table.Cell>
                <Table.Cell>
                  {feed.lastSuccessAt
                    ? format.dateTime(feed.lastSuccessAt)
                    : t('adminFederation.neverRead')}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color={feed.stale ? 'warning' : 'success'}>
                    {t(feed.stale ? 'adminFederation.stale' : 'adminFederation.current')}
                  </Tag>
                  {feed.stale && feed.lastError && (
                    <Paragraph data-size="sm">
                      {t('adminFederation.lastError', { error: feed.lastError })}
                    </Paragraph>
                  )}
                </Table.Cell>
                <Table.Cell>{format.number(feed.pilots)}</Table.Cell>
                <Table.Cell>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    data-color="danger"
                    aria-label={t('adminFederation.deleteNamed', { name: feed.name })}
                    onClick={() => {
                      setDeleting(feed);
                    }}
                  >
                    {t('adminFederation.delete')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div className="button-row">
        <Button
          onClick={() => {
            add.reset();
            setAdding(true);
          }}
        >
          {t('adminFederation.add')}
        </Button>
      </div>
      {adding && (
        <FormDialog
          title={t('adminFederation.addTitle')}
          onClose={() => {
            setAdding(false);
          }}
        >
          <RecordForm
            fields={[
              {
                name: 'url',
                label: t('adminFederation.url'),
                required: true,
                description: t('adminFederation.urlHint'),
              },
              {
                name: 'name',
                label: t('adminFederation.name'),
                required: true,
                description: t('adminFederation.nameHint'),
              },
            ]}
            submitLabel={t('adminFederation.save')}
            pending={add.isPending}
            error={add.error}
            onSubmit={(values) => {
              add.mutate(
                { url: (values.url ?? '').trim(), name: (values.name ?? '').trim() },
                {
                  onSuccess: () => {
                    setAdding(false);
                  },
                },
              );
            }}
            onCancel={() => {
              setAdding(false);
            }}
          />
        </FormDialog>
      )}
      {deleting && (
        <ConfirmDelete
          feed={deleting}
          onClose={() => {
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}

function ConfirmDelete({ feed, onClose }: { feed: Feed; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteFeed();
  return (
    <ConfirmDialog
      title={t('adminFederation.confirm.title')}
      text={t('adminFederation.confirm.text', { name: feed.name })}
      confirm={t('adminFederation.confirm.delete')}
      failed={t('adminFederation.failed')}
      error={remove.error}
      pending={remove.isPending}
      onConfirm={() => {
        remove.mutate(feed.id, { onSuccess: onClose });
      }}
      onClose={onClose}
    />
  );
}
