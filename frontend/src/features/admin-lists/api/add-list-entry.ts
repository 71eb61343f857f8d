import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { ListEntry } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

import { adminListKeys, type ListKind } from './list-kinds';

/** Adds an entry at the end of a list; its name unique in the list regardless of case. */
export async function addListEntry(
  organisation: number,
  kind: ListKind,
  name: string,
): Promise<ListEntry> {
  return await unwrap(
    api.POST('/api/admin/organisations/{id}/lists/{kind}', {
      params: { path: { id: organisation, kind } },
      body: { name, retired: false },
    }),
  );
}

export function useAddListEntry(organisation: number, kind: ListKind) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (name: string) => addListEntry(organisation, kind, name),
    onSuccess: (entry) => {
      announce(t('announce.entryAdded', { name: entry.name }));
      void queryClient.invalidateQueries({ queryKey: adminListKeys.entries(organisation, kind) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.pickLists });
    },
  });
}
