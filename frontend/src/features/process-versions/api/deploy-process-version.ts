import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { ProcessVersion } from '../../../lib/api-types';

import { processVersionsKey } from './get-process-versions';

/** Deploys a model from the Modeler as the latest version, if the server's checks pass. */
export async function deployProcessVersion(file: File): Promise<ProcessVersion> {
  return await unwrap(
    api.POST('/api/admin/process-versions', {
      // The document names the part; the browser sends the file's bytes under that name.
      body: { file: file.name },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', file, body.file);
        return form;
      },
    }),
  );
}

export function useDeployProcessVersion() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: deployProcessVersion,
    onSuccess: (deployed) => {
      announce(t('adminProcesses.deployed', { version: deployed.version, name: deployed.name }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: processVersionsKey });
    },
  });
}
