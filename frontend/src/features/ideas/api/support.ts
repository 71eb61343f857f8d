import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { IdeaView, SupportView } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** Gives (true) or withdraws (false) the user's support for an idea. */
export async function setSupport(id: number, support: boolean): Promise<SupportView> {
  const options = { params: { path: { id } } };
  const result = support
    ? await unwrap(api.PUT('/api/ideas/{id}/support', options))
    : await unwrap(api.DELETE('/api/ideas/{id}/support', options));
  return result;
}

export function useSetSupport(id: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (support: boolean) => setSupport(id, support),
    onSuccess: (view) => {
      announce(t(view.supportedByMe ? 'announce.supported' : 'announce.unsupported'));
      queryClient.setQueryData<IdeaView>(queryKeys.idea(id), (idea) =>
        idea?.view === 'FULL'
          ? { ...idea, supports: view.supports, supportedByMe: view.supportedByMe }
          : idea,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.idea(id) });
    },
  });
}
