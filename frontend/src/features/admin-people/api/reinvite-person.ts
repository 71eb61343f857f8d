import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type InvitationLink } from './types';

/** A new invitation link for the person; the old one stops working. */
export async function reinvitePerson(personId: number): Promise<InvitationLink> {
  return await unwrap(
    api.POST('/api/admin/people/{personId}/invitation', { params: { path: { personId } } }),
  );
}

export function useReinvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reinvitePerson,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
