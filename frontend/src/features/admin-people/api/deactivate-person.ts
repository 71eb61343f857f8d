import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
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
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: deactivatePerson,
    onSuccess: (person) => {
      announce(t('announce.personDeactivated', { name: person.displayName }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
