import { useMutation, useQueryClient } from '@tanstack/react-query';

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
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: OrganisationRequest }) =>
      updateOrganisation(id, change),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
    },
  });
}
