import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

import type { SuggestionRequest, SupportRequest } from './types';

/* `website` in the requests is the honeypot: people leave it empty. */

/** Sends a suggestion; it waits for its e-mail address to be confirmed (202). */
export function useSuggest(challengeId: number) {
  return useMutation({
    mutationFn: (request: SuggestionRequest) =>
      unwrap(
        api.POST('/api/open/challenges/{challengeId}/suggestions', {
          params: { path: { challengeId } },
          body: request,
        }),
      ),
  });
}

/** Supports a suggestion, once per confirmed e-mail address (202 until confirmed). */
export function useSupport(suggestionId: number) {
  return useMutation({
    mutationFn: (request: SupportRequest) =>
      unwrap(
        api.POST('/api/open/suggestions/{suggestionId}/supports', {
          params: { path: { suggestionId } },
          body: request,
        }),
      ),
  });
}

/** Confirms a suggestion or a support by the token of the mail's link. */
export function useConfirm() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(
        api.POST('/api/open/confirmations/{confirmationToken}', {
          params: { path: { confirmationToken: token } },
        }),
      ),
  });
}

/** Erases a citizen's data by the token of a mail's link. */
export function useErase() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(
        api.POST('/api/open/erasures/{erasureToken}', {
          params: { path: { erasureToken: token } },
        }),
      ),
  });
}
