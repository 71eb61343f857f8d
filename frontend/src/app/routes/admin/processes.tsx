import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useProcessVersions } from '../../../features/process-versions/api/get-process-versions';
import { DeployModelForm } from '../../../features/process-versions/components/deploy-model-form';
import { ProcessVersionsTable } from '../../../features/process-versions/components/process-versions-table';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useUser } from '../../../lib/auth';

/**
 * The versions of the pipeline's model: any admin sees them; a region's admin deploys a new one
 * from the Modeler and moves running ideas to it (docs/adr/0027).
 */
export function AdminProcessesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminProcesses.title'));
  const user = useUser();
  const versions = useProcessVersions();
  const regionAdmin = user.data?.roles.includes('REGION_ADMIN') ?? false;
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('adminProcesses.title')}
      </Heading>
      <Paragraph>{t('adminProcesses.intro')}</Paragraph>
      {versions.isPending && <Loading />}
      {versions.isError && (
        <ErrorAlert title={t('adminProcesses.loadFailed')} error={versions.error} />
      )}
      {versions.isSuccess && (
        <ProcessVersionsTable versions={versions.data} mayMigrate={regionAdmin} />
      )}
      {regionAdmin ? (
        <DeployModelForm />
      ) : (
        <Paragraph>{t('adminProcesses.regionAdminsOnly')}</Paragraph>
      )}
    </>
  );
}
