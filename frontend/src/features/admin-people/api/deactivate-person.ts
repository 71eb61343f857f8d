import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminPerson } from './types';

/** The person left: they can no longer sign in and their sessions end now. */
export async function deactivatePerson(personId: number): Promise<AdminPerson> {
  return await unwrap(
    api.POST('/api/admin/people/{personId}/deactivate', { params: { path: { personId } } }),
  );
}

export function useDeactivatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivatePerson,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
