import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminOrganisation, type OrganisationRequest } from './types';

/** Adds an organisation to the installation (a region's admin only). */
export async function createOrganisation(
  organisation: OrganisationRequest,
): Promise<AdminOrganisation> {
  return await unwrap(api.POST('/api/admin/organisations', { body: organisation }));
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (organisation) => {
      announce(t('announce.organisationAdded', { name: organisation.name }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
    },
  });
}
