import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type InvitedPerson, type NewPerson } from './types';

/** Adds a person; the answer holds their invitation link, shown this once. */
export async function createPerson(person: NewPerson): Promise<InvitedPerson> {
  return await unwrap(api.POST('/api/admin/people', { body: person }));
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
