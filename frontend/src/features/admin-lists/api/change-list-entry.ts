import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { ListEntry, ListEntryRequest } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

import { adminListKeys, type ListKind } from './list-kinds';

/** Renames, moves, retires or brings back an entry. */
export async function changeListEntry(
  organisation: number,
  kind: ListKind,
  entryId: number,
  request: ListEntryRequest,
): Promise<ListEntry> {
  return await unwrap(
    api.PUT('/api/admin/organisations/{id}/lists/{kind}/{entryId}', {
      params: { path: { id: organisation, kind, entryId } },
      body: request,
    }),
  );
}

export function useChangeListEntry(organisation: number, kind: ListKind) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ entryId, request }: { entryId: number; request: ListEntryRequest }) =>
      changeListEntry(organisation, kind, entryId, request),
    onSuccess: (entry) => {
      announce(t('announce.entrySaved', { name: entry.name }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminListKeys.entries(organisation, kind) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.pickLists });
    },
  });
}
