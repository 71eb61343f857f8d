import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type InvitedPerson, type NewPerson } from './types';

/** Adds a person; the answer holds their invitation link, shown this once. */
export async function createPerson(person: NewPerson): Promise<InvitedPerson> {
  return await unwrap(api.POST('/api/admin/people', { body: person }));
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (invited) => {
      announce(t('announce.personInvited', { name: invited.person.displayName }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
