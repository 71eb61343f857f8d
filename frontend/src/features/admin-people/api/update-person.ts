import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';

import { adminKeys, type AdminPerson, type PersonRequest } from './types';

/** Changes a person's name, e-mail, department, roles (and organisation, for a region's admin). */
export async function updatePerson(personId: number, change: PersonRequest): Promise<AdminPerson> {
  return await unwrap(
    api.PUT('/api/admin/people/{personId}', { params: { path: { personId } }, body: change }),
  );
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ personId, change }: { personId: number; change: PersonRequest }) =>
      updatePerson(personId, change),
    onSuccess: (person) => {
      announce(t('announce.personSaved', { name: person.displayName }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.people });
    },
  });
}
