import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import type { ProcessVersion } from '../../../lib/api-types';
import { useFormat } from '../../../lib/format';
import { useMigrateProcessVersion } from '../api/migrate-process-version';

interface ProcessVersionsTableProps {
  versions: ProcessVersion[];
  /** Whether the reader may move running ideas to the latest version (a region's admin). */
  mayMigrate: boolean;
}

/** The model's versions, the latest first, with the ideas on each and whether they can move. */
export function ProcessVersionsTable({ versions, mayMigrate }: ProcessVersionsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const migrate = useMigrateProcessVersion();
  return (
    <>
      {migrate.isError && (
        <ErrorAlert title={t('adminProcesses.migrateFailed')} error={migrate.error} />
      )}
      <div className="table-scroll">
        <Table data-size="sm" zebra>
          <caption>{t('adminProcesses.versionsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('adminProcesses.version')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminProcesses.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminProcesses.deployedAt')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminProcesses.runningIdeas')}</Table.HeaderCell>
              <Table.HeaderCell>{t('adminProcesses.state')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {versions.map((version) => (
              <Table.Row key={version.version}>
                <Table.Cell>{version.version}</Table.Cell>
                <Table.Cell>{version.name}</Table.Cell>
                <Table.Cell>
                  <time dateTime={version.deployedAt}>{format.dateTime(version.deployedAt)}</time>
                </Table.Cell>
                <Table.Cell>{format.number(version.runningIdeas)}</Table.Cell>
                <Table.Cell>
                  {version.latest ? (
                    t('adminProcesses.latest')
                  ) : version.migration === null ? (
                    t('adminProcesses.noIdeas')
                  ) : version.migration.possible ? (
                    mayMigrate ? (
                      <Button
                        data-size="sm"
                        variant="secondary"
                        loading={migrate.isPending && migrate.variables === version.version}
                        onClick={() => {
                          migrate.mutate(version.version);
                        }}
                      >
                        {t('adminProcesses.migrate', {
                          from: version.version,
                          to: version.migration.toVersion,
                        })}
                      </Button>
                    ) : (
                      t('adminProcesses.canMigrate', { to: version.migration.toVersion })
                    )
                  ) : (
                    t('adminProcesses.cannotMigrate', {
                      to: version.migration.toVersion,
                      activities: format.list(version.migration.missingActivities),
                    })
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
