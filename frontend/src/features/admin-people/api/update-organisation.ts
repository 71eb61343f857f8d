import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminOrganisation, type OrganisationRequest } from './types';

/** Changes an organisation's name, language, currency and pipeline times. */
export async function updateOrganisation(
  organisationId: number,
  change: OrganisationRequest,
): Promise<AdminOrganisation> {
  return await unwrap(
    api.PUT('/api/admin/organisations/{organisationId}', {
      params: { path: { organisationId } },
      body: change,
    }),
  );
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: OrganisationRequest }) =>
      updateOrganisation(id, change),
    onSuccess: (organisation) => {
      announce(t('announce.organisationSaved', { name: organisation.name }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
    },
  });
}
