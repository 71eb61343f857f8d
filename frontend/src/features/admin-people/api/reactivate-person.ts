import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
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
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: reactivatePerson,
    onSuccess: (person) => {
      announce(t('announce.personReactivated', { name: person.displayName }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
