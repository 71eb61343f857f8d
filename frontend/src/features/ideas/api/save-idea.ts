import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { FullIdeaView, IdeaRequest } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

/** Writes a new draft; its author reads it in full. */
export async function createIdea(request: IdeaRequest): Promise<FullIdeaView> {
  return (await unwrap(api.POST('/api/ideas', { body: request }))) as FullIdeaView;
}

export async function updateIdea(id: number, request: IdeaRequest): Promise<FullIdeaView> {
  return (await unwrap(
    api.PUT('/api/ideas/{id}', { params: { path: { id } }, body: request }),
  )) as FullIdeaView;
}

async function submitIdea(idea: FullIdeaView): Promise<FullIdeaView> {
  return (await unwrap(
    api.POST('/api/ideas/{id}/submit', {
      params: { path: { id: idea.id } },
      body: { version: idea.version },
    }),
  )) as FullIdeaView;
}

export interface SaveIdea {
  /** The idea being edited; none for a new one. */
  id?: number | undefined;
  request: IdeaRequest;
  /** Submit the idea once it is saved. */
  submit: boolean;
}

/** Saves a draft (new or edited) and, when asked, submits it straight after. */
export function useSaveIdea() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async ({ id, request, submit }: SaveIdea) => {
      const saved = id === undefined ? await createIdea(request) : await updateIdea(id, request);
      return submit ? submitIdea(saved) : saved;
    },
    onSuccess: (idea, { submit }) => {
      announce(t(submit ? 'ideaForm.submitted' : 'ideaForm.saved'));
      queryClient.setQueryData(queryKeys.idea(idea.id), idea);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideaPart(idea.id, 'fields') });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myIdeas });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board });
    },
  });
}
