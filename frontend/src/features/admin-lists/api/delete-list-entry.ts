import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

import { adminListKeys, type ListKind } from './list-kinds';

/** Deletes an entry nothing carries; one in use is refused (409) and retired instead. */
export async function deleteListEntry(
  organisation: number,
  kind: ListKind,
  entryId: number,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/admin/organisations/{id}/lists/{kind}/{entryId}', {
      params: { path: { id: organisation, kind, entryId } },
    }),
  );
}

export function useDeleteListEntry(organisation: number, kind: ListKind) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (entryId: number) => deleteListEntry(organisation, kind, entryId),
    onSuccess: () => {
      announce(t('announce.entryDeleted'));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminListKeys.entries(organisation, kind) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.pickLists });
    },
  });
}
