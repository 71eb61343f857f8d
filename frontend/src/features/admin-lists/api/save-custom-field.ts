import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/ui/announcer';
import { api, unwrap } from '../../../lib/api-client';
import type { CustomFieldAdmin, CustomFieldRequest } from '../../../lib/api-types';
import { queryKeys } from '../../../lib/query-keys';

import { adminListKeys } from './list-kinds';

/** Adds a custom field to an organisation's submission form. */
export async function addCustomField(
  organisation: number,
  request: CustomFieldRequest,
): Promise<CustomFieldAdmin> {
  return await unwrap(
    api.POST('/api/admin/organisations/{id}/fields', {
      params: { path: { id: organisation } },
      body: request,
    }),
  );
}

/** Changes a custom field: its label, type, choices, whether it is required, its place, retired. */
export async function changeCustomField(
  organisation: number,
  fieldId: number,
  request: CustomFieldRequest,
): Promise<CustomFieldAdmin> {
  return await unwrap(
    api.PUT('/api/admin/organisations/{id}/fields/{fieldId}', {
      params: { path: { id: organisation, fieldId } },
      body: request,
    }),
  );
}

/** Adds a field (no id) or changes one. */
export function useSaveCustomField(organisation: number) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: ({ fieldId, request }: { fieldId?: number; request: CustomFieldRequest }) =>
      fieldId === undefined
        ? addCustomField(organisation, request)
        : changeCustomField(organisation, fieldId, request),
    onSuccess: (field) => {
      announce(t('announce.fieldSaved', { label: field.label }));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminListKeys.fields(organisation) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.customFields });
    },
  });
}
