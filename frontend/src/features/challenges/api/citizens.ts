import { useMutation } from '@tanstack/react-query';

import { send } from '../../../lib/api-client';

import type { Confirmation } from './types';

/** What a citizen sends with a suggestion; `website` is the honeypot, left empty by people. */
export interface SuggestionRequest {
  title: string;
  text: string;
  name?: string;
  email: string;
  credit: boolean;
  language: string;
  website: string;
}

/** Sends a suggestion; it waits for its e-mail address to be confirmed (202). */
export function useSuggest(challengeId: number) {
  return useMutation({
    mutationFn: (request: SuggestionRequest) =>
      send('POST', `/api/open/challenges/${String(challengeId)}/suggestions`, request),
  });
}

export interface SupportRequest {
  email: string;
  language: string;
  website: string;
}

/** Supports a suggestion, once per confirmed e-mail address (202 until confirmed). */
export function useSupport(suggestionId: number) {
  return useMutation({
    mutationFn: (request: SupportRequest) =>
      send('POST', `/api/open/suggestions/${String(suggestionId)}/supports`, request),
  });
}

/** Confirms a suggestion or a support by the token of the mail's link. */
export function useConfirm() {
  return useMutation({
    mutationFn: (token: string) =>
      send<Confirmation>('POST', `/api/open/confirmations/${encodeURIComponent(token)}`, {}),
  });
}

/** Erases a citizen's data by the token of a mail's link. */
export function useErase() {
  return useMutation({
    mutationFn: (token: string) =>
      send('POST', `/api/open/erasures/${encodeURIComponent(token)}`, {}),
  });
}
