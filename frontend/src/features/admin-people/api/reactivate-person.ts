import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminPerson } from './types';

/** The person is back: they can sign in again. */
export async function reactivatePerson(personId: number): Promise<AdminPerson> {
  return await unwrap(
    api.POST('/api/admin/people/{personId}/reactivate', { params: { path: { personId } } }),
  );
}

export function useReactivatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivatePerson,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
