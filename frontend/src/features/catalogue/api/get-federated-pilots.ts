import type { components } from '@api/schema';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import type { AdoptedIdea } from './adopt-pilot';

export type FederatedPilot = components['schemas']['FederatedPilot'];

/** The public pilots of other CivicLab installations, as their open data was last read. */
export async function getFederatedPilots(): Promise<FederatedPilot[]> {
  return unwrap(api.GET('/api/catalogue/federated'));
}

export const federatedPilotsQueryOptions = () =>
  queryOptions({ queryKey: ['catalogue', 'federated'], queryFn: getFederatedPilots });

export function useFederatedPilots() {
  return useQuery(federatedPilotsQueryOptions());
}

/** Starts an idea in the adopter's organisation from another installation's pilot. */
export async function adoptFederatedPilot(pilot: FederatedPilot): Promise<AdoptedIdea> {
  return unwrap(
    api.POST('/api/catalogue/federated/{feedId}/{reference}/adoptions', {
      params: { path: { feedId: pilot.feedId, reference: pilot.reference } },
    }),
  );
}

export function useAdoptFederatedPilot() {
  return useMutation({ mutationFn: adoptFederatedPilot });
}
