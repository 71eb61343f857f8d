import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useMyData, type MyData } from '../api/get-my-data';

/** Saves the data as a JSON file, as the browser saves a download. */
function save(data: MyData) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = 'civiclab-my-data.json';
  link.click();
  URL.revokeObjectURL(url);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What CivicLab holds about the signed-in person, counted by kind, and the download. */
export function MyDataSummary() {
  const { t } = useTranslation();
  const query = useMyData();
  if (query.isPending) {
    return <Loading />;
  }
  if (query.isError) {
    return <ErrorAlert title={t('privacy.myData.loadFailed')} error={query.error} />;
  }
  const data = query.data;
  const records = Object.entries(data.records);
  return (
    <div className="stack">
      <Button
        onClick={() => {
          save(data);
        }}
      >
        {t('privacy.myData.download')}
      </Button>
      <Heading level={2} data-size="sm">
        {t('privacy.myData.whatWeHold')}
      </Heading>
      <Paragraph>
        {t('privacy.myData.person', {
          name: text(data.person.displayName),
          username: text(data.person.username),
        })}
      </Paragraph>
      <Table>
        <caption>{t('privacy.myData.records')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('privacy.myData.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('privacy.myData.count')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {records.map(([kind, rows]) => (
            <Table.Row key={kind}>
              <Table.Cell>{t(`privacy.kinds.${kind}`, { defaultValue: kind })}</Table.Cell>
              <Table.Cell>{rows.length}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
