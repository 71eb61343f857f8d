import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { Migrated } from '../../../lib/api-types';

import { processVersionsKey } from './get-process-versions';

/** Moves every idea running on a version to the latest version. */
export async function migrateProcessVersion(fromVersion: number): Promise<Migrated> {
  return await unwrap(
    api.POST('/api/admin/process-versions/migrations', { body: { fromVersion } }),
  );
}

export function useMigrateProcessVersion() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: migrateProcessVersion,
    onSuccess: (migrated) => {
      announce(t('adminProcesses.migrated', { count: migrated.ideas, from: migrated.fromVersion }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: processVersionsKey });
    },
  });
}
