import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
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
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: reinvitePerson,
    onSuccess: () => {
      announce(t('announce.personReinvited'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
