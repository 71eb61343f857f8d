import type { components } from '@api/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import { erasablePeopleQueryOptions } from './get-erasable-people';

/** What an erasure left: the pseudonym the person's records now name. */
export type Erased = components['schemas']['Erased'];

export interface ErasureInput {
  personId: number;
  confirmUsername: string;
}

export async function erasePerson({ personId, confirmUsername }: ErasureInput): Promise<Erased> {
  return unwrap(
    api.POST('/api/admin/people/{personId}/erasure', {
      params: { path: { personId } },
      body: { confirmUsername },
    }),
  );
}

/** Erases a person; the list of people is read again. */
export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: erasablePeopleQueryOptions.queryKey });
    },
  });
}
