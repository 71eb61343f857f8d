import type { components } from '@api/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

export type AdoptedIdea = components['schemas']['AdoptedIdea'];

/** Starts an idea in the adopter's organisation from a catalogue entry. */
export async function adoptPilot(reference: string): Promise<AdoptedIdea> {
  return unwrap(
    api.POST('/api/catalogue/{reference}/adoptions', { params: { path: { reference } } }),
  );
}

export function useAdoptPilot(reference: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => adoptPilot(reference),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['catalogue'] });
    },
  });
}
